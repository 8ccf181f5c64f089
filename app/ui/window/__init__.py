"""The main window's commands, by subject, as parts (mixins) of ``app.ui.main_window.MainWindow``:
the pages and moving between them, creating and opening journals, locking and unlocking, and the
programme around the sessions. Each part uses the window's attributes (service, settings, stack…)."""
