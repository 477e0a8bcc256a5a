"""Build the spaCy Language once: the named model plus an actor entity ruler before NER."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from ..records import Article
from .gerunds import retag_gerunds, retag_listed_verbs
from .headlines import reparse_headlines
from .prefixes import lemmatize_prefixed
from .repairs import repair

log = logging.getLogger(__name__)

RULER_NAME = "eventwire_actor_ruler"


def load_pipeline(model: str, patterns: list[dict[str, Any]]) -> Language:
    """Load ``model`` and add an entity ruler fed with the actor dictionary's patterns.

    The ruler runs before the statistical NER, which then respects its spans.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {model!r}; install it with the setup command "
            f"in the README ({exc.__class__.__name__})"
        ) from None
    _set_infixes(nlp)
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        before=before,
        config={"overwrite_ents": True, "validate": False},
    )
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    log.info("loaded %s with %d actor patterns", model, len(patterns))
    return nlp


def _set_infixes(nlp: Language) -> None:
    """Where the tokenizer splits a word inside.

    "U.S.-led forces", "U.N.-backed government": split the hyphen after an abbreviation,
    as the tokenizer already does after a word ("Saudi-led"), so that the actor's name is
    a token of its own. "re-arrested", "re-imposed": keep a verb with the prefix "re-" one
    word, so that the model reads it as a verb (split, "re - arrests" is parsed as a noun
    phrase); every other hyphen between letters still splits ("anti-government")."""
    from spacy.util import compile_infix_regex

    hyphens = "(?:-|–|—|--|---|——|~)"
    infixes: list[Any] = [
        r"(?<!\b[Rr]e)" + p if isinstance(p, str) and p.startswith("(?<=[") and hyphens in p else p
        for p in nlp.Defaults.infixes or ()
    ]
    infixes.append(r"(?<=[A-Z]\.)-(?=[a-z])")
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def make_doc(nlp: Language, article: Article) -> Doc:
    """Tokenise the article and fix a sentence start at every line and paragraph start.

    Line breaks and caption labels are hard sentence boundaries, so a caption is
    never merged with the body sentence that follows it.
    """
    doc = nlp.make_doc(article.text)
    starts = {p.start_char for p in article.paragraphs}
    after_break = True
    for token in doc:
        if token.is_space:
            if "\n" in token.text or "\r" in token.text:
                after_break = True
            if token.i > 0:
                token.is_sent_start = False
            continue
        if after_break or token.idx in starts:
            token.is_sent_start = True  # elsewhere the parser decides
        after_break = False
    return doc


def parse(nlp: Language, article: Article) -> Doc:
    """Parse one article (headlines re-parsed as sentences, participles repaired)."""
    return _fixed(nlp, nlp(make_doc(nlp, article)))


def _fixed(nlp: Language, doc: Doc) -> Doc:
    """The model's parse with headlines re-parsed, participles re-tagged and repaired."""
    doc = retag_listed_verbs(nlp, retag_gerunds(nlp, reparse_headlines(nlp, doc)))
    return repair(lemmatize_prefixed(nlp, doc))


def parse_articles(
    nlp: Language, articles: Iterable[Article], batch_size: int = 32
) -> Iterator[tuple[Article, Doc]]:
    """Parse articles in batches; yields each Article with its Doc, in order."""
    pending: deque[Article] = deque()

    def docs() -> Iterator[Doc]:
        for article in articles:
            pending.append(article)
            yield make_doc(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield pending.popleft(), _fixed(nlp, doc)
