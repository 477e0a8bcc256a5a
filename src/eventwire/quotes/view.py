"""What a person said across a corpus: quotes of coded articles, filtered by speaker.

from eventwire.quotes.view import quotes
for article_id, quote in quotes(pipeline.code_many(articles), speaker="clinton"):
    print(article_id, quote.speaker.name, quote.content.text)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..records import ArticleResult, ItemError, Quote

if TYPE_CHECKING:
    from rich.console import Console


def speaker_matches(quote: Quote, speaker: str | None) -> bool:
    """Whether the quote's speaker name or words contain ``speaker`` (case-insensitive)."""
    if speaker is None:
        return True
    if quote.speaker is None:
        return False
    needle = speaker.casefold()
    return needle in quote.speaker.name.casefold() or needle in quote.speaker.text.casefold()


def quotes(
    results: Iterable[ArticleResult | ItemError], speaker: str | None = None
) -> Iterator[tuple[str, Quote]]:
    """Yield (article id, quote) for each quote of ``results`` whose speaker matches.

    Items that failed (ItemError) are skipped; the caller reports them.
    """
    for result in results:
        if isinstance(result, ItemError):
            continue
        for quote in result.quotes:
            if speaker_matches(quote, speaker):
                yield result.article.id, quote


def quote_record(article_id: str, quote: Quote) -> dict[str, Any]:
    """The JSON object printed for one quote: the ``eventwire code`` quote plus its article."""
    from ..serialize import quote as serialize_quote

    return {"article": article_id, **serialize_quote(quote)}


def print_quotes(rows: Iterable[tuple[str, Quote]], console: Console) -> int:
    """Print quotes as a table (article, speaker, cue, content with its span); returns the count."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="quotes")
    for col in ("article", "speaker", "code", "cue", "content", "span"):
        table.add_column(col, overflow="fold")
    count = 0
    for article_id, q in rows:
        count += 1
        spans = q.parts or (q.content,)
        content = " … ".join(p.text for p in spans).replace("\n", " ")
        content = content if len(content) < 160 else content[:157] + "..."

        table.add_row(
            escape(article_id),
            escape(q.speaker.name or q.speaker.text) if q.speaker else "-",
            (q.speaker.code or "-") if q.speaker else "-",
            escape(q.cue.text) if q.cue else "-",
            escape(content),
            " ".join(f"{p.start_char}-{p.end_char}" for p in spans),
        )
    console.print(table)
    return count
