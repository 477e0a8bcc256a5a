"""The dashboard in real headless Chromium (Debian's package, driven by Playwright).

The store holds the PolNeAR dev texts (dated from their file names), the reference
BBC article (2011-10-21) and a hostile article full of HTML payloads, ingested once
per session with the real pipeline. The app runs under uvicorn on 127.0.0.1 on a
free port in a background thread. Screenshots of every view go to
artifacts/screenshots/; with EVENTWIRE_UPDATE_SCREENSHOTS=1 the dyad view is also
copied to docs/img/dyad.png for the README.

Without Chromium these tests skip, except under CI=true, where they fail.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from eventwire import Pipeline, Settings, article_from_text, read_items
from eventwire.records import Article
from eventwire.store import ingest, open_store

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
POLNEAR_DEV = SHARED / "gold" / "polnear" / "dev" / "text"
SEED = SHARED / "seed" / "bbc_2011_clinton_haqqani.txt"
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = ("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")
HOSTILE = """World

Pakistan army <script>alert(1)</script> meets US envoys

Pakistan's army chief met US envoys in Islamabad <img src=x onerror=alert(1)> on Monday.

"We will cooperate with Pakistan," the US ambassador said. <script>alert(1)</script>

Militants attacked a checkpoint near the Afghan border, officials said.
"""


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _missing(why: str) -> None:
    if _in_ci():
        pytest.fail(f"{why}; CI must run the browser tests (.ci/run installs chromium)")
    pytest.skip(why)


def chromium_path() -> str:
    for path in CHROMIUM:
        if Path(path).is_file() and os.access(path, os.X_OK):
            return path
    found = shutil.which("chromium")
    if found:
        return found
    _missing("Chromium is not installed: apt-get install -y chromium")
    raise AssertionError("unreachable")


# ---- the store, the server and the browser ---------------------------------------------
def _articles() -> Iterator[Article]:
    for item in read_items([str(POLNEAR_DEV)], max_bytes=5_000_000):
        if isinstance(item, Article):
            found = re.search(r"_(\d{4}-\d{2}-\d{2})_", item.id)  # the name carries the date
            yield replace(item, date=found.group(1)) if found else item
    seed = SEED.read_text(encoding="utf-8")
    yield article_from_text(seed, "bbc_2011_clinton_haqqani", date="2011-10-21")
    yield article_from_text(HOSTILE, "hostile", date="2011-10-24", url="javascript:alert(1)")


@pytest.fixture(scope="session")
def dashboard_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> str:
    if not POLNEAR_DEV.is_dir() or not SEED.is_file():
        _missing("../shared with the PolNeAR dev texts is not beside the checkout")
    url = f"sqlite:///{tmp_path_factory.mktemp('dashboard') / 'events.db'}"
    with open_store(url) as store:
        summary = ingest(pipeline, store, _articles())
    assert summary.new == 86 and summary.failed == 0, summary.failures
    return url


@pytest.fixture(scope="module")
def server(dashboard_db: str, pipeline: Pipeline) -> Iterator[str]:
    import uvicorn

    from eventwire.api import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with open_store(dashboard_db) as store:
        app = create_app(Settings(), store, pipeline=pipeline)
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        uv = uvicorn.Server(config)
        thread = threading.Thread(target=uv.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not uv.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
        uv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    path = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install -e '.[dev]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, headless=True)
        yield b
        b.close()


@dataclass
class Watched:
    """A page with every console error, page error and dialog it produced."""

    page: Page
    base: str
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def open(self, path: str) -> Page:
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, path
        self.page.wait_for_load_state("networkidle")
        return self.page

    def shot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        target = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(target), full_page=True)
        return target


@pytest.fixture()
def watched(browser: Browser, server: str) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    w = Watched(page, server)

    def on_console(msg: Any) -> None:
        if msg.type == "error":
            w.errors.append(msg.text)

    def on_dialog(dialog: Any) -> None:
        w.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("console", on_console)
    page.on("pageerror", lambda exc: w.errors.append(str(exc)))
    page.on("dialog", on_dialog)
    yield w
    context.close()


# ---- the tests ----------------------------------------------------------------------------
VIEWS = [
    ("overview", "/ui/", "#volume-chart"),
    ("events", "/ui/events", None),
    ("dyad", "/ui/dyad?a=USA&b=PAK&interval=week", "#dyad-chart"),
    ("network", "/ui/network", "#network-chart"),
    ("article", "/ui/articles/bbc_2011_clinton_haqqani?event=1", None),
    ("quotes", "/ui/quotes?speaker=USA", None),
    ("map", "/ui/map", None),
    ("code", "/ui/code", None),
    ("api", "/docs", None),
]


@pytest.mark.parametrize(("name", "path", "chart"), VIEWS, ids=[v[0] for v in VIEWS])
def test_web_browser_view_loads_clean(
    watched: Watched, name: str, path: str, chart: str | None
) -> None:
    """Each view loads, draws its chart, and logs no console error (no CSP violation)."""
    page = watched.open(path)
    if chart:
        page.wait_for_selector(f"{chart}[data-drawn]")
        drawn = page.get_attribute(chart, "data-drawn")
        assert drawn not in (None, "error", "0"), drawn
        assert page.locator(f"{chart} svg").count() == 1
    shot = watched.shot(name)
    if name == "dyad" and os.environ.get("EVENTWIRE_UPDATE_SCREENSHOTS"):
        (ROOT / "docs" / "img").mkdir(parents=True, exist_ok=True)
        page.set_viewport_size({"width": 1280, "height": 1000})
        page.screenshot(path=str(ROOT / "docs" / "img" / "dyad.png"), full_page=False)
    assert shot.stat().st_size > 5000
    assert watched.errors == [] and watched.dialogs == []


def test_web_browser_filter_changes_table(watched: Watched) -> None:
    """Choosing a quad class and submitting narrows the event table to that class."""
    page = watched.open("/ui/events")
    before = page.locator("table.events tbody tr[data-href]").count()
    total_before = page.locator(".pager").first.inner_text()
    page.select_option("select[name=quad]", "4")
    page.click("#event-filters button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "quad=4" in page.url
    quads = page.locator("table.events tbody tr[data-href]").evaluate_all(
        "rows => rows.map(r => r.dataset.quad)"
    )
    assert quads and set(quads) == {"4"}
    assert page.locator(".pager").first.inner_text() != total_before or len(quads) != before
    page.fill("input[name=actor]", "USA")
    page.click("#event-filters button[type=submit]")
    page.wait_for_load_state("networkidle")
    narrowed = page.locator("table.events tbody tr[data-href]").count()
    assert 0 < narrowed <= len(quads)
    watched.shot("events-filtered")
    assert watched.errors == []


def test_web_browser_click_event_shows_highlighted_sentence(watched: Watched) -> None:
    """Clicking an event row opens its article with source, trigger and target highlighted."""
    page = watched.open("/ui/events?dyad=USA,PAK")
    row = page.locator("table.events tbody tr[data-href]").first
    trigger = row.locator("td.trigger").inner_text().strip()
    row.locator("td.date").click()
    page.wait_for_url(re.compile(r"/ui/articles/.+\?event=\d+"))
    page.wait_for_load_state("networkidle")
    passage = page.locator("#passage")
    assert passage.is_visible()
    selected = passage.locator("mark.hl-trigger.hl-selected").all_inner_texts()
    assert "".join(selected) == trigger
    assert passage.locator("mark.hl-source").count() >= 1
    assert passage.locator("mark.hl-target").count() >= 1
    assert page.locator("#event-rule").inner_text().strip()
    assert page.locator("#article-text mark.hl-selected").count() >= 1
    watched.shot("event-opened")
    assert watched.errors == []


def test_web_browser_hostile_article_is_inert(watched: Watched) -> None:
    """Script and image payloads in an article show as text: no dialog, no element."""
    page = watched.open("/ui/articles/hostile?event=1")
    page.wait_for_timeout(300)
    text = page.locator("#article-text").inner_text()
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert page.locator("#article-title").inner_text() == (
        "Pakistan army <script>alert(1)</script> meets US envoys"
    )
    assert page.locator("main img").count() == 0
    assert page.locator("main script").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    watched.shot("hostile-article")
    events = watched.open("/ui/events?since=2011-10-24&until=2011-10-24")
    assert "<script>alert(1)</script>" in events.locator("table.events").inner_text()
    quotes = watched.open("/ui/quotes")
    assert quotes.locator("main img").count() == 0
    assert watched.dialogs == [] and watched.errors == []


def test_web_browser_network_is_clickable(watched: Watched) -> None:
    """Clicking a node lists its links; clicking one opens that dyad."""
    page = watched.open("/ui/network")
    page.wait_for_selector("#network-chart[data-drawn]")
    page.locator("#network-chart g.node[data-id='USA'] circle").click()
    links = page.locator("#node-edges a")
    assert links.count() >= 1
    assert page.locator("#network-chart line.edge.active").count() == links.count()
    watched.shot("network-node")
    links.first.click()
    page.wait_for_url(re.compile(r"/ui/dyad\?a=USA&b="))
    page.wait_for_selector("#dyad-chart[data-drawn]")
    assert watched.errors == []


def test_web_browser_code_an_article(watched: Watched) -> None:
    """Pasted text is coded and shown highlighted inline, payloads inert."""
    page = watched.open("/ui/code")
    page.fill("textarea[name=text]", HOSTILE)
    page.fill("input[name=date]", "2011-10-24")
    page.click("#code-form button[type=submit]")
    page.wait_for_selector("#coded-text")
    coded = page.locator("#coded-text")
    assert coded.locator("mark.hl-trigger").count() >= 2
    assert coded.locator("mark.hl-quote").count() >= 1
    assert "<img src=x onerror=alert(1)>" in coded.inner_text()
    assert page.locator("#coded-events tbody tr").count() >= 2
    watched.shot("code-result")
    assert watched.dialogs == [] and watched.errors == []
