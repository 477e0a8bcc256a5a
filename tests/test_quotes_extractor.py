"""Quote attribution through the real parser (slow)."""

from __future__ import annotations

import pytest

from eventwire import Pipeline, article_from_text
from eventwire.records import Quote

pytestmark = pytest.mark.slow


def quotes(pipeline: Pipeline, text: str) -> list[Quote]:
    return list(pipeline.code(article_from_text(text, "t", date="2011-10-21", title="")).quotes)


def test_quotes_direct_quote_then_cue(pipeline: Pipeline) -> None:
    [q] = quotes(pipeline, '"We will not give up," Foreign Minister Hina Rabbani Khar said.')
    assert q.direct and q.content.text == '"We will not give up,"'  # marks kept, as PolNeAR
    assert q.speaker is not None and q.speaker.name == "Hina Rabbani Khar"
    assert q.speaker.code == "PAKGOV"
    assert q.cue is not None and q.cue.text == "said"


def test_quotes_cue_then_colon_quote(pipeline: Pipeline) -> None:
    text = 'Hillary Clinton arrived on Monday.\n\nShe added: "We are ready to talk."'
    [q] = quotes(pipeline, text)
    assert q.direct and q.content.text.strip('"') == "We are ready to talk."
    assert q.speaker is not None and q.speaker.text == "She"
    assert q.speaker.name == "Hillary Clinton"


def test_quotes_indirect_clause(pipeline: Pipeline) -> None:
    text = "A senior US official said the meeting took place in the summer."
    [q] = quotes(pipeline, text)
    assert not q.direct
    assert q.content.text.startswith("the meeting took place")
    assert q.speaker is not None and q.speaker.code == "USAGOV"


def test_quotes_according_to(pipeline: Pipeline) -> None:
    [q] = quotes(pipeline, "According to Pakistani officials, the border will reopen on Friday.")
    assert q.speaker is not None and q.speaker.code == "PAKGOV"
    assert "the border will reopen" in q.content.text


def test_quotes_continuation_keeps_speaker(pipeline: Pipeline) -> None:
    text = '"Do we need help? Yes," Ms Khar said. "We can do more."'
    [q] = quotes(pipeline, text)  # one content, broken up by its cue
    assert q.speaker is not None and "Khar" in q.speaker.name
    assert [p.text for p in q.parts] == ['"Do we need help? Yes,"', '"We can do more."']


def test_quotes_events_inside_quotes_are_linked(pipeline: Pipeline) -> None:
    text = 'Hillary Clinton spoke in Islamabad.\n\nShe said: "We have reached out to the Taliban."'
    result = pipeline.code(article_from_text(text, "t", date="2011-10-21", title=""))
    quoted = [e for e in result.events if e.reported_by is not None]
    assert quoted and quoted[0].source is not None and quoted[0].source.code.startswith("USA")
    quote = next(q for q in result.quotes if q.id == quoted[0].reported_by)
    assert result.events.index(quoted[0]) in quote.events
