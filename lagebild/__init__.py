"""lagebild: a structured picture of the situation from German news."""

__version__ = "0.2.0"
