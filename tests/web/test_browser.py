"""End to end in headless Chromium: paste the seed article, read it, follow the speaker.

Needs the Debian ``chromium`` package and the ``playwright`` Python package (its own
browser download is never used); skips with a message when either is missing.
Screenshots land in ``docs/screenshots/``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "docs" / "screenshots"
SEED = REPO / "examples" / "seed.txt"
HOSTILE = (
    "Die Regierung in Berlin hat am Montag <script>alert(1)</script> neue Pläne "
    "vorgestellt. Der Minister sagte: „Das ist <b>bold</b> und richtig.“ "
    "Die Opposition kritisierte die Pläne der Regierung scharf."
)

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright not installed (.venv/bin/pip install playwright)"
)
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} missing (apt-get install -y chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    db = tmp_path_factory.mktemp("browser") / "web.db"
    command = [sys.executable, "-m", "lagebild.cli_web", "--port", str(port), "--db", str(db)]
    lagebild = shutil.which("lagebild", path=str(Path(sys.executable).parent))
    if (
        lagebild
        and "serve"
        in subprocess.run([lagebild, "--help"], capture_output=True, text=True, check=False).stdout
    ):
        command = [lagebild, "serve", "--port", str(port), "--db", str(db)]
    env = {**os.environ, "LAGEBILD_TOKEN": ""}
    process = subprocess.Popen(command, cwd=REPO, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(base + "/api", timeout=2):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("lagebild serve did not come up")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield launched
        launched.close()


def _page(browser: object, base: str, width: int = 1280) -> tuple[object, list[str]]:
    """A page that refuses and records any request leaving our server, and any dialog."""
    page = browser.new_page(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
    trouble: list[str] = []

    def guard(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith(base) or url.startswith("data:"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            trouble.append(f"external request {url}")
            route.abort()  # type: ignore[attr-defined]

    page.route("**/*", guard)
    page.on("dialog", lambda dialog: (trouble.append(f"dialog {dialog.message}"), dialog.dismiss()))
    return page, trouble


def test_paste_seed_read_article_and_follow_speaker(server: str, browser: object) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page, trouble = _page(browser, server)
    page.goto(server + "/analyze")
    page.fill("textarea[name=text]", SEED.read_text(encoding="utf-8"))
    page.fill("input[name=published]", "2022-01-10")
    page.check("input[name=keep]")
    page.screenshot(path=str(SHOTS / "analyze.png"), full_page=True)
    page.click("button[type=submit]")
    page.wait_for_url("**/articles/*", timeout=240_000)

    speakers = page.locator(".text .speaker", has_text="Wendy Sherman")
    assert speakers.count() >= 1
    assert page.locator(".text mark.event-THREATEN").count() >= 1
    assert page.locator("aside .badge.event-THREATEN").count() >= 1
    assert page.locator(".map svg circle").count() >= 1
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)

    speakers.first.click()
    page.wait_for_url("**/actors/*")
    assert "Wendy Sherman" in page.locator("h1").inner_text()
    page.screenshot(path=str(SHOTS / "actor.png"), full_page=True)

    for name, path in (
        ("home", "/"),
        ("network", "/network"),
        ("pair", "/pair?actor=RUS&recipient=UKR"),
        ("search", "/search?q=Genf"),
        ("quotes", "/quotes"),
    ):
        page.goto(server + path)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    assert trouble == []


def test_narrow_screen_has_no_sideways_scroll(server: str, browser: object) -> None:
    page, trouble = _page(browser, server, width=390)
    page.goto(server + "/articles")
    page.locator("ul.articles a").first.click()
    page.wait_for_url("**/articles/*")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1
    page.screenshot(path=str(SHOTS / "article-narrow.png"), full_page=True)
    assert trouble == []


def test_posted_script_does_not_run(server: str, browser: object) -> None:
    page, trouble = _page(browser, server)
    page.add_init_script("window.__xss = 0; window.alert = () => { window.__xss += 1; };")
    page.goto(server + "/analyze")
    page.fill("textarea[name=text]", HOSTILE)
    page.click("button[type=submit]")
    page.wait_for_selector(".text", timeout=120_000)
    assert page.evaluate("window.__xss") == 0
    assert page.locator(".text script").count() == 0
    assert page.locator(".text b").count() == 0
    assert "<script>alert(1)</script>" in page.locator(".text").inner_text()
    assert trouble == []
