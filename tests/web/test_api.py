"""Every read endpoint: JSON shapes, filters, pagination and HTML twins."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def test_home_lists_articles_and_actors(client: TestClient) -> None:
    data = client.get("/api").json()
    assert data["totals"]["documents"] == 2
    assert len(data["articles"]) == 2
    assert any(actor["code"] == "RUS" for actor in data["actors"])


def test_articles_paginate_with_total(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 1}).json()
    second = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == 2
    assert first["items"][0]["id"] != second["items"][0]["id"]
    # newest first
    assert first["items"][0]["published"] >= second["items"][0]["published"]


def test_articles_filter_by_date_and_text(client: TestClient) -> None:
    assert client.get("/api/articles", params={"since": "2022-02-01"}).json()["total"] == 1
    assert client.get("/api/articles", params={"until": "2022-01-31"}).json()["total"] == 1
    assert client.get("/api/articles", params={"q": "Scholz"}).json()["total"] == 1


def test_article_has_full_annotations(client: TestClient, seed_id: int) -> None:
    data = client.get(f"/api/articles/{seed_id}").json()
    analysis = data["analysis"]
    assert analysis["text"].startswith(analysis["text"][:20])
    assert {"entities", "quotes", "events", "places", "structure"} <= analysis.keys()
    assert data["document"]["id"] == seed_id
    assert data["entity_actors"], "entities link to corpus actors"
    speakers = {q["speaker"]["name"] for q in analysis["quotes"] if q["speaker"]}
    assert "Wendy Sherman" in speakers


def test_html_twin_and_format_json_agree(client: TestClient, seed_id: int) -> None:
    api = client.get(f"/api/articles/{seed_id}").json()
    twin = client.get(f"/articles/{seed_id}", params={"format": "json"}).json()
    assert api == twin
    page = client.get(f"/articles/{seed_id}")
    assert page.headers["content-type"].startswith("text/html")
    assert "Wendy Sherman" in page.text


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
        "/search?q=Genf",
        "/pair?actor=RUS&recipient=UKR",
        "/analyze",
    ],
)
def test_every_page_renders(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="de">' in response.text


def test_actors_filter_and_detail(client: TestClient) -> None:
    listing = client.get("/api/actors", params={"q": "Sherman"}).json()
    assert listing["total"] >= 1
    sherman = listing["items"][0]
    detail = client.get(f"/api/actors/{sherman['id']}").json()
    assert detail["actor"]["name"] == "Wendy Sherman"
    assert detail["actor"]["aliases"]
    assert detail["actor"]["roles"], "roles come from the stored analysis"
    assert detail["quotes"]["total"] >= 1
    assert {"events_as_actor", "events_as_recipient", "timeline"} <= detail.keys()
    per = client.get("/api/actors", params={"type": "PER"}).json()["items"]
    assert per and all(actor["type"] == "PER" for actor in per)


def test_quotes_filters(client: TestClient) -> None:
    by_speaker = client.get("/api/quotes", params={"speaker": "Sherman"}).json()
    assert by_speaker["total"] >= 1
    assert all("Sherman" in (q["speaker"] or "") for q in by_speaker["items"])
    nothing = client.get("/api/quotes", params={"since": "2030-01-01"}).json()
    assert nothing["total"] == 0


def test_events_filters(client: TestClient) -> None:
    threats = client.get("/api/events", params={"type": "THREATEN"}).json()
    assert threats["total"] >= 1
    assert all(event["type"] == "THREATEN" for event in threats["items"])
    russia = client.get("/api/events", params={"actor": "RUS"}).json()["items"]
    assert all(event["actor_code"] == "RUS" for event in russia)
    pair = client.get("/api/events", params={"actor": "RUS", "recipient": "UKR"}).json()
    assert all(e["recipient_code"] == "UKR" for e in pair["items"])


def test_places_with_map(client: TestClient) -> None:
    data = client.get("/api/places").json()
    assert data["total"] >= 1
    assert data["map"]["points"]
    geneva = client.get("/api/places", params={"q": "Genf"}).json()
    assert [p["name"] for p in geneva["items"]] == ["Genf"]


def test_pair_timeline(client: TestClient) -> None:
    data = client.get("/api/pair", params={"actor": "RUS", "recipient": "UKR"}).json()
    assert data["total_events"] >= 1
    assert data["periods"][0]["period"].startswith("2022-")
    assert data["chart"]["bars"]


def test_network(client: TestClient) -> None:
    data = client.get("/api/network").json()
    names = {node["name"] for node in data["nodes"]}
    assert {"RUS", "USA"} <= names
    assert data["edges"]
    assert all(0 <= node["x"] <= data["size"] for node in data["nodes"])


def test_search_text_and_quotes(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "Genf"}).json()
    assert data["documents"]
    assert client.get("/api/search", params={"q": ""}).json()["documents"] == []


def test_errors_are_json_with_codes(client: TestClient) -> None:
    missing = client.get("/api/articles/999999")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    assert client.get("/api/actors/999999").status_code == 404
    bad = client.get("/api/events", params={"limit": 0})
    assert bad.status_code == 422
    assert set(bad.json()["error"]) == {"code", "message"}
    assert client.get("/api/nowhere").json()["error"]["code"] == "not_found"
    assert client.get("/api/articles", params={"since": "gestern"}).status_code == 422


def test_analyze_without_storing(client: TestClient) -> None:
    before = client.get("/api").json()["totals"]["documents"]
    text = "Der Bundestag hat am Donnerstag in Berlin über den Haushalt beraten. " * 3
    response = client.post("/api/analyze", json={"text": text, "published": "2022-03-03"})
    assert response.status_code == 200, response.text
    assert response.json()["stored"] is None
    assert response.json()["analysis"]["text"] == text
    assert client.get("/api").json()["totals"]["documents"] == before


def test_analyze_rejects_bad_bodies(client: TestClient) -> None:
    assert client.post("/api/analyze", json={}).status_code == 422
    both = client.post("/api/analyze", json={"text": "a", "html": "<p>b</p>"})
    assert both.status_code == 422
    english = client.post(
        "/api/analyze",
        json={"text": "The government said on Monday that the talks would continue next week."},
    )
    assert english.status_code == 422
    assert english.json()["error"]["code"] == "E004"


def test_analyze_html_page(client: TestClient) -> None:
    html = (
        "<html><head><title>Gipfel in Wien</title></head><body><article>"
        "<h1>Gipfel in Wien</h1><p>Die Außenminister trafen sich am Dienstag in Wien. "
        "Sie berieten über die Lage in der Ukraine und vereinbarten neue Gespräche.</p>"
        "<p>Die Gespräche sollen im März in Genf fortgesetzt werden, hieß es.</p>"
        "</article></body></html>"
    )
    data = client.post("/api/analyze", json={"html": html}).json()
    assert "<p>" not in data["analysis"]["text"]
    assert "Wien" in data["analysis"]["text"]


def test_analyze_and_store_on_request(fresh_db: str, analyzer: object) -> None:
    from lagebild.api.app import Settings, create_app

    app = create_app(Settings(db=fresh_db))
    app.state.analyzer = analyzer
    text = (
        "Die Außenminister der EU haben am Montag in Brüssel über neue Sanktionen gegen "
        "Russland beraten. Die Gespräche sollen fortgesetzt werden."
    )
    with TestClient(app) as writer:
        before = writer.get("/api").json()["totals"]["documents"]
        stored = writer.post("/api/analyze", params={"store": "true"}, json={"text": text})
        assert stored.status_code == 200, stored.text
        assert stored.json()["stored"]["status"] == "ingested"
        again = writer.post("/api/articles", json={"text": text})
        assert again.status_code == 201
        assert again.json()["stored"]["status"] == "skipped"
        assert writer.get("/api").json()["totals"]["documents"] == before + 1
        page = writer.get(f"/articles/{stored.json()['stored']['id']}")
        assert "Brüssel" in page.text
        form = writer.post(
            "/analyze", data={"text": text + " Noch ein Satz.", "keep": "1"}, follow_redirects=False
        )
        assert form.status_code == 303
        assert "/articles/" in form.headers["location"]
