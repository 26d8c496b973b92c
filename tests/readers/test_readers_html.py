"""HTML pages: main text without boilerplate, with title, date and author."""

from __future__ import annotations

from pathlib import Path

from lagebild.errors import ErrorCode, LagebildError
from lagebild.readers import Document, read_inputs
from lagebild.structure import analyse_structure

PAGE = """<!DOCTYPE html>
<html lang="de"><head><title>Gespräche in Genf</title>
<meta name="author" content="Anna Beispiel">
<meta property="article:published_time" content="2022-01-10T18:00:00+01:00"></head>
<body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politikressort</a></li>
<li><a href="/login">Anmelden und Abonnieren</a></li></ul></nav>
<article><h1>Gespräche in Genf</h1>
<p>Die USA haben Russland nach bilateralen Gesprächen in Genf erneut zur Deeskalation in der
Ukraine-Krise aufgerufen. Die Unterhändlerin sagte, es liege an Russland.</p>
<h2>Kein Ende der NATO-Osterweiterung</h2>
<p>Sherman sagte in einer Telefonschalte mit Journalisten, die fast achtstündigen Gespräche
seien offen und direkt verlaufen. Man habe aber nicht konkret verhandelt.</p>
<p>Forderungen Russlands nach Garantien für ein Ende der Osterweiterung der NATO wies Sherman
aber erneut zurück.</p></article>
<footer><p>Impressum Datenschutzerklärung Kontaktformular © 2022 Beispielverlag GmbH.</p>
</footer></body></html>
"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [document] = read_inputs([str(path)])
    assert isinstance(document, Document)
    assert document.title == "Gespräche in Genf"
    assert document.published == "2022-01-10"
    assert document.author == "Anna Beispiel"
    assert document.text.startswith("Die USA haben Russland")
    for boilerplate in ("Startseite", "Politikressort", "Anmelden", "Impressum", "Beispielverlag"):
        assert boilerplate not in document.text
    # Blocks are separated by blank lines, so the structure sees the subheading.
    structure = analyse_structure(document.text)
    assert [s.text for s in structure.subheadings] == ["Kein Ende der NATO-Osterweiterung"]
    assert len(structure.paragraphs) == 4


def test_html_is_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    [document] = read_inputs([str(path)])
    assert isinstance(document, Document) and document.title == "Gespräche in Genf"


def test_html_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Start</a></nav></body></html>", encoding="utf-8")
    [error] = read_inputs([str(path)])
    assert isinstance(error, LagebildError) and error.code is ErrorCode.E008
    assert str(path) in error.message
