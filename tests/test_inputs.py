"""Bytes to text: encodings, line ends, error codes, HTML detection and HTML to text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from pressparse import inputs
from pressparse.inputs import InputError

LEAD = "On 4 March 2024, Minister Ana Velkova held a meeting with Mr. Tomas Rieger."


def error_code(data: bytes, **kw: int) -> str:
    with pytest.raises(InputError) as info:
        inputs.from_bytes(data, **kw)
    return info.value.code


# --- encodings ---------------------------------------------------------------------------


def test_utf8_plain_and_with_bom() -> None:
    text = "Réunion à Genève: Minister Velkova met Mr. Rieger."
    assert inputs.from_bytes(text.encode("utf-8")).text == text
    with_bom = inputs.from_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert with_bom.text == text  # the BOM is not part of the text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32(codec: str) -> None:
    text = "Ministerin Velkova traf Herrn Rieger in Zürich."
    data = text.encode(codec)
    if codec == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert inputs.from_bytes(data).text == text


def test_utf16_without_bom_is_text_not_binary() -> None:
    text = "Minister Velkova met Mr. Rieger in Vienna on 4 March 2024."
    assert inputs.from_bytes(text.encode("utf-16-le")).text == text
    assert inputs.from_bytes(text.encode("utf-16-be")).text == text


def test_legacy_encoding_is_detected() -> None:
    text = "Le ministre a rencontré son homologue à Genève pour un déjeuner de travail. " * 3
    decoded = inputs.from_bytes(text.encode("cp1252"))
    assert decoded.text == text


def test_declared_meta_charset_wins_over_detection() -> None:
    body = "Министр иностранных дел провёл встречу с послом"
    html = f'<html><head><meta charset="windows-1251"></head><body><p>{body}</p></body></html>'
    decoded = inputs.from_bytes(html.encode("cp1251"))
    assert decoded.format == "html"
    assert decoded.encoding == "cp1251"
    assert decoded.text.strip() == body


def test_line_ends_become_lf() -> None:
    decoded = inputs.from_bytes(b"Title\r\n\r\nFirst line\rSecond line\n")
    assert decoded.text == "Title\n\nFirst line\nSecond line\n"
    assert inputs.from_text("a\r\nb").text == "a\nb"


def test_sha256_is_of_the_raw_bytes() -> None:
    import hashlib

    data = LEAD.encode("utf-8")
    assert inputs.from_bytes(data).sha256 == hashlib.sha256(data).hexdigest()


# --- error codes -------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8, "  \n".encode("utf-16")])
def test_empty(data: bytes) -> None:
    assert error_code(data) == "empty"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"GIF89a\x01\x00\x01\x00",
        b"some text\x00\x01\x02 with NUL bytes \x00\xff",
    ],
)
def test_binary(data: bytes) -> None:
    assert error_code(data) == "binary"


def test_too_large() -> None:
    assert error_code(LEAD.encode(), max_bytes=10) == "too_large"


def test_decode_error_for_invalid_bytes_after_a_bom() -> None:
    assert error_code(codecs.BOM_UTF8 + b"Minister \xff\xfe\xfa met") == "decode_error"


def test_error_keeps_the_hash_of_bytes_read() -> None:
    with pytest.raises(InputError) as info:
        inputs.from_bytes(b"%PDF-1.4 ...")
    assert info.value.sha256 is not None


def test_read_path_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        inputs.read_path(tmp_path / "missing.txt")
    assert info.value.code == "not_found"
    with pytest.raises(InputError) as info:
        inputs.read_path(tmp_path)  # a directory cannot be read as a release
    assert info.value.code == "unreadable"
    big = tmp_path / "big.txt"
    big.write_text(LEAD * 10)
    with pytest.raises(InputError) as info:
        inputs.read_path(big, max_bytes=100)
    assert info.value.code == "too_large"


def test_read_path_ok(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes(LEAD.encode() + b"\r\n")
    decoded = inputs.read_path(f)
    assert decoded.text == LEAD + "\n"
    assert decoded.format == "text"


def test_read_stream_limits_what_it_reads() -> None:
    import io

    assert inputs.read_stream(io.BytesIO(LEAD.encode())).text == LEAD
    with pytest.raises(InputError) as info:
        inputs.read_stream(io.BytesIO(LEAD.encode()), max_bytes=5)
    assert info.value.code == "too_large"


# --- HTML --------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Site | Meeting</title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body>
<header class="site"><a href="/">Ministry of Foreign Affairs</a><nav><ul><li>Home</li></ul></nav></header>
<main><article>
<header><h1>Meeting between Minister Velkova and Mr. Rieger</h1></header>
<p>March&nbsp;4, 2024</p>
<p>On March 4, commencing at 2:00 p.m., Minister Ana Velkova held
   a meeting with <strong>Mr. Tomas Rieger</strong>. The overview is as follows.</p>
<ol>
  <li>The two sides discussed trade.</li>
  <li>They exchanged views on energy.
    <ol><li>gas supplies</li><li>grid links</li></ol>
  </li>
</ol>
<ul><li>a bullet<br>on two lines</li></ul>
<pre>kept   as
  printed</pre>
</article></main>
<footer>Copyright 2024</footer>
</body></html>
"""


def test_html_is_detected_by_content() -> None:
    assert inputs.looks_like_html(PAGE)
    assert inputs.looks_like_html("<html><body><p>x</p></body></html>")
    assert inputs.looks_like_html("<div><p>a</p><p>b</p><p>c</p><br><br></div>")
    assert not inputs.looks_like_html(LEAD)
    assert not inputs.looks_like_html("Use <b> for bold.\n\n" + LEAD)


def test_html_to_text_keeps_blocks_and_drops_chrome() -> None:
    decoded = inputs.from_text(PAGE)
    assert decoded.format == "html"
    paras = decoded.text.split("\n\n")
    assert paras[0] == "Meeting between Minister Velkova and Mr. Rieger"  # article header kept
    assert paras[1] == "March 4, 2024"
    assert paras[2] == (
        "On March 4, commencing at 2:00 p.m., Minister Ana Velkova held a meeting with "
        "Mr. Tomas Rieger. The overview is as follows."
    )
    assert "1. The two sides discussed trade." in paras
    assert "2. They exchanged views on energy." in paras
    assert "   (1) gas supplies" in paras
    assert "- a bullet\non two lines" in paras
    assert "kept   as\n  printed" in decoded.text
    for dropped in ("Ministry of Foreign Affairs", "Home", "not text", "color", "Copyright"):
        assert dropped not in decoded.text


def test_html_ordered_list_start_and_value() -> None:
    text = inputs.html_to_text("<ol start='3'><li>c</li><li>d</li><li value='9'>i</li></ol>")
    assert text == "3. c\n\n4. d\n\n9. i\n"


def test_html_without_closing_head() -> None:
    text = inputs.html_to_text("<html><head><title>t</title><body><p>Body text</p></body></html>")
    assert text == "Body text\n"


def test_html_bytes_give_html_format() -> None:
    decoded = inputs.from_bytes(PAGE.encode("utf-8"))
    assert decoded.format == "html"
    assert "Minister Ana Velkova" in decoded.text


def test_html_with_no_text_is_empty() -> None:
    page = b"<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>"
    assert error_code(page) == "empty"


# --- characters and declared charsets ----------------------------------------------------


def test_spaces_and_full_width_forms_are_read_as_ascii() -> None:
    text = "On\u00a0May\u202f3, ２０２４, at １４：００, Minister\u3000Velkova met Mr.\u200b Rieger.\r\n"
    decoded = inputs.from_bytes(text.encode("utf-8"))
    assert decoded.text == "On May 3, 2024, at 14:00, Minister Velkova met Mr. Rieger.\n"


def test_curly_quotes_stay_as_printed_and_decode_from_windows_1252() -> None:
    text = "The Minister said: \u201cWe welcome Mr. Rieger\u2019s visit\u201d \u2013 a first. " * 3
    decoded = inputs.from_bytes(text.encode("cp1252"))  # no declaration: detected
    assert decoded.text == text


def test_a_page_declaring_latin_1_is_read_as_windows_1252() -> None:
    # browsers read ISO-8859-1 as Windows-1252 (WHATWG): 0x93/0x94 are curly quotes
    page = b'<html><head><meta charset="iso-8859-1"></head><body><p>\x93Talks\x94 in Z\xfcrich</p></body></html>'
    decoded = inputs.from_bytes(page)
    assert decoded.encoding == "cp1252"
    assert decoded.text == "\u201cTalks\u201d in Z\u00fcrich\n"


def test_declared_http_equiv_charset_wins() -> None:
    body = "Le ministre a rencontré son homologue à Genève. Ça s’est bien passé."
    page = (
        '<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        f"</HEAD><BODY><P>{body}</BODY></HTML>"
    )
    decoded = inputs.from_bytes(page.replace("<P>", "\r\n<P>").encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.text == body + "\n"
