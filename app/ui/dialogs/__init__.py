"""Every dialog and wizard, one module each (create, plan, check-in, closing round, kick-off guide,
one-pager, preferences, search…). ``common`` runs a dialog once and chooses files."""
