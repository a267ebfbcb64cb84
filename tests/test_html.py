"""HTML pages: each fixture under tests/html/ gives the same release as its text copy.

Every ``NAME.html`` is a page in the shape of one site's template (site chrome invented,
release text written for these tests) and ``NAME.txt`` the same release as plain text.
The parsed JSON of the two must be equal apart from ``source`` and ``spans`` (offsets
differ: for HTML they index the extracted text).
"""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import pressparse
from pressparse import inputs
from pressparse.html import bound_depth, html_to_text

HTML_DIR = Path(__file__).parent / "html"
# MOFA (header/nav/breadcrumb/main/footer, <ol> with a nested <ol>), State Dept (metadata
# block, share bar, cookie banner), gov.uk (cookie banner, breadcrumbs, metadata <dl>,
# share links, <ul>), India MEA (table layout, <br> breaks, windows-1252, CRLF), Korea
# (board table, <ol> with a nested <ul>, UTF-8 with BOM)
PAGES = sorted(p.stem for p in HTML_DIR.glob("*.html"))


def release_json(path: Path) -> dict[str, Any]:
    release = pressparse.parse_file(path)
    return release.model_dump(mode="json", exclude={"source", "spans"})


def test_there_are_fixtures_of_at_least_four_sites() -> None:
    assert len(PAGES) >= 4
    for stem in PAGES:
        assert (HTML_DIR / f"{stem}.txt").is_file(), stem


@pytest.mark.parametrize("stem", PAGES)
def test_html_page_gives_the_release_of_its_text(stem: str) -> None:
    html_path, text_path = HTML_DIR / f"{stem}.html", HTML_DIR / f"{stem}.txt"
    from_html = pressparse.parse_file(html_path)
    assert from_html.source.format == "html"
    assert pressparse.parse_file(text_path).source.format == "text"
    as_html = from_html.model_dump(mode="json", exclude={"source", "spans"})
    assert as_html == release_json(text_path)
    # the pages are not trivially equal: header, date, lead, people and points come through
    assert from_html.header.title and from_html.header.date
    assert from_html.lead and len(from_html.participants) >= 2 and from_html.points
    # evidence offsets index the extracted text
    text = inputs.read_path(html_path).text
    for span in from_html.spans:
        assert text[span.start : span.end] == span.text


def test_list_numbering_and_sub_points_from_ol() -> None:
    release = pressparse.parse_file(HTML_DIR / "mofa-estonia.html")
    assert [p.number for p in release.points] == [1, 2, 3, 4]
    assert len(release.points[1].subpoints) == 3
    assert release.header.section == "Press Releases"
    assert len(release.header.captions) == 2


def test_chrome_is_dropped() -> None:
    texts = {stem: inputs.read_path(HTML_DIR / f"{stem}.html").text for stem in PAGES}
    chrome = (
        "Skip to", "Cookies", "cookies", "Share on", "Facebook", "Privacy", "Copyright",
        "Site Map", "Foreign Policy", "Page Top", "Related", "Terms of Use", "Incoming Visits",
        "Search", "Prev", "attachment",
    )  # fmt: skip
    for stem, text in texts.items():
        for word in chrome:
            assert word not in text, (stem, word)


# --- encodings of a whole release --------------------------------------------------------


def encoded_variants() -> list[tuple[str, bytes]]:
    text = (HTML_DIR / "mofa-estonia.txt").read_text("utf-8")
    crlf = text.replace("\n", "\r\n")
    # full-width digits and non-breaking spaces print as their ASCII forms
    wide = text.replace("March 12, 2024", "March １２,\u00a02024").replace(
        "6:15 p.m.", "６:１５\u00a0p.m."
    )
    return [
        ("utf-8-bom", codecs.BOM_UTF8 + text.encode("utf-8")),
        ("utf-16-le-bom", codecs.BOM_UTF16_LE + text.encode("utf-16-le")),
        ("utf-16-be-bom", codecs.BOM_UTF16_BE + text.encode("utf-16-be")),
        ("windows-1252", text.encode("cp1252")),
        ("crlf", crlf.encode("utf-8")),
        ("cr", text.replace("\n", "\r").encode("utf-8")),
        ("cp1252-crlf", crlf.encode("cp1252")),
        ("full-width-nbsp", wide.encode("utf-8")),
    ]


@pytest.mark.parametrize(
    "name,data", encoded_variants(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_encodings_and_line_ends_give_the_same_release(
    name: str, data: bytes, tmp_path: Path
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    base = pressparse.parse_file(HTML_DIR / "mofa-estonia.txt").model_dump(
        mode="json", exclude={"source"}
    )
    got = pressparse.parse_file(path).model_dump(mode="json", exclude={"source"})
    assert got == base  # spans too: the decoded text is the same, character for character


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig"])
def test_html_page_in_utf16_or_with_bom(codec: str, tmp_path: Path) -> None:
    page = (HTML_DIR / "korea-board.html").read_text("utf-8-sig")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(codec))
    assert release_json(path) == release_json(HTML_DIR / "korea-board.txt")


# --- the converter on small pages --------------------------------------------------------


def test_br_is_a_line_break_and_two_are_a_paragraph_break() -> None:
    text = html_to_text("<td>Astana<br>June 4, 2022<br><br>Next paragraph<br>\n<br>Third</td>")
    assert text == "Astana\nJune 4, 2022\n\nNext paragraph\n\nThird\n"


def test_nested_lists_become_sub_points() -> None:
    page = "<ol><li>First<ul><li>alpha</li><li>beta</li></ul></li><li>Second<ol><li>x</li></ol></li></ol>"
    assert html_to_text(page) == "1. First\n\n   - alpha\n\n   - beta\n\n2. Second\n\n   (1) x\n"


def test_chrome_by_role_class_and_hidden() -> None:
    page = (
        "<body><div role='navigation'>Menu</div><div class='cookie-consent'>We use cookies</div>"
        "<div class='breadcrumb'>Home</div><div aria-label='Breadcrumb'>Path</div>"
        "<div hidden>Secret</div><span aria-hidden='true'>Icon</span>"
        "<div class='shareBar'>Tweet</div><p>Release text.</p>"
        "<p><a href='/a'>One</a> <a href='/b'>Two</a> <a href='/c'>Three</a></p>"
        "<div role='contentinfo'>Footer</div></body>"
    )
    assert html_to_text(page) == "Release text.\n"


def test_a_chrome_class_on_the_wrapper_of_the_release_does_not_drop_it() -> None:
    page = "<body class='has-sidebar'><div class='content with-share'><h1>Title</h1><p>Text.</p></div></body>"
    assert html_to_text(page) == "Title\n\nText.\n"


def test_article_header_and_footer_are_kept_site_ones_dropped() -> None:
    page = (
        "<header>Site banner</header><article><header><h1>Headline</h1><p>May 3, 2024</p>"
        "</header><p>Body.</p><footer><p>Signed, the Ministry</p></footer></article>"
        "<footer>Site footer</footer>"
    )
    assert html_to_text(page) == "Headline\n\nMay 3, 2024\n\nBody.\n\nSigned, the Ministry\n"


def test_broken_html_parses_as_a_browser_would() -> None:
    page = "<p>One<p>Two <b>bold <i>both</b> italic</i><table><tr><td>Cell A<td>Cell B</table>"
    assert html_to_text(page) == "One\n\nTwo bold both italic\n\nCell A\nCell B\n"


def test_deep_nesting_is_bounded_and_gives_text() -> None:
    page = "<div>" * 50_000 + "deep text" + "</div>" * 50_000
    assert bound_depth(page).count("<div>") <= 512
    assert html_to_text(page) == "deep text\n"
    assert html_to_text("<" * 10_000) == "<" * 10_000 + "\n"


def test_the_html_library_is_loaded_only_for_html() -> None:
    code = (
        "import sys; from pressparse import inputs;"
        "inputs.from_text('Minister Velkova met Mr. Rieger.');"
        "print('selectolax' in sys.modules);"
        "inputs.from_text('<html><body><p>Minister Velkova met Mr. Rieger.</p></body></html>');"
        "print('selectolax' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
