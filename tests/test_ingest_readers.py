"""Readers: files, folders, JSONL, HTML and stdin; every bad item is named and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.ingest import read_items
from eventwire.records import Article, ItemError

GOOD = "Officials said the government met rebel leaders in the capital on Monday.\n"


@pytest.fixture()
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Talks resume\n\n" + GOOD, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Le président a dit à la presse.".encode("latin-1"))
    (folder / "huge.txt").write_text("word " * 300_000, encoding="utf-8")
    (folder / "french.txt").write_text(
        "Le gouvernement français a annoncé mardi une nouvelle série de mesures pour les "
        "entreprises et les familles touchées par la crise.",
        encoding="utf-8",
    )
    (folder / "corpus.jsonl").write_text(
        json.dumps({"id": "j1", "text": GOOD, "date": "2020-01-02"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "j3"})
        + "\n"
        + json.dumps({"id": "j4", "text": GOOD, "title": "T"})
        + "\n",
        encoding="utf-8",
    )
    (folder / "page.html").write_text(
        "<html><head><title>Talks</title></head><body><article><h1>Talks</h1>"
        + "<p>"
        + GOOD * 3
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "broken.html").write_text("<html><body><div></div>", encoding="utf-8")
    # a NUL far past the first kilobytes, and one escaped inside a JSON string
    (folder / "late_nul.txt").write_bytes((GOOD * 400).encode("utf-8") + b"\x00 tail")
    (folder / "nul.jsonl").write_text(
        json.dumps({"id": "n1", "text": GOOD + "\x00"}) + "\n", encoding="utf-8"
    )
    return folder


def test_readers_mixed_folder_names_each_bad_item(mixed_folder: Path) -> None:
    items = list(read_items([str(mixed_folder)], max_bytes=1_000_000))
    articles = [i for i in items if isinstance(i, Article)]
    errors = {
        Path(i.item.split(":")[0]).name
        + (":" + i.item.split(":")[1] if ":" in i.item else ""): i.message
        for i in items
        if isinstance(i, ItemError)
    }
    assert sorted(a.id for a in articles) == ["good", "j1", "j4", "page"]
    assert set(errors) == {
        "binary.txt",
        "empty.txt",
        "latin1.txt",
        "huge.txt",
        "french.txt",
        "corpus.jsonl:2",
        "corpus.jsonl:3",
        "broken.html",
        "late_nul.txt",
        "nul.jsonl:1",
    }
    assert "NUL" in errors["late_nul.txt"] and "NUL" in errors["nul.jsonl:1"]
    assert "binary" in errors["binary.txt"]
    assert "not UTF-8" in errors["latin1.txt"]
    assert "too large" in errors["huge.txt"]
    assert "English" in errors["french.txt"]
    assert "malformed JSON" in errors["corpus.jsonl:2"]
    assert "'text'" in errors["corpus.jsonl:3"]
    for message in errors.values():
        assert "\n" not in message


def test_readers_jsonl_metadata(mixed_folder: Path) -> None:
    items = list(read_items([str(mixed_folder / "corpus.jsonl")], max_bytes=1_000_000))
    j1 = next(i for i in items if isinstance(i, Article) and i.id == "j1")
    j4 = next(i for i in items if isinstance(i, Article) and i.id == "j4")
    assert j1.date == "2020-01-02" and j1.text == GOOD
    assert j4.title == "T"


def test_readers_html_via_trafilatura(mixed_folder: Path) -> None:
    items = list(read_items([str(mixed_folder / "page.html")], max_bytes=1_000_000))
    assert isinstance(items[0], Article)
    assert "rebel leaders" in items[0].text


def test_readers_missing_path() -> None:
    items = list(read_items(["/no/such/file.txt"], max_bytes=10))
    assert isinstance(items[0], ItemError)
    assert "no such file" in items[0].message
