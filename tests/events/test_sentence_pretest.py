"""The sentence pre-test of :func:`lagebild.events.detect.sentence_candidates`: a sentence
none of whose words any rule needs is skipped before it is cut into clauses; the test must
never skip one that tells an event (a trigger, a participle, a rule's cue word, or a verb
whose lemma its separated particle completes)."""

from __future__ import annotations

from event_sides import sides

from lagebild.entities.mention_index import mentions_indexed
from lagebild.events import detect
from lagebild.events.actor_entities import same_entity
from lagebild.events.build import build_events
from lagebild.events.clauses import split_clauses
from lagebild.events.detect import sentence_candidates
from lagebild.events.lawsuits import way_nouns
from lagebild.events.lexicon import triggers_by_head
from lagebild.events.participles import participle_forms
from lagebild.events.proposals import presenting_verbs
from lagebild.events.trigger_words import (
    _has_cue_form,
    cue_forms,
    form_may_trigger,
    forms_looked_up,
    may_trigger,
    rule_word,
)
from lagebild.events.unlawful import illegal_manners
from lagebild.events.words import TRIGGER_TAGS, DocTokens, Word, may_trigger_tag, sentence_words
from lagebild.linguistics.morphology import PARTICLES_KEY, register_token_extensions


def test_rule_cue_words_may_trigger() -> None:
    assert may_trigger("kritisierte", "kritisieren", "VVFIN")  # a lexicon trigger
    assert may_trigger("festgenommenen", "festgenommen", "ADJA")  # a lexicon participle
    assert may_trigger("präsentierten", "präsentieren", "VVFIN")  # joint proposals
    assert may_trigger("verhindert", "verhindern", "VVPP")  # prevented journeys
    assert may_trigger("illegal", "illegal", "ADJD")  # unlawful acts
    assert may_trigger("Gang", "Gang", "NN")  # threatened lawsuits
    assert may_trigger("will", "wollen", "VMFIN")  # wanted meetings


def test_other_words_do_not_trigger() -> None:
    assert not may_trigger("Haus", "Haus", "NN")
    assert not may_trigger("der", "der", "ART")
    assert not may_trigger("blieb", "bleiben", "VVFIN")
    assert not may_trigger("will", "wollen", "VMINF")  # "wollen" counts only finite
    assert not may_trigger("\n", "\n", "NN")  # whitespace is no word
    assert may_trigger("Kritik", "", "NN")  # no lemma: the text stands in


def test_cue_forms_reject_only_words_no_rule_needs() -> None:
    """The shortcut by :func:`~lagebild.events.trigger_words.cue_forms` answers as the rules'
    own tests do (:func:`~lagebild.events.trigger_words.rule_word`) for every word of the rules'
    word lists: as written, capitalised, inflected, as a compound's last part or a
    participle, under every tag that may trigger."""
    cues = [
        *triggers_by_head(),
        *participle_forms(),
        *presenting_verbs(),
        *illegal_manners(),
        *way_nouns(),
        "verhindern",
        "wollen",
    ]
    forms = set()
    for cue in cues:
        forms.update({cue, cue.capitalize(), cue + "n", cue + "en", "EU-" + cue.capitalize()})
        forms.update({"ge" + cue[:-2] + "t", "ge" + cue[:-2] + "en", cue.upper()})
    forms.update({"Haus", "Straße", "STRASSE", "Gefahr", "Kampf", "Kämpfen", "G20-Gipfel"})
    tags = [tag for tag in STTS if may_trigger_tag(tag)]
    for form in sorted(forms):
        for tag in tags:
            for lemma in (form, form.lower(), ""):
                word = Word(0, form, lemma or form, tag, 0, len(form))
                assert form_may_trigger(form, lemma, tag) == rule_word(word), (form, tag)


def test_sentence_without_cue_words_has_no_candidates(kit) -> None:
    doc = kit.tagged("Das/PDS/der Haus/NN blieb/VVFIN/bleiben ruhig/ADJD ./$.")
    kit.states(doc)
    sentence = next(doc.sents)
    assert sentence_candidates(doc, sentence, [], DocTokens.of(doc)) == []


def test_event_in_a_sentence_beside_quiet_ones_is_found(kit) -> None:
    doc = kit.tagged(
        "Das/PDS/der Haus/NN blieb/VVFIN/bleiben ruhig/ADJD ./$.",
        "Frankreich/NE kritisierte/VVFIN/kritisieren Russland/NE ./$.",
    )
    kit.states(doc)
    assert [sides(e) for e in build_events(doc)] == [("ACCUSE", "FRA", "RUS")]


def test_verb_completed_by_its_separated_particle_is_read(kit) -> None:
    # "greifen" triggers nothing; "angreifen", once "an" is joined to it, does
    doc = kit.tagged("Russland/NE griff/VVFIN/greifen die/ART Ukraine/NE an/PTKVZ ./$.")
    kit.states(doc)
    assert not may_trigger("griff", "greifen", "VVFIN")
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "RUS", "UKR")]


def test_verb_completed_by_a_recorded_particle_is_read(kit) -> None:
    register_token_extensions()
    # "an" is no PTKVZ here, so only the particle the morphology recorded makes "angreifen"
    doc = kit.tagged("Russland/NE griff/VVFIN/greifen die/ART Ukraine/NE an/APPR ./$.")
    kit.states(doc)
    doc.user_data[PARTICLES_KEY] = {1: 4}
    assert [sides(e) for e in build_events(doc)] == [("ASSAULT", "RUS", "UKR")]
    doc.user_data[PARTICLES_KEY] = {}
    assert build_events(doc) == []


#: the STTS tags (with the tagger's "$" marks)
STTS = [
    "ADJA",
    "ADJD",
    "ADV",
    "APPR",
    "APPRART",
    "APPO",
    "APZR",
    "ART",
    "CARD",
    "FM",
    "ITJ",
    "KOUI",
    "KOUS",
    "KON",
    "KOKOM",
    "NN",
    "NE",
    "PDS",
    "PDAT",
    "PIS",
    "PIAT",
    "PIDAT",
    "PPER",
    "PPOSS",
    "PPOSAT",
    "PRELS",
    "PRELAT",
    "PRF",
    "PWS",
    "PWAT",
    "PWAV",
    "PROAV",
    "PTKZU",
    "PTKNEG",
    "PTKVZ",
    "PTKANT",
    "PTKA",
    "TRUNC",
    "VVFIN",
    "VVIMP",
    "VVINF",
    "VVIZU",
    "VVPP",
    "VAFIN",
    "VAIMP",
    "VAINF",
    "VAPP",
    "VMFIN",
    "VMINF",
    "VMPP",
    "XY",
    "$,",
    "$.",
    "$(",
    "_SP",
]


def test_words_of_other_tags_never_trigger() -> None:
    """The pretest asks only words whose tag :data:`TRIGGER_TAGS` lists: a lexicon head or a
    rule's cue word of any other tag triggers nothing."""
    heads = [*triggers_by_head(), "präsentieren", "verhindern", "illegal", "Gang", "wollen"]
    for tag in STTS:
        if may_trigger_tag(tag):
            assert tag in TRIGGER_TAGS or tag.startswith("VV")
            continue
        assert not any(may_trigger(head, head, tag) for head in heads), tag


def test_clause_rules_read_their_cue_word_in_their_own_clause(kit) -> None:
    # sentence_candidates shows a clause to the clause rules only where some word of that
    # clause may trigger: each rule must find nothing in the other clauses
    doc = kit.tagged(
        "Russland/NE will/VMFIN/wollen ein/ART Treffen/NN mit/APPR der/ART Ukraine/NE ,/$, "
        "weil/KOUS die/ART Lage/NN ernst/ADJD ist/VAFIN/sein ./$.",
        "Frankreich/NE hat/VAFIN/haben illegal/ADJD gehandelt/VVPP/handeln ,/$, "
        "sagte/VVFIN/sagen Deutschland/NE ,/$, als/KOUS Russland/NE ankam/VVFIN/ankommen ./$.",
    )
    kit.states(doc)
    rules = (
        lambda c, cs, s: detect.joint_proposals(doc, s, c, cs),
        lambda c, cs, s: detect.prevented_journeys(doc, s, c, cs),
        lambda c, cs, s: detect.unlawful_acts(doc, s, c, cs, []),
        lambda c, cs, s: detect.stated_aims(doc, s, c, cs, []),
        lambda c, cs, s: detect.threatened_lawsuits(doc, s, c, cs),
        lambda c, cs, s: detect.wanted_meetings(doc, s, c, cs),
    )
    quiet = 0
    with mentions_indexed(doc):
        tokens = DocTokens.of(doc)
        for sentence in doc.sents:
            clauses = split_clauses(sentence_words(sentence, tokens), same_entity(doc))
            for clause in clauses:
                if any(
                    may_trigger_tag(w.tag) and may_trigger(w.text, w.lemma, w.tag)
                    for w in clause.words
                ):
                    continue
                quiet += 1
                assert all(rule(clause, clauses, sentence) == [] for rule in rules)
    assert quiet >= 2  # "weil die Lage ernst ist", "als Russland ankam"


def test_the_cue_form_test_is_the_five_forms_looked_up() -> None:
    # _has_cue_form makes the forms one by one and stops at the first cue form: the same
    # answer as the whole tuple of forms_looked_up against the cue forms
    cues = cue_forms()
    words = [("kritisierte", "kritisieren"), ("Haus", "Haus"), ("Anti-Regierungs-Proteste", "")]
    words += [("Gang", "Gang"), ("illegal", "illegal"), ("Ö", ""), ("A", "a"), ("", "")]
    words += [(form.upper(), form) for form in sorted(cues)[:300]]
    words += [(form + "x", "y" + form) for form in sorted(cues)[-300:]]
    for text, lemma in words:
        expected = not cues.isdisjoint(forms_looked_up(text, lemma or text))
        assert _has_cue_form(text, lemma or text) == expected, (text, lemma)
