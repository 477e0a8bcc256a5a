"""Every record that crosses a stage boundary.

Records are frozen, slotted dataclasses holding plain values only (no spaCy
objects). Offsets are character offsets into ``Article.text`` and are always
named ``start_char``/``end_char``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

SCHEMA_VERSION = 1
"""Version of the JSON contract printed by ``eventwire code`` (see docs/output.md)."""

ParagraphKind = Literal["section", "headline", "body", "caption"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A hard-bounded block of an article: one line or paragraph of the source."""

    start_char: int
    end_char: int
    kind: ParagraphKind = "body"


@dataclass(frozen=True, slots=True)
class Article:
    """An article with its text exactly as read; paragraphs point into that text."""

    id: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of article text."""

    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it appears at one place in the text, with its resolved code.

    ``text``/``start_char``/``end_char`` are the words in the article (a pronoun
    stays a pronoun); ``name`` is the canonical name it resolved to; ``rule``
    says how it was resolved (dictionary, compound, pronoun, ...).
    """

    code: str
    text: str
    start_char: int
    end_char: int
    name: str = ""
    kind: str = ""
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor of an article, with every place it is mentioned."""

    code: str
    name: str
    kind: str
    mentions: tuple[TextSpan, ...]


@dataclass(frozen=True, slots=True)
class Event:
    """Source did something (a CAMEO code) to target, in one sentence."""

    cameo: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str
    source: ActorRef | None
    target: ActorRef | None
    trigger: TextSpan
    sentence: int
    negated: bool
    hypothetical: bool
    rule: str
    confidence: float
    caption: bool = False
    reported_by: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: speaker, cue and content spans."""

    id: str
    speaker: ActorRef | None
    cue: TextSpan | None
    content: TextSpan
    direct: bool
    sentence: int
    rule: str
    events: tuple[int, ...] = field(default=())
    parts: tuple[TextSpan, ...] = field(default=())
    """The pieces of a content broken up by its cue ("A," she said. "B."); empty if one piece."""


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything coded from one article."""

    article: Article
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    actors: tuple[Actor, ...]
    coder_version: str
    lexicon_version: str


@dataclass(frozen=True, slots=True)
class ItemError:
    """An input item that could not be read or coded."""

    item: str
    message: str


class ArticleCoder(Protocol):
    """A stage that codes one article: takes the Article, returns an ArticleResult."""

    def __call__(self, article: Article) -> ArticleResult: ...


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event read back from the store, with its article's provenance and versions."""

    event_id: str
    article_id: str
    index: int
    date: str | None
    title: str | None
    url: str | None
    publisher: str | None
    lead: bool
    event: Event
    schema_version: int
    coder_version: str
    lexicon_version: str
    ingested_at: str
