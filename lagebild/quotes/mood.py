"""Konjunktiv (subjunctive) detection: the morphology component's ``Mood=Sub`` first."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.quotes.lexicon import lower_set

#: Where a Doc's parsed Mood and Tense values are kept (in ``Doc.user_data``), by morphology
#: key: spaCy parses the analysis anew on every ``morph.get`` (some µs), and a text has few
#: distinct analyses.
FEATURES_KEY = "lagebild.quotes.mood_features"


def _features(token: Token) -> tuple[list[str], list[str]]:
    morph = token.morph
    known: dict[int, tuple[list[str], list[str]]] = token.doc.user_data.setdefault(FEATURES_KEY, {})
    key: int = morph.key  # type: ignore[attr-defined]  # a readonly Cython field, not in the stub
    found = known.get(key)
    if found is None:
        # spaCy's stub makes ``default`` required; None is its run-time default
        found = known[key] = (morph.get("Mood", None), morph.get("Tense", None))
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
