"""HTML page to the release's text, with selectolax (the Lexbor HTML5 parser).

The page is parsed as a browser parses it (unclosed ``<p>``, stray ``</td>``, tables used
for layout all give the browser's tree), then walked once to print what a reader sees of
the release: headings, paragraphs, figure captions and metadata lines each become a
paragraph (blank-line separated), ``<br>`` a line break and ``<br><br>`` a paragraph
break, ``<ol>`` items numbered points (``1.``; an ordered list inside a list gives
``(1)`` sub-points, an unordered one ``-`` items, indented), table rows lines of their own.

Site chrome is dropped before printing: scripts and styles, navigation (``<nav>``,
``role=navigation``, breadcrumbs, menus), the site's banner and footer, cookie banners,
share bars, skip links, and containers that hold nothing but three or more links (menus
and link lists of old table-layout pages).

selectolax is imported inside :func:`html_to_text`, so only converting an HTML input
loads it (``pressparse --help`` never does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

# --- what is chrome ----------------------------------------------------------------------

# Never text of the release: code, styling, embedded objects, form controls, navigation.
# (<form> is not here: ASP.NET pages wrap the whole body in one.)
DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "head",
        "title",
        "nav",
        "iframe",
        "object",
        "embed",
        "button",
        "select",
        "input",
        "textarea",
        "label",
        "dialog",
        "menu",
    }
)
# The site's banner, footer and sidebars. Inside <main>/<article> they belong to the
# article (its own <header> holds the headline and date), so they are kept there.
CHROME_OUTSIDE_CONTENT = frozenset({"header", "footer", "aside"})
# ARIA landmarks of chrome (any layout that marks its regions instead of using HTML5 tags).
CHROME_ROLES = frozenset({"navigation", "menu", "menubar", "search", "contentinfo", "toolbar"})
CHROME_ROLES_OUTSIDE_CONTENT = frozenset({"banner", "complementary"})
# Words in a class or id that name chrome on CMS templates: MOFA/MEA "breadcrumb",
# gov.uk "govuk-cookie-banner" / "gem-c-share-links", State Dept "social-share",
# AddToAny "a2a_kit", old pages' "leftmenu" / "topnav" / "skip-link", Korean and Japanese
# government boards' "gnb" / "lnb" / "snb" (global, local, side navigation bar),
# "bd_prev_next", "btn_list", "bd_file" (attachments). Matched as whole words of the class
# or id (split at '-', '_', ' ', '.', ':' and camel case).
CHROME_WORDS = frozenset(
    {
        "breadcrumb",
        "breadcrumbs",
        "crumbs",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "share",
        "sharing",
        "sharebar",
        "social",
        "a2a",
        "addthis",
        "sharethis",
        "nav",
        "navi",
        "navbar",
        "navigation",
        "topnav",
        "subnav",
        "sidenav",
        "menu",
        "leftmenu",
        "megamenu",
        "skip",
        "skiplink",
        "footer",
        "sidebar",
        "pagetop",
        "sns",
        "toolbar",
        "pagination",
        "pager",
        "related",
        "feedback",
        "newsletter",
        "gnb",
        "lnb",
        "snb",
        "prev",
        "prevnext",
        "btn",
        "buttons",
        "attach",
        "attachment",
        "attachments",
        "download",
        "downloads",
        "file",
        "files",
    }
)
# Elements that are (or hold) the release: chrome words on them are not trusted, since a
# <body class="has-sidebar"> or <div class="content with-share"> wraps the release itself.
CONTENT_TAGS = frozenset({"html", "body", "main", "article"})
_WORD_SPLIT = re.compile(r"[\s_\-:.]+|(?<=[a-z])(?=[A-Z])")
# A container of links only (a menu, a link list): at least this many links, and links
# give at least this share of its text.
LINK_LIST_MIN_LINKS = 3
LINK_LIST_SHARE = 0.9
# Containers the link-list rule applies to (not <p>/<div> holding a release's prose).
LINK_LIST_TAGS = frozenset({"ul", "ol", "dl", "table", "tr", "td", "th", "div", "p", "section"})

# --- how elements print ------------------------------------------------------------------

BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "table",
        "tr",
        "blockquote",
        "section",
        "article",
        "main",
        "aside",
        "pre",
        "figure",
        "figcaption",
        "dl",
        "dt",
        "dd",
        "hr",
        "address",
        "header",
        "footer",
        "details",
        "summary",
        "caption",
        "tbody",
        "thead",
        "tfoot",
        "center",
        "fieldset",
        "legend",
        "form",
    }
)
_SPACE = re.compile(r"[^\S\n]+|\n")  # whitespace in markup: one space (a <br> is a real \n)
_BLANKS = re.compile(r"\n[ \t]*\n[\s]*")  # <br><br>: a paragraph break
_INVISIBLE = str.maketrans("", "", "\u200b\u00ad\ufeff")  # zero-width space, soft hyphen


@dataclass
class _Stats:
    """Sizes of an element's subtree, for the link-list rule."""

    chars: int = 0  # non-space characters of text
    link_chars: int = 0  # of which inside <a>
    links: int = 0
    content: bool = False  # holds <main>, <article>, role=main or the <h1>


def _words(value: str | None) -> set[str]:
    if not value:
        return set()
    return {w.lower() for w in _WORD_SPLIT.split(value) if w}


def _children(node: LexborNode) -> Iterator[LexborNode]:
    child = node.child
    while child is not None:
        yield child
        child = child.next


def _is_content(node: LexborNode) -> bool:
    tag = node.tag or ""
    return tag in ("main", "article", "h1") or node.attributes.get("role") == "main"


def _stats(root: LexborNode) -> dict[int, _Stats]:
    """One post-order pass (no recursion: pages can nest deeply) over the elements."""
    out: dict[int, _Stats] = {}
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not done:
            stack.append((node, True))
            stack.extend((c, False) for c in _children(node) if c.is_element_node)
            continue
        st = _Stats(content=_is_content(node))
        is_link = node.tag == "a"
        for child in _children(node):
            if child.is_text_node:
                n = len("".join((child.text_content or "").split()))
                st.chars += n
                if is_link:
                    st.link_chars += n
            elif child.is_element_node:
                cs = out.get(child.mem_id)
                if cs is None:
                    continue
                st.chars += cs.chars
                st.link_chars += cs.chars if is_link else cs.link_chars
                st.links += cs.links
                st.content = st.content or cs.content
        if is_link and st.chars:
            st.links += 1
        out[node.mem_id] = st
    return out


def _is_chrome(node: LexborNode, tag: str, in_content: bool, st: _Stats | None) -> bool:
    attrs = node.attributes
    if tag in DROP_TAGS:
        return True
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if tag in CHROME_OUTSIDE_CONTENT and not in_content:
        return True
    role = (attrs.get("role") or "").lower()
    if role in CHROME_ROLES or (role in CHROME_ROLES_OUTSIDE_CONTENT and not in_content):
        return True
    label = (attrs.get("aria-label") or "").lower()
    if "breadcrumb" in label:
        return True
    if tag in CONTENT_TAGS or st is None:
        return False
    if st.content:
        return False  # a wrapper of the release, whatever its class says
    if _words(attrs.get("class")) & CHROME_WORDS or _words(attrs.get("id")) & CHROME_WORDS:
        return True
    return (
        tag in LINK_LIST_TAGS
        and st.links >= LINK_LIST_MIN_LINKS
        and st.link_chars >= LINK_LIST_SHARE * st.chars
    )


# --- printing ----------------------------------------------------------------------------


class _Printer:
    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.buf: list[str] = []
        self.lists: list[list[int] | None] = []  # a [counter] per open <ol>, None per <ul>
        self.prefix = ""  # list marker for the next paragraph
        self.pre = 0

    def flush(self) -> None:
        raw = "".join(self.buf)
        self.buf = []
        if self.pre:
            text = "\n".join(ln.rstrip() for ln in raw.split("\n")).strip("\n")
            paras = [text] if text.strip() else []
        else:
            paras = []
            for part in _BLANKS.split(raw):
                lines = (" ".join(ln.split()) for ln in part.split("\n"))
                para = "\n".join(ln for ln in lines if ln)
                if para:
                    paras.append(para)
        for para in paras:
            self.blocks.append(self.prefix + para)
            self.prefix = ""

    def text(self, data: str) -> None:
        data = data.translate(_INVISIBLE)
        self.buf.append(data if self.pre else _SPACE.sub(" ", data))

    def start(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "br":
            self.buf.append("\n")
            return
        if tag in ("td", "th"):
            self.buf.append("\n")  # a table cell starts a line (layout and metadata tables)
            return
        if tag not in BLOCK_TAGS:
            return  # inline: its text joins the current paragraph
        self.flush()
        if tag == "pre":
            self.pre += 1
        elif tag == "ol":
            start = _int_attr(attrs.get("start"))
            self.lists.append([(start if start is not None else 1) - 1])
        elif tag == "ul":
            self.lists.append(None)
        elif tag == "li":
            self.prefix = self._marker(_int_attr(attrs.get("value")))

    def end(self, tag: str) -> None:
        if tag not in BLOCK_TAGS:
            return
        self.flush()
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
            self.prefix = ""
        elif tag == "pre" and self.pre:
            self.pre -= 1

    def _marker(self, value: int | None) -> str:
        if not self.lists:
            return "- "
        indent = "   " * (len(self.lists) - 1)
        counter = self.lists[-1]
        if counter is None:
            return indent + "- "
        counter[0] = value if value is not None else counter[0] + 1
        # a numbered list inside another list is a sub-point list: (1), (2), ...
        return indent + (f"({counter[0]}) " if len(self.lists) > 1 else f"{counter[0]}. ")


def _int_attr(value: str | None) -> int | None:
    if value is None:
        return None
    value = value.strip()
    if value.lstrip("-").isdigit() and len(value) < 10:
        return int(value)
    return None


# --- nesting bound ------------------------------------------------------------------------
# An HTML5 parser checks the stack of open elements at each tag, so a garbage page of
# 100,000 unclosed <div>s or <font>s costs time in the square of its depth. Real pages
# nest a few dozen deep; beyond MAX_DEPTH the extra tags are taken out (their text stays).
MAX_DEPTH = 512
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})(?:\s[^<>]*)?(/?)>")
# Void elements, and elements a sibling closes (<p>, <li>, <td>, ... are mostly left open)
_NOT_NESTING = frozenset(
    {
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"),
        *("source", "track", "wbr", "param", "p", "li", "dt", "dd", "tr", "td", "th"),
        *("option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp"),
    }
)


def bound_depth(html: str, limit: int = MAX_DEPTH) -> str:
    """``html`` with the tags that would nest deeper than ``limit`` removed (linear)."""
    if html.count("<") <= limit:
        return html
    depth = excess = last = 0
    pieces: list[str] = []
    for m in _TAG.finditer(html):
        closing, name, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _NOT_NESTING or selfclosing:
            continue
        if closing:
            if excess:
                excess -= 1
                pieces.append(html[last : m.start()])
                last = m.end()
            elif depth:
                depth -= 1
        elif depth >= limit:
            excess += 1
            pieces.append(html[last : m.start()])
            last = m.end()
        else:
            depth += 1
    if not pieces:
        return html
    pieces.append(html[last:])
    return "".join(pieces)


def html_to_text(html: str) -> str:
    """Plain text of an HTML page: the release's paragraphs separated by blank lines."""
    from selectolax.lexbor import LexborHTMLParser  # lazy: only an HTML input loads it

    tree = LexborHTMLParser(bound_depth(html))
    root = tree.body or tree.root
    if root is None:
        return ""
    stats = _stats(root)
    printer = _Printer()
    # pre-order walk with explicit exit events; the flag says "inside <main>/<article>"
    stack: list[tuple[LexborNode, bool, bool]] = [(root, False, False)]
    while stack:
        node, in_content, leaving = stack.pop()
        tag = node.tag or ""
        if leaving:
            printer.end(tag)
            continue
        if node.is_text_node:
            printer.text(node.text_content or "")
            continue
        if not node.is_element_node:
            continue  # comments
        if _is_chrome(node, tag, in_content, stats.get(node.mem_id)):
            continue
        attrs = node.attributes
        printer.start(tag, attrs)
        inner = in_content or tag in ("main", "article") or attrs.get("role") == "main"
        stack.append((node, in_content, True))
        stack.extend((c, inner, False) for c in reversed(list(_children(node))))
    printer.flush()
    return "\n\n".join(printer.blocks) + "\n" if printer.blocks else ""
