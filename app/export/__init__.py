"""Exports that leave the journal: the PDF one-pager. Qt-free (a test guards this)."""
