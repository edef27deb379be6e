"""`eventsift serve`: the REST API (app.py, queries.py), API tokens (auth.py) and the events map page (static/)."""
