"""Errors found on real German news (10kGNAD): the one-word "bereiterklärt" (see the lexicon),
an agreement to do violence (see :func:`lagebild.events.intent.offered_violence`), teams that
host each other in a sports report (see :func:`lagebild.events.readings.game_reading`), an
"anti-" adjective (see :func:`lagebild.events.adjective_codes.opposed_code`), an uprising or
looting by an armed side (see :mod:`lagebild.events.armed`) and a subject phrase marked
nominative whose core names no actor (see :func:`lagebild.events.subjects.subject`)."""

from __future__ import annotations

from event_sides import sides_with_trigger

from lagebild.events.build import build_events


def found(kit, *sentences: str, entities: tuple[tuple[str, str], ...] = ()) -> list[tuple]:
    doc = kit.tagged(*sentences)
    kit.states(doc)
    for name, code in entities:
        kit.add_entity(doc, name, "ORG", name, code=code)
    return [sides_with_trigger(e) for e in build_events(doc)]


_COOPERATION = ("mit/APPR den/ART USA/NE zu/PTKZU kooperieren/VVINF ./$.",)


def test_bereiterklaert_in_one_word_is_an_agreement_like_in_two(kit):
    one = found(
        kit,
        "Russland/NE hat/VAFIN/haben sich/PRF bereiterklärt/VVPP/bereiterklären ,/$, "
        + _COOPERATION[0],
    )
    two = found(
        kit,
        "Russland/NE hat/VAFIN/haben sich/PRF bereit/ADJD erklärt/VVPP/erklären ,/$, "
        + _COOPERATION[0],
    )
    assert ("AGREE", "RUS", "USA", "bereiterklärt") in one
    assert ("AGREE", "RUS", "USA", "erklärt") in two
    # the cooperation is only agreed to, in both spellings
    assert not any(event[0] == "COOPERATE" for event in one + two)


def test_agreeing_to_an_attack_is_no_agreement_but_a_threat(kit):
    events = found(
        kit,
        "Die/ART Hamas/NE hat/VAFIN/haben sich/PRF bereit/ADJD erklärt/VVPP/erklären ,/$, "
        "einen/ART Anschlag/NN in/APPR Israel/NE zu/PTKZU verüben/VVINF ./$.",
        entities=(("Hamas", "Hamas"),),
    )
    assert not any(event[0] == "AGREE" for event in events)
    assert ("THREATEN", "Hamas", "ISR", "erklärt") in events


def test_agreeing_to_send_soldiers_stays_an_agreement(kit):
    events = found(
        kit,
        "Frankreich/NE hat/VAFIN/haben sich/PRF bereit/ADJD erklärt/VVPP/erklären ,/$, "
        "Soldaten/NN nach/APPR Syrien/NE zu/PTKZU entsenden/VVINF ./$.",
    )
    assert ("AGREE", "FRA", "SYR", "erklärt") in events
    assert not any(event[0] == "THREATEN" for event in events)


_HOSTING = "Russland/NE empfängt/VVFIN/empfangen am/APPRART Samstag/NN Frankreich/NE ./$."


def test_a_team_hosting_another_in_a_sports_report_is_no_visit(kit):
    events = found(
        kit,
        "Am/APPRART 20./ADJA Spieltag/NN der/ART Liga/NN ist/VAFIN/sein alles/PIS offen/ADJD ./$.",
        "Der/ART Tabellenführer/NN hat/VAFIN/haben einen/ART neuen/ADJA Trainer/NN ./$.",
        _HOSTING,
    )
    assert not any(event[0] == "CONSULT" for event in events)


def test_a_state_hosting_another_outside_sports_is_a_visit(kit):
    events = found(kit, _HOSTING)
    assert ("CONSULT", "RUS", "FRA", "empfängt") in events


def test_an_anti_adjective_names_the_target_never_the_actor(kit):
    events = found(
        kit,
        "Die/ART anti-chinesischen/ADJA/anti-chinesisch Proteste/NN/Protest der/ART "
        "türkischen/ADJA/türkisch Nationalisten/NN/Nationalist dauerten/VVFIN/dauern an/PTKVZ ./$.",
    )
    assert ("PROTEST", "TUR", "CHN", "Proteste") in events
    assert not any(event[1] == "CHN" for event in events)


def test_an_anti_adjective_alone_gives_no_actor(kit):
    events = found(
        kit,
        "Spannungen/NN gibt/VVFIN/geben es/PPER wegen/APPR anti-chinesischer/ADJA/anti-chinesisch "
        "Proteste/NN/Protest in/APPR der/ART Türkei/NE ./$.",
    )
    assert not any(event[1] == "CHN" for event in events)


def test_an_uprising_of_an_armed_group_is_violence_not_protest(kit):
    events = found(
        kit,
        "Die/ART Armee/NN schlug/VVFIN/schlagen den/ART Aufstand/NN der/ART Rebellen/NN "
        "nieder/PTKVZ ./$.",
        entities=(("Rebellen", "Rebellen"),),
    )
    assert ("ASSAULT", "Rebellen", None, "Aufstand") in events
    assert not any(event[0] == "PROTEST" for event in events)


def test_an_uprising_of_students_stays_a_protest(kit):
    events = found(
        kit,
        "Der/ART Aufstand/NN der/ART Studenten/NN/Student gegen/APPR Russland/NE "
        "dauerte/VVFIN/dauern an/PTKVZ ./$.",
        entities=(("Studenten", "Studenten"),),
    )
    assert ("PROTEST", "Studenten", "RUS", "Aufstand") in events


def test_looting_by_an_army_is_no_protest(kit):
    events = found(
        kit,
        "Soldaten/NN/Soldat der/ART syrischen/ADJA/syrisch Armee/NN plünderten/VVFIN/plündern "
        "die/ART Dörfer/NN/Dorf ./$.",
    )
    assert not any(event[0] == "PROTEST" for event in events)


def test_the_one_called_on_is_the_recipient_not_the_actor(kit):
    events = found(
        kit,
        "Der/ART Menschenrechtskommissar/NN des/ART Europarats/NE/Europarat hatte/VAFIN/haben "
        "die/ART türkischen/ADJA/türkisch Behörden/NN/Behörde aufgerufen/VVPP/aufrufen ,/$, "
        "Beobachter/NN zuzulassen/VVIZU/zulassen ./$.",
        entities=(("Europarats", "COE"),),
    )
    assert ("REQUEST", "COE", "TUR", "aufgerufen") in events
    assert not any(event[1] == "TUR" for event in events)


def test_riots_against_an_army_stay_a_protest(kit):
    events = found(
        kit,
        "Die/ART Studenten/NN/Student lieferten/VVFIN/liefern sich/PRF Krawalle/NN/Krawall "
        "mit/APPR der/ART Armee/NN ./$.",
        "Krawalle/NN/Krawall der/ART Studenten/NN/Student gegen/APPR die/ART "
        "russische/ADJA/russisch Armee/NN dauerten/VVFIN/dauern an/PTKVZ ./$.",
        entities=(("Studenten", "Studenten"),),
    )
    assert any(event[0] == "PROTEST" and event[1] == "Studenten" for event in events)
    assert not any(event[0] == "ASSAULT" for event in events)
