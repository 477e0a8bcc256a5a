"""Crash safety: SIGKILL an ingest at random points, resume, and get what one clean run gives.

Each run is a child process (`CHILD`) ingesting 40 short articles in batches of 3.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from eventwire.datafiles import data_dir
from eventwire.store import open_store
from eventwire.store.rows import TABLES

pytestmark = pytest.mark.slow

ARTICLES = 40
KILLS = 5
COUNTRIES = ["Turkish", "Russian", "Ukrainian", "French", "Iranian", "Pakistani", "Afghan"]
VERBS = ["met", "accused", "criticised", "praised", "threatened", "attacked"]

# The child ingests with small batches and prints a line after every article it handles.
CHILD = """
import sys
from eventwire import Pipeline, Settings, read_items
from eventwire.store import ingest, open_store

url, corpus = sys.argv[1], sys.argv[2]
with Pipeline(Settings.from_env(batch_size=4)) as pipeline, open_store(url) as store:
    print("ready", flush=True)
    ingest(pipeline, store, read_items([corpus], max_bytes=1_000_000),
           progress=lambda s: print("item", s.done, flush=True), commit_every=3)
print("done", flush=True)
"""


def make_corpus(path: Path) -> Path:
    rng = random.Random(40)
    with path.open("w", encoding="utf-8") as out:
        for i in range(ARTICLES):
            a, b = rng.sample(COUNTRIES, 2)
            verb = rng.choice(VERBS)
            text = (
                f"{a} officials {verb} {b} troops on Monday.\n"
                f'"We will not accept this," the {b} foreign minister said.\n'
                f"{a} troops attacked a {b} convoy near the border, officials said."
            )
            record = {"id": f"n{i:02d}", "text": text, "date": f"2022-{1 + i % 12:02d}-15"}
            out.write(json.dumps(record) + "\n")
    return path


def snapshot(url: str) -> dict[str, Any]:
    """Every row of every table, less the ingest time."""
    with open_store(url) as store:
        out: dict[str, Any] = {}
        for table, columns in TABLES.items():
            cols = [c for c in columns if c != "ingested_at"]
            rows = store.query(f"SELECT {', '.join(cols)} FROM {table}")
            out[table] = sorted(
                tuple(bool(v) if c in BOOLS else v for c, v in zip(cols, r, strict=True))
                for r in rows
            )
        return out


BOOLS = {"lead", "negated", "hypothetical", "caption", "direct"}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The child script, and an environment pinning a copy of the data files.

    Every run (clean or killed) codes with the same lexicon even if the data files
    are being edited while the tests run.
    """
    folder = tmp_path_factory.mktemp("crash")
    script = folder / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    data = folder / "data"
    shutil.copytree(data_dir(), data)
    return script, {**os.environ, "PYTHONUNBUFFERED": "1", "EVENTWIRE_DATA_DIR": str(data)}


def run_child(workdir: tuple[Path, dict[str, str]], url: str, corpus: Path) -> None:
    script, env = workdir
    done = subprocess.run(
        [sys.executable, str(script), url, str(corpus)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture(scope="module")
def reference(workdir: tuple[Path, dict[str, str]]) -> dict[str, Any]:
    """One uninterrupted run, into SQLite."""
    folder = workdir[0].parent
    url = f"sqlite:///{folder / 'ref.db'}"
    run_child(workdir, url, make_corpus(folder / "corpus.jsonl"))
    result = snapshot(url)
    assert len(result["articles"]) == ARTICLES
    assert len(result["events"]) > ARTICLES  # the corpus does give events
    return result


def test_store_crash_resume_equals_clean_run(
    reference: dict[str, Any],
    workdir: tuple[Path, dict[str, str]],
    store_url: str,
    tmp_path: Path,
) -> None:
    corpus = make_corpus(tmp_path / "corpus.jsonl")
    script, env = workdir
    rng = random.Random(5)
    kills = 0
    for _ in range(KILLS):
        with open_store(store_url) as store:
            stored = store.count("articles")
        # kill after a random number (1-6) of items beyond those already stored, so that
        # all five kills land mid-run (batches are 3 articles: some land before a commit)
        after = stored + rng.randint(1, 6)
        child = subprocess.Popen(
            [sys.executable, str(script), store_url, str(corpus)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("item") and int(line.split()[1]) >= after:
                time.sleep(rng.random() * 0.01)  # land anywhere, mid-batch or mid-commit
                child.send_signal(signal.SIGKILL)
                kills += 1
                break
        child.wait(timeout=120)
        child.stdout.close()
        with open_store(store_url) as store:
            # every stored article is complete: its events match the clean run's
            ids = {r[0] for r in store.query("SELECT id FROM articles")}
        partial = snapshot(store_url)
        expected = [r for r in reference["events"] if r[0] in ids]
        assert partial["events"] == expected
    assert kills == KILLS
    run_child(workdir, store_url, corpus)
    assert snapshot(store_url) == reference
