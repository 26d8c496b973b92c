from __future__ import annotations

import json
from pathlib import Path

from ingest_fakes import article

from lagebild.errors import LagebildError
from lagebild.ingest import TableOptions, read_sources
from lagebild.readers import Document


def documents_and_errors(items):  # noqa: ANN001, ANN201
    items = list(items)
    return (
        [i for i in items if isinstance(i, Document)],
        [i for i in items if isinstance(i, LagebildError)],
    )


def test_csv_with_header_and_named_columns(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(
        "key,datum,body\n"
        f'k1,2022-03-01,"{article(1)}"\n'
        f'k2,2022-03-02,"Ein Zitat: ""So nicht"", sagte er. {article(2)}"\n'
        "k3,2022-03-03,\n",
        encoding="utf-8",
    )
    docs, errors = documents_and_errors(
        read_sources(
            [str(path)],
            table=TableOptions(text_column="body", id_column="key", date_column="datum"),
        )
    )
    assert [d.id for d in docs] == ["k1", "k2"]
    assert docs[1].published == "2022-03-02" and '"So nicht"' in docs[1].text
    assert len(errors) == 1 and "row 4" in errors[0].message


def test_tsv_default_text_column(tmp_path: Path) -> None:
    path = tmp_path / "news.tsv"
    path.write_text(f"id\ttext\nt1\t{article(3)}\n", encoding="utf-8")
    docs, errors = documents_and_errors(read_sources([str(path)]))
    assert [d.id for d in docs] == ["t1"] and not errors


def test_headerless_semicolon_single_quote_like_10kgnad(tmp_path: Path) -> None:
    path = tmp_path / "gnad.csv"
    path.write_text(
        f"Inland;'{article(4)}'\nWirtschaft;'Er sagte: ''Nein''. {article(5)}'\n"
        "Sport;'Bayern, Dortmund, Leipzig und Köln, alle verloren am Samstag.'\n",
        encoding="utf-8",
    )
    docs, errors = documents_and_errors(
        read_sources(
            [str(path)],
            table=TableOptions(
                header=False, text_column="2", source_column="1", delimiter=";", quotechar="'"
            ),
        )
    )
    assert not errors
    assert [d.id for d in docs] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert docs[1].text.startswith("Er sagte: 'Nein'.") and docs[1].source == "Wirtschaft"
    # sniffing finds the same dialect without being told
    sniffed, _ = documents_and_errors(read_sources([str(path)], table=TableOptions(header=False)))
    assert [d.text for d in sniffed] == [d.text for d in docs]


def test_missing_text_column_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    docs, errors = documents_and_errors(read_sources([str(path)]))
    assert not docs and len(errors) == 1 and "text" in errors[0].message


def test_folder_and_glob_expansion(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(article(6), encoding="utf-8")
    (tmp_path / "sub" / "b.jsonl").write_text(
        json.dumps({"id": "j1", "text": article(7)}) + "\n", encoding="utf-8"
    )
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    docs, errors = documents_and_errors(read_sources([str(tmp_path)]))
    assert sorted(d.id for d in docs) == sorted([str(tmp_path / "a.txt"), "j1"]) and not errors
    docs, _ = documents_and_errors(read_sources([str(tmp_path / "**" / "*.jsonl")]))
    assert [d.id for d in docs] == ["j1"]
    _, errors = documents_and_errors(read_sources([str(tmp_path / "*.nothing")]))
    assert len(errors) == 1


def test_progress_total_counts_table_rows_without_validating_them(tmp_path: Path) -> None:
    from lagebild.ingest.sources import count_records

    path = tmp_path / "news.csv"
    path.write_text(
        "key,body\n"
        f'k1,"{article(1)}"\n'
        "k2,This is not German and is only counted, not checked\n"
        "k3\n"  # too few columns: one error record
        "\n",
        encoding="utf-8",
    )
    table = TableOptions(text_column="body", id_column="key")
    items = list(read_sources([str(path)], table=table))
    assert count_records([str(path)], table) == len(items) == 3
