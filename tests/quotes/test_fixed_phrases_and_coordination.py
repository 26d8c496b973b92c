"""Fixed Konjunktiv phrases ("es sei denn") report no one's words; "wissen lassen",
"zu verstehen geben" and "zu bedenken geben" are speech cues; a coordinated subject
("Weder X, noch Y …", "Sowohl X als auch Y …") is the speaker of its sentence."""

from __future__ import annotations

import pytest
import spacy
from quote_helpers import speaker_text

from lagebild.quotes.coordination import coordinated_phrase
from lagebild.quotes.readings import fixed_phrase_tokens


def _words(text: str) -> list[str]:
    return [t.text for t in spacy.blank("de")(text)]


# --- fixed phrases -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Das gilt nicht – es sei denn, sie sind verankert.", ["es", "sei", "denn"]),
        ("Wie dem auch sei, wir handeln.", ["Wie", "dem", "auch", "sei"]),
        ("Sie will siegen, koste es, was es wolle.", ["koste", "es", "was", "es", "wolle"]),
        ("Alle helfen, sei es mit Geld oder mit Zeit.", ["sei", "es"]),
        ("Gott sei Dank ist niemand verletzt.", ["Gott", "sei", "Dank"]),
        ("Man hoffte auf Hilfe, und sei es nur beim Erkennen.", ["und", "sei", "es"]),
    ],
)
def test_fixed_phrase_tokens(text: str, phrase: list[str]) -> None:
    words = _words(text)
    found = fixed_phrase_tokens([w.lower() for w in words])
    assert sorted(words[i] for i in found) == sorted(phrase)


def test_sei_es_inside_a_clause_is_reported_speech() -> None:
    # "^sei es" holds only at a clause start: "dafür sei es zu spät" is Konjunktiv
    words = _words("Er sagte, dafür sei es zu spät.")
    assert fixed_phrase_tokens([w.lower() for w in words]) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Regeln gibt es dafür bisher nicht – es sei denn, sie sind in der Verfassung verankert.",
        "Wie dem auch sei, die Regierung handelt jetzt.",
        "Sei es durch Steuern oder durch Kredite, das Geld muss her.",
    ],
)
def test_fixed_phrase_continues_no_chain(tagged_quotes, sentence: str) -> None:
    quotes = tagged_quotes("Der Minister sagte, die Lage sei ernst. " + sentence)
    assert [q.kind for q in quotes] == ["indirect"]


def test_konjunktiv_after_fixed_phrase_still_continues(tagged_quotes) -> None:
    quotes = tagged_quotes(
        "Der Minister sagte, die Lage sei ernst. Er sagte, dafür sei es zu spät."
    )
    assert [q.text for q in quotes] == ["die Lage sei ernst", "dafür sei es zu spät"]


# --- wissen lassen -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Der Sprecher der Regierung hatte wissen lassen, dass die Grenze offen bleibe.",
            "Der Sprecher der Regierung",
            "dass die Grenze offen bleibe",
        ),
        (
            "Die Kanzlerin ließ am Montag über ihren Sprecher wissen, sie werde nicht antreten.",
            "Die Kanzlerin",
            "sie werde nicht antreten",
        ),
    ],
)
def test_wissen_lassen_is_a_speech_cue(tagged_quotes, text: str, speaker: str, content: str):
    (quote,) = tagged_quotes(text)
    assert quote.kind == "indirect"
    assert quote.cue is not None and quote.cue.lemma == "wissenlassen"
    assert speaker_text(text, quote) == speaker
    assert quote.text == content


def test_wissen_lassen_takes_its_object_as_addressee(tagged_quotes) -> None:
    (quote,) = tagged_quotes("Der Konzern ließ die Aktionäre wissen, dass die Dividende sinke.")
    assert quote.speaker is not None and quote.speaker.name == "Der Konzern"
    assert quote.addressee is not None and quote.addressee.name == "die Aktionäre"


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister gab zu verstehen, dass er im Amt bleibe.",
        "Der Minister hatte den Journalisten zu verstehen gegeben, er bleibe im Amt.",
    ],
)
def test_zu_verstehen_geben_is_a_speech_cue(tagged_quotes, text: str) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.cue is not None and quote.cue.lemma == "verstehengeben"
    assert quote.speaker is not None and quote.speaker.name == "Der Minister"
    assert quote.text.endswith("im Amt bleibe") or quote.text == "er bleibe im Amt"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Die Lage sei ernst, gab Gewerkschaftschef Wolfgang Katzian am Montag zu bedenken.",
            "Wolfgang Katzian",
            "Die Lage sei ernst",
        ),
        ("Der Minister gab zu bedenken, dass die Lage ernst sei.", "Der Minister", None),
        ("Der Minister hatte zu bedenken gegeben, die Lage sei ernst.", "Der Minister", None),
    ],
)
def test_zu_bedenken_geben_is_a_speech_cue(
    tagged_quotes, text: str, speaker: str, content: str | None
) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.kind == "indirect"
    assert quote.cue is not None and quote.cue.lemma == "bedenkengeben"
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert content is None or quote.text == content


def test_zu_bedenken_geben_passes_its_speaker_on(tagged_quotes) -> None:
    quotes = tagged_quotes(
        "Die Lage sei ernst, gab der Minister am Montag zu bedenken. "
        "Allzu oft sei die Hilfe zu spät gekommen."
    )
    assert [q.kind for q in quotes] == ["indirect", "reported_continuation"]
    assert all(q.speaker is not None and q.speaker.name == "der Minister" for q in quotes)


def test_capitalised_particle_is_a_noun(tagged_quotes) -> None:
    """ "Bedenken gegeben" is the noun: "es hatte Bedenken gegeben" reports nobody."""
    assert tagged_quotes("Es hatte im Vorfeld Bedenken gegeben, dass das Projekt scheitert.") == []


def test_wissen_alone_is_no_cue(tagged_quotes) -> None:
    assert tagged_quotes("Die Bürger wollen wissen, wer das Geld bekommt.") == []
    assert tagged_quotes("Sie lassen das Auto in der Garage stehen.") == []


# --- coordinated subjects ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "conjuncts"),
    [
        (
            "Weder die G8, noch die EU oder die Ukraine erkennen",
            "die G8, noch die EU oder die Ukraine",
        ),
        ("Sowohl die SPD als auch die Grünen kritisierten", "die SPD als auch die Grünen"),
        ("Frankreich, Italien und Spanien forderten", "Frankreich, Italien und Spanien"),
    ],
)
def test_coordinated_phrase(text: str, conjuncts: str) -> None:
    doc = spacy.blank("de")(text)
    found = coordinated_phrase(doc, 0, len(doc) - 1)
    assert found is not None
    assert doc[found[0] : found[1]].text == conjuncts


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister, Hans Müller, sagte",  # an apposition, no conjunction
        "Die Regierung forderte",  # one phrase
        "Am Montag, dem 5. Mai, und am Dienstag wurde",  # adverbials
    ],
)
def test_no_coordinated_phrase(text: str) -> None:
    doc = spacy.blank("de")(text)
    assert coordinated_phrase(doc, 0, len(doc) - 1) is None


def test_coordinated_subject_of_a_continuation(tagged_quotes) -> None:
    # the subordinate Konjunktiv gives the reasons of the main clause's subject, all of it
    second = (
        "Weder die Regierung, noch die EU oder die Ukraine erkennen die Abspaltung an, "
        "da sie das Völkerrecht verletze."
    )
    text = "Der Minister sagte, die Lage sei ernst. " + second
    quotes = tagged_quotes(text)
    assert [q.kind for q in quotes] == ["indirect", "reported_continuation"]
    assert quotes[1].text == second
    assert speaker_text(text, quotes[1]) == "die Regierung, noch die EU oder die Ukraine"


def test_coordinated_subject_of_a_speech_verb(tagged_quotes) -> None:
    text = "Sowohl die SPD als auch die Grünen kritisierten, dass das Gesetz zu spät komme."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "die SPD als auch die Grünen"
    text = "Frankreich, Italien und Spanien forderten, die Hilfen rasch auszuzahlen."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "Frankreich, Italien und Spanien"


def test_coordinated_subject_speaks_on_in_the_next_sentence(tagged_quotes) -> None:
    text = "Sowohl die SPD als auch die Grünen lehnten das Gesetz ab. Es sei zu teuer."
    quotes = tagged_quotes(text)
    assert [q.text for q in quotes] == ["Es sei zu teuer."]
    assert speaker_text(text, quotes[0]) == "die SPD als auch die Grünen"


# --- coordinated verbs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gastgeberin Angela Merkel aber verteidigt den großen Aufwand und erklärt, man "
            "müsse sich ja zusammensetzen.",
            "Angela Merkel",
        ),
        (
            "Im Vorfeld des Gedenkens besuchte auch die israelische Botschafterin die Stätte "
            "und regte an, die Tafel auch in Hebräisch zu beschriften.",
            "die israelische Botschafterin",
        ),
    ],
)
def test_cue_after_und_speaks_with_the_first_verbs_subject(
    tagged_quotes, text: str, speaker: str
) -> None:
    (quote,) = tagged_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Wien – Sie wollen auf dunklen Straßen patrouillieren und versprechen, mehr "
        "Sicherheit zu schaffen.",
        "Bei jedem Unfall steigt der Punktestand nach oben und stellt sicher, dass man "
        "neue Teile kaufen kann.",
        "Bei ihrer Ankunft verteilten die Piloten Dan Barina und Rob Morgan Abzeichen und "
        "erklärten, sie seien nicht hier, um zu provozieren.",
    ],
)
def test_cue_after_und_takes_no_doubtful_first_subject(tagged_quotes, text: str) -> None:
    """A pronoun, an unknown word or a phrase the object may have run into speaks for no one
    here: the quote keeps no speaker rather than a wrong one."""
    assert all(q.speaker is None for q in tagged_quotes(text))
