"""HTML pages: the main text and metadata via trafilatura, boilerplate left out."""

from __future__ import annotations

import re
from typing import Any

from lagebild.errors import ErrorCode, LagebildError

_SPACES = re.compile(r"\s+")
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(r"<(?:head|body|p|div|article)\b", re.IGNORECASE)
# Fewer words than this is navigation residue, not an article.
MIN_MAIN_TEXT_WORDS = 3


def looks_like_html(text: str) -> bool:
    head = text[:2048]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 2


def extract_html(html: str, source: str, url: str | None = None) -> dict[str, str | None]:
    """``text`` (blocks separated by blank lines), ``title``, ``published``, ``author``."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=True,
            include_images=False,
            with_metadata=True,
        )
    except Exception as error:  # noqa: BLE001 - trafilatura fails in many ways on junk
        raise LagebildError(ErrorCode.E008, source, f"unparsable HTML: {error}") from error
    if not result or _field(result, "body") is None:
        raise LagebildError(ErrorCode.E008, source)
    blocks = _blocks(_field(result, "body"))
    title = _field(result, "title")
    if blocks and title and _SPACES.sub(" ", title).strip() == blocks[0]:
        blocks = blocks[1:]  # the headline is metadata, not body text
    text = "\n\n".join(blocks)
    if len(text.split()) < MIN_MAIN_TEXT_WORDS:
        raise LagebildError(ErrorCode.E008, source)
    return {
        "text": text,
        "title": title,
        "published": _field(result, "date"),
        "author": _field(result, "author"),
        "url": _field(result, "url") or url,
    }


def _field(result: Any, name: str) -> Any:
    """A field of trafilatura's result: a dict before 2.0, a Document object since."""
    return result.get(name) if isinstance(result, dict) else getattr(result, name, None)


def _blocks(body) -> list[str]:  # noqa: ANN001 - an lxml element
    """One block per paragraph, heading, quote, list item or table row."""
    blocks: list[str] = []
    for element in body:
        if element.tag in {"list", "table"}:
            parts = [child for child in element.iter() if child.tag in {"item", "row"}]
        else:
            parts = [element]
        for part in parts:
            text = _SPACES.sub(" ", " ".join(part.itertext())).strip()
            if text:
                # A bullet keeps list items from reading as headings or captions.
                blocks.append(f"• {text}" if part.tag == "item" else text)
    return blocks
