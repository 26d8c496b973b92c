"""The bound of the per-word caches of the entity rules.

The rules call small pure functions for every token; caching their results per word saves
most of their cost. The bound keeps a long-running analyser (the server's analysis process,
an ingest worker) at a steady size: common words stay cached, one-off words are dropped first.
"""

from __future__ import annotations

#: Entries per cached word function (least recently used dropped first).
WORD_CACHE_SIZE = 8_192
