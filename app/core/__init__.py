"""The application layer: what a tandem does, named as its people say it.

Start a session, raise a line for next time, plan the next session, check in,
run the closing round, choose for the one-pager, create and open journals.
Each use case is one call (and, when it writes, one transaction) and holds its
rules, so the desktop app and the command line share them and a plain test
reaches them. No Qt here: ``app/ui`` is a thin adapter over this layer. Every
rule that depends on the date asks one ``Clock`` (``clock.py``), which tests
replace with a fixed one.
"""
