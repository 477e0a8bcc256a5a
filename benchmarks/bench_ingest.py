"""Ingest throughput as a ratio to `eventwire code` printing JSON, on the same texts.

    .venv/bin/python benchmarks/bench_ingest.py [--limit N] [--corpus DIR] [--pg DSN]

The passes run in this process with one loaded Pipeline on the same articles
(PolNeAR train texts by default): `code` serialises every result to JSON lines as
`eventwire code --format jsonl` does (written to /dev/null; the faster of a run before
and one after the SQLite ingest counts); `ingest` writes them to a
fresh SQLite store (and, with --pg, a fresh PostgreSQL schema). A ratio of 1.0 means
storing costs nothing beyond coding and printing. On a shared machine the ratio is
noisy, so the time spent inside Store.write (the database work itself) is reported
too. Re-ingesting (everything unchanged, nothing coded) is timed as well.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

from eventwire import Pipeline, Settings, read_items
from eventwire.records import Article, ItemError
from eventwire.serialize import result as serialize
from eventwire.store import ingest, open_store

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "gold" / "polnear" / "train" / "text"


def code_pass(pipeline: Pipeline, articles: list[Article]) -> float:
    started = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as out:
        for item in pipeline.code_many(articles):
            if isinstance(item, ItemError):  # `code` prints these to stderr
                continue
            out.write(json.dumps(serialize(item), ensure_ascii=False) + "\n")
    return time.perf_counter() - started


def ingest_pass(pipeline: Pipeline, articles: list[Article], url: str) -> dict[str, Any]:
    with open_store(url) as store:
        write, spent = store.write, [0.0]

        def timed_write(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return write(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - t

        store.write = timed_write  # type: ignore[method-assign]
        started = time.perf_counter()
        first = ingest(pipeline, store, articles)
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = ingest(pipeline, store, articles)
        reingest = time.perf_counter() - started
    assert again.new == again.replaced == 0, "re-ingest added rows"
    assert first.failed == 0, first.failures[:3]
    return {
        "seconds": seconds,
        "write_seconds": round(spent[0], 3),
        "events": first.events,
        "quotes": first.quotes,
        "reingest_seconds": round(reingest, 3),
        "reingest_new": again.new,
    }


def pg_url(dsn: str) -> tuple[str, str]:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in dsn else "?"
    return f"{dsn}{sep}options={quote(f'-csearch_path={schema}')}", schema


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--pg", help="also ingest into PostgreSQL at this DSN (a new schema)")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))[: args.limit]
    articles = [
        a
        for a in read_items([str(f) for f in files], max_bytes=5_000_000)
        if isinstance(a, Article)
    ]
    pipeline = Pipeline(Settings.from_env())
    code_pass(pipeline, articles[:20])  # warm up
    code = code_pass(pipeline, articles)
    with tempfile.TemporaryDirectory() as folder:
        lite = ingest_pass(pipeline, articles, f"sqlite:///{folder}/bench.db")
    code = min(code, code_pass(pipeline, articles))  # once before, once after: no order bias
    report: dict[str, Any] = {
        "articles": len(articles),
        "code_articles_per_s": round(len(articles) / code, 2),
    }
    report["sqlite_ingest_articles_per_s"] = round(len(articles) / lite["seconds"], 2)
    report["sqlite_ratio_ingest_to_code"] = round(code / lite["seconds"], 3)
    report["sqlite_write_seconds"] = lite["write_seconds"]
    report["sqlite_write_share_of_ingest"] = round(lite["write_seconds"] / lite["seconds"], 4)
    report["sqlite_reingest_seconds"] = lite["reingest_seconds"]
    report["events"], report["quotes"] = lite["events"], lite["quotes"]
    if args.pg:
        url, schema = pg_url(args.pg)
        try:
            pg = ingest_pass(pipeline, articles, url)
        finally:
            import psycopg

            with psycopg.connect(args.pg, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")
        report["postgres_ingest_articles_per_s"] = round(len(articles) / pg["seconds"], 2)
        report["postgres_ratio_ingest_to_code"] = round(code / pg["seconds"], 3)
        report["postgres_write_seconds"] = pg["write_seconds"]
        report["postgres_write_share_of_ingest"] = round(pg["write_seconds"] / pg["seconds"], 4)
        report["postgres_reingest_seconds"] = pg["reingest_seconds"]
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
