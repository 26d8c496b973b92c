"""Political events coded in PLOVER.

Per sentence, triggers from the lexicon (``data/triggers.tsv``) are found by lemma and
tag; actor and recipient come from clause structure and case cues (:mod:`.arguments`) and
are resolved to codes through the entity layer (:mod:`.actors`); negation, attribution to
a quoted speaker, condition, date, place and quantity come from :mod:`.context`. Events
without an actor are dropped: a false event is worse than a missed one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.events.build import build_events


@Language.component(
    "lagebild_events",
    requires=["doc._.entities", "doc._.quotes"],
    assigns=["doc._.events"],
)
def code_events(doc: Doc) -> Doc:
    doc._.events = build_events(doc)
    return doc
