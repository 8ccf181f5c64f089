"""Tandem Journal: an encrypted journal for reverse-mentoring tandems."""

__version__ = "0.1.0"
