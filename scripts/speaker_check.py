"""Speakers that are no speaker: a speech verb, a title alone or a date (issue 4).

Counts, over the quotes of a store (``--db``) and/or of quotes-wikinews dev analysed
afresh (``--wikinews``), the speaker names that are a form of a speech verb ("sagte"),
a date word ("Montag", "Januar", "2014"), an article or demonstrative alone ("Das"), a
speech noun ("den Angaben zufolge"), or a title or role noun without a name ("Sprecher":
often the only description the text gives, so reported apart, not counted as an error).

    .venv/bin/python scripts/speaker_check.py --db /tmp/gnad3.db
    .venv/bin/python scripts/speaker_check.py --wikinews ../shared/data/quotes-wikinews/dev

Exit status 1 when a speech verb or a date is a speaker.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from lagebild.entities.names import title_of
from lagebild.quotes.lexicon import speech_nouns, speech_verbs
from lagebild.quotes.speaker_names import is_date_word

#: numbers ("2014", "10.") and relative days; weekdays and months come from the date lexicon
DATE_WORD = re.compile(r"^(?:\d{1,4}\.?|gestern|heute|morgen)$", re.IGNORECASE)
ARTICLES = {"der", "die", "das", "ein", "eine", "einer", "des", "dem", "den"}


def classify(name: str, verbs: frozenset[str]) -> str | None:
    words = [word for word in name.split() if word.lower() not in ARTICLES]
    if not words:
        return "article alone"
    if len(words) == 1 and words[0] in speech_nouns():
        return "speech noun"  # "den Angaben zufolge": a source, not someone
    if all(word.lower() in verbs and not word[:1].isupper() for word in words):
        return "speech verb"
    if all(
        DATE_WORD.match(word.strip(",.")) or is_date_word(word.strip(",.").capitalize())
        for word in words
    ):
        return "date"
    if len(words) == 1 and title_of(words[0]) is not None:
        return "title alone"
    return None


def store_speakers(db: str) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL")
        return [row[0] for row in rows]


def wikinews_speakers(folder: Path) -> list[str]:
    from lagebild.evaluation.wikinews import load_record
    from lagebild.pipeline import Analyzer
    from lagebild.readers.document import Document

    analyzer, names = Analyzer(), []
    for path in sorted(folder.glob("*.json")):
        text = load_record(path)["originalText"]
        analysis = analyzer.analyze(Document(id=path.stem, text=text))
        names += [quote.speaker.name for quote in analysis.quotes if quote.speaker]
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a SQLite store")
    parser.add_argument("--wikinews", type=Path, help="a quotes-wikinews folder (dev)")
    args = parser.parse_args(argv)
    verbs = frozenset(form.lower() for form in speech_verbs())
    names = (store_speakers(args.db) if args.db else []) + (
        wikinews_speakers(args.wikinews) if args.wikinews else []
    )
    found = Counter((kind, name) for name in names if (kind := classify(name, verbs)))
    kinds = Counter(kind for kind, _ in found.elements())
    print(
        f"{len(names)} speakers; "
        + ", ".join(
            f"{kind}: {kinds.get(kind, 0)}"
            for kind in ("speech verb", "date", "article alone", "speech noun", "title alone")
        )
    )
    for (kind, name), count in found.most_common(15):
        print(f"  {kind:12} {count:4}  {name}")
    return 1 if kinds.get("speech verb") or kinds.get("date") else 0


if __name__ == "__main__":
    sys.exit(main())
