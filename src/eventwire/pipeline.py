"""Compose the stages: Article -> spaCy Doc -> actors -> quotes -> events -> ArticleResult.

with Pipeline(Settings()) as pipeline:
    result = pipeline.code(article)
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from importlib.metadata import PackageNotFoundError, version
from itertools import chain
from types import TracebackType

from spacy.language import Language
from spacy.tokens import Doc

from .actors.dictionary import ActorDictionary
from .actors.resolver import ArticleActors
from .datafiles import data_dir
from .events.cameo import CameoTable
from .events.coder import EventCoder
from .events.lexicon import Lexicon
from .nlp import load_pipeline, parse, parse_articles
from .places import Gazetteer
from .quotes.cues import Cues
from .quotes.extractor import QuoteExtractor
from .records import ActorRef, Article, ArticleResult, ItemError, Quote
from .settings import Settings

log = logging.getLogger(__name__)


def coder_version() -> str:
    try:
        return version("eventwire")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


class Pipeline:
    """The coder: loads data and the spaCy pipeline once, then codes articles."""

    def __init__(self, settings: Settings, *, nlp: Language | None = None) -> None:
        folder = data_dir(settings.data_dir)
        self.settings = settings
        self.dictionary = ActorDictionary.load(folder / "actors")
        self.lexicon = Lexicon.load(
            folder / "lexicon", CameoTable.load(folder / "cameo" / "codes.tsv")
        )
        self._nlp = nlp
        self.gazetteer = Gazetteer.load(folder / "places")
        self.event_coder = EventCoder(lexicon=self.lexicon)
        self.quote_extractor = QuoteExtractor(cues=Cues.load(folder / "quotes" / "cues.tsv"))
        self.version = coder_version()

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use (a re-ingest that codes nothing never
        pays for it)."""
        if self._nlp is None:
            self._nlp = load_pipeline(self.settings.model, self.dictionary.patterns())
        return self._nlp

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    # ---- coding --------------------------------------------------------------
    def code(self, article: Article) -> ArticleResult:
        """Code one article."""
        return self.code_doc(article, parse(self.nlp, article))

    def code_many(
        self, items: Iterable[Article | ItemError]
    ) -> Iterator[ArticleResult | ItemError]:
        """Code a stream of articles in spaCy batches; ItemErrors pass through.

        An article that fails inside a coder becomes an ItemError; the rest go on.
        """
        errors: list[ItemError] = []

        def articles() -> Iterator[Article]:
            for item in items:
                if isinstance(item, ItemError):
                    errors.append(item)
                else:
                    yield item

        stream = articles()
        first = next(stream, None)
        if first is None:  # nothing to code: don't load the model
            yield from errors
            return
        batches = parse_articles(self.nlp, chain([first], stream), self.settings.batch_size)
        for article, doc in batches:
            while errors:
                yield errors.pop(0)
            try:
                yield self.code_doc(article, doc)
            except Exception as exc:
                log.debug("coding %s failed", article.id, exc_info=True)
                yield ItemError(
                    article.id, f"{article.id}: coding failed ({exc.__class__.__name__}: {exc})"
                )
        yield from errors

    def code_doc(self, article: Article, doc: Doc) -> ArticleResult:
        """Run the coders on an article already parsed into ``doc``."""
        if article.date is None and self.settings.default_date is not None:
            article = replace(article, date=self.settings.default_date)
        actors = ArticleActors(self.dictionary, doc, article.date, gazetteer=self.gazetteer)
        quotes = self.quote_extractor(doc, article, actors)
        starts = [q.content.start_char for q in quotes]

        def quote_at(char: int) -> Quote | None:
            i = bisect_right(starts, char) - 1
            for q in quotes[max(i - 2, 0) : i + 1][::-1]:
                if q.content.start_char <= char < q.content.end_char:
                    return q
            return None

        def speaker_at(char: int) -> ActorRef | None:
            quote = quote_at(char)
            return quote.speaker if quote is not None and quote.direct else None

        def quote_id_at(char: int) -> str | None:
            quote = quote_at(char)
            return quote.id if quote is not None else None

        actors.speaker_at = speaker_at
        events = self.event_coder(doc, article, actors, quote_id_at)
        linked = tuple(
            replace(q, events=tuple(i for i, e in enumerate(events) if e.reported_by == q.id))
            for q in quotes
        )
        return ArticleResult(
            article=article,
            events=tuple(events),
            quotes=linked,
            actors=actors.actors(),
            coder_version=self.version,
            lexicon_version=self.lexicon.version,
        )


__all__ = ["ItemError", "Pipeline", "coder_version"]
