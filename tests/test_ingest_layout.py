"""Plain-text layout: section label, headline, captions, body; offsets into the text."""

from __future__ import annotations

from eventwire.ingest import article_from_text

TEXT = """Middle East

Leaders meet in Cairo to discuss truce

Image caption Foreign ministers gathered in Cairo on Sunday
Egypt hosted talks on Sunday.

The talks continue on Monday.
"""


def test_layout_marks_section_headline_caption_and_body() -> None:
    article = article_from_text(TEXT, "a1")
    kinds = [p.kind for p in article.paragraphs]
    assert kinds == ["section", "headline", "caption", "body", "body"]
    assert article.title == "Leaders meet in Cairo to discuss truce"


def test_layout_caption_excludes_label_and_keeps_offsets() -> None:
    article = article_from_text(TEXT, "a1")
    caption = article.paragraphs[2]
    assert article.text[caption.start_char : caption.end_char] == (
        "Foreign ministers gathered in Cairo on Sunday"
    )


def test_layout_keeps_text_exactly() -> None:
    text = "  Headline here\r\n\r\nBody one said.\r\nBody two.  \n"
    article = article_from_text(text, "a2")
    assert article.text == text
    assert [article.text[p.start_char : p.end_char] for p in article.paragraphs] == [
        "Headline here",
        "Body one said.",
        "Body two.",
    ]


def test_layout_with_given_title_has_no_headline() -> None:
    article = article_from_text("Short line\nAnother one.", "a3", title="Given")
    assert article.title == "Given"
    assert all(p.kind == "body" for p in article.paragraphs)
