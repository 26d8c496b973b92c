"""Konjunktiv (subjunctive) detection: the morphology component's ``Mood=Sub`` first."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.quotes.lexicon import lower_set


def is_subjunctive(token: Token) -> bool:
    """True for a finite verb in Konjunktiv I or II.

    Prefers ``token.morph`` (``Mood=Sub``) when the morphology component set a mood on
    the token; otherwise falls back to a list of forms that are Konjunktiv in news prose.
    """
    # most tokens are no verbs and carry no morphology: spare them parsing an empty one
    mood = token.morph.get("Mood") if token.has_morph() else None
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
    return text.endswith(("te", "ten")) and "Past" in token.morph.get("Tense", [])


def is_present_subjunctive(token: Token) -> bool:
    """Konjunktiv I ("sei", "habe", "reiche"): unambiguous reported speech."""
    if not is_subjunctive(token):
        return False
    tense = token.morph.get("Tense")
    if tense:
        return "Pres" in tense
    return not token.text.lower().startswith(
        ("wär", "hätt", "würd", "könnt", "müsst", "dürft", "möcht")
    )
