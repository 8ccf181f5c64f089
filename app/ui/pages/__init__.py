"""The screens of the main window, one module each: welcome, unlock, overview, session, my reflections.

A page shows and asks; what may happen is decided outside it (the service, and the
main window's commands). Pages are built on first use by ``app.ui.main_window``.
"""
