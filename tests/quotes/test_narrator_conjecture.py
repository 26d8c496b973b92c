"""A singular Konjunktiv II ("könnte", "wäre", "dürfte") deeper in a chain of reported
speech is mostly the narrator's own guess: it continues the speaker's words only right after
the sentence that named the speaker, beside a Konjunktiv that reports, in the first person
or with a condition; the chain goes on past it."""

from __future__ import annotations


def kinds(quotes):
    return [(q.kind, q.speaker.name if q.speaker else None, q.text) for q in quotes]


def test_conjecture_deeper_in_a_chain_is_no_quote(tagged_quotes):
    text = (
        "Fahmi sagte, das Urteil sei ein Skandal. Man habe keine Beweise vorgelegt. "
        "Ein Schuldspruch könnte sich negativ auf die Beziehungen zu den USA auswirken."
    )
    assert [k for k, _, _ in kinds(tagged_quotes(text))] == ["indirect", "reported_continuation"]


def test_guess_with_duerfte_is_no_quote(tagged_quotes):
    text = (
        "Der Sprecher sagte, die Lage sei ernst. Die Kosten seien gestiegen. "
        "Das Projekt dürfte jedoch teurer werden."
    )
    assert [k for k, _, _ in kinds(tagged_quotes(text))] == ["indirect", "reported_continuation"]


def test_right_after_the_frame_it_continues(tagged_quotes):
    text = (
        "Fahmi sagte, das Urteil sei ein Skandal. "
        "Ein Schuldspruch könnte sich negativ auf die Beziehungen zu den USA auswirken."
    )
    assert kinds(tagged_quotes(text))[-1][:2] == ("reported_continuation", "Fahmi")


def test_first_person_keeps_the_speakers_words(tagged_quotes):
    text = (
        "Monedero sagte, die Lage sei ernst. Die Zeit sei knapp. Allerdings wäre ich da vorsichtig."
    )
    assert kinds(tagged_quotes(text))[-1][:2] == ("reported_continuation", "Monedero")


def test_condition_keeps_the_speakers_words(tagged_quotes):
    text = (
        "Jungwirth sagte, die Daten seien sicher. Man solle nicht zahlen. "
        "Wenn man das Geld bezahlt, würde man die Erpresser nur unterstützen."
    )
    assert kinds(tagged_quotes(text))[-1][:2] == ("reported_continuation", "Jungwirth")


def test_conjecture_between_reported_sentences_continues(tagged_quotes):
    text = (
        "Manahl sagte, die Lage sei gut. Man habe Platz. Es gäbe für sie genug Jobs. "
        "Man müsse sie nur arbeiten lassen."
    )
    assert [k[:2] for k in kinds(tagged_quotes(text))][1:] == [
        ("reported_continuation", "Manahl"),
        ("reported_continuation", "Manahl"),
        ("reported_continuation", "Manahl"),
    ]


def test_chain_goes_on_past_a_conjecture(tagged_quotes):
    text = (
        "Innenministerin Johanna Mikl-Leitner sagte, das Heer solle die Polizei entlasten. "
        "Die Lage sei ernst. "
        "Das Heer könnte etwa den Transport der Asylwerber übernehmen. "
        "Die Polizei soll auch an der Grenze kontrollieren."
    )
    found = kinds(tagged_quotes(text))
    assert [k[:2] for k in found][-1] == ("free_indirect", "Johanna Mikl-Leitner")
    assert not any(t.startswith("Das Heer") for _, _, t in found)
