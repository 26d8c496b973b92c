"""'Nach seiner Einschätzung …': with the entity layer linking the possessive of a source
phrase, the quote's speaker is its owner, where no speaker came before to fall back on."""

from __future__ import annotations


def test_nach_seiner_einschaetzung_speaks_for_the_man_named_before(tagged_quotes):
    text = (
        "Premierminister David Cameron macht sich seit Monaten für den Verbleib des Landes "
        "in der Europäischen Union stark. Nach seiner Einschätzung würde ein Ausstieg das "
        "Wirtschaftswachstum des Landes beeinträchtigen."
    )
    quotes = tagged_quotes(text)
    speakers = [q.speaker.name for q in quotes if q.speaker is not None]
    assert "David Cameron" in speakers


def test_sentence_initial_relative_possessive_is_no_name(tagged_quotes):
    text = (
        "Die Stadt Wien lädt ein. Deren Vertreter versprechen, dass die Planer die Kommentare "
        "berücksichtigen werden."
    )
    (quote,) = tagged_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Deren Vertreter"


def test_a_possessive_cut_off_its_noun_names_no_speaker(tagged_quotes):
    text = (
        "Inneren Frieden finden archaischen Kulturen dadurch, dass sie sich an Sündenböcken "
        "schadlos halten. Deren rituelle Tötung beschreibt das wiederkehrende Muster: Es ist "
        "die Religion, die das Wissen über die reinigende Wirkung des Ritus wachhält."
    )
    speakers = [q.speaker.name for q in tagged_quotes(text) if q.speaker is not None]
    assert "Deren" not in speakers
