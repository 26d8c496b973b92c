"""The query API over a corpus store: plain functions returning rows as dicts.

Every function takes a ``store``: an engine from :func:`lagebild.store.open_store`, a
reader from :func:`lagebild.store.reading.open_reader` (the CLI's: a SQLite store at the
newest schema is read with the standard ``sqlite3``, without importing SQLAlchemy), or a
store path/URL (opened and closed per call). Aggregates (``events``, ``actors``,
``timeline``) leave out near-duplicate documents (``duplicate_of`` set) unless
``include_duplicates`` is true; ``search`` and ``quotes`` list them, marked.

>>> engine = open_store("corpus.db")
>>> events(engine, actor="RUS", recipient="UKR", type="THREATEN", since="2022-01-01")
>>> with open_reader("corpus.db") as store:
...     actors(store, type="PER")

The SQL is text with named ``:param`` placeholders, the same for ``sqlite3`` and
SQLAlchemy's ``text()``; dialect differences are in :class:`_Where` and
:mod:`lagebild.store.fulltext`.
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from lagebild.store.fulltext import document_search, quote_match
from lagebild.store.reading import StoreReader, open_reader, reading

if TYPE_CHECKING:
    from sqlalchemy import Engine

    Store = Engine | StoreReader | str | os.PathLike[str]

__all__ = [
    "Period",
    "actors",
    "document_count",
    "events",
    "looks_like_code",
    "open_reader",
    "period_of",
    "quotes",
    "search",
    "timeline",
]

Period = Literal["day", "week", "month"]

_DAY = "substr(documents.published, 1, 10)"
_ACTOR_IDS_BY_NAME = (
    "SELECT actors.id FROM actors LEFT OUTER JOIN actor_aliases AS actor_aliases_1 "
    "ON actor_aliases_1.actor_id = actors.id WHERE {name} OR {alias}"
)


#: SQLAlchemy Core filters the web composes with, re-exported from :mod:`core_filters`.
def search(store: Store, query: str, limit: int = 20) -> list[dict]:
    """Documents whose title or text match ``query`` (German stemming on PostgreSQL)."""
    with reading(store) as reader:
        statement = document_search(reader.dialect, query, limit)
        return reader.rows(*statement) if statement else []


def quotes(
    store: Store,
    speaker: str | None = None,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 100,
) -> list[dict]:
    """Quotes by a speaker (name part, alias or actor code) and/or about words in the quote."""
    with reading(store) as reader:
        where = _Where(reader.dialect)
        where.dated(since, until)
        if speaker:
            ids, params = _actor_ids_sql(where, speaker, "speaker")
            where.add(
                f"({where.ilike('quotes.speaker_name', 'speaker_like')} "
                f"OR quotes.speaker_actor_id IN ({ids}))",
                **{**params, "speaker_like": f"%{speaker}%"},
            )
        if about:
            clause, params = quote_match(reader.dialect, about)
            where.add(clause, **params)
        sql = (
            "SELECT documents.doc_id, documents.published, quotes.speaker_name AS speaker, "
            "quotes.cue, quotes.kind, quotes.text "
            "FROM quotes JOIN documents ON documents.id = quotes.document_id"
            f"{where.sql()} ORDER BY documents.published, documents.id, quotes.start "
            "LIMIT :limit"
        )
        return reader.rows(sql, {**where.params, "limit": limit})


def events(
    store: Store,
    actor: str | None = None,
    recipient: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    include_negated: bool = False,
    include_duplicates: bool = False,
    limit: int = 1000,
) -> list[dict]:
    """PLOVER events filtered by actor/recipient (code or name), type and publication date."""
    with reading(store) as reader:
        where = _event_where(
            reader.dialect,
            actor,
            recipient,
            type,
            since,
            until,
            include_negated,
            include_duplicates,
        )
        sql = (
            "SELECT documents.doc_id, documents.published, events.type, events.actor_code, "
            "events.actor_name, events.recipient_code, events.recipient_name, "
            'events."trigger", events.place, events.score, events.quad_class, events.negated '
            "FROM events JOIN documents ON documents.id = events.document_id"
            f"{where.sql()} ORDER BY documents.published, documents.id, events.sentence_start "
            "LIMIT :limit"
        )
        rows = reader.rows(sql, {**where.params, "limit": limit})
    for row in rows:  # SQLite stores booleans as 0/1
        row["negated"] = bool(row["negated"])
    return rows


def actors(
    store: Store,
    type: str | None = None,
    limit: int = 100,
    include_duplicates: bool = False,
) -> list[dict]:
    """Actors across the corpus, most-mentioned first, with document and mention counts."""
    with reading(store) as reader:
        # Count per actor first, from the covering index mentions(actor_id, document_id);
        # joining documents row by row for the duplicate filter was 5x slower at 100k docs.
        where = _Where(reader.dialect)
        if not include_duplicates:
            where.add(
                "mentions.document_id NOT IN (SELECT documents.id FROM documents "
                "WHERE documents.duplicate_of IS NOT NULL)"
            )
        if type:
            where.add(
                "mentions.actor_id IN (SELECT actors.id FROM actors WHERE actors.type = :type)",
                type=type.upper(),
            )
        sql = (
            'SELECT actors."key", actors.name, actors.type, actors.code, actors.affiliation, '
            "counted.documents, counted.mentions FROM actors JOIN ("
            "SELECT mentions.actor_id AS actor_id, "
            "count(distinct(mentions.document_id)) AS documents, count(*) AS mentions "
            f"FROM mentions{where.sql()} GROUP BY mentions.actor_id) AS counted "
            'ON counted.actor_id = actors.id ORDER BY counted.mentions DESC, actors."key" '
            "LIMIT :limit"
        )
        return reader.rows(sql, {**where.params, "limit": limit})


def timeline(
    store: Store,
    actor: str | None = None,
    recipient: str | None = None,
    by: Period = "month",
    since: str | None = None,
    until: str | None = None,
    include_duplicates: bool = False,
) -> list[dict]:
    """Per period: event counts per PLOVER type, their total and the summed ``score``.

    Periods come from the document's publication date (``2022-01``, ``2022-W03``,
    ``2022-01-17``); documents without one are left out.
    """
    with reading(store) as reader:
        where = _Where(reader.dialect)
        where.add("documents.published IS NOT NULL")
        where.extend(
            _event_where(
                reader.dialect, actor, recipient, None, since, until, False, include_duplicates
            )
        )
        sql = (
            f"SELECT {_DAY} AS day, events.type, count(events.id) AS n, "
            "coalesce(sum(events.score), 0.0) AS score "
            f"FROM events JOIN documents ON documents.id = events.document_id{where.sql()} "
            f"GROUP BY {_DAY}, events.type"
        )
        rows = reader.rows(sql, where.params)
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    scores: dict[str, float] = defaultdict(float)
    for row in rows:
        period = period_of(row["day"], by)
        counts[period][row["type"]] = counts[period].get(row["type"], 0) + row["n"]
        scores[period] += float(row["score"] or 0.0)
    types = sorted({kind for per_type in counts.values() for kind in per_type})
    return [
        {
            "period": period,
            "events": sum(counts[period].values()),
            "score": round(scores[period], 3),
            **{kind: counts[period].get(kind, 0) for kind in types},
        }
        for period in sorted(counts)
    ]


def period_of(day: str, by: Period) -> str:
    if by == "day":
        return day
    if by == "month":
        return day[:7]
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def document_count(store: Store, include_duplicates: bool = True) -> int:
    where = "" if include_duplicates else " WHERE documents.duplicate_of IS NULL"
    with reading(store) as reader:
        return reader.rows(f"SELECT count(*) AS n FROM documents{where}", {})[0]["n"]


def looks_like_code(value: str) -> bool:
    """ "RUS", "NATO", "USAGOV" are codes; "Putin" or "russland" are names to look up."""
    return value.isupper() and value.isalnum() and len(value) <= 8


class _Where:
    """WHERE clauses joined by AND, their parameters, and the dialect's spelling of things."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.clauses: list[str] = []
        self.params: dict[str, Any] = {}

    def add(self, clause: str, **params: Any) -> None:
        self.clauses.append(clause)
        self.params.update(params)

    def extend(self, other: _Where) -> None:
        self.clauses += other.clauses
        self.params.update(other.params)

    def sql(self) -> str:
        return f" WHERE {' AND '.join(self.clauses)}" if self.clauses else ""

    def ilike(self, column: str, param: str) -> str:
        """Case-insensitive LIKE (SQLite's own LIKE folds ASCII letters only, so lower())."""
        if self.dialect == "sqlite":
            return f"lower({column}) LIKE lower(:{param})"
        return f"{column} ILIKE :{param}"

    @property
    def false(self) -> str:
        return "0" if self.dialect == "sqlite" else "false"

    def dated(self, since: str | None, until: str | None) -> None:
        if since:
            self.add(f"{_DAY} >= :since", since=since)
        if until:
            self.add(f"{_DAY} <= :until", until=until)


def _actor_ids_sql(where: _Where, value: str, param: str) -> tuple[str, dict[str, Any]]:
    """(subquery, params): actors whose code is ``value`` or whose name or alias contains it."""
    if looks_like_code(value):
        return f"SELECT actors.id FROM actors WHERE actors.code = :{param}", {param: value}
    like = f"{param}_like"
    sql = _ACTOR_IDS_BY_NAME.format(
        name=where.ilike("actors.name", like), alias=where.ilike("actor_aliases_1.alias", like)
    )
    return sql, {like: f"%{value}%"}


def _party_matches(where: _Where, role: str, value: str) -> None:
    """``role`` ("actor" or "recipient") of the event is ``value`` (a code, or a name part)."""
    # A code must match exactly: "RUS" as a name part would also find "Weißrussland".
    if looks_like_code(value):
        where.add(f"events.{role}_code = :{role}", **{role: value})
        return
    ids, params = _actor_ids_sql(where, value, role)
    where.add(
        f"({where.ilike(f'events.{role}_name', f'{role}_like')} "
        f"OR events.{role}_actor_id IN ({ids}))",
        **params,
    )


def _event_where(
    dialect: str,
    actor: str | None,
    recipient: str | None,
    type: str | None,
    since: str | None,
    until: str | None,
    include_negated: bool,
    include_duplicates: bool,
) -> _Where:
    where = _Where(dialect)
    if actor:
        _party_matches(where, "actor", actor)
    if recipient:
        _party_matches(where, "recipient", recipient)
    if type:
        where.add("events.type = :type", type=type.upper())
    if not include_negated:
        where.add(f"events.negated IS {where.false}")
    if not include_duplicates:
        where.add("documents.duplicate_of IS NULL")
    where.dated(since, until)
    return where
