"""Word classes from HanTa's German lexicon as gazetteer features (training time only).

HanTa (Wartena 2019, LGPL 3.0) ships a model trained on TIGER newspaper text. Two of its
tables know word forms: the observed words (every form seen at least three times, with
log p(form, tag) per word-level tag) and the morpheme lexicon (log p(morpheme | tag), where
a name or a short word is one morpheme: "clinton" is an ``NE`` morpheme). From them each
word form gets up to three classes: known as a proper noun (``hanta_NE``), as a common noun
(``hanta_NN``), as a word of a lower-case class (``hanta_other``). Names the NER corpora never
show ("Scharping", "Rabin") are thus told apart from unknown common nouns.

Only the derived 0/1 memberships go into the model's static-vector table, so the runtime does
not need HanTa for this. HanTa lowercases everything it stores; the features are added for the
lower-case, the capitalised and the upper-case spelling of each form.
"""

from __future__ import annotations

import gzip
import math
import pickle
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

PROPER_NOUN = "hanta_NE"
COMMON_NOUN = "hanta_NN"
OTHER_CLASS = "hanta_other"
HANTA_FEATURES: tuple[str, ...] = (PROPER_NOUN, COMMON_NOUN, OTHER_CLASS)

#: Word-level (STTS) tags of observed words, by feature. Foreign words, non-words,
#: truncations and punctuation say nothing about case and are left out.
_WORD_TAG_FEATURES = {"NE": PROPER_NOUN, "NN": COMMON_NOUN, "NNA": COMMON_NOUN, "NNI": COMMON_NOUN}
_NEUTRAL_WORD_TAGS = frozenset({"FM", "XY", "TRUNC"})
#: Morpheme tags whose morphemes are whole word forms, by feature. Verb stems ("amtier"),
#: affixes and spelling variants ("reichtüm") are no word forms and are left out.
_MORPHEME_TAG_FEATURES = {
    "NE": PROPER_NOUN,
    "ACR_NE": PROPER_NOUN,
    "NN": COMMON_NOUN,
    "NN_IRR": COMMON_NOUN,
    "ACR_NN": COMMON_NOUN,
}
_OTHER_MORPHEME_TAGS = frozenset(
    {
        "ADJ", "ADJ_INVAR", "ADJ_IRR", "ADV", "APPO", "APPR", "APPRART", "APZR", "ART", "CARD",
        "ITJ", "KOKOM", "KON", "KOUI", "KOUS", "PDAT", "PDS", "PIAT", "PIS", "PPER", "PPOSAT",
        "PPOSS", "PRELAT", "PRELS", "PRF", "PROAV", "PTKA", "PTKANT", "PTKNEG", "PTKZU", "PWAT",
        "PWAV", "PWS", "VA_IRR",
    }
)  # fmt: skip
#: The fields of a HanTa model file, in the order ``HanoverTagger.__init__`` unpacks them.
_MODEL_FIELDS = (
    "tag2int", "int2tag", "LP_s_t", "LP_len_t", "Int_t", "LP_hapax_t", "LP_trans", "LP_m_t",
    "stemdict", "LP_trans_word", "LP_wtag", "LP_case_t", "nonstemtags", "lemmasuffixtable",
    "capitalizedlemmata", "cache",
)  # fmt: skip
#: A class counts for an observed word from this share of its tag probability on.
MIN_CLASS_SHARE = 0.2
#: The German genitive of a name ("Scharpings") when the name does not end in a sibilant.
_GENITIVE_SUFFIX = "s"
_SIBILANT_ENDINGS = ("s", "ß", "x", "z")


@dataclass(frozen=True)
class HantaLexicon:
    """The parts of a HanTa model that know word forms (lower-case keys, integer tags)."""

    tag_names: Mapping[int, str]
    #: tag -> {morpheme: log p(morpheme | tag)}
    morphemes_by_tag: Mapping[int, Mapping[str, float]]
    #: word form -> [(tag, log p(form, tag))]
    observed_words: Mapping[str, Sequence[tuple[int, float]]]


def hanta_model_path() -> Path:
    """The German model file shipped in the HanTa wheel."""
    try:
        import HanTa
    except ImportError as error:
        raise SystemExit("the NER data needs HanTa's German model: pip install HanTa") from error
    return Path(next(iter(HanTa.__path__))) / "morphmodel_ger.pgz"


def load_hanta_lexicon(path: Path | None = None) -> HantaLexicon:
    """Read the lexicon tables from a HanTa model file (a gzipped pickle of a tuple)."""
    source = path or hanta_model_path()
    with gzip.open(source, "rb") as handle:
        model = pickle.load(handle)  # noqa: S301 - the file ships in the installed HanTa wheel
    if not isinstance(model, tuple) or len(model) != len(_MODEL_FIELDS):
        raise ValueError(
            f"{source}: not a HanTa model of the known format (a tuple of "
            f"{len(_MODEL_FIELDS)} fields: {', '.join(_MODEL_FIELDS)})"
        )
    fields = dict(zip(_MODEL_FIELDS, model, strict=True))
    return HantaLexicon(
        tag_names=fields["int2tag"],
        morphemes_by_tag=fields["LP_m_t"],
        observed_words=fields["cache"],
    )


def observed_word_classes(
    analyses: Sequence[tuple[int, float]], tag_names: Mapping[int, str]
) -> set[str]:
    """Classes that hold at least ``MIN_CLASS_SHARE`` of an observed word's tag probability."""
    shares: dict[str, float] = {}
    total = 0.0
    for tag, log_p in analyses:
        name = tag_names.get(tag, "")
        if not name or name.startswith("$") or name in _NEUTRAL_WORD_TAGS:
            continue
        p = math.exp(log_p)
        total += p
        feature = _WORD_TAG_FEATURES.get(name, OTHER_CLASS)
        shares[feature] = shares.get(feature, 0.0) + p
    if total <= 0.0:
        return set()
    return {feature for feature, p in shares.items() if p / total >= MIN_CLASS_SHARE}


def word_classes(lexicon: HantaLexicon) -> dict[str, set[str]]:
    """Lower-case word form -> HanTa classes. An observed word's classes come from how often
    it had each tag; a form that was not observed takes the classes of the whole-word
    morphemes it equals (and a proper-noun morpheme its genitive)."""
    from_morphemes: dict[str, set[str]] = {}
    for tag, morphemes in lexicon.morphemes_by_tag.items():
        name = lexicon.tag_names.get(tag, "")
        feature = _MORPHEME_TAG_FEATURES.get(name)
        if feature is None and name in _OTHER_MORPHEME_TAGS:
            feature = OTHER_CLASS
        if feature is None:
            continue
        for morpheme in morphemes:
            if not morpheme or " " in morpheme:
                continue
            from_morphemes.setdefault(morpheme, set()).add(feature)
            if feature == PROPER_NOUN and not morpheme.endswith(_SIBILANT_ENDINGS):
                genitive = morpheme + _GENITIVE_SUFFIX
                from_morphemes.setdefault(genitive, set()).add(PROPER_NOUN)
    classes = {form: set(features) for form, features in from_morphemes.items()}
    for form, analyses in lexicon.observed_words.items():
        if form and " " not in form:
            classes[form] = observed_word_classes(analyses, lexicon.tag_names)
    return {form: features for form, features in classes.items() if features}


def spellings(form: str) -> set[str]:
    """The spellings a lower-case form is looked up under: as is, capitalised, upper case."""
    return {form, form[:1].upper() + form[1:], form.upper()}


def add_hanta_classes(memberships: dict[str, set[str]], lexicon: HantaLexicon) -> None:
    """Add each HanTa class of a word form to the gazetteer memberships of its spellings."""
    for form, features in word_classes(lexicon).items():
        for spelling in spellings(form):
            memberships.setdefault(spelling, set()).update(features)
