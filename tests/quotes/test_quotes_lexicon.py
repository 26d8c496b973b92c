from __future__ import annotations

from lagebild.quotes.lexicon import is_role, lemmas, speech_noun_medium, speech_verbs


def test_lexicon_is_large_enough():
    assert len(lemmas()) >= 150


def test_inflected_forms_reach_their_lemma():
    forms = speech_verbs()
    assert "sagen" in {f.verb.lemma for f in forms["sagte"]}
    assert "sagen" in {f.verb.lemma for f in forms["gesagt"]}
    assert "einräumen" in {f.verb.lemma for f in forms["räumte"]}
    assert "einräumen" in {f.verb.lemma for f in forms["eingeräumt"]}
    assert "einräumen" in {f.verb.lemma for f in forms["einräumte"]}
    assert "erklären" in {f.verb.lemma for f in forms["erklärt"]}
    assert "kritisieren" in {f.verb.lemma for f in forms["kritisiert"]}
    assert "hinweisen" in {f.verb.lemma for f in forms["wies"]}


def test_media_and_nouns():
    assert lemmas()["schreiben"].medium == "writing"
    assert lemmas()["glauben"].medium == "thought"
    assert speech_noun_medium("Polizeiangaben") == "speech"
    assert speech_noun_medium("Haus") is None


def test_roles():
    assert is_role("Bundeskanzler")
    assert is_role("Vizeaußenministerin")
    assert not is_role("Sherman")
