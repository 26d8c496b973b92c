"""Verb mood from the form: Konjunktiv I/II versus indicative.

``form_features`` returns the UD features ``Mood`` and ``Tense`` of a finite verb form
(``resolve_ich`` settles the mood of a form that depends on an "ich" beside it):

* ``Mood=Sub`` -- the form is unambiguously Konjunktiv ("sei", "habe" (not after "ich"),
  "hätten", "würden", "könne", "müsste", "käme", "plane");
* ``Mood=Ind`` -- unambiguously indicative ("ist", "hat", "kam", "fordert");
* ``Mood=Ind,Sub`` -- the form reads both ways where Konjunktiv I coincides with the
  indicative and writers fall back on Konjunktiv II: the weak past plural ("Dazu zählten
  …"), the present plural ("fordern"). The weak past singular ("drohte", "sagte") is
  indicative, since its Konjunktiv I ("drohe") is distinct.

Irregular verbs come from ``data/verb_forms.tsv``; other verbs are judged by comparing the
form with the lemma's stem and by HanTa's segmentation (``VV_VAR`` marks a changed stem,
``SUF_FIN`` the ending).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.linguistics.resources import irregular_verb_forms

#: HanTa's morpheme segments of a word: (morpheme, tag) pairs.
Morphemes = Sequence[tuple[str, str]]

_UMLAUTS = set("äöü")
_WEAK_PAST_ENDINGS = ("te", "ten", "test", "tet", "ete", "eten", "etest", "etet")
_SUBJUNCTIVE_ENDINGS = ("e", "en", "est", "et")
_UMLAUTABLE = set("aou")


@dataclass(frozen=True)
class MoodFeatures:
    mood: str  # "Ind", "Sub" or "Ind,Sub"
    tense: str | None

    def as_ud(self) -> dict[str, str]:
        features = {"Mood": self.mood, "VerbForm": "Fin"}
        if self.tense:
            features["Tense"] = self.tense
        return features


#: A form's mood and tense before its neighbours are seen: the mood may be "Sub~ich".
FormFeatures = tuple[str, str | None]


def form_features(word: str, lemma: str, morphemes: Morphemes | None) -> FormFeatures:
    """Mood and tense of a finite verb form from the form, lemma and segments alone: the
    mood "Sub~ich" where :func:`resolve_ich` decides it by the words beside the verb."""
    form = word.lower()
    irregular = irregular_verb_forms().get(form)
    if irregular is not None:
        return irregular.mood, irregular.tense
    return _regular_features(form, lemma.lower(), morphemes)


def resolve_ich(mood: str, words: list[str], i: int) -> str:
    """Konjunktiv I forms like "habe", "plane" are indicative after/before "ich" (``words``:
    the Doc's token texts, ``i``: the verb's index)."""
    if mood != "Sub~ich":
        return mood
    neighbours = [words[k] for k in (i - 1, i + 1) if 0 <= k < len(words)]
    return "Ind" if any(word.lower() == "ich" for word in neighbours) else "Sub"


def _lemma_stem(lemma: str) -> str:
    if lemma.endswith("en"):
        return lemma[:-2]
    if lemma.endswith("n"):
        return lemma[:-1]
    return lemma


def _ending(form: str, stem: str, morphemes: Morphemes | None) -> str:
    if morphemes:
        suffix = "".join(m for m, tag in morphemes if tag.startswith("SUF"))
        if suffix and form.endswith(suffix):
            return suffix
    if form.startswith(stem):
        return form[len(stem) :]
    return ""


def _umlauts(text: str) -> int:
    return sum(ch in _UMLAUTS for ch in text)


def _regular_features(form: str, lemma: str, morphemes: Morphemes | None) -> FormFeatures:
    stem = _lemma_stem(lemma)
    ending = _ending(form, stem, morphemes)
    form_stem = form[: len(form) - len(ending)] if ending else form
    if form_stem == stem:
        if ending in _WEAK_PAST_ENDINGS:
            # The weak past plural doubles as Konjunktiv II ("zählten"); singular is indicative.
            return ("Ind,Sub" if ending.endswith("en") else "Ind", "Past")
        if ending == "e":
            return ("Sub~ich", "Pres")
        if ending in ("en", "n"):
            return ("Ind,Sub", "Pres")
        return ("Ind", "Pres")
    # A changed stem: strong past, Konjunktiv II, or a present with vowel change ("gibt").
    new_umlaut = _umlauts(form_stem) > _umlauts(stem)
    if ending in _WEAK_PAST_ENDINGS:
        return ("Sub" if new_umlaut else "Ind", "Past")
    if ending in ("t", "st"):
        # "gibt", "nimmt", "fährt": present with a changed vowel.
        return ("Ind", "Pres")
    if ending == "e" or (ending in _SUBJUNCTIVE_ENDINGS and new_umlaut):
        return ("Sub", "Past")
    if ending in _SUBJUNCTIVE_ENDINGS:
        # "kamen" would be "kämen" as Konjunktiv II; "gingen" reads both ways.
        if _UMLAUTABLE.intersection(form_stem):
            return ("Ind", "Past")
        return ("Ind,Sub", "Past")
    return ("Ind", "Past")
