"""Relayed quotes, runs of quotations, Konjunktiv I main clauses, coordinated speech verbs."""

from __future__ import annotations

from quote_helpers import speaker_text

from lagebild.quotes.direct import find_quotations


def test_straight_quote_before_space_closes_its_quotation():
    text = "'Langzeitarbeitslose' dürfen mehr verdienen. Hans' Buch und 'Straftäter': neu."
    inner = [text[q.inner_start : q.inner_end] for q in find_quotations(text)]
    assert inner == ["Langzeitarbeitslose", "Straftäter"]


def test_apostrophe_outside_a_quotation_stays_an_apostrophe():
    text = "Das ist Hans' Buch, sagte er."
    assert find_quotations(text) == []


def test_run_of_quotations_with_one_frame_is_one_direct_quote(tagged_quotes):
    text = (
        "Die Anwältin erhob Vorwürfe. „Diese Morde hätten verhindert werden können.“ "
        "„Die Frauen würden noch leben“, so die Anwältin."
    )
    quotes = tagged_quotes(text)
    (quote,) = [q for q in quotes if "Morde" in q.text]
    assert quote.kind == "direct"
    assert quote.nested_in is None
    assert [text[p.start : p.end] for p in quote.parts] == [
        "Diese Morde hätten verhindert werden können.",
        "Die Frauen würden noch leben",
    ]
    assert not [q for q in quotes if q.nested_in == quote.id]


def test_active_relay_gives_the_quoted_person_a_nested_quote(tagged_quotes):
    text = (
        "Die Frankfurter Rundschau zitiert einen Augenzeugen mit den Worten: "
        "„Der Mann hat einen Fußgänger angefahren und ist dann weitergegangen.“"
    )
    quotes = tagged_quotes(text)
    assert len(quotes) == 2
    outer, inner = sorted(quotes, key=lambda q: q.nested_in is not None)
    assert (outer.start, outer.end) == (inner.start, inner.end)
    assert inner.nested_in == outer.id
    assert "Rundschau" in (speaker_text(text, outer) or "")
    assert speaker_text(text, inner) == "einen Augenzeugen"
    assert inner.cue is None  # quoting is the newspaper's act


def test_passive_relay_names_where_someone_is_quoted(tagged_quotes):
    text = (
        "Der Vorsitzende Konrad Freiberg wird in einer Presseerklärung der Gewerkschaft mit "
        "den Worten zitiert: „Die Bundeswehr darf nicht zur Hilfspolizei werden.“"
    )
    quotes = tagged_quotes(text)
    speakers = sorted(speaker_text(text, q) or "" for q in quotes)
    assert len(quotes) == 2
    assert any("Freiberg" in s for s in speakers)
    assert any(s.startswith("einer Presseerklärung") for s in speakers)


def test_quote_framed_by_another_verb_has_no_relay(tagged_quotes):
    text = "Der Minister sagte: „Wir werden die Steuern nicht erhöhen.“"
    assert len(tagged_quotes(text)) == 1


def test_konjunktiv_main_clause_continues_after_a_narrators_sentence(tagged_quotes):
    text = (
        "Die Ministerin sagte, die Lage sei ernst. Die Regierung tagte am Abend. "
        "Das gleiche gelte für die Altenpflege."
    )
    quotes = tagged_quotes(text)
    last = max(quotes, key=lambda q: q.start)
    assert last.text == "Das gleiche gelte für die Altenpflege."
    assert last.kind == "reported_continuation"


def test_subordinate_konjunktiv_alone_is_no_quote(tagged_quotes):
    text = "Die Polizei prüft am Abend, ob der Fahrer betrunken gewesen sei."
    assert [q for q in tagged_quotes(text) if q.kind == "reported_continuation"] == []


def test_als_as_preposition_opens_no_adverbial_clause(tagged_quotes):
    text = (
        "Als Grund für die Kündigung gab die Sprachschule an, die Partei habe sich nicht "
        "zu erkennen gegeben."
    )
    (quote,) = tagged_quotes(text)
    assert quote.kind == "indirect"
    assert quote.text.startswith("die Partei habe")
    assert speaker_text(text, quote) == "die Sprachschule"


def test_coordinated_speech_verb_keeps_the_first_subject(tagged_quotes):
    text = (
        "Der Sprecher Volker Beck sprach von einem Dammbruch und forderte die Regierung auf, "
        "die Pläne zurückzuziehen."
    )
    quotes = tagged_quotes(text)
    (content,) = [q for q in quotes if q.kind == "indirect"]
    assert content.text == "die Pläne zurückzuziehen"
    assert "Beck" in (speaker_text(text, content) or "")
    assert not [q for q in quotes if q.kind == "reported"]  # the content, not a summary


def test_content_ends_before_the_narrators_coordinated_verb(tagged_quotes):
    text = (
        "Die Sprecherin bestätigte, dass gegen den Mann ein Haftbefehl besteht, und verließ "
        "danach den Saal."
    )
    (quote,) = tagged_quotes(text)
    assert quote.text == "dass gegen den Mann ein Haftbefehl besteht"


def test_focus_particle_before_a_pronoun_subject(tagged_quotes):
    text = "Die Opposition protestierte. Auch sie forderten den Rücktritt der Regierung."
    quotes = [q for q in tagged_quotes(text) if "Rücktritt" in q.text]
    assert [q.kind for q in quotes] == ["reported"]
    assert speaker_text(text, quotes[0]) == "sie"


def test_trailing_frame_after_a_colon_quote_takes_only_the_quotation(tagged_quotes):
    text = (
        "Halima Jouini, Vorstandsmitglied der Liga, sagte dazu gegenüber der ARD: „Frauen "
        "haben sich gegen den Diktator gestellt, und nun wollen sie ihre Rechte,“ betont sie."
    )
    quotes = tagged_quotes(text)
    assert all(not q.text.startswith("Halima") for q in quotes)
    assert {q.kind for q in quotes} == {"direct"}


def test_paragraph_opening_in_konjunktiv_continues_the_speaker(tagged_quotes):
    text = (
        "Die Ministerin Ursula von der Leyen sagte, die Lage sei ernst.\n\n"
        "Der Arbeitsmarkt sei nicht aufnahmefähig. Nun ständen weitere Entlassungen bevor."
    )
    quotes = tagged_quotes(text)
    later = [q for q in quotes if q.start > text.index("\n\n")]
    assert later and all(q.kind == "reported_continuation" for q in later)
    assert all("Leyen" in (q.speaker.name if q.speaker else "") for q in later)


def test_heisst_es_names_the_document_as_source(tagged_quotes):
    text = "In einem Positionspapier des Ministeriums heißt es, die Regeln hätten sich bewährt."
    (quote,) = tagged_quotes(text)
    assert quote.kind == "indirect"
    assert (speaker_text(text, quote) or "").startswith("einem Positionspapier")


def test_heisst_es_after_the_content(tagged_quotes):
    text = "Die Lage sei ernst, heißt es in dem Schreiben."
    (quote,) = tagged_quotes(text)
    assert speaker_text(text, quote) == "dem Schreiben"


def test_laut_in_a_verb_frame_is_a_second_source(tagged_quotes):
    text = (
        "Arni Finnsson kommentierte die Entscheidung laut „news.bbc.co.uk“ mit folgenden "
        "Worten: „Es gibt in Island keinen Markt für dieses Fleisch.“"
    )
    quotes = tagged_quotes(text)
    assert len(quotes) == 2
    relay = next(q for q in quotes if q.nested_in is not None)
    assert "news.bbc.co.uk" in (speaker_text(text, relay) or "")
    assert relay.cue is not None and relay.cue.text == "laut"


def test_laut_frame_with_a_quote_of_its_own_is_not_doubled(tagged_quotes):
    text = "„Das Wichtigste ist der Austritt“, sagte Raab laut Spiegel Online."
    quotes = tagged_quotes(text)
    assert len([q for q in quotes if "Spiegel" in (speaker_text(text, q) or "")]) <= 1


def test_hearsay_sollen_with_a_speech_verb_that_frames_nothing(tagged_quotes):
    text = (
        "Nach Angaben einer Bauerngewerkschaft sollen fünf Farmen gestürmt worden sein. "
        "Die Besitzer sollen zum Verschwinden aufgefordert worden sein."
    )
    quotes = tagged_quotes(text)
    last = max(quotes, key=lambda q: q.start)
    assert last.text == "Die Besitzer sollen zum Verschwinden aufgefordert worden sein."
    assert last.kind == "free_indirect"


def test_weak_preterite_after_reported_speech_is_the_narrators(tagged_quotes):
    text = (
        "Der Minister sagte, die Verhandlungen seien gescheitert. Danach reisten die "
        "Delegationen ab. Der Gipfel endet morgen."
    )
    quotes = tagged_quotes(text)
    assert [q.kind for q in quotes] == ["indirect"]


def test_weak_preterite_between_konjunktiv_sentences_continues(tagged_quotes):
    text = (
        "Der Minister sagte, es gebe Forderungen. Dazu zählten ein Ende der Ausdehnung und "
        "ein Verzicht auf Waffen. Von diesen Forderungen werde man nicht abrücken."
    )
    quotes = tagged_quotes(text)
    assert [q.kind for q in quotes] == [
        "indirect",
        "reported_continuation",
        "reported_continuation",
    ]
