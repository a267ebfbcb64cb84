"""When and how: the meeting's date, start/end time, duration, zone, format, kind, location."""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import Analyzed
from .model import Meeting, Span


@dataclass(frozen=True)
class WhenResult:
    meeting: Meeting
    spans: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract(an: Analyzed) -> WhenResult:
    return WhenResult(meeting=Meeting())
