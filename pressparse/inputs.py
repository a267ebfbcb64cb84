"""Reading inputs: bytes to text, plain text or HTML (detected by content).

Everything that changes the length of the text happens here, at decode time:
line ends become LF and HTML becomes plain text. The result is "the decoded
text" that every span offset indexes (``--emit-text`` prints it), so nothing
after this module may insert or drop characters.

Failures raise :class:`InputError` (a :class:`ParseError`) with one of the
contract's error codes: ``not_found``, ``unreadable``, ``empty``, ``binary``,
``too_large``, ``decode_error``.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from .errors import ParseError

MAX_BYTES = 5_000_000  # a press release is a few KB; a scraped page well under 1 MB

Format = Literal["text", "html"]


class InputError(ParseError):
    """An input could not be turned into text. ``sha256`` is the hash of the raw
    bytes when they could be read (the error record's ``source.sha256``)."""

    def __init__(self, code: str, message: str, sha256: str | None = None) -> None:
        super().__init__(code, message)
        self.sha256 = sha256


@dataclass(frozen=True)
class Decoded:
    text: str
    format: Format
    sha256: str | None = None
    encoding: str | None = None


# --- reading -----------------------------------------------------------------------------


def read_path(path: Path, *, max_bytes: int = MAX_BYTES) -> Decoded:
    """Read and decode one file (at most ``max_bytes + 1`` bytes are ever read)."""
    try:
        with path.open("rb") as f:
            st = os.fstat(f.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise InputError("unreadable", "is a directory")
            if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:  # known without reading
                raise InputError("too_large", _too_large(st.st_size, max_bytes))
            return read_stream(f, max_bytes=max_bytes)  # a pipe or device: read up to the limit
    except FileNotFoundError:
        raise InputError("not_found", "no such file") from None
    except IsADirectoryError:
        raise InputError("unreadable", "is a directory") from None
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None


def read_stream(stream: BinaryIO, *, max_bytes: int = MAX_BYTES) -> Decoded:
    """Read and decode a byte stream (stdin, a pipe); reads at most ``max_bytes + 1`` bytes."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError("too_large", _too_large(len(data), max_bytes, at_least=True))
    return from_bytes(data, max_bytes=max_bytes)


def _too_large(size: int, limit: int, at_least: bool = False) -> str:
    if at_least:  # a stream is read only up to the limit: its full size is unknown
        return f"input is larger than the limit of {limit} bytes (see --max-bytes)"
    return f"input is {size} bytes, over the limit of {limit} (see --max-bytes)"


# --- bytes to text -----------------------------------------------------------------------

# Formats that are certainly not a release, by their first bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
)

# Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# <?xml version="1.0" encoding="x"?>: the charset a page declares.
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)


def from_bytes(data: bytes, *, max_bytes: int = MAX_BYTES) -> Decoded:
    """Decode raw bytes: BOM, else strict UTF-8, else the declared charset, else detection."""
    import hashlib  # (here, not at the top: `pressparse --help` imports this module)

    sha = hashlib.sha256(data).hexdigest()
    if len(data) > max_bytes:
        raise InputError("too_large", _too_large(len(data), max_bytes), sha)
    text, encoding = _decode(data, sha)
    decoded = from_text(text)
    if not decoded.text.strip():
        raise InputError("empty", "the input holds no text", sha)
    return Decoded(text=decoded.text, format=decoded.format, sha256=sha, encoding=encoding)


def _decode(data: bytes, sha: str) -> tuple[str, str]:
    if not data.strip():
        raise InputError("empty", "the input is empty", sha)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec, sha), codec
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError("binary", f"the input is a {what}, not text", sha)
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise InputError("binary", "the input holds NUL bytes: binary data, not text", sha)
        return _strict(data, utf16, sha), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared is not None:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration: fall back to detection
    return _detect(data, sha)


def _strict(data: bytes, codec: str, sha: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError("decode_error", f"not valid {codec}: {exc.reason}", sha) from None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > 0.6 * half and even == 0:
        return "utf-16-le"
    if even > 0.6 * half and odd == 0:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if m is None:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return _WHATWG_ALIASES.get(codec, codec)


# Labels that browsers read as another encoding (WHATWG Encoding Standard): a page that
# declares ISO-8859-1 or ASCII is decoded as Windows-1252, so its curly quotes and dashes
# (bytes 0x80-0x9F) are not C1 control characters.
_WHATWG_ALIASES: dict[str, str] = {
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def _detect(data: bytes, sha: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes as detect  # lazy: only for non-UTF-8 input

    best = detect(data).best()
    if best is None or best.encoding is None:
        raise InputError("decode_error", "cannot tell the text encoding of the input", sha)
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        raise InputError("decode_error", f"not valid {best.encoding}", sha) from None


# --- text normalisation and format -------------------------------------------------------


def from_text(text: str) -> Decoded:
    """Text as given (a str): HTML becomes plain text; line ends become LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if looks_like_html(text):
        return Decoded(text=normalize(html_to_text(text)), format="html")
    return Decoded(text=normalize(text), format="text")


# Characters that print as another, read as that one by every later stage (one character
# for one, so no offset moves): non-breaking and other fixed-width spaces become a space
# (rules match " "), full-width ASCII (Japanese, Chinese and Korean pages: "２０２４",
# "１４：００") becomes ASCII. Zero-width spaces, soft hyphens and stray BOMs (from
# concatenated files or pasted web text) are dropped. Curly quotes stay as printed.
_CHAR_MAP: dict[int, int | None] = {
    **dict.fromkeys((0x00A0, 0x2007, 0x202F, 0x3000, *range(0x2000, 0x200B)), 0x20),
    **{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)},
    **dict.fromkeys((0x200B, 0x00AD, 0xFEFF), None),
}


def normalize(text: str) -> str:
    """Line ends to LF, spaces and full-width forms as above. Runs on every input."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CHAR_MAP)


_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"</?(p|div|br|span|a|h[1-6]|ul|ol|li|table|tr|td|body|head|meta|title|section|article|"
    r"main|strong|em|b|i|img|header|footer|nav|script|style|link)\b[^<>]{0,500}>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """HTML by content: a doctype or <html>/<head>/<body> at the start, or many tags."""
    head = text[:2000]
    if _HTML_START.match(head):
        return True
    sample = text[:20000]
    if not sample.lstrip().startswith("<"):
        return False
    names = {m.group(1).lower() for m in _HTML_TAG.finditer(sample)}
    return len(names) >= 2 and sum(1 for _ in _HTML_TAG.finditer(sample)) >= 5


# --- HTML to text ------------------------------------------------------------------------


def html_to_text(html: str) -> str:
    """Plain text of an HTML page (see :mod:`pressparse.html`; loads the HTML parser)."""
    from .html import html_to_text as convert

    return convert(html)
