from __future__ import annotations


def only(quotes):
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_v2_frame_with_konjunktiv(find_quotes):
    quote = only(
        find_quotes("Die Polizei teilte am Montag mit, drei Menschen seien verletzt worden.")
    )
    assert quote.kind == "indirect"
    assert quote.text == "drei Menschen seien verletzt worden"
    assert quote.speaker.name == "Die Polizei"
    assert quote.cue.lemma == "mitteilen"


def test_dass_clause(find_quotes):
    quote = only(find_quotes("Stoltenberg betonte, dass die Allianz geschlossen handelt."))
    assert quote.text == "dass die Allianz geschlossen handelt"
    assert quote.speaker.name == "Stoltenberg"


def test_inverted_subject_after_adverb(find_quotes):
    text = (
        "Dagegen erklärte auch Generalsekretär Jens Stoltenberg in "
        "Brüssel, die Allianz werde nichts ändern."
    )
    quote = only(find_quotes(text))
    assert quote.speaker.name == "Jens Stoltenberg"
    assert quote.text == "die Allianz werde nichts ändern"


def test_content_first_with_separable_verb(find_quotes):
    quote = only(find_quotes("Man sei nicht weitergekommen, räumte Rjabkow ein."))
    assert quote.text == "Man sei nicht weitergekommen"
    assert quote.cue.lemma == "einräumen"
    assert [doc_span.end - doc_span.start for doc_span in quote.cue.parts] == [6, 3]
    assert quote.speaker.name == "Rjabkow"


def test_zu_infinitive(find_quotes):
    quote = only(find_quotes("Die Regierung forderte die Bürger auf, zu Hause zu bleiben."))
    assert quote.text == "zu Hause zu bleiben"
    assert quote.cue.lemma == "auffordern"


def test_so_frame(find_quotes):
    quote = only(find_quotes("Nikotin könne schnell abhängig machen, so die Ärztezeitung."))
    assert quote.text == "Nikotin könne schnell abhängig machen"
    assert quote.speaker.start is not None


def test_laut_frame(find_quotes):
    quote = only(find_quotes("Laut Polizei wurden drei Menschen verletzt."))
    assert quote.text == "wurden drei Menschen verletzt"
    assert quote.cue.text == "Laut"


def test_zufolge_frame(find_quotes):
    quote = only(find_quotes("Medienberichten zufolge trat der Chef zurück."))
    assert quote.text == "trat der Chef zurück"
    assert quote.medium == "writing"


def test_nach_angaben_frame(find_quotes):
    quote = only(find_quotes("Nach Angaben des Roten Kreuzes wurden 800 Menschen obdachlos."))
    assert quote.text == "wurden 800 Menschen obdachlos"
    assert quote.cue.text == "Nach"


def test_wie_frame(find_quotes):
    quote = only(find_quotes("Wie die Polizei mitteilte, wurde niemand verletzt."))
    assert quote.text == "wurde niemand verletzt"
    assert quote.speaker.name == "Die Polizei" or quote.speaker.name == "die Polizei"


def test_addressees(find_quotes):
    quote = only(
        find_quotes(
            "Sherman sagte in einer Telefonschalte mit "
            "Journalisten, die Gespräche seien gut verlaufen."
        )
    )
    assert quote.addressee is not None and quote.addressee.name == "Journalisten"
    quote = only(find_quotes("Müller sagte gegenüber der Zeitung Bild, er werde zurücktreten."))
    assert quote.addressee is not None and "Bild" in quote.addressee.name


def test_verb_in_subordinate_clause_frames_nothing(find_quotes):
    assert find_quotes("Während die USA einen Abzug fordern, bleibt Russland hart.") == []


def test_narration_is_no_quote(find_quotes):
    assert find_quotes("Die Truppen zogen sich am Montag zurück. Der Konflikt dauert an.") == []


def test_reported_speech_act_with_object(find_quotes):
    quote = only(find_quotes("Die Regierung in Bonn forderte den Rücktritt des Ministers."))
    assert quote.kind == "reported"
    assert quote.cue.lemma == "fordern"


def test_speech_act_without_object_is_no_quote(find_quotes):
    assert find_quotes("Stoltenberg äußerte sich nach einer Sitzung der Kommission.") == []


def test_reportative_sollen(find_quotes):
    quote = only(find_quotes("Der Mann soll den Anschlag geplant haben."))
    assert quote.kind == "free_indirect"
