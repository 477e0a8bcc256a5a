"""The API's edges: bad parameters, errors without tracebacks, headers, size limit, token."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.api.app import CONTENT_SECURITY_POLICY
from eventwire.records import Article, ArticleResult, ItemError
from eventwire.settings import Settings
from eventwire.store import Store, article_hash, open_store
from eventwire.testing import SAMPLE_TEXT, sample_result

TOKEN = "s3cret-token"


class StubPipeline:
    """Codes any article like eventwire.testing.sample_result, without a model."""

    version = "0.1.0"

    def code(self, article: Article) -> ArticleResult:
        return sample_result(
            article.id, text=article.text, date=article.date, source=article.source, url=article.url
        )

    def code_many(
        self, items: Iterable[Article | ItemError]
    ) -> Iterator[ArticleResult | ItemError]:
        for item in items:
            yield item if isinstance(item, ItemError) else self.code(item)


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store("sqlite:///:memory:") as s:
        s.write([(r, article_hash(r.article)) for r in [sample_result("a1")]])
        yield s


def make_client(store: Store, token: str | None = None, **kwargs: Any) -> TestClient:
    app = create_app(Settings(token=token), store, pipeline=StubPipeline(), **kwargs)  # type: ignore[arg-type]
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture()
def client(store: Store) -> TestClient:
    return make_client(store)


def assert_json_error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = response.json()["error"]
    assert error["status"] == status and error["message"]
    assert "Traceback" not in response.text and 'File "' not in response.text
    return error


class TestBadParameters:
    @pytest.mark.parametrize(
        ("url", "status", "word"),
        [
            ("/events?quad=5", 422, "quad"),
            ("/events?quad=x", 422, "quad"),
            ("/events?limit=0", 422, "limit"),
            ("/events?limit=501", 422, "limit"),
            ("/events?offset=-1", 422, "offset"),
            ("/events?since=2022-13", 400, "date"),
            ("/events?since=yesterday", 422, "since"),
            ("/events?until=2022/01/01", 422, "until"),
            ("/events?actor=US%20A", 422, "actor"),
            ("/events?actor=%27%3B%20DROP%20TABLE%20events%3B--", 422, "actor"),
            ("/events?dyad=USA", 422, "dyad"),
            ("/events?root=21", 400, "root"),
            ("/events?root=abc", 422, "root"),
            ("/events?code=4x", 422, "code"),
            ("/events?text=%21%21%21", 400, "words"),
            ("/events?order=sideways", 422, "order"),
            ("/timeline?interval=year", 422, "interval"),
            ("/dyads/timeline?a=USA", 422, "b"),
            ("/network?level=planet", 422, "level"),
            ("/network?min_events=0", 422, "min_events"),
            ("/articles?limit=100000", 422, "limit"),
            ("/quotes?speaker=%3Cscript%3E", 422, "speaker"),
            ("/quotes?direct=maybe", 422, "direct"),
        ],
    )
    def test_api_bad_parameter_is_clear_4xx(
        self, client: TestClient, url: str, status: int, word: str
    ) -> None:
        """A bad parameter gets a 4xx JSON error that names it, never a 500."""
        error = assert_json_error(client.get(url), status)
        assert word in error["message"]

    def test_api_validation_details_list_parameters(self, client: TestClient) -> None:
        """Validation errors list every bad parameter, without echoing internals."""
        error = assert_json_error(client.get("/events?quad=9&limit=0"), 422)
        assert {d["parameter"] for d in error["details"]} == {"quad", "limit"}

    def test_api_sql_metacharacters_are_data(self, client: TestClient) -> None:
        """Quotes and SQL in free-text parameters are plain data (parameterised SQL)."""
        response = client.get("/articles", params={"source": "x' OR '1'='1"})
        assert response.status_code == 200 and response.json()["total"] == 0
        response = client.get("/actors", params={"q": "'; DROP TABLE actors; --"})
        assert response.status_code == 200 and response.json()["total"] == 0
        response = client.get("/events", params={"text": 'grain" OR "x'})
        assert response.status_code == 200
        assert client.get("/stats").json()["actors"] == 3

    def test_api_unknown_route_and_method(self, client: TestClient) -> None:
        """Unknown routes are JSON 404s; wrong methods JSON 405s."""
        assert_json_error(client.get("/no/such/route"), 404)
        assert_json_error(client.delete("/events"), 405)
        assert_json_error(client.get("/code"), 405)


class TestFailures:
    def test_api_unexpected_error_is_500_without_trace(
        self, client: TestClient, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A bug inside a handler gives a bare JSON 500, the trace stays in the log."""
        from eventwire.api import queries

        def boom(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("secret internals /etc/passwd")

        monkeypatch.setattr(queries, "counts", boom)
        response = client.get("/stats")
        error = assert_json_error(response, 500)
        assert "secret" not in response.text and error["message"].startswith("internal error")
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY

    def test_api_database_error_is_500_without_details(self, store: Store) -> None:
        """A failing database gives a JSON 500 that says so, without the SQL or the URL."""
        client = make_client(store)
        store.close()
        error = assert_json_error(client.get("/events"), 500)
        assert error["message"].startswith("database error")

    def test_api_dashboard_errors_are_html(self, client: TestClient) -> None:
        """Under /ui, errors are HTML pages (escaped), still with no trace."""
        response = client.get("/ui/articles/%3Cb%3Enope%3C%2Fb%3E")
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/html")
        assert "&lt;b&gt;nope&lt;/b&gt;" in response.text and "<b>nope" not in response.text
        bad = client.get("/ui/events?quad=9")
        assert bad.status_code == 422 and "quad" in bad.text


class TestHeaders:
    @pytest.mark.parametrize(
        "url",
        ["/events", "/ui/", "/ui/events", "/ui/static/app.js", "/ui/static/style.css", "/nope"],
    )
    def test_api_security_headers_everywhere(self, client: TestClient, url: str) -> None:
        """Every response has the CSP (no inline scripts), nosniff and no framing."""
        response = client.get(url)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"

    @pytest.mark.parametrize(
        "url", ["/ui/", "/ui/events", "/ui/dyad", "/ui/network", "/ui/quotes", "/ui/map", "/docs"]
    )
    def test_web_pages_have_no_inline_script_or_handler(self, client: TestClient, url: str) -> None:
        """Pages load scripts from files only and use no on* attributes or style attributes."""
        import re

        html = client.get(url).text
        assert re.findall(r"<script(?![^>]*\bsrc=)", html) == []
        assert re.findall(r"\son[a-z]+\s*=", html) == []
        assert " style=" not in html
        assert "http://" not in html and "https://" not in html


class TestBodyLimit:
    def test_api_body_over_limit_by_length(self, store: Store) -> None:
        """A body whose Content-Length is over the limit is refused with 413 at once."""
        client = make_client(store, max_request_bytes=1000)
        response = client.post("/code", json={"text": "x" * 2000})
        error = assert_json_error(response, 413)
        assert "1,000" in error["message"]

    def test_api_body_over_limit_streamed(self, store: Store) -> None:
        """A chunked body without Content-Length is cut off once it passes the limit."""
        client = make_client(store, token=TOKEN, max_request_bytes=1000)

        def chunks() -> Iterator[bytes]:
            for _ in range(10):
                yield b"y" * 500

        response = client.post(
            "/ingest",
            content=chunks(),
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"},
        )
        assert_json_error(response, 413)

    def test_api_default_limit_is_two_megabytes(self, client: TestClient) -> None:
        """Without an explicit limit, 2 MB bodies are refused."""
        response = client.post(
            "/code", content=b"{}" + b" " * 2_000_100, headers={"Content-Type": "application/json"}
        )
        assert_json_error(response, 413)


class TestCode:
    def test_api_code_returns_eventwire_code_json(self, client: TestClient) -> None:
        """POST /code returns serialize.result for the text and stores nothing."""
        response = client.post("/code", json={"text": SAMPLE_TEXT, "date": "2022-07-12"})
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["schema_version"] == 1 and body["id"] == "pasted"
        assert body["date"] == "2022-07-12"
        assert [e["cameo"] for e in body["events"]] == ["040", "057", "195"]
        assert body["events"][1]["low_confidence"] is True
        assert client.get("/stats").json()["articles"] == 1

    @pytest.mark.parametrize(
        "payload",
        [
            {},
            {"text": ""},
            {"text": "x", "date": "12/07/2022"},
            {"text": 5},
            {"text": "x", "id": ""},
        ],
    )
    def test_api_code_bad_body(self, client: TestClient, payload: dict[str, Any]) -> None:
        """A missing or malformed body is a 422 JSON error."""
        assert_json_error(client.post("/code", json=payload), 422)

    def test_api_code_not_json(self, client: TestClient) -> None:
        """A body that is not JSON is a 422 JSON error."""
        response = client.post(
            "/code", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert_json_error(response, 422)


class TestIngestToken:
    def test_api_ingest_disabled_without_token(self, client: TestClient) -> None:
        """With no token configured, ingest is refused (403) whatever the request says."""
        response = client.post(
            "/ingest",
            content=SAMPLE_TEXT.encode(),
            headers={"Authorization": "Bearer anything", "Content-Type": "text/plain"},
        )
        error = assert_json_error(response, 403)
        assert "disabled" in error["message"]

    @pytest.mark.parametrize(
        "header",
        [None, "", "Bearer", "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x", TOKEN],
    )
    def test_api_ingest_needs_the_bearer_token(self, store: Store, header: str | None) -> None:
        """Without the right bearer token ingest is 401 and nothing is stored."""
        client = make_client(store, token=TOKEN)
        headers = {"Content-Type": "text/plain"}
        if header is not None:
            headers["Authorization"] = header
        response = client.post("/ingest?id=new", content=SAMPLE_TEXT.encode(), headers=headers)
        assert_json_error(response, 401)
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert client.get("/stats").json()["articles"] == 1

    def test_api_ingest_text_with_token(self, store: Store) -> None:
        """With the token, a text/plain body is coded and stored under the id given."""
        client = make_client(store, token=TOKEN)
        auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain; charset=utf-8"}
        response = client.post(
            "/ingest?id=new&date=2022-08-01&source=Desk", content=SAMPLE_TEXT.encode(), headers=auth
        )
        assert response.status_code == 200, response.text
        summary = response.json()
        assert summary["new"] == 1 and summary["events"] == 3 and summary["failed"] == 0
        article = client.get("/articles/new").json()
        assert article["date"] == "2022-08-01" and article["source"] == "Desk"
        again = client.post(
            "/ingest?id=new&date=2022-08-01&source=Desk", content=SAMPLE_TEXT.encode(), headers=auth
        )
        assert again.json()["unchanged"] == 1

    def test_api_ingest_jsonl_with_token(self, store: Store) -> None:
        """A JSONL body stores each good line and reports each bad one by line number."""
        import json

        client = make_client(store, token=TOKEN)
        lines = [
            json.dumps({"id": "j1", "text": SAMPLE_TEXT, "date": "2022-08-02"}),
            "{broken",
            json.dumps({"id": "j2", "text": SAMPLE_TEXT}),
        ]
        response = client.post(
            "/ingest",
            content="\n".join(lines).encode(),
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"},
        )
        assert response.status_code == 200, response.text
        summary = response.json()
        assert summary["new"] == 2 and summary["failed"] == 1
        [failure] = summary["failures"]
        assert failure["item"] == "upload.jsonl:2" and "/tmp" not in failure["message"]
        assert client.get("/stats").json()["articles"] == 3

    @pytest.mark.parametrize(
        ("body", "content_type", "status"),
        [
            (b"\x00\x01\x02binary", "text/plain", 422),
            ("Das ist ein deutscher Text über die Regierung und den Krieg in der Ukraine, "
             "und die Minister haben sich getroffen.".encode(), "text/plain", 422),
            (b"a,b,c", "text/csv", 415),
            (b"   ", "text/plain", 400),
        ],
    )  # fmt: skip
    def test_api_ingest_bad_bodies(
        self, store: Store, body: bytes, content_type: str, status: int
    ) -> None:
        """Binary, non-English, unknown-type and empty uploads get clear 4xx errors."""
        client = make_client(store, token=TOKEN)
        response = client.post(
            "/ingest",
            content=body,
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": content_type},
        )
        assert_json_error(response, status)
