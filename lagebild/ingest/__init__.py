"""Corpus ingestion: read many inputs, analyse them in worker processes, store the results.

See :func:`lagebild.ingest.run.ingest`; the ``lagebild ingest`` command wraps it.
"""

from __future__ import annotations

from lagebild.ingest.run import IngestSummary, ingest
from lagebild.ingest.sources import read_sources
from lagebild.ingest.tabular import TableOptions

__all__ = ["IngestSummary", "TableOptions", "ingest", "read_sources"]
