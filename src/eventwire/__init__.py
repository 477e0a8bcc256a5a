"""eventwire: news articles in; coded events, actors and quotes out, with provenance."""

from .errors import EventwireError, InputError
from .ingest import article_from_text, read_items
from .pipeline import Pipeline
from .records import (
    Actor,
    ActorRef,
    Article,
    ArticleResult,
    Event,
    ItemError,
    Paragraph,
    Quote,
    TextSpan,
)
from .settings import Settings

__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "ArticleResult",
    "Event",
    "EventwireError",
    "InputError",
    "ItemError",
    "Paragraph",
    "Pipeline",
    "Quote",
    "Settings",
    "TextSpan",
    "article_from_text",
    "read_items",
]
