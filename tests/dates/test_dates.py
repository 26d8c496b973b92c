"""Time expressions: each pattern with a fixed publication date (Wednesday, 2022-01-12)."""

from __future__ import annotations

import pytest
import spacy

from lagebild.dates import find_date_expressions, find_dates
from lagebild.model import DateExpression
from lagebild.pipeline import register_extensions
from lagebild.readers.document import Document

PUBLISHED = "2022-01-12"  # a Wednesday, ISO week 2


def _only(text: str, published: str | None = PUBLISHED) -> DateExpression:
    found = find_date_expressions(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "granularity"),
    [
        ("Er kam am 10. Januar 2022 an.", "am 10. Januar 2022", "2022-01-10", "day"),
        ("Stand: 10.01.2022, abends.", "10.01.2022", "2022-01-10", "day"),
        ("Seit dem 3.2.21 gilt das.", "Seit dem 3.2.21", "2021-02-03", "day"),
        ("Bericht vom 2022-01-09 lesen.", "2022-01-09", "2022-01-09", "day"),
        ("Am 10. Jan. hatte er Zeit.", "Am 10. Jan.", "2022-01-10", "day"),
        ("Das Treffen am 17. Dezember fiel aus.", "am 17. Dezember", "2021-12-17", "day"),
        ("Die Wahl ist am 3. Februar geplant.", "am 3. Februar", "2022-02-03", "day"),
        ("Die Anschläge des 11. Septembers 2001.", "des 11. Septembers 2001", "2001-09-11", "day"),
        (
            "Die Wahl am Sonntag, den 17. Februar 2008.",
            "am Sonntag, den 17. Februar 2008",
            "2008-02-17",
            "day",
        ),
        ("Russland hatte 2014 die Krim annektiert.", "2014", "2014", "year"),
        ("Das war im Jahr 2014 so.", "im Jahr 2014", "2014", "year"),
        ("Im Dezember 2007 begann es.", "Im Dezember 2007", "2007-12", "month"),
        ("Anfang Juni 2014 ist der Gipfel.", "Anfang Juni 2014", "2014-06", "month"),
        ("Die Gespräche sollen Anfang Februar beginnen.", "Anfang Februar", "2022-02", "month"),
        ("Das war im Dezember anders.", "im Dezember", "2021-12", "month"),
        ("Im März kam die Wende.", "Im März", "2022-03", "month"),
        ("Sherman sagte am Montag in Genf", "am Montag", "2022-01-10", "day"),
        ("Am Mittwoch sagte er nichts.", "Am Mittwoch", "2022-01-12", "day"),
        ("Er wird am Montag nach Genf reisen.", "am Montag", "2022-01-17", "day"),
        ("Die Sitzung wurde auf Freitag verschoben.", "auf Freitag", "2022-01-14", "day"),
        ("Am vergangenen Mittwoch war es ruhig.", "Am vergangenen Mittwoch", "2022-01-05", "day"),
        ("Am kommenden Freitag stimmt er ab.", "Am kommenden Freitag", "2022-01-14", "day"),
        ("Am Samstagabend kam es zu Unruhen.", "Am Samstagabend", "2022-01-08", "day"),
        ("Er sagte gestern, er komme.", "gestern", "2022-01-11", "day"),
        ("Heute wurden drei Menschen verletzt.", "Heute", "2022-01-12", "day"),
        ("Er reist morgen ab.", "morgen", "2022-01-13", "day"),
        ("Das geschah vorgestern.", "vorgestern", "2022-01-10", "day"),
        ("Seit gestern wird gestreikt.", "Seit gestern", "2022-01-11", "day"),
        ("In dieser Woche wird Russland hören.", "In dieser Woche", "2022-W02", "week"),
        ("Vergangene Woche war es ruhig.", "Vergangene Woche", "2022-W01", "week"),
        ("In der nächsten Woche beginnt es.", "In der nächsten Woche", "2022-W03", "week"),
        ("Zu Beginn der Woche kam es dazu.", "Zu Beginn der Woche", "2022-W02", "week"),
        ("Am Wochenende kam es zu Protesten.", "Am Wochenende", "2022-W01", "week"),
        ("Im vergangenen Jahr stieg die Zahl.", "Im vergangenen Jahr", "2021", "year"),
        ("Das war vor drei Jahren.", "vor drei Jahren", "2019", "year"),
        ("Er kam vor zwei Wochen.", "vor zwei Wochen", "2021-W52", "week"),
        ("Seit drei Tagen wird protestiert.", "Seit drei Tagen", "2022-01-09", "day"),
        ("Im letzten Monat fiel der Kurs.", "Im letzten Monat", "2021-12", "month"),
        ("Das kommt im nächsten Jahr.", "im nächsten Jahr", "2023", "year"),
        ("Das war in den 90er Jahren üblich.", "in den 90er Jahren", "199X", "decade"),
        ("Seit den 1980er-Jahren wächst sie.", "Seit den 1980er-Jahren", "198X", "decade"),
        ("Im 19. Jahrhundert war das anders.", "Im 19. Jahrhundert", "18XX", "century"),
        ("Im ersten Quartal 2021 sank er.", "Im ersten Quartal 2021", "2021-Q1", "quarter"),
        ("Vor einigen Jahren war das anders.", "Vor einigen Jahren", None, "relative"),
    ],
)
def test_patterns(text: str, span: str, value: str | None, granularity: str) -> None:
    found = _only(text)
    assert found.text == span
    assert text[found.start : found.end] == span
    assert found.value == value
    assert found.granularity == granularity


@pytest.mark.parametrize(
    "text",
    [
        "Fast 100.000 russische Soldaten stehen an der Grenze.",
        "Rund 2000 Soldaten wurden verlegt.",
        "Es kostet 1500 Euro.",
        "Die UN-Resolution 1701 verlangt das.",
        "August Müller sagte, der Mai-Kongress sei vorbei.",
        "Eine Woche lang wurde gestritten.",
        "Er las den Freitag und die Zeit.",
        "Am Morgen wurde es hell.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_date_expressions(text, PUBLISHED) == []


def test_without_publication_date_relative_values_stay_open() -> None:
    found = find_date_expressions("In dieser Woche, am Montag, nach 2014 und am 3. Mai 2020.", None)
    by_text = {expression.text: expression for expression in found}
    assert by_text["In dieser Woche"].value is None
    assert by_text["In dieser Woche"].granularity == "week"
    assert by_text["am Montag"].value is None
    assert by_text["2014"].value == "2014"
    assert by_text["am 3. Mai 2020"].value == "2020-05-03"


BYLINE_ARTICLE = (
    "Die Bevölkerung soll in 35 Jahren schrumpfen. Am Montag wurde die Studie vorgestellt, "
    "die am 3. Mai 2014 begonnen hatte.  (Michael Bauer, 20.8.2015)"
)


def test_without_publication_date_a_closing_byline_date_is_the_reference() -> None:
    by_text = {found.text: found for found in find_date_expressions(BYLINE_ARTICLE, None)}
    assert by_text["in 35 Jahren"].value == "2050"
    assert by_text["Am Montag"].value == "2015-08-17"
    assert by_text["am 3. Mai 2014"].value == "2014-05-03"
    assert by_text["20.8.2015"].value == "2015-08-20"


def test_the_publication_date_wins_over_the_byline() -> None:
    by_text = {found.text: found for found in find_date_expressions(BYLINE_ARTICLE, PUBLISHED)}
    assert by_text["in 35 Jahren"].value == str(int(PUBLISHED[:4]) + 35)


@pytest.mark.parametrize(
    "text",
    [
        # a date inside the body, not in a closing byline
        "Am Montag kam die Studie vom 20.8.2015 (siehe oben) heraus. So ging es weiter.",
        # a parenthesis that is no byline at the end
        "Am Montag wurde gewählt (siehe Grafik).",
        # not a real day
        "Am Montag wurde gewählt.  (Michael Bauer, 31.2.2015)",
    ],
)
def test_no_byline_leaves_relative_dates_open(text: str) -> None:
    by_text = {found.text: found for found in find_date_expressions(text, None)}
    assert by_text["Am Montag"].value is None


def test_weekday_picks_the_year_of_a_date_without_one() -> None:
    # 4 September was a Friday in 2015, not in 2016.
    found = _only("Er kommt am Freitag, den 4. September.", "2016-05-04")
    assert found.value == "2015-09-04"


def test_truncated_decade_is_not_a_year() -> None:
    found = find_date_expressions("Die RAF in den 1970er- und 80er-Jahren.", PUBLISHED)
    assert [d.value for d in found] == ["197X", "198X"]


def test_dates_inside_names_are_blocked() -> None:
    text = "Nach Informationen der Welt am Sonntag sollen sie kommen."
    start = text.index("Welt")
    assert find_date_expressions(text, PUBLISHED, [(start, start + len("Welt am Sonntag"))]) == []


def test_weekday_on_publication_day_is_that_day() -> None:
    assert _only("Am Samstag wurde gewählt.", "2005-07-31").value == "2005-07-30"
    assert _only("Am Sonntag wurde gewählt.", "2005-07-31").value == "2005-07-31"


def test_several_expressions_in_order() -> None:
    text = "Gestern, am 12. Juli, und im vergangenen Jahr."
    found = find_date_expressions(text, "2006-07-13")
    assert [(d.text, d.value) for d in found] == [
        ("Gestern", "2006-07-12"),
        ("am 12. Juli", "2006-07-12"),
        ("im vergangenen Jahr", "2005"),
    ]


def test_component_reads_publication_date() -> None:
    register_extensions()
    nlp = spacy.blank("de")
    doc = nlp.make_doc("In dieser Woche sprach man 2014 darüber.")
    doc._.document = Document(id="x", text=doc.text, published="2022-01-10")
    dates = find_dates(doc)._.dates
    assert [(d.text, d.value, d.granularity) for d in dates] == [
        ("In dieser Woche", "2022-W02", "week"),
        ("2014", "2014", "year"),
    ]


def test_repeated_text_finds_every_copy() -> None:
    # Speed is measured by `lagebild bench`, not here; this checks that long, repetitive
    # input is scanned to the end with the same result per copy.
    sentence = (
        "Am Montag, den 10. Januar 2022, sagte er gestern in Genf, dass 2014 rund 100.000 "
        "Soldaten im vergangenen Jahr und vor drei Jahren dort waren. "
    )
    once = find_date_expressions(sentence, PUBLISHED)
    many = find_date_expressions(sentence * 30, PUBLISHED)
    assert once
    assert len(many) == 30 * len(once)
