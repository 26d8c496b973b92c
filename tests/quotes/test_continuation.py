from __future__ import annotations


def kinds(quotes):
    return [(q.kind, q.speaker.name if q.speaker else None) for q in quotes]


def test_chain_of_konjunktiv_sentences(find_quotes):
    text = (
        "Sherman sagte, die Gespräche seien offen verlaufen. Man habe aber nicht verhandelt. "
        "Beide Seiten hätten ihre Bedenken dargelegt."
    )
    assert kinds(find_quotes(text)) == [
        ("indirect", "Sherman"),
        ("reported_continuation", "Sherman"),
        ("reported_continuation", "Sherman"),
    ]


def test_chain_ends_at_indicative_sentence(find_quotes):
    text = (
        "Sherman sagte, die Gespräche seien offen verlaufen. Die Delegation reiste ab. "
        "Man habe nichts erreicht."
    )
    # Sherman's chain ends; the Konjunktiv I sentence goes to the last subject instead.
    assert kinds(find_quotes(text))[1:] == [("reported_continuation", "Die Delegation")]


def test_chain_ends_at_paragraph(find_quotes):
    text = "Sherman sagte, die Gespräche seien offen verlaufen.\n\nMan habe nichts erreicht."
    assert kinds(find_quotes(text)) == [("indirect", "Sherman")]


def test_chain_ends_at_subheading(find_quotes):
    text = (
        "Sherman sagte, die Gespräche seien offen verlaufen.\n\nKein "
        "Ende in Sicht\n\nMan habe nichts erreicht."
    )
    assert kinds(find_quotes(text)) == [("indirect", "Sherman")]


def test_repaired_break_does_not_end_the_chain(find_quotes):
    text = (
        "Rjabkow erklärte, man habe nichts erreicht. Die Forderungen seien nahe "
        "der\n\nrussischen Grenzen. Russland werde nicht abrücken."
    )
    assert kinds(find_quotes(text)) == [
        ("indirect", "Rjabkow"),
        ("reported_continuation", "Rjabkow"),
        ("reported_continuation", "Rjabkow"),
    ]


def test_speech_act_without_content_starts_a_chain(find_quotes):
    text = (
        "Die Forderungen wies Sherman erneut zurück. Man werde niemandem erlauben, das zu stoppen."
    )
    assert kinds(find_quotes(text)) == [("reported_continuation", "Sherman")]


def test_new_speaker_takes_over(find_quotes):
    text = "Sherman sagte, es sei gut. Stoltenberg erklärte, das sei falsch. Dies hätte Folgen."
    assert kinds(find_quotes(text)) == [
        ("indirect", "Sherman"),
        ("indirect", "Stoltenberg"),
        ("reported_continuation", "Stoltenberg"),
    ]


def test_konjunktiv_after_narrator_sentence_goes_to_recent_speaker(tagged_quotes):
    text = (
        "Die Lage sei ernst, sagte Bürgermeister Peter Huber. Am Abend regnete es in Wien. "
        "Das gleiche gelte für die Gespräche in Graz."
    )
    assert kinds(tagged_quotes(text))[1:] == [("reported_continuation", "Peter Huber")]


def test_konjunktiv_long_after_speaker_or_after_unresolved_pronoun_has_none(tagged_quotes):
    far = (
        "Die Lage sei ernst, sagte Bürgermeister Peter Huber. Am Abend regnete es. Danach gab "
        "es ein Essen. Dann fuhren alle heim. Es folgte eine Pause. Das gleiche gelte für die "
        "Gespräche in Graz."
    )
    pronoun = (
        "Die Lage sei ernst, sagte sie. Am Abend regnete es in Wien. "
        "Das gleiche gelte für die Gespräche in Graz."
    )
    assert kinds(tagged_quotes(far))[-1] == ("reported_continuation", None)
    assert kinds(tagged_quotes(pronoun))[-1] == ("reported_continuation", None)
