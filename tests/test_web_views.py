"""The dashboard in-process: safe highlighting, every page, hostile text kept inert."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.records import Article, ArticleResult
from eventwire.settings import Settings
from eventwire.store import Store, article_hash, open_store
from eventwire.testing import SAMPLE_TEXT, sample_result
from eventwire.web.highlight import Mark, event_marks, highlight, quote_marks
from eventwire.web.worldmap import decode, world

HOSTILE = SAMPLE_TEXT.replace(
    "Turkey hosts talks on grain", "Turkey hosts talks on grain <script>alert(1)</script>"
).replace("in Ankara", 'in Ankara <img src=x onerror=alert(1)> "><svg onload=alert(2)>')


class StubPipeline:
    """Codes any article like eventwire.testing.sample_result, without a model."""

    version = "0.1.0"

    def code(self, article: Article) -> ArticleResult:
        return sample_result(article.id, text=article.text, date=article.date)


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store("sqlite:///:memory:") as s:
        results = [
            sample_result("calm", date="2022-07-12"),
            sample_result("hostile<b>", text=HOSTILE, date="2022-07-13", url="javascript:alert(3)"),
        ]
        s.write([(r, article_hash(r.article)) for r in results])
        yield s


@pytest.fixture()
def client(store: Store) -> TestClient:
    app = create_app(Settings(), store, pipeline=StubPipeline())  # type: ignore[arg-type]
    return TestClient(app, raise_server_exceptions=False)


def page(client: TestClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def assert_inert(html: str) -> None:
    """No markup from the hostile article survives unescaped."""
    assert "<script>alert" not in html and "<img" not in html and "<svg onload" not in html
    assert set(re.findall(r"<svg[^>]*>", html)) <= {
        '<svg class="worldmap" id="worldmap" viewBox="0 0 960.0 480.0" role="img" '
        'aria-label="World outline">'
    }
    assert 'href="javascript' not in html


class TestHighlight:
    def test_web_highlight_escapes_every_piece(self) -> None:
        """Text inside and outside marks is escaped; tags come only from the highlighter."""
        text = "a <b>bold</b> & 'q' \"x\""
        html = str(highlight(text, [Mark(2, 13, "hl-trigger", 'title "<x>"')]))
        assert html == (
            'a <mark class="hl-trigger" title="title &#34;&lt;x&gt;&#34;">'
            "&lt;b&gt;bold&lt;/b&gt;</mark> &amp; &#39;q&#39; &#34;x&#34;"
        )

    def test_web_highlight_overlapping_spans_nest_properly(self) -> None:
        """Overlapping spans are cut at every boundary: each piece one <mark>, all classes."""
        html = str(highlight("abcdef", [Mark(0, 4, "hl-quote"), Mark(2, 6, "hl-trigger")]))
        assert html == (
            '<mark class="hl-quote">ab</mark>'
            '<mark class="hl-quote hl-trigger">cd</mark>'
            '<mark class="hl-trigger">ef</mark>'
        )

    def test_web_highlight_window_links_and_anchors(self) -> None:
        """A window of the text can be highlighted; links and one anchor are added."""
        marks = [Mark(2, 5, "hl-trigger", href="/ui/x?event=0", anchor="event")]
        html = str(highlight("0123456789", marks, start_char=1, end_char=7))
        assert html == (
            '1<a class="hl-link" href="/ui/x?event=0"><mark class="hl-trigger" id="event">'
            "234</mark></a>56"
        )

    def test_web_highlight_ignores_bad_spans(self) -> None:
        """Empty, reversed and out-of-range spans are dropped instead of breaking the text."""
        marks = [Mark(3, 3, "a"), Mark(5, 2, "b"), Mark(50, 60, "c"), Mark(-5, 1, "d")]
        assert str(highlight("xyz<", marks)) == '<mark class="d">x</mark>yz&lt;'

    def test_web_event_and_quote_marks(self) -> None:
        """The selected event marks source, trigger and target; others only their trigger."""
        result = sample_result()
        marks = event_marks(result.events, selected=0) + quote_marks(result.quotes)
        kinds = {(m.css, result.article.text[m.start_char : m.end_char]) for m in marks}
        assert ("hl-trigger hl-selected", "met") in kinds
        assert ("hl-source", "Turkish officials") in kinds
        assert ("hl-target", "Russian envoys") in kinds
        assert ("hl-trigger", "shelled") in kinds
        assert ("hl-source", "Russian troops") not in kinds
        assert ("hl-quote", "We will sign a deal,") in kinds
        assert ("hl-speaker", "the Turkish minister") in kinds


class TestPages:
    @pytest.mark.parametrize(
        "url",
        [
            "/ui/",
            "/ui/events",
            "/ui/events?actor=TUR&quad=1",
            "/ui/dyad",
            "/ui/dyad?a=TUR&b=RUS&interval=week",
            "/ui/network",
            "/ui/network?level=code",
            "/ui/quotes",
            "/ui/quotes?speaker=TURGOV",
            "/ui/map",
            "/ui/code",
            "/ui/articles/hostile%3Cb%3E",
            "/ui/articles/hostile%3Cb%3E?event=0",
            "/ui/articles/hostile%3Cb%3E?quote=q1",
            "/docs",
        ],
    )
    def test_web_page_renders_inert(self, client: TestClient, url: str) -> None:
        """Every view renders, and the hostile article's markup shows only as text."""
        assert_inert(page(client, url))

    def test_web_overview_lists_top_dyads_and_actors(self, client: TestClient) -> None:
        """The overview has the counts, the volume chart source, top dyads and actors."""
        html = page(client, "/ui/")
        assert 'data-src="/timeline?interval=month"' in html
        assert "/ui/dyad?a=TURGOV&amp;b=RUSGOV" in html
        assert "/ui/events?actor=TURGOV" in html

    def test_web_events_table_filters(self, client: TestClient) -> None:
        """The event table shows what the filters select, each row opening its article."""
        every = page(client, "/ui/events")
        assert every.count('data-href="/ui/articles/') == 6
        conflict = page(client, "/ui/events?quad=4")
        assert conflict.count('data-href="/ui/articles/') == 2
        assert 'data-quad="1"' not in conflict
        assert "/ui/articles/hostile%3Cb%3E?event=2#selected-event" in conflict

    def test_web_article_highlights_selected_event(self, client: TestClient) -> None:
        """An article opened on an event shows its passage with source, trigger and target."""
        html = page(client, "/ui/articles/calm?event=0")
        passage = html.split('id="passage">')[1].split("</blockquote>")[0]
        assert (
            '<mark class="hl-source" title="source: TURGOV (Turkey)">Turkish officials' in passage
        )
        assert '<mark class="hl-trigger hl-selected"' in passage and ">met</mark>" in passage
        assert '<mark class="hl-target"' in passage
        assert "verbs.tsv:1" in html

    def test_web_article_event_reported_in_quote(self, client: TestClient) -> None:
        """An event stated inside a quote shows that quote (reported_by)."""
        html = page(client, "/ui/articles/calm?event=1")
        reported = html.split('id="reported-by">')[1].split("</dd>")[0]
        assert "q1" in reported and "We will sign a deal," in reported

    def test_web_article_hostile_url_is_not_a_link(self, client: TestClient) -> None:
        """A javascript: URL is shown as text, never as a link."""
        html = page(client, "/ui/articles/hostile%3Cb%3E")
        assert 'href="javascript' not in html
        assert "hostile&lt;b&gt;" in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html

    def test_web_article_missing_and_bad_event(self, client: TestClient) -> None:
        """Unknown articles and events are HTML 404 pages."""
        page(client, "/ui/articles/none", 404)
        page(client, "/ui/articles/calm?event=9", 404)

    def test_web_dyad_page_has_chart_and_events(self, client: TestClient) -> None:
        """The dyad view points its chart at /dyads/timeline and lists the dyad's events."""
        html = page(client, "/ui/dyad?a=RUS&b=TUR")
        assert 'data-src="/dyads/timeline?a=RUS&amp;b=TUR&amp;interval=month"' in html
        assert html.count('data-href="/ui/articles/') == 2

    def test_web_network_page_points_at_api(self, client: TestClient) -> None:
        """The network view draws /network with the chosen level."""
        html = page(client, "/ui/network?level=code&min_events=2")
        assert 'data-src="/network?level=code&amp;min_events=2&amp;limit=80"' in html

    def test_web_quotes_by_speaker(self, client: TestClient) -> None:
        """The quotes view lists speakers and their quotes."""
        html = page(client, "/ui/quotes?speaker=TURGOV")
        assert "/ui/quotes?speaker=TURGOV" in html and "We will sign a deal," in html

    def test_web_code_form_highlights_inline(self, client: TestClient) -> None:
        """Pasted text is coded and shown with its events and quotes highlighted, escaped."""
        response = client.post(
            "/ui/code",
            data={"text": HOSTILE, "date": "2022-07-12"},
        )
        assert response.status_code == 200, response.text
        html = response.text
        assert_inert(html)
        coded = html.split('id="coded-text">')[1].split("</div>")[0]
        assert '<mark class="hl-trigger"' in coded and '<mark class="hl-quote"' in coded
        assert "&lt;img src=x onerror=alert(1)&gt;" in coded
        assert "3 events, 1 quote<" in html

    @pytest.mark.parametrize(
        ("data", "word"),
        [
            ({"text": "  "}, "paste"),
            ({"text": "x", "date": "soon"}, "date"),
            ({f"f{i}": "x" for i in range(12)}, "fields"),
        ],
    )
    def test_web_code_form_bad_input(
        self, client: TestClient, data: dict[str, Any], word: str
    ) -> None:
        """Empty text or a bad date is an HTML 400 page saying so."""
        response = client.post("/ui/code", data=data)
        assert response.status_code == 400 and word in response.text


class TestWorldMap:
    def test_web_decode_topojson(self) -> None:
        """TopoJSON arcs are delta-decoded, transformed and projected to SVG paths."""
        topology = {
            "type": "Topology",
            "transform": {"scale": [1, 1], "translate": [-180, -90]},
            "arcs": [[[0, 90], [180, 0], [0, 45], [-180, 0], [0, -45]]],
            "objects": {
                "countries": {
                    "type": "GeometryCollection",
                    "geometries": [
                        {
                            "type": "Polygon",
                            "arcs": [[0]],
                            "id": "1",
                            "properties": {"name": "Box"},
                        },
                        {"type": "Point", "coordinates": [0, 0]},
                    ],
                }
            },
        }
        [box] = decode(topology)
        assert (box.id, box.name) == ("1", "Box")
        assert box.path == "M0.0,240.0L480.0,240.0L480.0,120.0L0.0,120.0L0.0,240.0Z"

    def test_web_world_outline_is_bundled(self) -> None:
        """The world outline comes from node_modules (npm ci), with Pakistan in it."""
        countries = world()
        assert len(countries) > 150, "run `npm ci` (scripts/setup.sh does)"
        assert "Pakistan" in {c.name for c in countries}
