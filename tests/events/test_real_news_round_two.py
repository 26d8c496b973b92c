"""Errors found on real German news (10kGNAD), second round: an organ of unnamed states
("westliche Regierungen", see :func:`lagebild.events.actors.resolve_chunk`), a "pro-"
adjective (see :func:`lagebild.events.adjective_codes.adjective_codes`), coordinated sides
of an act agreed to (see :func:`lagebild.events.addressees.complete_pending`) and events
among the players of a sports report (see :func:`lagebild.events.readings.among_players`)."""

from __future__ import annotations

from event_sides import sides_with_trigger

from lagebild.events.adjective_codes import adjective_codes
from lagebild.events.build import build_events
from lagebild.events.readings import sports_report


def found(
    kit,
    *sentences: str,
    focus: str | None = None,
    groups: tuple[str, ...] = (),
    people: tuple[tuple[str, str], ...] = (),
    places: tuple[tuple[str, str], ...] = (),
) -> list[tuple]:
    doc = kit.tagged(*sentences)
    kit.states(doc)
    for name in groups:
        kit.add_entity(doc, name, "MISC", name, code=name)
    for name, role in people:
        person = kit.add_entity(doc, name, "PER", name)
        person.roles = [role]
    for name, country in places:
        kit.add_place(doc, name, country, 0.0, 0.0)
    doc._.focus_country = focus
    return [sides_with_trigger(e) for e in build_events(doc)]


# 1. organs of unnamed states take no focus country

_ACCUSED = "Russland/NE vor/PTKVZ ,/$, Waffen/NN/Waffe zu/PTKZU liefern/VVINF ./$."


def test_western_governments_are_not_the_focus_country(kit):
    events = found(
        kit,
        "Westliche/ADJA/westlich Regierungen/NN/Regierung werfen/VVFIN/vorwerfen " + _ACCUSED,
        focus="PL",
    )
    assert not any(event[1] == "POL" for event in events)


def test_several_governments_are_not_the_focus_country(kit):
    events = found(
        kit,
        "Mehrere/PIAT/mehrere Regierungen/NN/Regierung werfen/VVFIN/vorwerfen " + _ACCUSED,
        "Andere/PIAT/andere Regierungen/NN/Regierung werfen/VVFIN/vorwerfen " + _ACCUSED,
        focus="PL",
    )
    assert not any(event[1] == "POL" for event in events)


def test_the_government_alone_is_the_focus_country(kit):
    events = found(kit, "Die/ART Regierung/NN wirft/VVFIN/vorwerfen " + _ACCUSED, focus="PL")
    assert ("ACCUSE", "POL", "RUS", "wirft") in events


def test_some_soldiers_are_still_the_focus_country(kit):
    # a state has many soldiers: "einige Soldaten" are its own, not several states'
    events = found(
        kit,
        "Einige/PIAT/einige Soldaten/NN/Soldat griffen/VVFIN/angreifen Russland/NE an/PTKVZ ./$.",
        focus="UA",
    )
    assert ("ASSAULT", "UKR", "RUS", "griffen") in events


# 2. a "pro-" adjective names neither actor nor target


def test_a_pro_adjective_names_no_country():
    assert adjective_codes("pro-russische") == []
    assert adjective_codes("prorussische") == []
    assert adjective_codes("russisch-amerikanische") == ["RUS", "USA"]
    assert adjective_codes("russische") == ["RUS"]


def test_pro_russian_separatists_are_no_russian_actor(kit):
    events = found(
        kit,
        "Pro-russische/ADJA/pro-russisch Separatisten/NN/Separatist griffen/VVFIN/angreifen "
        "die/ART Ukraine/NE an/PTKVZ ./$.",
    )
    assert not any(event[1] == "RUS" for event in events)


def test_pro_russian_separatists_are_no_russian_target(kit):
    events = found(
        kit,
        "Die/ART Armee/NN kämpft/VVFIN/kämpfen gegen/APPR pro-russische/ADJA/pro-russisch "
        "Separatisten/NN/Separatist ./$.",
        focus="UA",
    )
    assert not any(event[2] == "RUS" for event in events)


def test_a_named_pro_russian_group_is_its_own_side(kit):
    events = found(
        kit,
        "Prorussische/ADJA/prorussisch Separatisten/NN/Separatist griffen/VVFIN/angreifen "
        "die/ART Ukraine/NE an/PTKVZ ./$.",
        groups=("Prorussische Separatisten",),
    )
    assert ("ASSAULT", "Prorussische Separatisten", "UKR", "griffen") in events
    assert not any(event[1] == "RUS" for event in events)


def test_a_russian_adjective_still_names_russia(kit):
    events = found(
        kit,
        "Russische/ADJA/russisch Soldaten/NN/Soldat griffen/VVFIN/angreifen die/ART "
        "Ukraine/NE an/PTKVZ ./$.",
    )
    assert ("ASSAULT", "RUS", "UKR", "griffen") in events


# 3. each coordinated side of an act agreed to is a recipient


def test_an_agreement_to_cooperate_with_three_states_gives_three_events(kit):
    events = found(
        kit,
        "Russland/NE hat/VAFIN/haben sich/PRF bereiterklärt/VVPP/bereiterklären ,/$, "
        "mit/APPR den/ART USA/NE ,/$, Frankreich/NE und/KON Deutschland/NE "
        "zu/PTKZU kooperieren/VVINF ./$.",
    )
    agreements = sorted(event for event in events if event[0] == "AGREE")
    assert agreements == [
        ("AGREE", "RUS", "DEU", "bereiterklärt"),
        ("AGREE", "RUS", "FRA", "bereiterklärt"),
        ("AGREE", "RUS", "USA", "bereiterklärt"),
    ]


def test_an_agreement_with_one_state_gives_one_event(kit):
    events = found(
        kit,
        "Russland/NE hat/VAFIN/haben sich/PRF bereiterklärt/VVPP/bereiterklären ,/$, "
        "mit/APPR den/ART USA/NE zu/PTKZU kooperieren/VVINF ./$.",
    )
    assert [event for event in events if event[0] == "AGREE"] == [
        ("AGREE", "RUS", "USA", "bereiterklärt")
    ]


# 4. events among players of a sports report are no political events

_LEAGUE = (
    "Am/APPRART 20./ADJA Spieltag/NN der/ART Liga/NN ist/VAFIN/sein alles/PIS offen/ADJD ./$.",
    "Der/ART Tabellenführer/NN hat/VAFIN/haben einen/ART neuen/ADJA Trainer/NN ./$.",
)


_WARNING = (
    "Vor/APPR dem/ART Spiel/NN warnte/VVFIN/warnen Trainer/NN Barisic/NE vor/APPR einer/ART "
    "physisch/ADJD irrsinnig/ADJD starken/ADJA/stark Truppe/NN ,/$, die/PRELS/der bei/APPR "
    "Standardsituationen/NN gefährlich/ADJD sei/VAFIN/sein ./$."
)


def test_a_coach_warning_of_the_other_team_is_no_threat(kit):
    events = found(kit, *_LEAGUE, _WARNING, focus="AT", people=(("Barisic", "Trainer"),))
    assert not any(event[0] == "THREATEN" for event in events)


def test_the_same_warning_outside_sports_reports_is_unchanged(kit):
    # the rule is the sports report's: elsewhere "Truppe" stays the focus state's troops
    events = found(kit, _WARNING, focus="AT", people=(("Barisic", "Trainer"),))
    assert ("THREATEN", None, "AUT", "warnte") in events


def test_a_coach_offering_the_referee_something_is_no_agreement(kit):
    events = found(
        kit,
        *_LEAGUE,
        "Stöger/NE bot/VVFIN/bieten Schiedsrichter/NN Dankert/NE seine/PPOSAT "
        "Brille/NN an/PTKVZ ./$.",
        people=(("Stöger", "Trainer"), ("Dankert", "Schiedsrichter")),
    )
    assert not any(event[0] == "AGREE" for event in events)


_ACES = (
    "Er/PPER hatte/VAFIN/haben einen/ART Rekord/NN an/APPR Karlovic/NE verloren/VVPP/verlieren "
    ",/$, der/PRELS in/APPR Halle/NE 45/CARD Asse/VVIMP/essen schlug/VVFIN/schlagen ./$."
)
_TENNIS = (
    "Er/PPER verlor/VVFIN/verlieren das/ART Turnier/NN und/KON fiel/VVFIN/fallen in/APPR "
    "der/ART Weltrangliste/NN ./$.",
    "Das/ART ATP-Tennis-Finale/NN war/VAFIN/sein ein/ART Endspiel/NN ./$.",
)


def test_a_tennis_report_is_a_sports_report(kit):
    assert sports_report(kit.tagged(*_TENNIS))
    assert not sports_report(kit.tagged(_TENNIS[0], "Die/ART Regierung/NN tagte/VVFIN ./$."))


def test_aces_in_a_tennis_report_are_no_assault(kit):
    events = found(
        kit,
        *_TENNIS,
        _ACES,
        people=(("Karlovic", "Tennisspieler"),),
        places=(("Halle", "DE"),),
    )
    assert not any(event[0] == "ASSAULT" for event in events)


def test_the_same_aces_outside_sports_reports_are_unchanged(kit):
    # what "schlagen" reads elsewhere is another rule's matter: this one is the sports report's
    events = found(kit, _ACES, people=(("Karlovic", "Tennisspieler"),), places=(("Halle", "DE"),))
    assert ("ASSAULT", None, "DEU", "schlug") in events


def test_a_minister_in_a_sports_report_still_acts(kit):
    events = found(
        kit,
        *_LEAGUE,
        "Sportminister/NN Müller/NE kritisierte/VVFIN/kritisieren den/ART Trainer/NN Meier/NE ./$.",
        people=(("Müller", "Sportminister"), ("Meier", "Trainer")),
    )
    assert any(event[0] == "ACCUSE" and event[3] == "kritisierte" for event in events)


def test_a_state_in_a_sports_report_still_acts(kit):
    events = found(
        kit,
        *_LEAGUE,
        "Russland/NE verhängte/VVFIN/verhängen Sanktionen/NN/Sanktion gegen/APPR "
        "die/ART Ukraine/NE ./$.",
    )
    assert any(event[1] == "RUS" and event[2] == "UKR" for event in events)


def test_the_same_coach_outside_sports_reports_is_unchanged(kit):
    events = found(
        kit,
        "Stöger/NE bot/VVFIN/bieten Schiedsrichter/NN Dankert/NE seine/PPOSAT "
        "Brille/NN an/PTKVZ ./$.",
        people=(("Stöger", "Trainer"), ("Dankert", "Schiedsrichter")),
    )
    assert any(event[0] == "AGREE" for event in events)
