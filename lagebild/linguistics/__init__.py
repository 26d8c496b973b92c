"""lagebild.linguistics."""
