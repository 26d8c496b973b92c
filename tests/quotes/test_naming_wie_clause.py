"""A "wie" clause that is no frame: a passive or impersonal one with a naming verb ("wie die
beiden genannt werden", "wie man ihn nennt") tells what something is called; "wie" with an
adverbial adjective ("wie assoziativ unsereiner denkt") asks an indirect question."""

from __future__ import annotations


def test_passive_naming_frames_nothing(tagged_quotes):
    text = "Doch der rote Dosko und die schwarze Mi-Lei, wie die beiden genannt werden, regieren."
    assert tagged_quotes(text) == []


def test_naming_with_man_frames_nothing(tagged_quotes):
    text = "Es wurde ruhig um Schicki, wie man ihn auf den Gängen des Landhauses nennt."
    assert tagged_quotes(text) == []


def test_a_wie_clause_with_a_speaker_still_frames(tagged_quotes):
    text = "Der Umsatz stieg, wie das Unternehmen mitteilte."
    assert [q.speaker.name for q in tagged_quotes(text) if q.speaker] == ["das Unternehmen"]


def test_degree_question_frames_nothing(tagged_quotes):
    assert tagged_quotes("Er weiß, wie assoziativ unsereiner zuweilen denkt.") == []


def test_wie_bekannt_wurde_stays_a_frame(tagged_quotes):
    text = "Wie schon berichtet wurde, hat der Konzern die Preise erhöht."
    assert len(tagged_quotes(text)) == 1
