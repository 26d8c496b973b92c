"""Konjunktiv (subjunctive) detection: the morphology component's ``Mood=Sub`` first."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from lagebild.quotes.lexicon import lower_set

#: The parsed Mood and Tense values by morphology key, for all Docs: spaCy parses the
#: analysis anew on every ``morph.get`` (some µs), and news prose has few distinct analyses.
#: A key is the hash of the analysis string, so its values are the same in every Doc.
_FEATURES: Final[dict[int, tuple[list[str], list[str]]]] = {}
#: more distinct analyses than this (never in news prose) start the table afresh
_MAX_FEATURES: Final = 100_000


def _features(token: Token) -> tuple[list[str], list[str]]:
    morph = token.morph
    key: int = morph.key  # type: ignore[attr-defined]  # a readonly Cython field, not in the stub
    found = _FEATURES.get(key)
    if found is None:
        if len(_FEATURES) >= _MAX_FEATURES:
            _FEATURES.clear()
        # spaCy's stub makes ``default`` required; None is its run-time default
        found = _FEATURES[key] = (morph.get("Mood", None), morph.get("Tense", None))
    return found


def moods(token: Token) -> list[str]:
    """``token.morph.get("Mood")``, parsed once per analysis (do not change the list)."""
    return _features(token)[0]


def tenses(token: Token) -> list[str]:
    """``token.morph.get("Tense")``, parsed once per analysis (do not change the list)."""
    return _features(token)[1]


def is_subjunctive(token: Token) -> bool:
    """True for a finite verb in Konjunktiv I or II.

    Prefers ``token.morph`` (``Mood=Sub``) when the morphology component set a mood on
    the token; otherwise falls back to a list of forms that are Konjunktiv in news prose.
    """
    # most tokens are no verbs and carry no morphology: spare them parsing an empty one
    mood = moods(token) if token.has_morph() else None
    if mood:
        if "Sub" not in mood or "Ind" in mood:
            return False
        # A weak preterite ("brannte", "zählten") is also Konjunktiv II in form; the
        # narrator uses it far more often, so only the continuation rule reads it as such.
        return not is_weak_preterite(token)
    text = token.text
    if not text or not text[0].islower():
        return False
    return text in lower_set("konjunktiv.txt")


def is_weak_preterite(token: Token) -> bool:
    """A full verb in -te/-ten with past tense: indicative and Konjunktiv II look alike."""
    text = token.text
    if token.tag_ in {"VAFIN", "VMFIN"}:
        return False
    return text.endswith(("te", "ten")) and "Past" in tenses(token)


def is_present_subjunctive(token: Token) -> bool:
    """Konjunktiv I ("sei", "habe", "reiche"): unambiguous reported speech."""
    if not is_subjunctive(token):
        return False
    tense = tenses(token)
    if tense:
        return "Pres" in tense
    return not token.text.lower().startswith(
        ("wär", "hätt", "würd", "könnt", "müsst", "dürft", "möcht")
    )
