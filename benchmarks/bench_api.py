"""API latency on a large store: dyad timeline and actor network over 100k events.

    .venv/bin/python benchmarks/bench_api.py [--events 100000] [--repeat 15] [--db PATH]

Builds a synthetic SQLite store through the store's own write path (Store.write of
ArticleResults, so every index and trigger is what ingest makes): about 20k articles
of five events each, dated over ten years, with actor codes drawn Zipf-like from
40 countries and CAMEO roles, event codes and Goldstein values from the bundled
CAMEO table. Then it times the endpoints in-process (FastAPI's TestClient, no
network) and prints the median and 90th percentile in milliseconds, as JSON.
The target is a median of at most 200 ms for the timeline and the network.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.datafiles import data_dir
from eventwire.events.cameo import CameoTable
from eventwire.ingest import article_from_text
from eventwire.records import ActorRef, ArticleResult, Event, TextSpan
from eventwire.settings import Settings
from eventwire.store import article_hash, open_store

COUNTRIES = (
    "USA RUS CHN GBR FRA DEU UKR PAK AFG IND IRN ISR PSE SYR IRQ TUR SAU EGY JPN KOR "
    "PRK BRA MEX CAN AUS NGA ZAF KEN ETH SDN LBY YEM QAT ARE VEN COL POL ITA ESP IDN"
).split()
ROLES = ("", "GOV", "GOV", "MIL", "OPP", "REB", "LEG", "JUD", "CVL", "MED")
EVENTS_PER_ARTICLE = 5
TARGET_MS = 200.0


def zipf_choice(rng: random.Random, items: tuple[str, ...] | list[str]) -> str:
    weights = [1.0 / (i + 1) for i in range(len(items))]
    return rng.choices(items, weights)[0]


def synthetic_results(n_events: int, seed: int = 7) -> list[ArticleResult]:
    """Articles of EVENTS_PER_ARTICLE events each: 'SRC verbed TGT.' sentences."""
    rng = random.Random(seed)
    cameo = CameoTable.load(data_dir() / "cameo" / "codes.tsv")
    codes = [c for c in cameo.codes() if len(c) == 3]
    start = date(2015, 1, 1)
    results = []
    for a in range(n_events // EVENTS_PER_ARTICLE):
        day = (start + timedelta(days=rng.randrange(3650))).isoformat()
        lines, events = [f"Synthetic report {a}"], []
        offset = len(lines[0]) + 1
        for i in range(EVENTS_PER_ARTICLE):
            src = zipf_choice(rng, COUNTRIES) + rng.choice(ROLES)
            tgt = zipf_choice(rng, COUNTRIES) + rng.choice(ROLES)
            while tgt[:3] == src[:3]:
                tgt = zipf_choice(rng, COUNTRIES) + rng.choice(ROLES)
            c = cameo[rng.choice(codes)]
            sentence = f"{src} officials acted against {tgt} officials."
            s_ref = ActorRef(src, f"{src} officials", offset, offset + len(src) + 10, src[:3])
            t_start = offset + sentence.index(tgt)
            t_ref = ActorRef(tgt, f"{tgt} officials", t_start, t_start + len(tgt) + 10, tgt[:3])
            trigger = TextSpan("acted", offset + len(src) + 11, offset + len(src) + 16)
            events.append(
                Event(c.code, c.root, c.name, c.goldstein, c.quad_class, c.plover,
                      c.plover_mode, s_ref, t_ref, trigger, i + 1, False, False,
                      f"verbs.tsv:{rng.randrange(2000)}", 0.9)
            )  # fmt: skip
            lines.append(sentence)
            offset += len(sentence) + 1
        article = article_from_text("\n".join(lines), f"syn{a:06d}", date=day, source="Bench")
        results.append(ArticleResult(article, tuple(events), (), (), "bench", "bench"))
    return results


def build(url: str, n_events: int) -> float:
    started = time.perf_counter()
    results = synthetic_results(n_events)
    with open_store(url) as store:
        for i in range(0, len(results), 2000):
            batch = results[i : i + 2000]
            store.write([(r, article_hash(r.article)) for r in batch])
        assert store.count("events") == n_events
    return time.perf_counter() - started


def timed(client: TestClient, url: str, repeat: int) -> dict[str, float]:
    client.get(url).raise_for_status()  # warm the page cache and the code paths
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        response.raise_for_status()
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 1),
        "p90_ms": round(times[int(0.9 * (len(times) - 1))], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--db", type=Path, help="Keep the store here (built if missing).")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        url = f"sqlite:///{path}"
        build_s = None if path.exists() else round(build(url, args.events), 1)
        with open_store(url) as store:
            n = store.count("events")
            client = TestClient(create_app(Settings(), store))
            endpoints = {
                "dyad_timeline_month": "/dyads/timeline?a=USA&b=RUS&interval=month",
                "dyad_timeline_week": "/dyads/timeline?a=USA&b=PAK&interval=week",
                "network_entity": "/network?level=entity",
                "network_code": "/network?level=code&limit=150",
                "network_year": "/network?level=entity&since=2020&until=2020",
                "timeline_all_month": "/timeline?interval=month",
                "events_page": "/events?actor=USA&quad=4&limit=50",
            }
            figures = {name: timed(client, url, args.repeat) for name, url in endpoints.items()}
    key = ("dyad_timeline_month", "dyad_timeline_week", "network_entity", "network_code")
    report = {
        "events": n,
        "build_seconds": build_s,
        "target_median_ms": TARGET_MS,
        "within_target": all(figures[k]["median_ms"] <= TARGET_MS for k in key),
        "endpoints": figures,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
