"""Topics: short labels of what was discussed, with the points they appear in."""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import Analyzed
from .model import Person, Span, Topic


@dataclass(frozen=True)
class TopicsResult:
    topics: list[Topic] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract(an: Analyzed, participants: list[Person]) -> TopicsResult:
    return TopicsResult()
