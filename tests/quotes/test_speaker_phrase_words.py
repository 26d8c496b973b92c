"""Speaker phrases with words that the chunker must read as part of the noun phrase: "ein
anderer Militärvertreter" (UD German calls "anderer" a determiner, STTS an adjective); the
subject after a verb's reflexive ("erinnerte sich Lejsek"), and reflexive senses of speech
verbs that are no speech ("drängt sich der Verdacht auf"); the open question of a decision
("entscheiden, ob …") is nobody's words; a place attribute with "im" ("im Libanon"); the
shares of survey news ("25 Prozent der Befragten", "Fast jeder Fünfte"); a fronted adverbial
clause in the indicative with no main clause after it is no content of the next verb; "Das
teilte X mit und erklärte": X speaks; "ihr Sprecher" is a phrase (possessive, not the
pronoun)."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ein anderer Militärvertreter sagte, die Soldaten hätten Waffen beschlagnahmt.",
            "Ein anderer Militärvertreter",
        ),
        (
            "Die Lage sei ernst, sagte ein anderer Sprecher der Regierung.",
            "ein anderer Sprecher der Regierung",
        ),
    ],
)
def test_other_one_speaks(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Eine Insolvenz der Bank war kein Thema, erinnerte sich Lejsek.", "Lejsek"),
        (
            "Die Regierung sei säumig geblieben, beklagte sich der Gewerkschafter.",
            "der Gewerkschafter",
        ),
    ],
)
def test_subject_after_the_verbs_reflexive_speaks(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Da drängt sich schon der Verdacht auf, dass das Lamento ein Vorwand ist.",
        "Dafür würden sich die Bundesländer anbieten.",
        "In Wien lassen sich die Wahlergebnisse genauer betrachten.",
        "Im Turnier kündigt sich nun ein echter Hit an, denn Nadal hat zweimal verloren.",
    ],
)
def test_reflexive_senses_that_are_no_speech(tagged_quotes, text: str) -> None:
    assert tagged_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nun müssen Untersuchungsrichter entscheiden, ob sie dem Antrag folgen oder nicht.",
        "Er hat lange überlegt, wo er den Krimi spielen lassen soll.",
        "Die Kommission wird am 9. Dezember entscheiden, ob sie das Urheberrecht ausdehnt.",
    ],
)
def test_open_question_of_a_decision_is_no_quote(tagged_quotes, text: str) -> None:
    assert tagged_quotes(text) == []


def test_decision_that_was_made_stays_a_quote(tagged_quotes) -> None:
    (quote,) = tagged_quotes("Das Gericht hat entschieden, dass die Klage unzulässig sei.")
    assert quote.text == "dass die Klage unzulässig sei"


def test_place_attribute_with_im_stays_in_the_speaker_phrase(tagged_quotes) -> None:
    text = "Ein Sprecher der Behörden im Libanon erklärte, der Mann habe sich operieren lassen."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "Ein Sprecher der Behörden im Libanon"


def test_time_after_im_is_no_place_attribute(tagged_quotes) -> None:
    text = "Bosnien dürfte laut Experten im Herbst zahlungsunfähig sein."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "Experten"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "25 Prozent der Befragten sagten, sie würden Präsente verkaufen.",
            "25 Prozent der Befragten",
        ),
        (
            "In einer Umfrage sagten 25 Prozent der Befragten, sie würden Präsente verkaufen.",
            "25 Prozent der Befragten",
        ),
        ("Fast jeder Fünfte gab an, sein Unternehmen sei nicht betroffen.", "jeder Fünfte"),
        (
            "Rund 60 Prozent der Befragten gaben an, sie seien betroffen.",
            "60 Prozent der Befragten",
        ),
    ],
)
def test_survey_shares_speak(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker


def test_other_numbers_name_no_speaker(tagged_quotes) -> None:
    text = "Das Haus kostet 50.000 Euro, die Grünen fürchten, dass der Platz verwaist."
    speakers = [speaker_text(text, quote) for quote in tagged_quotes(text)]
    assert "50.000 Euro" not in speakers


def test_fronted_adverbial_clause_with_a_cue_is_no_content(tagged_quotes) -> None:
    text = (
        "Während das Ministerium betont hatte, die Bärin zu fangen, hatten Aktivisten "
        "gefordert, dass sie in Freiheit bleiben solle."
    )
    quotes = {quote.text for quote in tagged_quotes(text)}
    assert "dass sie in Freiheit bleiben solle" in quotes
    assert not any(quote.startswith("Während") for quote in quotes)


def test_adverbial_clause_before_a_main_clause_stays_content(tagged_quotes) -> None:
    text = "Wenn es Anhaltspunkte gebe, werde ihre Behörde tätig werden, sagte Vestager."
    (quote,) = tagged_quotes(text)
    assert quote.text == "Wenn es Anhaltspunkte gebe, werde ihre Behörde tätig werden"


def test_subject_after_the_first_verb_speaks_for_the_second(tagged_quotes) -> None:
    text = (
        "Das teilte das slowenische Innenministerium am Sonntag mit und erklärte, es "
        "geschehe mit Blick auf Österreich."
    )
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "das slowenische Innenministerium"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Behörde erhielt einen Stick, wie ihr Sprecher mitteilte.", "ihr Sprecher"),
        ("Ihr Sprecher sagte, die Behörde habe einen Stick erhalten.", "Ihr Sprecher"),
        ("Die Behörde erhielt einen Stick, sagte ihr Sprecher.", "ihr Sprecher"),
    ],
)
def test_possessive_ihr_opens_a_speaker_phrase(tagged_quotes, text: str, speaker: str) -> None:
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == speaker
