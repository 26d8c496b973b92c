"""The bound of the per-word caches of the entity rules.

The rules call small pure functions for every token; caching their results per word saves
most of their cost. The bound keeps a long-running analyser (the server's analysis process,
an ingest worker) at a steady size: common words stay cached, one-off words are dropped first.

``LAGEBILD_WORD_CACHE_SIZE`` overrides the bound for a process; it is read once, when this
module is first imported. The server's analysis process sets it small so that it reaches
its steady size within seconds of steady traffic (see
:mod:`lagebild.api.analysis_worker`).
"""

from __future__ import annotations

import os

#: The environment variable that overrides :data:`WORD_CACHE_SIZE` for a process.
WORD_CACHE_SIZE_ENV = "LAGEBILD_WORD_CACHE_SIZE"
DEFAULT_WORD_CACHE_SIZE = 8_192


def word_cache_size(environ: dict[str, str] | os._Environ[str] = os.environ) -> int:
    """The bound from ``environ``, or the default when it is unset, empty or not a number ≥ 0."""
    value = environ.get(WORD_CACHE_SIZE_ENV, "").strip()
    return int(value) if value.isdigit() else DEFAULT_WORD_CACHE_SIZE


#: Entries per cached word function (least recently used dropped first).
WORD_CACHE_SIZE = word_cache_size()
