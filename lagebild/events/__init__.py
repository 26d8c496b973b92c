"""lagebild.events."""
