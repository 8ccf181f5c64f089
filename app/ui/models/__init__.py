"""The Qt item models (and their delegates) over the store's lists. Widgets show these; they never
hold the data."""
