"""Article text as safe HTML with character spans highlighted.

Article text is hostile: every piece of it is escaped with markupsafe before it is
wrapped, and spans may overlap freely. The text is cut at every span boundary and
each piece gets one ``<mark>`` carrying the classes of all spans covering it, so
the tags always nest properly whatever the spans are.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..records import Event, Quote


@dataclass(frozen=True, slots=True)
class Mark:
    """A span to highlight: CSS classes, a tooltip, and an optional link and anchor."""

    start_char: int
    end_char: int
    css: str
    title: str = ""
    href: str | None = None
    anchor: str | None = None


def highlight(
    text: str, marks: Iterable[Mark], *, start_char: int = 0, end_char: int | None = None
) -> Markup:
    """``text[start_char:end_char]`` as escaped HTML with ``marks`` wrapped in ``<mark>``."""
    end = len(text) if end_char is None else min(end_char, len(text))
    start = max(0, start_char)
    clipped = [
        m for m in marks if m.end_char > m.start_char and m.end_char > start and m.start_char < end
    ]
    cuts = {start, end}
    for m in clipped:
        cuts.add(max(m.start_char, start))
        cuts.add(min(m.end_char, end))
    bounds = sorted(cuts)
    anchors_done: set[str] = set()
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        piece = escape(text[a:b])
        active = [m for m in clipped if m.start_char <= a and m.end_char >= b]
        if not active:
            out.append(piece)
            continue
        out.append(_wrap(piece, active, anchors_done))
    return Markup("").join(out)


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return list(seen)


def _wrap(piece: Markup, active: Sequence[Mark], anchors_done: set[str]) -> str:
    classes = " ".join(_unique(c for m in active for c in m.css.split()))
    title = "; ".join(_unique(m.title for m in active))
    attrs = Markup(' class="{}"').format(classes)
    if title:
        attrs += Markup(' title="{}"').format(title)
    anchor = next((m.anchor for m in active if m.anchor and m.anchor not in anchors_done), None)
    if anchor:
        anchors_done.add(anchor)
        attrs += Markup(' id="{}"').format(anchor)
    html = Markup("<mark{}>{}</mark>").format(attrs, piece)
    href = next((m.href for m in active if m.href), None)
    if href:
        html = Markup('<a class="hl-link" href="{}">{}</a>').format(href, html)
    return html


def _actor_title(role: str, code: str, name: str) -> str:
    label = code or "unresolved"
    return f"{role}: {label}" + (f" ({name})" if name else "")


def event_marks(
    events: Sequence[Event],
    *,
    selected: int | None = None,
    href: str | None = None,
    anchor: str = "event",
) -> list[Mark]:
    """Marks for events: every trigger faintly; the selected event's source, trigger, target.

    ``href`` is a pattern with ``{index}`` for the link each trigger gets (None: no links).
    With ``selected`` None every event's actors are marked too (the "code an article" view).
    """
    marks: list[Mark] = []
    for i, e in enumerate(events):
        chosen = selected is None or i == selected
        css = "hl-trigger" + (" hl-selected" if selected is not None and chosen else "")
        title = f"event {i}: {e.cameo} {e.name} (Goldstein {e.goldstein:+g}, rule {e.rule})"
        link = href.format(index=i) if href else None
        marks.append(
            Mark(
                e.trigger.start_char,
                e.trigger.end_char,
                css,
                title,
                link,
                anchor if selected is not None and i == selected else None,
            )
        )
        if not chosen:
            continue
        for role, ref in (("source", e.source), ("target", e.target)):
            if ref is not None:
                marks.append(
                    Mark(
                        ref.start_char,
                        ref.end_char,
                        f"hl-{role}",
                        _actor_title(role, ref.code, ref.name),
                    )
                )
    return marks


def quote_marks(quotes: Sequence[Quote], *, selected: str | None = None) -> list[Mark]:
    """Marks for quotes: content, cue and speaker; a selected quote stands out."""
    marks: list[Mark] = []
    for q in quotes:
        extra = " hl-quote-selected" if selected == q.id else ""
        who = q.speaker.name or q.speaker.text if q.speaker is not None else "unknown speaker"
        kind = "direct" if q.direct else "indirect"
        marks.append(
            Mark(
                q.content.start_char,
                q.content.end_char,
                "hl-quote" + extra,
                f"quote {q.id} ({kind}) by {who}",
                anchor=f"quote-{q.id}" if selected == q.id else None,
            )
        )
        if q.cue is not None:
            marks.append(Mark(q.cue.start_char, q.cue.end_char, "hl-cue", f"cue of {q.id}"))
        if q.speaker is not None:
            marks.append(
                Mark(
                    q.speaker.start_char,
                    q.speaker.end_char,
                    "hl-speaker",
                    _actor_title("speaker", q.speaker.code, q.speaker.name),
                )
            )
    return marks
