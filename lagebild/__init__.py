"""lagebild: a structured picture of the situation from German news."""

from pathlib import Path

from lagebild.compiled_modules import choose_compiled_or_source

__version__ = "0.2.0"

# Before any analysis package is imported: their source runs where the compiled modules are
# switched off or older than it (see lagebild.compiled_modules).
choose_compiled_or_source(Path(__file__).resolve().parent)
