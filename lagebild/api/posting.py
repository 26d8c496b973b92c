"""Posted articles: text or HTML in, an Analysis out, and storing it when asked."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field, model_validator
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

    @model_validator(mode="after")
    def one_body(self) -> ArticleIn:
        if bool(self.text and self.text.strip()) == bool(self.html and self.html.strip()):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


@dataclass
class AnalyzerHolder:
    """One Analyzer per app, built on first use; analyses run one at a time."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    analyzer: Any = None

    def analyze(self, document: Any) -> Analysis:
        with self.lock:
            if self.analyzer is None:
                from lagebild.pipeline import Analyzer

                self.analyzer = Analyzer()
            return self.analyzer.analyze(document)


def to_document(article: ArticleIn) -> Any:
    """The reader's Document for a posted article (HTML extracted, language checked)."""
    from lagebild.readers import parse_input
    from lagebild.readers.published import validate_published
    from lagebild.readers.sources import RawInput

    body = article.html if article.html else article.text or ""
    name = article.id or "web-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
    published = validate_published(article.published) if article.published else None
    raw = RawInput(name=name, data=body.encode("utf-8"),
                   format="html" if article.html else "text", url=article.url)
    for item in parse_input(raw, published):
        if isinstance(item, LagebildError):
            raise item
        if article.title and not item.title:
            from dataclasses import replace

            item = replace(item, title=article.title)
        return item
    raise LagebildError(ErrorCode.E001, name)


def store(engine: Engine, analysis: Analysis) -> dict[str, Any]:
    from lagebild.store.fingerprint import fingerprint
    from lagebild.store.writer import save_analysis

    with engine.begin() as connection:
        saved = save_analysis(connection, analysis, fingerprint(analysis.text))
    return {"status": saved.status, "id": saved.document_id, "duplicate_of": saved.duplicate_of}
