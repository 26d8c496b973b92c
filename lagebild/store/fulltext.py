"""Dialect-specific full-text matching: FTS5 on SQLite, German tsvector on PostgreSQL.

The SQL is plain text with named ``:param`` placeholders, run by a
:class:`~lagebild.store.reading.StoreReader`; only :func:`quote_matches` (for the web's
SQLAlchemy statements) imports SQLAlchemy, when called.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement, Connection, Select, TextClause

_TERM = re.compile(r"\w+")
DOCUMENT_VECTOR = "to_tsvector('german', coalesce(documents.title, '') || ' ' || documents.text)"
QUOTE_VECTOR = "to_tsvector('german', quotes.text)"

_SQLITE_SEARCH = (
    "SELECT d.id, d.doc_id, d.title, d.published, d.duplicate_of, "
    "snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet, "
    "bm25(documents_fts) AS rank FROM documents_fts "
    "JOIN documents d ON d.id = documents_fts.rowid "
    "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :limit"
)
_POSTGRES_SEARCH = (
    "SELECT documents.id, documents.doc_id, documents.title, documents.published, "
    "documents.duplicate_of, ts_headline('german', documents.text, q, "
    "'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet, "
    f"-ts_rank({DOCUMENT_VECTOR}, q) AS rank "
    "FROM documents, websearch_to_tsquery('german', :q) AS q "
    f"WHERE {DOCUMENT_VECTOR} @@ q ORDER BY rank LIMIT :limit"
)


def fts5_query(query: str) -> str:
    """User words as an FTS5 query of quoted terms (all must occur); no FTS syntax leaks in."""
    return " ".join(f'"{term}"' for term in _TERM.findall(query))


def document_search(dialect: str, query: str, limit: int) -> tuple[str, dict[str, Any]] | None:
    """(SQL, params) ranking documents for ``query``; None when it has no words to find."""
    if dialect == "sqlite":
        words = fts5_query(query)
        return (_SQLITE_SEARCH, {"q": words, "limit": limit}) if words else None
    return _POSTGRES_SEARCH, {"q": query, "limit": limit}


def quote_match(dialect: str, query: str, param: str = "about") -> tuple[str, dict[str, Any]]:
    """(WHERE clause, params): the quote's text (``quotes`` table) matches ``query``."""
    if dialect == "sqlite":
        clause = f"quotes.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :{param})"
        return clause, {param: fts5_query(query) or '""'}
    return f"{QUOTE_VECTOR} @@ websearch_to_tsquery('german', :{param})", {param: query}


def quote_matches(connection: Connection, query: str) -> ColumnElement[bool] | TextClause:
    """A SQLAlchemy WHERE clause: the quote's text matches ``query`` (for the web's queries)."""
    from sqlalchemy import literal_column, select, text

    from lagebild.store import tables as t

    if connection.dialect.name == "sqlite":
        matching: Select[Any] = (
            select(literal_column("rowid"))
            .select_from(text("quotes_fts"))
            .where(text("quotes_fts MATCH :about").bindparams(about=fts5_query(query) or '""'))
        )
        return t.quotes.c.id.in_(matching)
    return text(f"{QUOTE_VECTOR} @@ websearch_to_tsquery('german', :about)").bindparams(about=query)
