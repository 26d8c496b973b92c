"""lagebild.entities."""
