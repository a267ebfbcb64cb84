"""The segmented document that every extraction stage reads.

``segment.segment(text)`` builds a :class:`Segmented`; the pipeline then runs
spaCy once over the whole text and hands each stage an :class:`Analyzed`.
All offsets are character offsets into ``Segmented.text`` (the decoded text),
so every extracted value can point back to the words it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported lazily: --help and --schema must not load it
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Seg:
    """A stretch of the text: ``text == whole_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class PointSeg:
    """One point of the body. ``index`` is its 1-based place among the top-level points
    (the number topics refer to); sub-points carry their parent's index."""

    index: int
    number: int | None
    heading: Seg | None
    body: Seg  # the point's own first paragraph (without its number marker)
    subpoints: tuple[PointSeg, ...] = ()
    # further paragraphs of the point (after its sub-items, or under a heading)
    extra: tuple[Seg, ...] = ()

    @property
    def text(self) -> str:
        """The point's own text: its paragraphs, sub-items excluded."""
        return "\n\n".join(s.text for s in (self.body, *self.extra) if s.text)

    def segs(self) -> tuple[Seg, ...]:
        """Every stretch of text that belongs to this point, sub-points included."""
        out: list[Seg] = []
        if self.heading is not None:
            out.append(self.heading)
        if self.body.text:
            out.append(self.body)
        out.extend(self.extra)
        for sub in self.subpoints:
            out.extend(sub.segs())
        return tuple(out)


@dataclass(frozen=True)
class Segmented:
    text: str
    section: Seg | None = None
    title: Seg | None = None
    date: dt.date | None = None  # publication date
    date_span: Seg | None = None
    captions: tuple[Seg, ...] = ()
    dateline: Seg | None = None  # place the release was issued from ("JAKARTA, 24 April 2021 -")
    lead: Seg | None = None
    points: tuple[PointSeg, ...] = ()
    # every body paragraph in order (lead first), header and footer lines excluded
    paragraphs: tuple[Seg, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def body_segs(self) -> tuple[Seg, ...]:
        """The lead and the points' text, in order, without duplicates."""
        out: list[Seg] = []
        seen: set[tuple[int, int]] = set()
        for s in ((self.lead,) if self.lead else ()) + tuple(
            s for p in self.points for s in p.segs()
        ):
            if (s.start, s.end) not in seen:
                seen.add((s.start, s.end))
                out.append(s)
        return tuple(out)


@dataclass(frozen=True)
class Analyzed:
    """The segmented document plus spaCy's analysis of the whole text."""

    seg: Segmented
    doc: Doc

    @property
    def text(self) -> str:
        return self.seg.text
