"""A reply the narrator adds to reported content: "Westliche Regierungen werfen Russland vor,
… Kampftruppen einzusetzen, was Moskau bestreitet." The closing relative clause on the whole
content tells, in the indicative, what another side said to it; it is not part of what the
first speaker said. In the Konjunktiv ("…, was den Tatbestand der Nötigung erfülle") it
still is.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.quotes.chunks import CLAUSE_PUNCT
from lagebild.quotes.lexicon import lower_set, speech_verbs
from lagebild.quotes.readings import subjunctive_at
from lagebild.quotes.token_table import token_table

FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
REPLY_RELATIVES = "reply_relatives.txt"
REPLY_VERBS = "reply_verbs.txt"


def reply_start(doc: Doc, masked: frozenset[int], start: int, end: int) -> int:
    """Where the content ``start..end`` gives way to a narrator's closing reply clause (the
    comma before "was"), else ``end``."""
    tokens = token_table(doc)
    relatives = lower_set(REPLY_RELATIVES)
    for i in range(start + 1, end - 2):
        if tokens.words[i] == "," and tokens.lower[i + 1] in relatives and i not in masked:
            return i if _reply(doc, masked, i + 2, end) else end
    return end


def _reply(doc: Doc, masked: frozenset[int], start: int, end: int) -> bool:
    """A clause to the content's end, with a verb of reply and indicative finite verbs only
    ("…, was er auch in Anspruch nimmt" or "…, was sie erwartet" is part of the content)."""
    tokens = token_table(doc)
    words = range(start, end)
    if any(i in masked or tokens.words[i] in CLAUSE_PUNCT for i in words if i < end - 1):
        return False
    finite = [i for i in words if tokens.tags[i] in FINITE_TAGS]
    if not finite or any(subjunctive_at(doc, i) for i in finite):
        return False
    replies = lower_set(REPLY_VERBS)
    return any(
        form.verb.lemma in replies
        for i in words
        for form in speech_verbs().get(tokens.lower[i], ())
    )
