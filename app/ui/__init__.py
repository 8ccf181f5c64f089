"""The Qt user interface. Talks to the store only through ``app.store``."""
