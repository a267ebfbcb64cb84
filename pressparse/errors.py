"""The error type of the library; its ``code`` is one of the contract's stable error codes."""

from __future__ import annotations


class ParseError(Exception):
    """An input could not be parsed. ``code`` is one of the contract's error codes
    (see README: not_found, unreadable, empty, binary, too_large, decode_error,
    internal); ``stage`` names the pipeline stage for ``internal`` errors."""

    def __init__(self, code: str, message: str, stage: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.stage = stage
