"""Who: the participants (with honorific, title, organization, aliases) and the people only mentioned."""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import Analyzed
from .model import Person, Span


@dataclass(frozen=True)
class WhoResult:
    participants: list[Person] = field(default_factory=list)
    mentioned: list[Person] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract(an: Analyzed) -> WhoResult:
    return WhoResult()
