"""pressparse: press releases about diplomatic meetings to validated JSON.

    >>> import pressparse
    >>> release = pressparse.parse(text)
    >>> release.meeting.start_time
    '14:00'
"""

from __future__ import annotations

from .api import parse, parse_file, parse_many
from .errors import ParseError
from .model import ErrorRecord, Meeting, Person, Point, Release, Source, Span, Topic

__version__ = "0.1.0"

__all__ = [
    "ErrorRecord",
    "Meeting",
    "ParseError",
    "Person",
    "Point",
    "Release",
    "Source",
    "Span",
    "Topic",
    "__version__",
    "parse",
    "parse_file",
    "parse_many",
]
