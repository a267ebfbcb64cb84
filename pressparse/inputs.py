"""Reading inputs: bytes to text, plain text or HTML (detected by content)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .errors import ParseError

MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Decoded:
    text: str
    format: Literal["text", "html"]
    sha256: str | None = None


def from_text(text: str) -> Decoded:
    return Decoded(text=normalize(text), format="text")


def normalize(text: str) -> str:
    """Line ends to LF; other normalisation keeps one character for one (offsets stay valid)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def from_bytes(data: bytes) -> Decoded:
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise ParseError("empty", "the input is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    d = from_text(text)
    return Decoded(text=d.text, format=d.format, sha256=sha)


def read_path(path: Path) -> Decoded:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ParseError("not_found", f"no such file: {path}") from None
    except OSError as exc:
        raise ParseError("unreadable", f"cannot read {path}: {exc.strerror or exc}") from None
    return from_bytes(data)
