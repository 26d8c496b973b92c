"""HTTP API over the corpus store: FastAPI app, routes and per-page view data."""
