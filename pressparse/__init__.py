"""pressparse: press releases about diplomatic meetings to validated JSON.

    >>> import pressparse
    >>> release = pressparse.parse(text)
    >>> release.meeting.start_time
    '14:00'

The names below are loaded on first use, so that ``pressparse --help`` starts
without importing the pipeline (and never imports spaCy or dateparser).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "parse": "api",
    "parse_file": "api",
    "parse_many": "api",
    "ParseError": "errors",
    "ErrorRecord": "model",
    "Meeting": "model",
    "Person": "model",
    "Point": "model",
    "Release": "model",
    "Source": "model",
    "Span": "model",
    "Topic": "model",
}

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

if TYPE_CHECKING:
    from .api import parse, parse_file, parse_many
    from .errors import ParseError
    from .model import ErrorRecord, Meeting, Person, Point, Release, Source, Span, Topic


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pressparse' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
