"""A narrator's lead-in before a colon in a closing "so" frame.

"Die Grünen üben Kritik an der Matura: Ein schwankender Schwierigkeitsgrad führt sie ad
absurdum, so Bildungssprecher Walser." The source closes the sentence, but the part before
the colon is the narrator's own statement in the indicative; only what follows the colon is
Walser's. A lead-in in the Konjunktiv ("Es könne nicht die Lösung sein: …") or with a
pronoun of the speaker's talk ("dann fährt man nur mit einem Ziel nach Wien: …") stays his.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.quotes.lexicon import lower_set
from lagebild.quotes.readings import subjunctive_at
from lagebild.quotes.token_table import token_table

FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
VOICED_LEAD_WORDS = "voiced_lead_words.txt"
#: words the content after the colon needs to be a statement of its own
_MIN_CONTENT = 3


def content_start(doc: Doc, start: int, end: int) -> int:
    """Where the content of ``start..end`` (the words before ", so X") begins: after the
    colon that closes a narrator's lead-in, else at ``start``."""
    tokens = token_table(doc)
    colon = next((i for i in range(start, end) if tokens.words[i] == ":"), None)
    if colon is None or end - colon - 1 < _MIN_CONTENT:
        return start
    return colon + 1 if _narrated(doc, start, colon) else start


def _narrated(doc: Doc, start: int, end: int) -> bool:
    """An indicative main statement without a pronoun of the speaker's talk."""
    tokens = token_table(doc)
    finite = [i for i in range(start, end) if tokens.tags[i] in FINITE_TAGS]
    if not finite or any(subjunctive_at(doc, i) for i in finite):
        return False
    voiced = lower_set(VOICED_LEAD_WORDS)
    return not any(tokens.lower[i] in voiced for i in range(start, end))
