"""RSS/Atom feeds: entries become articles from linked local pages, content or summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import read_items
from eventwire.ingest.feeds import html_text
from eventwire.records import Article, ItemError

BODY = "Officials said the government met rebel leaders in the capital on Monday."
PAGE = f"""<!doctype html><html><head><title>Talks resume</title></head><body>
<article><h1>Talks resume</h1><p>{BODY}</p>
<p>The rebels said they would return to the table next week, according to the mediators.</p>
</article></body></html>"""


def rss(items: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>World Wire</title>'
        f"<link>https://wire.example</link><description>d</description>{items}</channel></rss>"
    )


def item(guid: str, link: str = "", description: str = "", content: str = "") -> str:
    parts = [f"<guid>{guid}</guid>", f"<title>Title {guid}</title>"]
    parts.append("<pubDate>Tue, 12 Jul 2022 10:00:00 GMT</pubDate>")
    if link:
        parts.append(f"<link>{link}</link>")
    if description:
        parts.append(f"<description><![CDATA[{description}]]></description>")
    if content:
        parts.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
    return "<item>" + "".join(parts) + "</item>"


def read(path: Path) -> list[Article | ItemError]:
    return list(read_items([str(path)], max_bytes=100_000))


def test_feed_entries_from_summary_content_and_local_pages(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "talks.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "abs.html").write_text(PAGE, encoding="utf-8")
    feed = rss(
        item("s1", "https://wire.example/1", description=f"<p>{BODY}</p><p>Second para.</p>")
        + item("r1", "pages/talks.html", description="teaser only")
        + item("f1", f"file://{tmp_path / 'abs.html'}")
    ).replace("<rss ", '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" ')
    path = tmp_path / "world.rss"
    path.write_text(feed, encoding="utf-8")
    articles = read(path)
    assert all(isinstance(a, Article) for a in articles), articles
    s1, r1, f1 = (a for a in articles if isinstance(a, Article))
    assert (s1.id, s1.title, s1.date, s1.source) == ("s1", "Title s1", "2022-07-12", "World Wire")
    assert s1.url == "https://wire.example/1"
    assert s1.text == f"{BODY}\n\nSecond para."
    assert [s1.text[p.start_char : p.end_char] for p in s1.paragraphs] == [BODY, "Second para."]
    assert BODY in r1.text and "teaser" not in r1.text  # the linked page wins
    assert r1.url is None and r1.title == "Title r1"
    assert BODY in f1.text


def test_feed_content_preferred_over_summary(tmp_path: Path) -> None:
    feed = rss(item("c1", description="short teaser words", content=f"<div>{BODY}</div>"))
    feed = feed.replace("<rss ", '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" ')
    path = tmp_path / "c.xml"
    path.write_text(feed, encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article) and article.text == BODY


def test_feed_atom(tmp_path: Path) -> None:
    path = tmp_path / "a.atom"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Atom Wire</title><id>urn:feed</id><updated>2022-07-12T00:00:00Z</updated>"
        "<entry><id>urn:e1</id><title>E1</title><updated>2022-07-13T09:00:00Z</updated>"
        f'<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>',
        encoding="utf-8",
    )
    [article] = read(path)
    assert isinstance(article, Article)
    assert (article.id, article.date, article.source, article.text) == (
        "urn:e1",
        "2022-07-13",
        "Atom Wire",
        BODY,
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (item("x1", "https://wire.example/x1"), "remote pages are not fetched"),
        (item("x2", "missing/page.html"), "not found"),
        (item("x3", description="Le gouvernement a annoncé une série de mesures pour les "
                                "entreprises et les familles touchées."), "English"),
    ],
)  # fmt: skip
def test_feed_bad_entries_are_named(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "bad.rss"
    path.write_text(rss(entry + item("ok", description=BODY)), encoding="utf-8")
    bad, good = read(path)
    assert isinstance(bad, ItemError) and bad.item == f"{path}#1"
    assert message in bad.message
    assert isinstance(good, Article) and good.id == "ok"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("<notes><note>hi</note></notes>", "not an RSS or Atom feed"),
        (rss(""), "no entries"),
        ("<rss><channel><title>x", "malformed feed"),
    ],
)
def test_feed_unusable_files(tmp_path: Path, data: str, message: str) -> None:
    path = tmp_path / "f.xml"
    path.write_text(data, encoding="utf-8")
    [error] = read(path)
    assert isinstance(error, ItemError) and message in error.message


def test_feed_html_text() -> None:
    assert html_text("<p>One <b>two</b></p><ul><li>three</li><li>four</li></ul>five<br>six") == (
        "One two\n\nthree\n\nfour\n\nfive\n\nsix"
    )
    assert html_text("plain   words\n\nhere") == "plain words\n\nhere"
    assert html_text("<script>x()</script><p>kept</p>") == "kept"
