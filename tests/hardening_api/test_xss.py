"""Markup in every field that reaches HTML arrives escaped in the page source.

No page template has a ``<script>`` of its own, so any ``<script`` in a page is injected.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from hostile import payload

FIELDS_ON_ARTICLE_PAGE = (
    "title",
    "source",
    "entity",
    "quote",
    "speaker",
    "trigger",
    "place",
    "actor",
    "where",
)


def assert_clean(html: str, where: str) -> None:
    assert "<script" not in html.lower(), f"{where}: unescaped script tag"
    assert "onerror=" not in html.lower(), f"{where}: event handler attribute"


@pytest.fixture(scope="module")
def client(sqlite_hostile_app) -> TestClient:  # noqa: ANN001
    with TestClient(sqlite_hostile_app) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def document_id(client: TestClient) -> int:
    return client.get("/api/articles", params={"limit": 1}).json()["items"][0]["id"]


@pytest.fixture(scope="module")
def actor_id(client: TestClient) -> int:
    items = client.get("/api/actors").json()["items"]
    return next(a["id"] for a in items if "xentity" in a["name"])


def test_article_page_escapes_every_field(client: TestClient, document_id: int) -> None:
    page = client.get(f"/articles/{document_id}")
    assert page.status_code == 200
    assert_clean(page.text, "article page")
    for field in FIELDS_ON_ARTICLE_PAGE:
        assert f"&lt;script&gt;x{field}&lt;/script&gt;" in page.text, f"{field} not shown"
    assert 'href="javascript:' not in page.text


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/articles",
        "/actors",
        "/quotes",
        "/events",
        "/places",
        "/network",
        "/events?actor=xactor",
        "/quotes?speaker=xspeaker",
        "/articles?source=" + payload("source"),
    ],
)
def test_listing_pages_escape(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200, page.text[:300]
    assert_clean(page.text, path)


def test_actor_page_escapes_names_aliases_roles(client: TestClient, actor_id: int) -> None:
    page = client.get(f"/actors/{actor_id}")
    assert page.status_code == 200
    assert_clean(page.text, "actor page")
    assert "&lt;script&gt;xentity&lt;/script&gt;" in page.text


@pytest.mark.parametrize(
    "param", ["q", "source", "speaker", "actor", "recipient", "code", "country"]
)
def test_echoed_query_parameters_are_escaped(client: TestClient, param: str) -> None:
    hostile = payload("echo")
    for path in ("/articles", "/actors", "/quotes", "/events", "/places", "/search"):
        page = client.get(path, params={param: hostile})
        assert page.status_code in (200, 422), (path, page.status_code)
        assert_clean(page.text, f"{path}?{param}=")


def test_search_query_echo_is_escaped(client: TestClient) -> None:
    page = client.get("/search", params={"q": payload("search")})
    assert page.status_code == 200
    assert_clean(page.text, "search")
    assert "&lt;script&gt;xsearch&lt;/script&gt;" in page.text


def test_pair_page_escapes_both_parties(client: TestClient) -> None:
    page = client.get("/pair", params={"actor": payload("p1"), "recipient": payload("p2")})
    assert page.status_code == 200
    assert_clean(page.text, "pair")
    assert "&lt;script&gt;xp1&lt;/script&gt;" in page.text


def test_error_pages_do_not_reflect_markup(client: TestClient) -> None:
    for path in (
        "/articles/" + payload("id"),
        "/nowhere/" + payload("path"),
        "/actors?limit=" + payload("limit"),
        "/events?type=" + payload("type"),
    ):
        page = client.get(path)
        assert page.status_code in (404, 422)
        assert_clean(page.text, path)


def test_form_fields_are_escaped(client: TestClient) -> None:
    text = (
        "Die Regierung in Berlin hat am Montag neue Pläne vorgestellt. "
        + payload("form")
        + " Der Minister sagte: „"
        + payload("formquote")
        + "“ "
        "Die Opposition kritisierte die Pläne der Regierung scharf."
    )
    page = client.post("/analyze", data={"text": text, "published": payload("pub")})
    assert page.status_code in (200, 422), page.text[:300]
    assert_clean(page.text, "analyze form (bad date)")
    page = client.post("/analyze", data={"text": text, "published": "2022-01-10"})
    assert page.status_code == 200, page.text[:300]
    assert_clean(page.text, "analyze form")
    assert "&lt;script&gt;xform&lt;/script&gt;" in page.text


def test_json_twins_are_json(client: TestClient, document_id: int) -> None:
    response = client.get(f"/api/articles/{document_id}")
    assert response.headers["content-type"].startswith("application/json")
