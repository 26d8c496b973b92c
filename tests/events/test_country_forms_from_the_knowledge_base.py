"""The events layer reads the states' adjectives and demonyms from the entities knowledge
base (``lagebild/entities/data/adjectives.tsv``, ``demonyms.tsv``) rather than keep its own
copy; its own file adds only what those lack ("koreanisch", compound prefixes)."""

from __future__ import annotations

from lagebild.entities.kb import data_rows
from lagebild.events.lexicon import DATA, country_forms


def test_adjectives_of_the_knowledge_base_name_their_state():
    adjectives, _, _ = country_forms()
    assert adjectives["isländisch"] == "ISL"
    assert adjectives["burundisch"] == "BDI"
    assert adjectives["saudi-arabisch"] == "SAU"


def test_demonyms_of_the_knowledge_base_name_their_state_in_every_form():
    _, _, demonyms = country_forms()
    assert demonyms["tunesier"] == demonyms["tunesierinnen"] == "TUN"
    assert demonyms["bosniern"] == "BIH"
    assert demonyms["chilenen"] == demonyms["chilenin"] == "CHL"


def test_the_events_file_adds_what_the_knowledge_base_lacks():
    adjectives, prefixes, _ = country_forms()
    assert adjectives["koreanisch"] == "KOR"
    assert prefixes["US"] == "USA" and prefixes["Nato"] == "NATO"


def test_the_events_file_repeats_no_adjective_of_the_knowledge_base():
    listed = {stem for _, stems, *_ in data_rows("adjectives.tsv") for stem in stems.split("|")}
    lines = (DATA / "country_adjectives.tsv").read_text("utf-8").splitlines()
    own = [line.split("\t")[0] for line in lines if line.endswith("\tadjective")]
    assert not listed & set(own)
