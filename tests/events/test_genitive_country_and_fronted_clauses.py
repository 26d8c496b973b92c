"""Sides read from phrases the earlier rules missed: an organ "des international isolierten
Landes" acts for the state named just before it (an adverb before an adjective stays in its
phrase); after a fronted "wenn"-clause the subject follows the verb, not the speaker's label
before a colon; members of a bare group with a named owner ("Anhänger der PKK") act for that
owner; a phrase marked nominative after the verb is the subject where the prefield holds the
object ("Seine Heimat Argentinien besucht der Papst"); nobody is their own recipient; a
newspaper is never a protest's crowd; a bare group beside talks in a setting phrase ("die
Gefangenen als Faustpfand in Verhandlungen") is no partner of them."""

from __future__ import annotations

from lagebild.events.build import build_events
from lagebild.events.clauses import split_clauses
from lagebild.events.words import sentence_words


def sides(event) -> tuple:
    actor = event.actor.code or event.actor.name if event.actor else None
    recipient = event.recipient.code if event.recipient else None
    return event.type, actor, recipient


def _state(kit, doc, name: str, code: str, *surfaces: str) -> None:
    kit.add_entity(doc, name, "GPE", *(surfaces or (name,)), code=code)


def test_an_adverb_before_an_adjective_stays_in_the_genitive(kit):
    doc = kit.tagged(
        "Das/ART/der Militär/NN des/ART/der international/ADJD isolierten/ADJA/isoliert "
        "Landes/NN/Land drohte/VVFIN/drohen Südkorea/NE ./$."
    )
    chunks = split_clauses(sentence_words(next(doc.sents)))[0].chunks
    assert [[w.text for w in c.words] for c in chunks] == [
        ["Das", "Militär", "des", "international", "isolierten", "Landes"],
        ["Südkorea"],
    ]


def test_the_organ_of_the_land_acts_for_the_state_named_before(kit):
    doc = kit.tagged(
        "Nordkorea/NE verschärft/VVFIN/verschärfen seine/PPOSAT/sein Drohungen/NN/Drohung ./$.",
        "Das/ART/der Militär/NN des/ART/der international/ADJD isolierten/ADJA/isoliert "
        "Landes/NN/Land drohte/VVFIN/drohen Südkorea/NE mit/APPR Militärschlägen/NN/Militärschlag "
        "./$.",
    )
    _state(kit, doc, "Nordkorea", "PRK")
    _state(kit, doc, "Südkorea", "KOR")
    assert ("THREATEN", "PRK", "KOR") in [sides(e) for e in build_events(doc)]


def test_the_subject_follows_the_verb_after_a_fronted_wenn_clause(kit):
    doc = kit.tagged(
        "Glawischnig/NE :/$. Wenn/KOUS/wenn keine/PIAT/kein Reform/NN "
        "stattfindet/VVFIN/stattfinden ,/$, werden/VAFIN die/ART/der Grünen/NN/Grüne "
        "nirgends/ADV zustimmen/VVINF ./$."
    )
    kit.add_entity(doc, "Eva Glawischnig", "PER", "Glawischnig", affiliation="Die Grünen")
    kit.add_entity(doc, "Die Grünen", "ORG", "Grünen", code="Die Grünen")
    doc._.focus_country = "AT"
    assert [(e.type, e.actor.name) for e in build_events(doc) if e.actor] == [
        ("REJECT", "Die Grünen")
    ]


def test_members_of_a_bare_group_act_for_its_named_owner(kit):
    doc = kit.tagged(
        "Anhänger/NN der/ART/der PKK/NE griffen/VVFIN/angreifen die/ART/der "
        "türkische/ADJA/türkisch Armee/NN an/PTKVZ ./$."
    )
    kit.add_entity(doc, "Anhänger", "MISC", "Anhänger", code="Anhänger")
    kit.add_entity(doc, "Arbeiterpartei Kurdistans", "ORG", "PKK", code="PKK")
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "PKK", "TUR")]


def test_a_newspaper_named_near_a_protest_is_not_its_crowd(kit):
    doc = kit.tagged(
        "Sie/PPER/sie stellt/VVFIN/stellen ihre/PPOSAT/ihr Bühne/NN der/ART/der an/APPR "
        "diesem/PDAT/dieser Tag/NN stattfindenden/ADJA/stattfindend Kundgebung/NN "
        "zur/APPRART/zu Verfügung/NN ,/$, bestätigte/VVFIN/bestätigen Binder/NE "
        "einen/ART/ein Bericht/NN der/ART/der Tageszeitung/NN Österreich/NE ./$."
    )
    kit.add_entity(doc, "Österreich", "ORG", "Österreich", code="Österreich")
    doc._.focus_country = "AT"
    assert [e.actor for e in build_events(doc) if e.type == "PROTEST"] == []


def test_a_nominative_after_the_verb_is_the_subject_of_a_fronted_object(kit):
    doc = kit.tagged(
        "Seine/PPOSAT/sein Heimat/NN Argentinien/NE besucht/VVFIN/besuchen der/ART/der "
        "Papst/NN erst/ADV nächstes/ADJA/nächst Jahr/NN ./$."
    )
    _state(kit, doc, "Argentinien", "ARG")
    kit.add_entity(doc, "Franziskus", "PER", "Papst", affiliation="VAT")
    assert [sides(e) for e in build_events(doc)] == [("CONSULT", "VAT", "ARG")]


def test_a_speaker_labelling_a_deed_is_not_its_own_recipient(kit):
    doc = kit.tagged(
        "Erdogan/NE hatte/VAFIN/haben die/ART/der Behandlung/NN der/ART/der Uiguren/NN/Uigure "
        "als/APPR Völkermord/NN bezeichnet/VVPP/bezeichnen ./$."
    )
    erdogan = kit.add_entity(doc, "Recep Tayyip Erdogan", "PER", "Erdogan", affiliation="TUR")
    kit.add_quote(
        doc, "die Behandlung der Uiguren als Völkermord", erdogan.name, entity_id=erdogan.id
    )
    assert [(e.type, e.actor.name, e.recipient) for e in build_events(doc)] == [
        ("ACCUSE", "Recep Tayyip Erdogan", None)
    ]


def test_a_bare_group_beside_a_setting_of_talks_is_no_partner(kit):
    doc = kit.tagged(
        "Häufig/ADJD versucht/VVFIN/versuchen Nordkorea/NE ,/$, die/ART/der "
        "Gefangenen/NN/Gefangene als/APPR Faustpfand/NN in/APPR Verhandlungen/NN/Verhandlung "
        "einzusetzen/VVIZU/einsetzen ./$."
    )
    _state(kit, doc, "Nordkorea", "PRK")
    kit.add_entity(doc, "Gefangene", "MISC", "Gefangenen", code="Gefangene")
    assert [sides(e) for e in build_events(doc) if e.recipient] == []
