from __future__ import annotations

from lagebild.store.fingerprint import content_hash, estimated_jaccard, fingerprint

STORY = (
    "Die Bundesregierung hat am Mittwoch ein neues Hilfspaket für die Ukraine beschlossen. "
    "Es umfasst Lieferungen von Generatoren, Medikamenten und Winterkleidung im Wert von "
    "mehreren hundert Millionen Euro. Die Opposition kritisierte, die Hilfe komme zu spät, "
    "und forderte eine schnellere Abstimmung mit den europäischen Partnern in Brüssel. "
) * 3


def test_exact_hash_ignores_unicode_normalisation_form() -> None:
    assert content_hash("Müller") == content_hash("Mu\u0308ller")
    assert content_hash("Müller") != content_hash("Muller")


def test_republished_story_is_near_duplicate() -> None:
    original = fingerprint(STORY)
    republished = fingerprint("  " + STORY.upper().replace(". ", ".\n\n") + "(dpa)")
    assert republished.normalised_hash != original.normalised_hash
    assert estimated_jaccard(original.minhash, republished.minhash) >= 0.9
    assert set(original.bands()) & set(republished.bands())


def test_different_story_is_not() -> None:
    other = fingerprint(
        "Der FC Bayern gewann am Samstag gegen Dortmund mit drei zu eins, "
        "nachdem zwei Tore in der zweiten Halbzeit fielen. " * 3
    )
    assert estimated_jaccard(fingerprint(STORY).minhash, other.minhash) < 0.2


def test_signature_is_stable_across_calls() -> None:
    assert fingerprint(STORY).minhash == fingerprint(STORY).minhash
