"""The JSON API in-process: every read endpoint and filter, over hand-made coded articles."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.records import ActorRef, ArticleResult
from eventwire.settings import Settings
from eventwire.store import Store, article_hash, open_store
from eventwire.testing import sample_result


def recoded(result: ArticleResult, codes: dict[str, tuple[str, str]]) -> ArticleResult:
    """``result`` with actor codes and names swapped (TURGOV -> USAGOV, ...), to vary dyads."""

    def swap(ref: ActorRef | None) -> ActorRef | None:
        if ref is None or ref.code not in codes:
            return ref
        code, name = codes[ref.code]
        return replace(ref, code=code, name=name)

    events = tuple(replace(e, source=swap(e.source), target=swap(e.target)) for e in result.events)
    quotes = tuple(replace(q, speaker=swap(q.speaker)) for q in result.quotes)
    actors = tuple(
        replace(a, code=codes[a.code][0], name=codes[a.code][1]) if a.code in codes else a
        for a in result.actors
    )
    return replace(result, events=events, quotes=quotes, actors=actors)


def corpus() -> list[ArticleResult]:
    """Six articles: TUR/RUS in May-July 2022, USA/PAK in 2011 (two weeks), one undated."""
    usa_pak = {
        "TURGOV": ("USAGOV", "United States"),
        "RUSGOV": ("PAKGOV", "Pakistan"),
        "RUSMIL": ("PAKMIL", "Pakistan"),
    }
    return [
        sample_result("tr-1", date="2022-05-30"),
        sample_result("tr-2", date="2022-06-01"),
        sample_result("tr-3", date="2022-07-12", source="Other Wire"),
        recoded(sample_result("us-1", date="2011-10-17"), usa_pak),
        recoded(sample_result("us-2", date="2011-10-26"), usa_pak),
        sample_result("undated", date=None),
    ]


def fill(store: Store) -> None:
    store.write([(r, article_hash(r.article)) for r in corpus()])


@pytest.fixture()
def client(store_url: str) -> Iterator[TestClient]:
    """A client over the corpus, once per backend (SQLite, and PostgreSQL when available)."""
    with open_store(store_url) as store:
        fill(store)
        yield TestClient(create_app(Settings(), store), raise_server_exceptions=False)


def get(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


class TestListings:
    def test_api_stats_counts(self, client: TestClient) -> None:
        """/stats counts every table."""
        assert get(client, "/stats") == {"articles": 6, "events": 18, "quotes": 6, "actors": 18}

    def test_api_articles_page_and_filters(self, client: TestClient) -> None:
        """/articles is newest first, paginated, and filters by date, words and publisher."""
        page = get(client, "/articles?limit=2")
        assert page["total"] == 6 and page["limit"] == 2 and page["offset"] == 0
        assert [a["id"] for a in page["items"]] == ["tr-3", "tr-2"]
        assert page["items"][0]["events"] == 3 and page["items"][0]["quotes"] == 1
        second = get(client, "/articles?limit=2&offset=2")
        assert [a["id"] for a in second["items"]] == ["tr-1", "us-2"]
        assert get(client, "/articles?since=2022-06")["total"] == 2
        assert get(client, "/articles?until=2011")["total"] == 2
        assert get(client, "/articles?text=grain")["total"] == 6
        assert get(client, "/articles?text=zeppelin")["total"] == 0
        assert [a["id"] for a in get(client, "/articles?source=Other%20Wire")["items"]] == ["tr-3"]

    def test_api_article_has_text_and_spans(self, client: TestClient) -> None:
        """/articles/{id} returns the text and every event, quote and actor span into it."""
        art = get(client, "/articles/tr-1")
        text = art["text"]
        assert art["title"] == "Turkey hosts talks on grain" and art["date"] == "2022-05-30"
        assert [e["event_id"] for e in art["events"]] == ["tr-1:0", "tr-1:1", "tr-1:2"]
        for e in art["events"]:
            t = e["trigger"]
            assert text[t["start_char"] : t["end_char"]] == t["text"]
            if e["source"]:
                s = e["source"]
                assert text[s["start_char"] : s["end_char"]] == s["text"]
        assert art["events"][1]["reported_by"] == "q1"
        assert art["events"][1]["low_confidence"] is True
        [quote] = art["quotes"]
        c = quote["content"]
        assert text[c["start_char"] : c["end_char"]] == c["text"]
        assert quote["events"] == [1] and quote["speaker"]["code"] == "TURGOV"
        assert {a["code"] for a in art["actors"]} == {"TURGOV", "RUSGOV", "RUSMIL"}
        assert art["paragraphs"][0]["kind"] == "headline"

    def test_api_article_missing_is_404(self, client: TestClient) -> None:
        """An unknown article id is a JSON 404."""
        body = get(client, "/articles/nope", 404)
        assert body["error"]["status"] == 404 and "nope" in body["error"]["message"]


class TestEvents:
    @pytest.mark.parametrize(
        ("query", "total"),
        [
            ("", 18),
            ("actor=USA", 4),
            ("actor=usagov", 4),
            ("actor=RUS", 8),
            ("source=PAK", 2),
            ("target=RUSGOV", 4),
            ("dyad=TUR,RUS", 4),
            ("dyad=RUS,TUR", 0),
            ("dyad=RUS,TUR&undirected=true", 4),
            ("root=19", 6),
            ("root=4", 6),
            ("code=05", 6),
            ("code=057", 6),
            ("code=09", 0),
            ("quad=4", 6),
            ("quad=1", 12),
            ("since=2022-06-01", 6),
            ("until=2011-12", 6),
            ("since=2011&until=2011", 6),
            ("text=grain", 18),
            ("text=zeppelin", 0),
            ("actor=PAK&quad=4&since=2011-10-20", 1),
        ],
    )
    def test_api_events_filters(self, client: TestClient, query: str, total: int) -> None:
        """Each filter narrows /events as documented; filters combine with AND."""
        page = get(client, f"/events?{query}&limit=500")
        assert page["total"] == total
        assert len(page["items"]) == total

    def test_api_events_pagination_and_order(self, client: TestClient) -> None:
        """Pages do not overlap; newest first by default, oldest with order=oldest."""
        first = get(client, "/events?limit=5")["items"]
        second = get(client, "/events?limit=5&offset=5")["items"]
        ids = [e["event_id"] for e in first + second]
        assert len(set(ids)) == 10
        assert first[0]["date"] == "2022-07-12"
        oldest = get(client, "/events?order=oldest&limit=1")["items"][0]
        assert oldest["date"] == "2011-10-17"
        last = get(client, "/events?limit=3&offset=15")["items"]
        assert [e["date"] for e in last] == [None, None, None]

    def test_api_events_items_are_stored_event_json(self, client: TestClient) -> None:
        """Items carry the `eventwire events --format jsonl` keys, provenance included."""
        item = get(client, "/events?dyad=USA,PAK&limit=1")["items"][0]
        for key in ("event_id", "article_id", "date", "cameo", "source", "target", "trigger"):
            assert key in item
        assert item["rule"].startswith("verbs.tsv") and item["schema_version"] == 1
        assert item["source"]["code"] == "USAGOV" and item["target"]["code"] == "PAKGOV"


class TestActorsAndQuotes:
    def test_api_actors_list_and_search(self, client: TestClient) -> None:
        """/actors lists codes with article and event counts; q matches code or name."""
        page = get(client, "/actors")
        by_code = {a["code"]: a for a in page["items"]}
        assert page["total"] == 6
        assert by_code["TURGOV"]["articles"] == 4
        assert by_code["TURGOV"]["events_as_source"] == 8
        assert by_code["RUSGOV"]["events_as_target"] == 4
        assert {a["code"] for a in get(client, "/actors?q=PAK")["items"]} == {"PAKGOV", "PAKMIL"}
        assert {a["code"] for a in get(client, "/actors?q=united st")["items"]} == {"USAGOV"}
        assert {a["code"] for a in get(client, "/actors?q=turk")["items"]} == {"TURGOV"}
        assert get(client, "/actors?q=100%25")["total"] == 0
        assert get(client, "/actors?kind=country&limit=1")["total"] == 6
        assert len(get(client, "/actors?limit=2&offset=4")["items"]) == 2

    def test_api_quotes_by_speaker(self, client: TestClient) -> None:
        """/quotes filters by speaker prefix, article and directness; items keep spans."""
        assert get(client, "/quotes")["total"] == 6
        page = get(client, "/quotes?speaker=USA")
        assert page["total"] == 2
        item = page["items"][0]
        assert item["article_id"] == "us-2" and item["speaker"]["code"] == "USAGOV"
        assert item["content"]["text"].startswith("We will sign")
        assert item["events"] == [1]
        assert get(client, "/quotes?article_id=tr-1")["total"] == 1
        assert get(client, "/quotes?direct=false")["total"] == 0
        assert get(client, "/quotes?text=grain&limit=1")["total"] == 6

    def test_api_speakers(self, client: TestClient) -> None:
        """/speakers ranks speaker codes by quotes."""
        items = get(client, "/speakers")["items"]
        assert items[0] == {"code": "TURGOV", "name": "Turkey", "quotes": 4}
        assert {i["code"] for i in items} == {"TURGOV", "USAGOV"}


class TestAggregates:
    def test_api_timeline_month(self, client: TestClient) -> None:
        """/timeline counts events per month and quad class, filling empty months."""
        body = get(client, "/timeline?actor=TUR")
        assert body["interval"] == "month" and body["undated"] == 2
        periods = {p["period"]: p for p in body["periods"]}
        assert list(periods) == ["2022-05", "2022-06", "2022-07"]
        may = periods["2022-05"]
        assert may["events"] == 2 and may["quad"] == {"1": 2, "2": 0, "3": 0, "4": 0}
        assert may["goldstein_mean"] == 4.5 and may["cooperation"] == 2

    def test_api_timeline_gaps_are_filled(self, client: TestClient) -> None:
        """Months without events between the first and last are present, with null mean."""
        body = get(client, "/timeline")
        months = [p["period"] for p in body["periods"]]
        assert months[0] == "2011-10" and months[-1] == "2022-07"
        assert len(months) == (2022 - 2011) * 12 + (7 - 10) + 1
        empty = body["periods"][1]
        assert empty["events"] == 0 and empty["goldstein_mean"] is None

    def test_api_dyad_timeline_weeks_and_directions(self, client: TestClient) -> None:
        """/dyads/timeline buckets by ISO week (Mondays), both directions unless directed."""
        body = get(client, "/dyads/timeline?a=PAK&b=USA&interval=week")
        assert body["a"] == "PAK" and body["b"] == "USA" and body["directed"] is False
        weeks = [p["period"] for p in body["periods"]]
        assert weeks == ["2011-10-17", "2011-10-24"]
        assert body["periods"][0]["quad"] == {"1": 1, "2": 0, "3": 0, "4": 0}
        assert body["totals"] == {"1": 2}
        directed = get(client, "/dyads/timeline?a=PAK&b=USA&directed=true")
        assert directed["periods"] == [] and directed["totals"] == {}
        assert get(client, "/dyads/timeline?a=USA&b=PAK&since=2011-10-20")["totals"] == {"1": 1}

    def test_api_dyads_top(self, client: TestClient) -> None:
        """/dyads ranks source-target pairs with their cooperation/conflict split."""
        [top, other] = get(client, "/dyads")["items"]
        assert (top["source"], top["target"], top["events"]) == ("TURGOV", "RUSGOV", 4)
        assert top["cooperation"] == 4 and top["conflict"] == 0
        assert top["source_name"] == "Turkey (GOV)" and top["goldstein_mean"] == 1.0
        assert (other["source"], other["target"]) == ("USAGOV", "PAKGOV")
        assert get(client, "/dyads?actor=USA")["items"] == [other]
        assert len(get(client, "/dyads?limit=1")["items"]) == 1

    def test_api_top_actors(self, client: TestClient) -> None:
        """/top-actors ranks codes by events as source or target."""
        items = get(client, "/top-actors")["items"]
        assert items[0] == {"code": "TURGOV", "name": "Turkey (GOV)", "events": 8}
        assert [i["code"] for i in get(client, "/top-actors?since=2022")["items"]] == [
            "TURGOV",
            "RUSGOV",
            "RUSMIL",
        ]

    def test_api_network_code_and_entity(self, client: TestClient) -> None:
        """/network has nodes and undirected edges split into cooperation and conflict."""
        body = get(client, "/network")
        assert body["level"] == "code"
        edges = {(e["source"], e["target"]): e for e in body["edges"]}
        assert set(edges) == {("RUSGOV", "TURGOV"), ("PAKGOV", "USAGOV")}
        edge = edges[("RUSGOV", "TURGOV")]
        assert edge["events"] == 4 and edge["cooperation"] == 4 and edge["conflict"] == 0
        assert edge["kind"] == "cooperation" and edge["quad"]["1"] == 4
        nodes = {n["id"]: n for n in body["nodes"]}
        assert nodes["TURGOV"] == {"id": "TURGOV", "name": "Turkey (GOV)", "events": 4}
        entity = get(client, "/network?level=entity")
        assert {n["id"]: n["name"] for n in entity["nodes"]}["PAK"] == "Pakistan"
        assert {(e["source"], e["target"]) for e in entity["edges"]} == {
            ("RUS", "TUR"),
            ("PAK", "USA"),
        }
        assert get(client, "/network?min_events=5")["edges"] == []
        assert len(get(client, "/network?limit=1")["edges"]) == 1
        assert len(get(client, "/network?actor=USA")["nodes"]) == 2


class TestOpenAPI:
    def test_api_openapi_lists_routes(self, client: TestClient) -> None:
        """The OpenAPI schema is served and names every API route."""
        schema = get(client, "/openapi.json")
        for path in ("/events", "/network", "/dyads/timeline", "/code", "/ingest"):
            assert path in schema["paths"]

    def test_api_docs_page_is_local(self, client: TestClient) -> None:
        """/docs renders the schema as a page with no script from elsewhere."""
        page = client.get("/docs")
        assert page.status_code == 200 and "/network" in page.text
        assert "cdn" not in page.text.lower() and "http" not in page.text.split("<main>")[1]

    def test_api_root_redirects_to_dashboard(self, client: TestClient) -> None:
        """/ sends browsers to the dashboard."""
        response = client.get("/", follow_redirects=False)
        assert response.status_code == 307 and response.headers["location"] == "/ui/"


def test_api_actor_names_from_dictionary() -> None:
    """Display names come from the actor data files: organisations, countries, roles."""
    from eventwire.api.names import ActorNames
    from eventwire.datafiles import data_dir

    names = ActorNames.load(data_dir() / "actors")
    assert names("IGOUNO") == "United Nations"
    assert names("PAK") == "Pakistan"
    assert names("USAGOV") == "United States (GOV)"
    assert names("---CVL") == ""


def test_api_quote_parts_round_trip(store_url: str) -> None:
    """A content broken up by its cue keeps its parts through the store and the API."""
    result = sample_result("parts-1", date="2022-07-12")
    [quote] = result.quotes
    mid = quote.content.start_char + len(quote.content.text) // 2
    text = result.article.text
    parts = (
        replace(quote.content, text=text[quote.content.start_char : mid], end_char=mid),
        replace(quote.content, text=text[mid : quote.content.end_char], start_char=mid),
    )
    result = replace(result, quotes=(replace(quote, parts=parts),))
    with open_store(store_url) as store:
        store.write([(result, article_hash(result.article))])
        app_client = TestClient(create_app(Settings(), store))
        [item] = app_client.get("/quotes").json()["items"]
    assert [(p["start_char"], p["end_char"]) for p in item["parts"]] == [
        (p.start_char, p.end_char) for p in parts
    ]
    assert "".join(p["text"] for p in item["parts"]) == quote.content.text
