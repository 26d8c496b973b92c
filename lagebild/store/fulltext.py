"""Dialect-specific full-text matching: FTS5 on SQLite, German tsvector on PostgreSQL."""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Connection, literal_column, select, text

from lagebild.store import tables as t

_TERM = re.compile(r"\w+")
DOCUMENT_VECTOR = "to_tsvector('german', coalesce(documents.title, '') || ' ' || documents.text)"
QUOTE_VECTOR = "to_tsvector('german', quotes.text)"


def fts5_query(query: str) -> str:
    """User words as an FTS5 query of quoted terms (all must occur); no FTS syntax leaks in."""
    return " ".join(f'"{term}"' for term in _TERM.findall(query))


def search_documents(connection: Connection, query: str, limit: int) -> list[dict]:
    if connection.dialect.name == "sqlite":
        sql = text(
            "SELECT d.id, d.doc_id, d.title, d.published, d.duplicate_of, "
            "snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet, "
            "bm25(documents_fts) AS rank FROM documents_fts "
            "JOIN documents d ON d.id = documents_fts.rowid "
            "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :limit"
        )
        params = {"q": fts5_query(query), "limit": limit}
        if not params["q"]:
            return []
    else:
        sql = text(
            "SELECT documents.id, documents.doc_id, documents.title, documents.published, "
            "documents.duplicate_of, ts_headline('german', documents.text, q, "
            "'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet, "
            f"-ts_rank({DOCUMENT_VECTOR}, q) AS rank "
            "FROM documents, websearch_to_tsquery('german', :q) AS q "
            f"WHERE {DOCUMENT_VECTOR} @@ q ORDER BY rank LIMIT :limit"
        )
        params = {"q": query, "limit": limit}
    return [dict(row._mapping) for row in connection.execute(sql, params)]


def quote_matches(connection: Connection, query: str) -> ColumnElement[bool]:
    """A WHERE clause: the quote's text matches ``query``."""
    if connection.dialect.name == "sqlite":
        matching = select(literal_column("rowid")).select_from(text("quotes_fts")).where(
            text("quotes_fts MATCH :about").bindparams(about=fts5_query(query) or '""')
        )
        return t.quotes.c.id.in_(matching)
    return text(f"{QUOTE_VECTOR} @@ websearch_to_tsquery('german', :about)").bindparams(
        about=query
    )
