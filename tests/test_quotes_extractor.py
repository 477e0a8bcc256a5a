"""Quote attribution through the real parser (slow)."""

from __future__ import annotations

from pathlib import Path

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


def test_quotes_continuation_in_next_paragraph(pipeline: Pipeline) -> None:
    text = 'Hillary Clinton arrived on Monday.\n\n"We are ready," she said.\n\n"We can do more."'
    [q] = quotes(pipeline, text)  # a quoted paragraph with no cue continues its speaker
    assert [p.text for p in q.parts] == ['"We are ready,"', '"We can do more."']


def test_quotes_multi_paragraph_quote_runs_until_closed(pipeline: Pipeline) -> None:
    text = 'Ms Khar spoke on Monday.\n\n"We want peace.\n\n"We will talk to everyone," she said.'
    [q] = quotes(pipeline, text)
    assert q.content.text.startswith('"We want peace.') and q.content.text.endswith('everyone,"')
    assert q.speaker is not None and q.speaker.text == "she"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ('Donald Trump spoke in Ohio. He went on: "We will win so much."', "We will win", ":"),
        (
            'Hillary Clinton answered bluntly \u2014 "We are not going anywhere."',
            "We are",
            "answered",
        ),
        ("Trump: \u201cI will build a great wall.\u201d", "I will build", ":"),
    ],
)
def test_quotes_colon_and_dash_introduce_a_quote(
    pipeline: Pipeline, text: str, content: str, cue: str
) -> None:
    [q] = quotes(pipeline, text)
    assert q.direct and content in q.content.text
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None


def test_quotes_noun_cue(pipeline: Pipeline) -> None:
    [q] = quotes(pipeline, "Trump renewed his call for a ban on Muslim immigration.")
    assert q.cue is not None and q.cue.text == "call"
    assert q.content.text == "a ban on Muslim immigration"
    assert q.speaker is not None and q.speaker.text == "Trump"  # the subject, not "his"


def test_quotes_according_to_after_the_content(pipeline: Pipeline) -> None:
    [q] = quotes(pipeline, "Trump will win Ohio, according to a new poll.")
    assert q.content.text == "Trump will win Ohio"
    assert q.speaker is not None and q.speaker.text == "new poll"


def test_quotes_document_source(pipeline: Pipeline) -> None:
    [q] = quotes(pipeline, "In a new poll, Trump leads Clinton by five points.")
    assert q.speaker is not None and q.speaker.text == "new poll"
    assert q.content.text == "Trump leads Clinton by five points"


def test_quotes_pronoun_speaker_resolved(pipeline: Pipeline) -> None:
    [q] = quotes(
        pipeline, "Barack Obama visited Ohio on Monday. He said the economy was improving."
    )
    assert q.speaker is not None and q.speaker.text == "He"
    assert q.speaker.name == "Barack Obama"
    assert q.content.text == "the economy was improving"


@pytest.mark.parametrize(
    ("text", "speaker", "code"),
    [
        ("The State Department said the talks had failed.", "State Department", "USAGOV"),
        ("The statement said the talks had failed.", "statement", ""),
        ("A new report found that emissions fell last year.", "new report", ""),
    ],
)
def test_quotes_organisation_and_document_speakers(
    pipeline: Pipeline, text: str, speaker: str, code: str
) -> None:
    [q] = quotes(pipeline, text)
    assert q.speaker is not None and q.speaker.text == speaker and q.speaker.code == code


def test_quotes_partial_quote_takes_the_whole_clause(pipeline: Pipeline) -> None:
    [q] = quotes(pipeline, 'Sanders said Clinton was "not qualified" to be president.')
    assert q.direct and q.content.text == 'Clinton was "not qualified" to be president'


def test_quotes_do_not_nest(pipeline: Pipeline) -> None:
    [q] = quotes(pipeline, "Obama said Republicans claimed the plan would fail.")
    assert q.cue is not None and q.cue.text == "said"
    assert q.content.text == "Republicans claimed the plan would fail"


def test_quotes_content_broken_up_by_parenthetical_cue(pipeline: Pipeline) -> None:
    [q] = quotes(pipeline, "Many of the closures, he said, have involved public courses.")
    assert [p.text for p in q.parts] == ["Many of the closures", "have involved public courses"]


def test_quotes_inverted_subject(pipeline: Pipeline) -> None:
    [q] = quotes(pipeline, '"Frankly, it was a mistake," said David Brock, a Clinton confidant.')
    assert q.speaker is not None and q.speaker.name == "David Brock"
    assert q.content.text == '"Frankly, it was a mistake,"'


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Clinton wants to raise the minimum wage.", "wants", "to raise the minimum wage"),
        ("Polls showed Clinton ahead in Ohio.", "showed", "Clinton ahead in Ohio"),
    ],
)
def test_quotes_intentions_and_evidence(
    pipeline: Pipeline, text: str, cue: str, content: str
) -> None:
    [q] = quotes(pipeline, text)
    assert q.cue is not None and q.cue.text == cue and q.content.text == content


def test_quotes_raising_verb_has_no_source(pipeline: Pipeline) -> None:
    [q] = quotes(pipeline, "Trump appears to be winning the nomination.")
    assert q.speaker is None
    assert [p.text for p in q.parts] == ["Trump", "to be winning the nomination"]


def test_quotes_issue_4_polnear_dev_figures(pipeline: Pipeline, shared: Path) -> None:
    """Issue #4: quote attribution on PolNeAR dev (84 articles)."""
    from eventwire.evaluate import evaluate_polnear

    dev = shared / "gold" / "polnear" / "dev"
    if not dev.is_dir():
        pytest.skip("no PolNeAR dev split")
    scores = evaluate_polnear(pipeline, dev).scores
    assert scores["content"]["f1"] >= 0.70
    assert scores["speaker_accuracy"] >= 0.90
    assert scores["end_to_end"]["f1"] >= 0.62
