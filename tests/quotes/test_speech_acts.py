"""Round 4: summarised speech acts, embedded frames, quoted phrases, speaker phrases."""

from __future__ import annotations

import pytest

from lagebild.model import Quote


def _speaker_text(text: str, quote: Quote) -> str:
    assert quote.speaker is not None and quote.speaker.start is not None
    return text[quote.speaker.start : quote.speaker.end]


def test_object_between_auxiliary_and_participle(tagged_quotes):
    text = (
        "Der italienische Außenminister Massimo D'Alema hat heute in Bagdad den Abzug der "
        "italienischen Truppen angekündigt."
    )
    (quote,) = tagged_quotes(text)
    assert quote.kind == "reported"
    assert quote.text == text
    assert "D'Alema" in _speaker_text(text, quote)


def test_bare_noun_object_before_particle(tagged_quotes):
    (quote,) = tagged_quotes("Der Kritiker wirft dem Künstler Betriebsblindheit vor.")
    assert quote.kind == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Das Feuer wurde am Abend von Anwohnern gemeldet.",  # passive: the subject said nothing
        "Das bestätigte die Organisation in Bonn.",  # "Das" points back, it is no speaker
        "Die Firma veröffentlichte heute neue Quartalszahlen.",  # publishing is no speech act
        "Die USA haben Russland erneut zur Deeskalation in der Krise aufgerufen.",  # an event
    ],
)
def test_no_reported_quote(tagged_quotes, text):
    assert [q for q in tagged_quotes(text) if q.kind == "reported"] == []


def test_warning_without_addressee_is_reported(tagged_quotes):
    text = "Die äthiopische Regierung warnt vor möglichen weiteren Überschwemmungen."
    (quote,) = tagged_quotes(text)
    assert (quote.kind, quote.text) == ("reported", text)


def test_warning_to_someone_keeps_its_content(tagged_quotes):
    text = (
        "NATO-Generalsekretär Jens Stoltenberg sagte, die Allianz sei bereit. Zugleich warnte "
        "Stoltenberg Russland erneut vor einer militärischen Aggression gegen die Ukraine."
    )
    quote = tagged_quotes(text)[-1]
    assert quote.kind == "indirect"
    assert quote.text == "vor einer militärischen Aggression gegen die Ukraine"
    assert _speaker_text(text, quote) == "Stoltenberg"
    assert quote.addressee is not None and quote.addressee.name == "Russland"


def test_frame_inside_main_clause_spans_the_sentence(tagged_quotes):
    text = "Heute demonstrierten nach Angaben der Veranstalter rund 7.000 Menschen in Hamburg."
    (quote,) = tagged_quotes(text)
    assert quote.kind == "indirect"
    assert quote.text == text[:-1]
    assert _speaker_text(text, quote) == "Angaben der Veranstalter"


def test_frame_inside_subordinate_clause_spans_that_clause(tagged_quotes):
    text = "Die Zahl stieg, weil die Mission nach Angaben der UN überfordert ist."
    (quote,) = tagged_quotes(text)
    assert quote.text == "weil die Mission nach Angaben der UN überfordert ist"


def test_laut_before_a_long_source(tagged_quotes):
    text = (
        "Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP wurden zunächst "
        "2.000 Menschen versorgt."
    )
    (quote,) = tagged_quotes(text)
    assert quote.cue is not None and quote.cue.text == "Laut"
    assert "Pressemitteilung" in _speaker_text(text, quote)
    assert quote.text.startswith("wurden zunächst")


def test_postposed_nach(tagged_quotes):
    text = "Die Mittel seien ihrer Meinung nach nicht mehr verhältnismäßig."
    (quote,) = tagged_quotes(text)
    assert quote.cue is not None and quote.cue.text == "nach"
    assert _speaker_text(text, quote) == "ihrer Meinung"


def test_genitive_without_article_belongs_to_the_source(tagged_quotes):
    text = "Nach Meinung politischer Beobachter ist die Lage ernst."
    (quote,) = tagged_quotes(text)
    assert _speaker_text(text, quote) == "Meinung politischer Beobachter"


def test_quoted_word_before_the_particle(tagged_quotes):
    text = "Dagegen wies der Geschäftsführer alle Vorwürfe als „haltlos“ zurück."
    direct = next(q for q in tagged_quotes(text) if q.kind == "direct")
    assert direct.text == "haltlos"
    assert direct.cue is not None and direct.cue.text.endswith("zurück")
    assert _speaker_text(text, direct) == "der Geschäftsführer"


def test_quoted_word_before_the_participle(tagged_quotes):
    text = (
        "Der Innenminister Frankreichs, Nicolas Sarkozy, hatte die Jugendlichen als „Gesindel“ "
        "bezeichnet."
    )
    direct = next(q for q in tagged_quotes(text) if q.kind == "direct")
    assert direct.text == "Gesindel"
    assert direct.speaker is not None and "Sarkozy" in direct.speaker.name


def test_adverb_in_the_prefield_is_no_speaker(tagged_quotes):
    text = "Sinngemäß sagte der Minister, die Lage sei ernst."
    (quote,) = tagged_quotes(text)
    assert _speaker_text(text, quote) == "der Minister"


def test_demnach_speaks_for_the_source_before(tagged_quotes):
    text = (
        "Die Polizei veröffentlichte einen Bericht. Demnach soll der Täter geflohen sein, "
        "ohne Spuren zu hinterlassen."
    )
    quote = next(q for q in tagged_quotes(text) if q.text.startswith("soll"))
    assert _speaker_text(text, quote) == "Demnach"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die taz vermutet, dass der Zugriff längst üblich ist.", "Die taz"),
        (
            "Der 81-jährige Besitzer hatte festgestellt, dass Mäuse im Haus lebten.",
            "Der 81-jährige Besitzer",
        ),
    ],
)
def test_speaker_phrases(tagged_quotes, text, speaker):
    (quote,) = tagged_quotes(text)
    assert _speaker_text(text, quote) == speaker


def test_stated_plan_goes_on_with_sollen(tagged_quotes):
    text = "Die SPD will die Steuern senken. Die Einnahmen sollen in die Bildung fließen."
    first, second = tagged_quotes(text)
    assert first.kind == "reported"
    assert second.kind == "free_indirect"
    assert second.speaker is not None and second.speaker.name == first.speaker.name


def test_pronoun_after_the_verb_is_the_subject(tagged_quotes):
    text = "Die Pläne der Regierung, die Wahl zu verschieben, bezeichnete er als „Akt der Willkür“."
    direct = next(q for q in tagged_quotes(text) if q.kind == "direct")
    assert _speaker_text(text, direct) == "er"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Wahlkommission hatte den Standpunkt vertreten, das Gericht sei nicht zuständig.",
            "das Gericht sei nicht zuständig",
        ),
        (
            "Kritiker warnen denn auch davor, die Trennung von Polizei und Diensten aufzuweichen.",
            "die Trennung von Polizei und Diensten aufzuweichen",
        ),
        (
            "Das Ministerium legte fest, dass bis August 30 Zwergwale gejagt werden dürfen.",
            "dass bis August 30 Zwergwale gejagt werden dürfen",
        ),
    ],
)
def test_noun_and_particle_frames(tagged_quotes, text, content):
    (quote,) = tagged_quotes(text)
    assert (quote.kind, quote.text) == ("indirect", content)


def test_so_frame_inside_the_sentence(tagged_quotes):
    text = "Das Problem sei vielmehr, so der Präsident, dass das Land zu wenig Gas fördere."
    (quote,) = tagged_quotes(text)
    assert quote.text == text[:-1]
    assert _speaker_text(text, quote) == "der Präsident"


def test_coordinated_verb_keeps_the_first_subject(tagged_quotes):
    text = (
        "Die Opposition wies die Änderungen strikt zurück und bezeichnete sie als einen "
        "Eingriff in die Grundrechte."
    )
    quote = next(q for q in tagged_quotes(text) if q.kind == "reported")
    assert _speaker_text(text, quote) == "Die Opposition"


def test_quoted_name_in_the_subject(tagged_quotes):
    text = "Der Fernsehsender „Silverbird“ berichtete von der Bergung von 56 Leichen."
    (quote,) = tagged_quotes(text)
    assert (quote.kind, quote.text) == ("reported", text)
    assert _speaker_text(text, quote) == "Der Fernsehsender „Silverbird“"
