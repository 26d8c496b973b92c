"""How far back pronouns look: the nouns and mentions whose salience the linking needs."""

from __future__ import annotations

import random

from lagebild.entities.pronouns import SENTENCE_WEIGHTS, _earliest_sentence_reached


def _looked_back_to(index: int, pronoun: int, sentences: list[int], reported: list[int]) -> bool:
    """The distance test of ``_antecedent``, written out for one mention and one pronoun."""
    distance = sentences[pronoun] - sentences[index]
    if distance > 1:
        distance -= min(reported[sentences[pronoun]], distance - 1)
    return distance < len(SENTENCE_WEIGHTS)


def test_reach_is_what_some_later_pronoun_looks_back_to():
    generator = random.Random(7)
    for _ in range(300):
        size = generator.randint(2, 60)
        sentences = sorted(generator.randint(0, 12) for _ in range(size))
        reported = [generator.choice((0, 0, 1, 2, 5)) for _ in range(sentences[-1] + 2)]
        pronouns = sorted(generator.sample(range(size), generator.randint(1, min(size, 6))))
        reach = _earliest_sentence_reached(pronouns, sentences, reported)
        assert len(reach) == pronouns[-1]
        for index in range(pronouns[-1]):
            expected = any(
                _looked_back_to(index, pronoun, sentences, reported)
                for pronoun in pronouns
                if pronoun > index
            )
            assert (sentences[index] >= reach[index]) == expected


def test_reported_speech_before_the_pronoun_widens_its_reach():
    sentences = [0, 1, 2, 3, 4, 5, 6]
    pronoun = 6
    assert _earliest_sentence_reached([pronoun], sentences, [0] * 8)[0] == 3
    # two sentences of reported speech right before the pronoun's: two sentences further
    assert _earliest_sentence_reached([pronoun], sentences, [0, 0, 0, 0, 0, 0, 2, 0])[0] == 1
