"""Posted articles: text or HTML in, an Analysis out, and storing it when asked."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field, field_validator, model_validator
from sqlalchemy import Engine

from lagebild.errors import ErrorCode, LagebildError
from lagebild.model import Analysis


class ArticleIn(BaseModel):
    """A posted article: plain ``text`` or an ``html`` page (exactly one)."""

    text: str | None = Field(None, description="Plain text, paragraphs separated by blank lines.")
    html: str | None = Field(None, description="An HTML page; its main text is extracted.")
    id: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD, anchors relative dates.")
    url: str | None = None

    @field_validator("text", "html", "id", "title", "published", "url")
    @classmethod
    def no_nul(cls, value: str | None) -> str | None:
        # NUL is never text, and PostgreSQL refuses to store it
        if value is not None and "\x00" in value:
            raise ValueError("NUL characters are not allowed")
        return value

    @model_validator(mode="after")
    def one_body(self) -> ArticleIn:
        if bool(self.text and self.text.strip()) == bool(self.html and self.html.strip()):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


@dataclass
class AnalyzerHolder:
    """One Analyzer in the server's own process, built on first use; one analysis at a time.

    For tests and embedding; ``lagebild serve`` analyses in a child process instead
    (:class:`lagebild.api.analysis_worker.AnalysisWorker`), which has the same methods.
    """

    lock: threading.Lock = field(default_factory=threading.Lock)
    analyzer: Any = None

    def analyze(self, document: Any) -> Analysis:
        with self.lock:
            if self.analyzer is None:
                from lagebild.pipeline import Analyzer

                self.analyzer = Analyzer()
            with self.analyzer.nlp.memory_zone():
                return self.analyzer.analyze(document)

    async def analyze_article(self, article: ArticleIn) -> Analysis:
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(lambda: self.analyze(to_document(article)))

    def close(self) -> None:
        """Nothing to stop: the analyser lives in this process."""


def analyze_in_zone(analyzer: Any, article: ArticleIn) -> Analysis:
    """``article`` analysed by ``analyzer`` (a :class:`lagebild.pipeline.Analyzer`).

    Inside spaCy's ``memory_zone`` the strings and lexemes a text adds to the vocabulary
    are freed after it (otherwise it grows by ~2 KB per text); the Analysis holds offsets
    and plain strings only, so nothing refers to them afterwards.
    """
    document = to_document(article)
    with analyzer.nlp.memory_zone():
        return analyzer.analyze(document)


def to_document(article: ArticleIn) -> Any:
    """The reader's Document for a posted article (HTML extracted, language checked)."""
    from lagebild.readers.published import validate_published
    from lagebild.readers.sources import RawInput

    body = article.html if article.html else article.text or ""
    name = article.id or "web-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
    published = validate_published(article.published) if article.published else None
    raw = RawInput(
        name=name,
        data=body.encode("utf-8"),
        format="html" if article.html else "text",
        url=article.url,
    )
    for item in _parsed(raw, published, ErrorCode.E008 if article.html else ErrorCode.E011):
        if isinstance(item, LagebildError):
            raise item
        if article.title and not item.title:
            from dataclasses import replace

            item = replace(item, title=article.title)
        return item
    raise LagebildError(ErrorCode.E001, name)


#: Concurrent writers can collide (two new actors with one key, the same text twice,
#: SQLite's "database is locked"); the losing transaction is rolled back and retried.
STORE_ATTEMPTS = 5


def _parsed(raw: Any, published: str | None, code: ErrorCode) -> list[Any]:
    """The reader's items; a reader crash on hostile input becomes a coded 422, not a 500."""
    from lagebild.readers import parse_input

    try:
        return list(parse_input(raw, published))
    except LagebildError:
        raise
    except Exception as error:  # noqa: BLE001 (e.g. trafilatura on non-HTML "html")
        raise LagebildError(code, raw.name, f"{type(error).__name__}: {error}"[:200]) from error


def store(engine: Engine, analysis: Analysis) -> dict[str, Any]:
    from sqlalchemy.exc import IntegrityError, OperationalError

    from lagebild.store.fingerprint import fingerprint
    from lagebild.store.writer import save_analysis

    fp = fingerprint(analysis.text)
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            with engine.begin() as connection:
                saved = save_analysis(connection, analysis, fp)
            break
        except (IntegrityError, OperationalError):
            # save_analysis is keyed by content hash: a retry sees the winner's rows
            if attempt == STORE_ATTEMPTS:
                raise
            time.sleep(0.05 * attempt)
    return {"status": saved.status, "id": saved.document_id, "duplicate_of": saved.duplicate_of}
