"""lagebild.evaluation."""
