"""`eventsift serve`: the REST API (app.py, queries.py) over the store's reads and writes, and the events map page (static/)."""
