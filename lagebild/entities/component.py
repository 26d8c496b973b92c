"""Named entities, within-article resolution and actor codes.

Rules and gazetteers propose :class:`~lagebild.entities.candidates.Candidate` spans;
overlaps are settled by priority and length, candidates are grouped by key into
entities, and bare surnames, role nouns and pronouns are attached afterwards. A
statistical NER can later contribute its spans as further candidates (see
:func:`find_candidates`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.entities.acronyms import (
    acronym_candidates,
    article_acronyms,
    with_article_acronyms,
)
from lagebild.entities.actors import (
    compound_candidates,
    knowledge_base_candidates,
    organisation_heads,
    organisation_pattern_candidates,
)
from lagebild.entities.age_references import attach_age_references
from lagebild.entities.article_names import drop_names_after_articles
from lagebild.entities.candidates import (
    Candidate,
    RoleReference,
    Tok,
    tokens_of,
    without_space_tokens,
)
from lagebild.entities.clubs import club_candidates
from lagebild.entities.companies import company_candidates
from lagebild.entities.federal_bodies import give_federal_bodies_their_state
from lagebild.entities.forces import attach_state_forces, force_candidates
from lagebild.entities.generic_roles import drop_unreferenced_generic_roles
from lagebild.entities.genitive_names import genitive_name_candidates
from lagebild.entities.groups import (
    assign_citizen_states,
    group_candidates,
    join_groups_to_named,
    join_protesters_to_opponents,
    merge_owned_groups,
    name_groups,
)
from lagebild.entities.institution_split import split_institutions_by_state
from lagebild.entities.institutions import assign_institution_states, institution_candidates
from lagebild.entities.kb import actor_kb
from lagebild.entities.known_people import known_people
from lagebild.entities.leaders import assign_group_leaders
from lagebild.entities.listed_names import (
    census_name_persons,
    first_name_persons,
    tagged_name_persons,
)
from lagebild.entities.misspelt_states import misspelt_state_candidates
from lagebild.entities.named_institutions import code_named_institutions
from lagebild.entities.names import census_first_names, census_surnames, first_names, title_forms
from lagebild.entities.party_nouns import drop_foreign_party_nouns
from lagebild.entities.persons import titled_persons
from lagebild.entities.prefixes import add_prefix_mentions
from lagebild.entities.pronouns import resolve_pronouns
from lagebild.entities.quoted_names import quoted_name_candidates
from lagebild.entities.references import attach_state_adjectives, attach_state_references
from lagebild.entities.resolve import (
    add_surname_mentions,
    attach_role_references,
    cluster,
    merge_specific_organisations,
    select_non_overlapping,
    split_joined_names,
    to_entities,
)
from lagebild.entities.state_guesses import dateline_state, most_mentioned_state
from lagebild.entities.statistical import CharSpan, load_statistical_ner, ner_candidates
from lagebild.entities.subsidiaries import subsidiary_candidates
from lagebild.entities.surname_companies import give_company_surnames_to_persons
from lagebild.entities.titles import title_candidates
from lagebild.entities.union_reading import read_union_as_eu
from lagebild.entities.word_positions import WordPositions
from lagebild.lexicon import preload as noun_lexicon_preload
from lagebild.model import Entity
from lagebild.pipeline import doc_text


def find_candidates(
    tokens: list[Tok],
    ner_spans: list[CharSpan] | None = None,
    positions: WordPositions | None = None,
) -> tuple[list[Candidate], list[RoleReference]]:
    """Candidates of every rule, and of the statistical NER where its spans are given."""
    kb = actor_kb()
    if positions is None:  # where most rules look: one pass for all of them
        positions = WordPositions.of(tokens)
    acronyms = article_acronyms(tokens, kb)
    # whom a person acts for may be an organisation only this article names ("der MDC")
    person_kb = with_article_acronyms(kb, acronyms)
    persons, references = titled_persons(tokens, person_kb, positions)
    candidates = [
        *knowledge_base_candidates(tokens, kb, positions),
        *compound_candidates(tokens, kb),
        *institution_candidates(tokens, kb, positions),
        *organisation_pattern_candidates(tokens, kb, positions),
        *persons,
        *first_name_persons(tokens, person_kb, positions),
        *census_name_persons(tokens, person_kb, positions),
        *tagged_name_persons(tokens, person_kb),
        *group_candidates(tokens, kb, positions),
        *acronym_candidates(tokens, kb, acronyms),
        *quoted_name_candidates(tokens, kb, positions),
        *genitive_name_candidates(tokens, kb, positions),
        *force_candidates(tokens, kb, positions),
        *misspelt_state_candidates(tokens, kb),
        *title_candidates(tokens, positions),
        *subsidiary_candidates(tokens, kb, positions),
        *company_candidates(tokens, kb, positions),
        *club_candidates(tokens),
        *ner_candidates(tokens, ner_spans or [], kb),
    ]
    return candidates, references


def resolve_entities(
    text: str, tokens: list[Tok], ner_spans: list[CharSpan] | None = None
) -> list[Entity]:
    tokens = without_space_tokens(tokens)
    positions = WordPositions.of(tokens)  # shared by the candidate rules and the later steps
    candidates, references = find_candidates(tokens, ner_spans, positions)
    chosen = select_non_overlapping(candidates)
    split_joined_names(chosen)
    name_groups(chosen)
    covered = {i for c in chosen for i in range(c.first, c.last + 1)}
    clusters = cluster(chosen)
    drop_names_after_articles(tokens, clusters)
    merge_specific_organisations(clusters, actor_kb().actor_keys)
    read_union_as_eu(tokens, clusters)
    merge_owned_groups(tokens, clusters)
    join_groups_to_named(tokens, clusters)
    join_protesters_to_opponents(clusters)
    dateline = dateline_state(text, tokens)
    give_federal_bodies_their_state(tokens, clusters, actor_kb(), dateline)
    main_state = most_mentioned_state(clusters)
    drop_foreign_party_nouns(tokens, clusters, main_state, actor_kb())
    # a prosecutor or court named without its state works where the article is datelined
    split_institutions_by_state(tokens, clusters, dateline or main_state, actor_kb())
    assign_institution_states(clusters, dateline or main_state)
    code_named_institutions(clusters, dateline or main_state, actor_kb())
    # civilians and forces named without their state are the dateline's state's where the
    # article names it ("Aleppo – … Zivilisten, Regierungstruppen" beside Russia named more)
    home = dateline if f"GPE:{dateline}" in clusters else main_state
    assign_citizen_states(clusters, home)
    attach_state_forces(clusters, home, tokens)
    assign_group_leaders(tokens, clusters)
    give_company_surnames_to_persons(tokens, clusters)
    add_surname_mentions(tokens, clusters, covered, positions)
    attach_role_references(tokens, clusters, references, covered)
    attach_age_references(tokens, clusters, covered)
    attach_state_references(tokens, clusters, covered, positions)
    add_prefix_mentions(tokens, clusters, actor_kb())
    attach_state_adjectives(tokens, clusters, covered, actor_kb(), positions)
    resolve_pronouns(tokens, clusters, positions)
    drop_unreferenced_generic_roles(clusters)
    return to_entities(text, tokens, clusters, dateline)


def preload() -> None:
    """Load word lists and the knowledge base now, so the first article is not slow."""
    noun_lexicon_preload()
    actor_kb()
    first_names()
    census_first_names()
    census_surnames()
    organisation_heads()
    title_forms()
    known_people()


class EntityFinder:
    def __init__(self, use_ner: bool = True) -> None:
        preload()
        self.use_ner = use_ner and load_statistical_ner()

    def __call__(self, doc: Doc) -> Doc:
        spans = None
        if self.use_ner:
            from lagebild.ner import predict_spans

            spans = predict_spans(doc)
        doc._.entities = resolve_entities(doc_text(doc), tokens_of(doc), spans)
        return doc


@Language.factory(
    "lagebild_entities",
    requires=["token.tag"],
    assigns=["doc._.entities"],
    default_config={"use_ner": False},
)
def make_entity_finder(nlp: Language, name: str, use_ner: bool = False) -> EntityFinder:
    return EntityFinder(use_ner)
