from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

from lagebild.errors import LagebildError
from lagebild.ingest import read_sources
from lagebild.ingest.sources import count_records
from lagebild.readers import Document

warcio = pytest.importorskip("warcio")

PAGE = """<html><head><title>Hilfspaket beschlossen</title>
<meta property="article:published_time" content="2022-03-04"></head><body>
<nav>Startseite | Politik | Sport</nav>
<article><h1>Hilfspaket beschlossen</h1>
<p>Die Bundesregierung hat am Mittwoch ein neues Hilfspaket für die Ukraine beschlossen.
Es umfasst Lieferungen von Generatoren, Medikamenten und Winterkleidung.</p>
<p>Die Opposition kritisierte, die Hilfe komme zu spät, und forderte eine schnellere
Abstimmung mit den europäischen Partnern in Brüssel. Der Minister wies das zurück.</p>
</article><footer>Impressum</footer></body></html>"""


def write_warc(path: Path, gzip: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for uri, body, content_type in (
            ("https://example.org/a", PAGE, "text/html; charset=utf-8"),
            ("https://example.org/logo.png", "PNG", "image/png"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=BytesIO(body.encode("utf-8")), http_headers=headers))


@pytest.mark.parametrize("name,gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses_become_documents(tmp_path: Path, name: str, gzip: bool) -> None:
    path = tmp_path / name
    write_warc(path, gzip)
    items = list(read_sources([str(path)]))
    docs = [item for item in items if isinstance(item, Document)]
    assert len(docs) == 1, items
    assert docs[0].url == "https://example.org/a"
    assert "Hilfspaket für die Ukraine" in docs[0].text
    assert "Impressum" not in docs[0].text
    assert count_records([str(path)]) == 1


def test_broken_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    items = list(read_sources([str(path)]))
    assert items and all(isinstance(item, LagebildError) for item in items)
