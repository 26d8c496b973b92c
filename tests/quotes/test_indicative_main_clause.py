"""A Konjunktiv II after an indicative main clause is the narrator's own hypothesis, no
continuation of the last speaker's words: reported speech would put its main clause in
Konjunktiv I ("Ohne Gesetz muss die Bank nur 7 Prozent zahlen, während alle anderen 22
Prozent bezahlen müssten")."""

from __future__ import annotations


def kinds(quotes):
    return [(q.kind, q.speaker.name if q.speaker else None) for q in quotes]


def test_indicative_main_clause_before_konjunktiv_ii_ends_the_chain(tagged_quotes):
    text = (
        "Der Sprecher sagte, die Reform sei nötig. "
        "Ohne Gesetzesänderung muss die Bank nur sieben Prozent beitragen, "
        "während alle anderen Banken 22 Prozent bezahlen müssten."
    )
    assert [k for k, _ in kinds(tagged_quotes(text))] == ["indirect"]


def test_relative_clause_konjunktiv_ii_after_indicative_is_no_quote(tagged_quotes):
    text = (
        "Die Gewerkschaft sagte, der Vertrag sei unfair. "
        "Die Partei hat einen Antrag eingebracht, der die Rechte der Minderheit gestärkt hätte."
    )
    assert [k for k, _ in kinds(tagged_quotes(text))] == ["indirect"]


def test_opening_subordinate_clause_keeps_the_chain(tagged_quotes):
    text = (
        "Der Trainer sagte, die Mannschaft sei müde. "
        "Wenn sie das nächste Spiel gewinnt, müsste es für den Aufstieg reichen."
    )
    assert [k for k, _ in kinds(tagged_quotes(text))] == ["indirect", "reported_continuation"]


def test_sollen_main_clause_keeps_the_chain(tagged_quotes):
    text = (
        "Der Kommissar sagte, die Grenzen seien unsicher. "
        "Tausend Beamte sollten das am Ende sein, welche von der Kommission gesteuert würden."
    )
    assert [k for k, _ in kinds(tagged_quotes(text))][:2] == ["indirect", "reported_continuation"]


def test_first_person_keeps_the_speakers_words(tagged_quotes):
    text = (
        "Der Politiker sagte, der Bericht sei falsch. "
        "Ich kenne ihn nicht und käme daher nie auf die Idee, ihn abzuwerten."
    )
    assert [k for k, _ in kinds(tagged_quotes(text))] == ["indirect", "reported_continuation"]
