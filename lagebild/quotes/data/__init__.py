"""Word lists and lexicons of the quote rules (package data)."""
