"""A fast stand-in analyzer and hand-written German test articles."""

from __future__ import annotations

from lagebild.model import Analysis, Entity, Mention, Provenance
from lagebild.readers import Document

COUNTRIES = {"Russland": "RUS", "Ukraine": "UKR", "Frankreich": "FRA", "Polen": "POL"}
CITIES = ("Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden")
TOPICS = ("Bahnstrecke", "Schule", "Brücke", "Klinik", "Bibliothek", "Hafen")


class FakeAnalyzer:
    """Finds country names as coded entities; fails on texts containing 'KAPUTT'."""

    def analyze(self, document: Document) -> Analysis:
        if "KAPUTT" in document.text:
            raise ValueError("analyzer broke on purpose")
        entities = []
        for number, (name, code) in enumerate(COUNTRIES.items(), start=1):
            start = document.text.find(name)
            if start >= 0:
                entities.append(
                    Entity(
                        id=f"E{number}",
                        name=name,
                        type="GPE",
                        code=code,
                        mentions=[Mention(start=start, end=start + len(name), text=name)],
                    )
                )
        return Analysis(
            id=document.id,
            text=document.text,
            published=document.published,
            source=document.source,
            title=document.title,
            entities=entities,
            provenance=Provenance(lagebild_version="0.1.0", pipeline=["fake"]),
        )


def fake_analyzer() -> FakeAnalyzer:
    return FakeAnalyzer()


def article(number: int) -> str:
    """A short, distinct German news text (every one differs in more than a few words)."""
    city = CITIES[number % len(CITIES)]
    topic = TOPICS[(number // len(CITIES)) % len(TOPICS)]
    country = list(COUNTRIES)[number % len(COUNTRIES)]
    return (
        f"{city} (dpa) - In {city} ist am Dienstag die neue {topic} Nummer {number} eröffnet "
        f"worden. Der Bürgermeister sprach von einem wichtigen Tag für die Stadt. Gäste aus "
        f"{country} nahmen an der Feier teil. Die Kosten lagen bei {number * 3 + 7} Millionen "
        f"Euro, deutlich über der ersten Schätzung von {number + 2} Millionen. Anwohner "
        f"hatten {number % 5 + 2} Jahre lang auf das Vorhaben gewartet."
    )
