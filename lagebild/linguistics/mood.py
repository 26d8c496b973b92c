"""Verb mood from the form: Konjunktiv I/II versus indicative.

``finite_verb_features`` returns the UD features ``Mood`` and ``Tense`` of a finite verb:

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

from dataclasses import dataclass

from spacy.tokens import Token

from lagebild.linguistics.resources import irregular_verb_forms

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


def finite_verb_features(token: Token) -> MoodFeatures:
    """Mood and tense of a finite verb token (tagged ``V*FIN`` with a lemma)."""
    form = token.text.lower()
    irregular = irregular_verb_forms().get(form)
    if irregular is not None:
        return MoodFeatures(_resolve_ich(irregular.mood, token), irregular.tense)
    return _regular_features(token, form, token.lemma_.lower())


def _resolve_ich(mood: str, token: Token) -> str:
    """Konjunktiv I forms like "habe", "plane" are indicative after/before "ich"."""
    if mood != "Sub~ich":
        return mood
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return "Ind" if any(t.lower_ == "ich" for t in neighbours) else "Sub"


def _lemma_stem(lemma: str) -> str:
    if lemma.endswith("en"):
        return lemma[:-2]
    if lemma.endswith("n"):
        return lemma[:-1]
    return lemma


def _ending(form: str, stem: str, morphemes: list[tuple[str, str]] | None) -> str:
    if morphemes:
        suffix = "".join(m for m, tag in morphemes if tag.startswith("SUF"))
        if suffix and form.endswith(suffix):
            return suffix
    if form.startswith(stem):
        return form[len(stem) :]
    return ""


def _umlauts(text: str) -> int:
    return sum(ch in _UMLAUTS for ch in text)


def _regular_features(token: Token, form: str, lemma: str) -> MoodFeatures:
    stem = _lemma_stem(lemma)
    ending = _ending(form, stem, token._.hanta_morphemes)
    form_stem = form[: len(form) - len(ending)] if ending else form
    if form_stem == stem:
        if ending in _WEAK_PAST_ENDINGS:
            # The weak past plural doubles as Konjunktiv II ("zählten"); singular is indicative.
            return MoodFeatures("Ind,Sub" if ending.endswith("en") else "Ind", "Past")
        if ending == "e":
            return MoodFeatures(_resolve_ich("Sub~ich", token), "Pres")
        if ending in ("en", "n"):
            return MoodFeatures("Ind,Sub", "Pres")
        return MoodFeatures("Ind", "Pres")
    # A changed stem: strong past, Konjunktiv II, or a present with vowel change ("gibt").
    new_umlaut = _umlauts(form_stem) > _umlauts(stem)
    if ending in _WEAK_PAST_ENDINGS:
        return MoodFeatures("Sub" if new_umlaut else "Ind", "Past")
    if ending in ("t", "st"):
        # "gibt", "nimmt", "fährt": present with a changed vowel.
        return MoodFeatures("Ind", "Pres")
    if ending == "e" or (ending in _SUBJUNCTIVE_ENDINGS and new_umlaut):
        return MoodFeatures("Sub", "Past")
    if ending in _SUBJUNCTIVE_ENDINGS:
        # "kamen" would be "kämen" as Konjunktiv II; "gingen" reads both ways.
        if _UMLAUTABLE.intersection(form_stem):
            return MoodFeatures("Ind", "Past")
        return MoodFeatures("Ind,Sub", "Past")
    return MoodFeatures("Ind", "Past")
