"""A regular expression compiled on its first use.

The stages' patterns are module-level data, compiled once per process. Some embed the
lexicon's long alternations (states, demonyms, offices: thousands of characters), which
Python's ``re`` compiles in 10-45 ms apiece; those that only some layouts reach are wrapped
in :class:`Lazy`, so that a single-file run (which pays for every import) compiles only what
its release needs.
"""

from __future__ import annotations

import re


class Lazy:
    """``Lazy(source, flags).re`` is ``re.compile(source, flags)``, compiled at first use."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def re(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled
