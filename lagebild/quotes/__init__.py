"""lagebild.quotes."""
