"""The store: schema and migrations, idempotent atomic writes, queries and stats; both backends."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import StoreError
from eventwire.records import ArticleResult, TextSpan
from eventwire.store import (
    Store,
    article_hash,
    migrations,
    open_store,
    query_events,
    stats,
)
from eventwire.store.repository import sqlite_path
from eventwire.store.rows import TABLES
from eventwire.testing import sample_result


def write(store: Store, *results: ArticleResult) -> Any:
    return store.write([(r, article_hash(r.article)) for r in results])


def counts(store: Store) -> dict[str, int]:
    return {table: store.count(table) for table in TABLES}


def corpus() -> list[ArticleResult]:
    """Four articles over three months; one without events."""
    out = []
    for i, date in enumerate(["2022-05-30", "2022-06-01", "2022-07-12", None]):
        out.append(sample_result(f"art{i}", date=date, url=f"https://example.org/{i}"))
    out.append(sample_result("empty", text="Nothing happened in the village today at all."))
    return out


class TestSchema:
    def test_store_schema_columns_match_rows(self, store_url: str) -> None:
        """The DDL of each backend has exactly the columns rows.py writes."""
        with open_store(store_url) as store:
            for table, columns in TABLES.items():
                found = [c for c in store.columns(table) if c != "pk"]
                assert found == list(columns), table
            assert store.query("SELECT version FROM schema_version") == [(1,)]

    def test_store_sqlite_wal_and_datasette_fts(self, tmp_path: Path) -> None:
        """SQLite runs in WAL with synchronous=NORMAL; the FTS table is Datasette's kind."""
        with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
            assert store.query("PRAGMA journal_mode") == [("wal",)]
            assert store.query("PRAGMA synchronous") == [(1,)]
            [(sql,)] = store.query("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")
            assert 'content="articles"' in sql

    def test_store_plain_path_and_urls(self, tmp_path: Path) -> None:
        """A plain path works like sqlite:///PATH; odd URLs are refused clearly."""
        path = tmp_path / "plain.db"
        with open_store(str(path)) as store:
            write(store, sample_result())
        with open_store(f"sqlite:///{path}") as store:
            assert store.count("articles") == 1
        assert sqlite_path("sqlite:///./eventwire.db") == "./eventwire.db"
        assert sqlite_path("sqlite:////abs/x.db") == "/abs/x.db"
        assert sqlite_path("sqlite:///:memory:") == ":memory:"
        with pytest.raises(StoreError, match="unknown database URL"):
            open_store("mysql://x/y")
        with pytest.raises(StoreError, match="does not exist"):
            open_store(str(tmp_path / "missing" / "x.db"))

    def test_store_postgres_unreachable_is_store_error(self) -> None:
        """A PostgreSQL URL nobody answers gives a StoreError, not a psycopg traceback."""
        with pytest.raises(StoreError, match="cannot connect"):
            open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")

    def test_store_not_an_eventwire_database(self, tmp_path: Path) -> None:
        """A database with other tables and no schema_version is refused."""
        import sqlite3

        path = tmp_path / "other.db"
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE stuff (x)")
        with pytest.raises(StoreError, match="not an eventwire store"):
            open_store(str(path))


class TestMigrations:
    def test_store_migration_upgrades_older_database(
        self, store_url: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A v1 database is upgraded in place when a v2 migration exists."""
        with open_store(store_url) as store:
            write(store, sample_result())
        step = "CREATE TABLE places (article_id TEXT NOT NULL, name TEXT NOT NULL);"
        monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
        monkeypatch.setattr(
            migrations, "MIGRATIONS", {2: migrations.Migration(2, step, step, "places")}
        )
        with open_store(store_url) as store:
            assert "places" in store.table_names()
            assert [v for (v,) in store.query("SELECT version FROM schema_version")] == [1, 2]
            assert store.count("articles") == 1
        with open_store(store_url) as store:  # nothing left to do the second time
            assert len(store.query("SELECT version FROM schema_version")) == 2

    def test_store_too_old_database_says_what_to_do(
        self, store_url: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without a migration path the error tells the user to re-ingest into a new database."""
        with open_store(store_url):
            pass
        monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
        with pytest.raises(StoreError, match=r"v1 is older than v2.*new database"):
            open_store(store_url)

    def test_store_newer_database_is_refused(
        self, store_url: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A database written by a newer eventwire asks for an upgrade."""
        with open_store(store_url) as store:
            store.execute(
                "INSERT INTO schema_version (version, applied_at, eventwire_version) "
                "VALUES (7, 'x', '9.9')"
            )
        with pytest.raises(StoreError, match="newer eventwire"):
            open_store(store_url)


class TestWrites:
    def test_store_reingest_adds_nothing(self, store_url: str) -> None:
        """Writing the same article twice stores it once."""
        with open_store(store_url) as store:
            first = write(store, sample_result())
            before = counts(store)
            second = write(store, sample_result())
            assert (first.new, first.events, first.quotes) == (1, 3, 1)
            assert (second.new, second.unchanged, second.events) == (0, 1, 0)
            assert counts(store) == before
            assert before == {
                "articles": 1,
                "actors": 3,
                "mentions": 4,
                "events": 3,
                "quotes": 1,
                "quote_events": 1,
            }

    def test_store_changed_article_replaces_all_rows(self, store_url: str) -> None:
        """A changed article's rows are all replaced; other articles are untouched."""
        with open_store(store_url) as store:
            write(store, sample_result("a1"), sample_result("a2"))
            changed = sample_result("a1", text="Nothing happened in the village today at all.")
            result = write(store, changed)
            assert (result.replaced, result.new) == (1, 0)
            assert store.hashes(["a1", "a2"])["a1"] == article_hash(changed.article)
            for table in ("events", "quotes", "actors", "mentions", "quote_events"):
                rows = store.query(f"SELECT count(*) FROM {table} WHERE article_id = ?", ("a1",))
                assert rows == [(0,)], table
            assert len(query_events(store)) == 3  # a2's

    def test_store_same_id_twice_in_a_batch_last_wins(self, store_url: str) -> None:
        with open_store(store_url) as store:
            one = sample_result("a1")
            two = sample_result("a1", text="Nothing happened in the village today at all.")
            result = write(store, one, one, two)
            assert (result.new, result.unchanged, result.replaced) == (1, 1, 1)
            assert store.count("articles") == 1 and store.count("events") == 0

    def test_store_failed_batch_writes_nothing(
        self, store_url: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An error mid-batch rolls the whole batch back, replacements included."""
        with open_store(store_url) as store:
            write(store, sample_result("a1"))
            before = counts(store)
            real = Store._insert

            def failing(self: Store, table: str, rows: list[Any]) -> None:
                if table == "quotes":
                    raise RuntimeError("disk on fire")
                real(self, table, rows)

            monkeypatch.setattr(Store, "_insert", failing)
            changed = sample_result("a1", date="2023-01-01")
            with pytest.raises(RuntimeError, match="disk on fire"):
                write(store, changed, sample_result("a2"))
            assert counts(store) == before
            assert store.hashes(["a1"])["a1"] == article_hash(sample_result("a1").article)

    def test_store_rows_carry_versions(self, store_url: str) -> None:
        """Every stored row names the schema, coder and lexicon versions that wrote it."""
        with open_store(store_url) as store:
            write(store, sample_result(lexicon_version="lex-9"))
            for table in TABLES:
                rows = store.query(
                    f"SELECT DISTINCT schema_version, coder_version, lexicon_version FROM {table}"
                )
                assert rows == [(1, "0.1.0", "lex-9")], table

    def test_store_quote_parts_and_links(self, store_url: str) -> None:
        """A quote's content pieces and its linked events are stored."""
        result = sample_result()
        quote = result.quotes[0]
        pieces = (TextSpan("We will", 87, 94), TextSpan("sign a deal,", 95, 107))
        result = dataclasses.replace(result, quotes=(dataclasses.replace(quote, parts=pieces),))
        with open_store(store_url) as store:
            write(store, result)
            assert store.query("SELECT quote_id, parts, speaker_code FROM quotes") == [
                ("q1", "[[87, 94], [95, 107]]", "TURGOV")
            ]
            assert store.query("SELECT quote_id, event_idx FROM quote_events") == [("q1", 1)]

    def test_store_events_and_articles_round_trip(self, store_url: str) -> None:
        """Events read back equal the records written; articles come back exactly."""
        result = sample_result()
        with open_store(store_url) as store:
            write(store, result)
            stored = query_events(store)
            assert [s.event for s in stored] == list(result.events)
            assert [s.event_id for s in stored] == ["a1:0", "a1:1", "a1:2"]
            assert stored[0].lead and not stored[2].lead
            assert (stored[0].publisher, stored[0].url) == ("Wire", "https://example.org/a1")
            [(article, hash_)] = store.articles(["a1"])
            assert article == result.article
            assert hash_ == article_hash(result.article)


@pytest.fixture()
def filled(store_url: str) -> Any:
    with open_store(store_url) as store:
        write(store, *corpus())
        yield store


class TestQueries:
    @pytest.mark.parametrize(
        ("filters", "expected"),
        [
            ({}, 12),
            ({"actor": "RUS"}, 8),
            ({"actor": "RUSMIL"}, 4),
            ({"actor": "rusgov"}, 4),
            ({"actor": "USA"}, 0),
            ({"dyad": ("TUR", "RUS")}, 4),
            ({"dyad": ("RUS", "TUR")}, 0),
            ({"root": "19"}, 4),
            ({"root": "4"}, 4),
            ({"quad": 1}, 8),
            ({"since": "2022-06-01"}, 6),
            ({"until": "2022-06"}, 6),
            ({"since": "2022-06-01", "until": "2022-06-01"}, 3),
            ({"since": "2022"}, 9),
            ({"text": "grain"}, 12),
            ({"text": "Ankara envoys"}, 12),
            ({"text": "Ankara Paris"}, 0),
            ({"text": "village"}, 0),
            ({"limit": 5}, 5),
            ({"actor": "TUR", "root": "05", "since": "2022-07-01"}, 1),
        ],
    )
    def test_store_query_filters(
        self, filled: Store, filters: dict[str, Any], expected: int
    ) -> None:
        assert len(query_events(filled, **filters)) == expected

    def test_store_query_order_and_bad_filters(self, filled: Store) -> None:
        """Ordered by date (undated last), article, position; bad filters raise StoreError."""
        dates = [s.date for s in query_events(filled)]
        assert dates == ["2022-05-30"] * 3 + ["2022-06-01"] * 3 + ["2022-07-12"] * 3 + [None] * 3
        for bad in ({"root": "x1"}, {"quad": 5}, {"since": "May 2022"}, {"text": "!!"}):
            with pytest.raises(StoreError):
                query_events(filled, **bad)

    def test_store_stats(self, filled: Store) -> None:
        result = stats(filled)
        assert (result.articles, result.events, result.quotes) == (5, 12, 4)
        assert result.by_month == [
            ("2022-05", 3),
            ("2022-06", 3),
            ("2022-07", 3),
            ("undated", 3),
        ]
        assert result.by_root == [("04", 4), ("05", 4), ("19", 4)]
        assert result.top_dyads == [("TURGOV", "RUSGOV", 4)]

    def test_store_backends_agree(self, filled: Store, tmp_path: Path) -> None:
        """Whatever the backend, the same writes read back the same."""
        with open_store(f"sqlite:///{tmp_path / 'ref.db'}") as ref:
            write(ref, *corpus())
            strip = [dataclasses.replace(s, ingested_at="") for s in query_events(ref, actor="TUR")]
        assert [
            dataclasses.replace(s, ingested_at="") for s in query_events(filled, actor="TUR")
        ] == strip
