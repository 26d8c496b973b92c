"""Imported by the ingest fork server: builds the default analyzer before workers fork.

Workers forked from that server start with the pipeline loaded (see
``lagebild.ingest.run.worker_context``); importing this module anywhere else only
builds the analyzer early.
"""

from __future__ import annotations

from contextlib import suppress

from lagebild.ingest.run import default_analyzer, worker_analyzer

# A failure here must not stop the fork server: each worker then builds the analyzer
# itself and reports the error with the documents it could not analyse.
with suppress(Exception):
    worker_analyzer(default_analyzer)
