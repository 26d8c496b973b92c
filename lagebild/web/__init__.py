"""Web UI: Jinja2 templates, static CSS and the annotated-text and chart helpers."""
