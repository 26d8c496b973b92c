"""Corrections of HanTa's tags that the noun phrase around a word decides.

HanTa's sentence search looks one or two words back; a noun phrase with a prepositional phrase
inside ("der von Ralph Hasenhüttl betreute FC") or a preposition whose object looks like the
subject of a subordinate clause ("Während der Verhandlungen …") is beyond it.

- A past-tense-looking verb form ("betreute", "suspendierte", "präsentierten") tagged as a
  finite verb between a determiner and a noun, with only adverbs and prepositional phrases
  in between, is an attributive participle (ADJA, lemma the participle: "betreut"): "die
  derzeit wegen Dopings suspendierte Tennisspielerin", "der vom VKI unterstützte Kläger".
  A finite verb in second place has its own phrase before it ("Im April begrüßte
  Nationalratspräsidentin …"): that phrase is a prepositional phrase or a noun, never a bare
  determiner.
- "während" read as a subordinating conjunction (KOUS) is a preposition (APPR) where the
  noun phrase after it (with genitives and prepositional phrases) is followed directly by a
  finite verb with more of the clause after it: a main clause with the verb in second place
  ("Während der Ausschreitungen am Hauptbahnhof hätten Frauen Schutz gesucht"), where a
  subordinate clause would end in its finite verb ("Während der Nutzer telefoniert, …").
  Not after a comma or a conjunction: there it is mostly the conjunction. Before a genitive
  determiner ("des", "eines", "seines"; ``singular_genitive_determiners.txt``) it is a preposition
  wherever it stands: "Während des Besuchs von Papst Franziskus sind … festgenommen worden"
  (a clause so opened would make the phrase's von-phrase an agent).
"""

from __future__ import annotations

from lagebild.linguistics.resources import singular_genitive_determiners

FINITE_VERBS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
#: Tags that open a noun phrase and leave it open until its noun.
DETERMINERS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "CARD"})
PREPOSITIONS = frozenset({"APPR", "APPRART"})
#: Tags of the words of a noun phrase, as read backwards from its noun to its preposition.
_PHRASE_WORDS = frozenset({"NN", "NE", "ADJA", "CARD", "ART", "PDAT", "PPOSAT", "PIAT", "ADV"})
_NOUNS = frozenset({"NN", "NE"})
_MODIFIERS = frozenset({"ADV", "ADJD"})
#: Past-tense endings of a weak verb, which are also endings of its attributive participle.
_PAST_ENDINGS = ("te", "ten")
#: Before "während" opening a subordinate clause joined to the clause before: a comma or a
#: conjunction ("…, während der Umstieg auf Smartphones verstärkt die Entwicklungsländer
#: erreicht"); there a verb after the noun phrase is more often a mistagged clause-final one.
_JOINING = frozenset({"$,", "KON"})
#: What may follow a clause-final verb: the clause is over, or another one is joined.
_AFTER_FINAL_VERB = frozenset({"$,", "$.", "$(", "KON"})


def correct_phrase_tags(forms: list[str], tags: list[str]) -> list[int]:
    """Correct the STTS ``tags`` of one sentence's words in place; the positions changed."""
    changed = []
    # only finite verbs and conjunctions are read: pick them out without a step per word
    for k in [k for k, tag in enumerate(tags) if tag == "VVFIN" or tag == "KOUS"]:
        form, tag = forms[k], tags[k]
        if tag == "VVFIN" and form.endswith(_PAST_ENDINGS) and form[:1].islower():
            if _is_attributive(tags, k):
                tags[k] = "ADJA"
                changed.append(k)
        elif (
            tag == "KOUS"
            and form.lower() == "während"
            and (
                _genitive_follows(forms, k)
                or ((k == 0 or tags[k - 1] not in _JOINING) and _opens_main_clause(tags, k))
            )
        ):
            tags[k] = "APPR"
            changed.append(k)
    return changed


def participle_lemma(form: str) -> str:
    """The lemma of an attributive participle with a past-tense ending, as for other
    participles: the participle itself ("suspendierte" -> "suspendiert")."""
    return form[:-2] if form.endswith("en") else form[:-1]


def _is_attributive(tags: list[str], k: int) -> bool:
    """Whether the verb form at ``k`` stands between a determiner (or a preposition) and a
    noun, with only adverbs and prepositional phrases between the determiner and it."""
    following = k + 1
    while following < len(tags) and tags[following] == "ADJA":
        following += 1
    if following >= len(tags) or tags[following] != "NN":
        return False
    if k > 0 and tags[k - 1] in PREPOSITIONS:
        return True
    j = k - 1
    while j >= 0:
        if tags[j] in _MODIFIERS:
            j -= 1
        elif tags[j] in _NOUNS or tags[j] == "CARD":
            start = _phrase_preposition(tags, j)
            if start is None:
                return False
            j = start - 1
        else:
            return tags[j] in DETERMINERS
    return False


def _phrase_preposition(tags: list[str], end: int) -> int | None:
    """The position of the preposition opening the phrase whose last word is at ``end``;
    None where the phrase has none (a subject or an object)."""
    j = end
    while j >= 0 and tags[j] in _PHRASE_WORDS:
        j -= 1
    return j if j >= 0 and tags[j] in PREPOSITIONS else None


def _genitive_follows(forms: list[str], k: int) -> bool:
    """Whether a genitive determiner follows ``k`` ("während des Besuchs")."""
    return k + 1 < len(forms) and forms[k + 1].lower() in singular_genitive_determiners()


def _opens_main_clause(tags: list[str], k: int) -> bool:
    """Whether the noun phrase after ``k`` (a determiner, then its words, genitives and
    prepositional phrases) is followed by a finite verb that does not end the clause."""
    j = k + 1
    if j >= len(tags) or tags[j] not in DETERMINERS:
        return False
    while j < len(tags) and (tags[j] in _PHRASE_WORDS or tags[j] in PREPOSITIONS):
        j += 1
    if j + 1 >= len(tags) or tags[j] not in FINITE_VERBS:
        return False
    return tags[j + 1] not in _AFTER_FINAL_VERB
