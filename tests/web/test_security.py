"""Safe by default: escaping, body size limit and the write token."""

from __future__ import annotations

from fastapi.testclient import TestClient

from lagebild.api.app import Settings, create_app
from lagebild.api.posting import AnalyzerHolder


def make_client(db: str, analyzer: AnalyzerHolder, **settings: object) -> TestClient:
    app = create_app(Settings(db=db, **settings))  # type: ignore[arg-type]
    app.state.analyzer = analyzer
    return TestClient(app)


HOSTILE = (
    "Die Regierung in Berlin hat am Montag <script>alert(1)</script> neue Pläne "
    "vorgestellt. Der Minister sagte: „Das ist <b>bold</b> und richtig.“ "
    "Die Opposition kritisierte die Pläne der Regierung scharf.\n\n"
    "Weitere Gespräche sollen in der kommenden Woche in Brüssel stattfinden."
)


def _assert_escaped(html: str) -> None:
    assert "<script>alert(1)</script>" not in html
    assert "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


def test_posted_markup_is_escaped_in_form_result(client: TestClient) -> None:
    page = client.post("/analyze", data={"text": HOSTILE, "published": "2022-01-10"})
    assert page.status_code == 200, page.text[:500]
    _assert_escaped(page.text)


def test_posted_markup_is_escaped_when_stored(fresh_db: str, analyzer: AnalyzerHolder) -> None:
    with make_client(fresh_db, analyzer) as client:
        response = client.post("/api/articles", json={"text": HOSTILE})
        assert response.status_code == 201, response.text
        document_id = response.json()["stored"]["id"]
        _assert_escaped(client.get(f"/articles/{document_id}").text)
        _assert_escaped(client.get("/articles").text)
        found = client.get("/search", params={"q": "alert"}).text
        assert "<script>alert" not in found
        assert "&lt;script&gt;" in found


def test_body_over_limit_is_413(fresh_db: str, analyzer: AnalyzerHolder) -> None:
    with make_client(fresh_db, analyzer, max_bytes=1000) as client:
        response = client.post("/api/analyze", json={"text": "Wort " * 1000})
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "too_large"


def test_streamed_body_over_limit_is_413(fresh_db: str, analyzer: AnalyzerHolder) -> None:
    def chunks():  # no Content-Length: the limit must count the bytes as they arrive
        for _ in range(10):
            yield b'{"text": "' + b"Wort " * 100 + b'"}'

    with make_client(fresh_db, analyzer, max_bytes=1000) as client:
        response = client.post(
            "/api/analyze", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "too_large"


def test_default_limit_is_two_megabytes() -> None:
    assert Settings().max_bytes == 2 * 1024 * 1024
    assert Settings().host == "127.0.0.1"


def test_loopback_needs_no_token(fresh_db: str, analyzer: AnalyzerHolder) -> None:
    assert Settings(host="127.0.0.1").loopback and Settings(host="::1").loopback
    assert not Settings(host="0.0.0.0").loopback


def test_public_bind_without_token_refuses_writes(fresh_db: str, analyzer: AnalyzerHolder) -> None:
    with make_client(fresh_db, analyzer, host="0.0.0.0") as client:
        response = client.post("/api/articles", json={"text": HOSTILE})
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "forbidden"
        assert client.post("/api/analyze?store=true", json={"text": HOSTILE}).status_code == 403
        assert client.get("/api").status_code == 200


def test_token_is_required_when_set(fresh_db: str, analyzer: AnalyzerHolder) -> None:
    with make_client(fresh_db, analyzer, host="0.0.0.0", token="geheim") as client:
        assert client.post("/api/articles", json={"text": HOSTILE}).status_code == 401
        wrong = client.post(
            "/api/articles", json={"text": HOSTILE}, headers={"Authorization": "Bearer falsch"}
        )
        assert wrong.status_code == 401
        right = client.post(
            "/api/articles", json={"text": HOSTILE}, headers={"Authorization": "Bearer geheim"}
        )
        assert right.status_code == 201, right.text
        form = client.post("/analyze", data={"text": HOSTILE, "keep": "1"})
        assert form.status_code == 401


def test_no_external_assets(client: TestClient, seed_id: int) -> None:
    for path in ["/", f"/articles/{seed_id}", "/network", "/analyze"]:
        html = client.get(path).text
        assert "http://" not in html.replace("http://testserver", "")
        assert "https://" not in html
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/docs").status_code == 404, "Swagger UI would load a CDN"
