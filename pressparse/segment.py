"""Segmentation: header (section, title, date, captions), lead, points, footer.

Pure rules over lines; no spaCy. The layouts handled (each rule says which):

* Japan MOFA: section line, title, date, caption lines, lead, numbered points
  (``1.`` with ``(1)`` sub-items, or ``1. Heading`` sections), ``Back to ...`` footer.
* U.S. State Department / White House: title, label lines (``READOUT``,
  ``OFFICE OF THE SPOKESPERSON``), upper-case date, attribution line, plain
  paragraphs, ``Tags:`` / ``###`` footer.
* gov.uk: summary under the title, a ``From:`` / ``Published`` metadata block,
  plain paragraphs, ``Media enquiries`` footer.
* ASEAN, India MEA, Singapore, Indonesia, Philippines, EU, UN, Germany, China,
  Korea, Australia: datelines (``JAKARTA, 24 April 2021 –``), dates as
  ``2021/04/01``, ``13.04.2021 - Press release``, ``Washington, 14/10/2021 - 23:07``,
  a lead printed as item 1, ``˚`` sub-items, sign-off lines (place, date, ministry).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .document import PointSeg, Seg, Segmented
from .lexicon import MONTHS

# --- dates -------------------------------------------------------------------------------

_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# Each printed date form, as (pattern, order of its groups). Tried in this order.
# (Every form holds a year of "19" or "20" and two digits: find_date skips lines without one.)
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "May 23, 2024", "MAY 3, 2021", "Tuesday, June 29, 2021"
    re.compile(
        _WEEKDAY + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I
    ),
    # "24 April 2021", "Tuesday, 29 June 2021", "22 MARCH 2021"
    re.compile(
        _WEEKDAY + r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)\b",
        re.I,
    ),
    # ISO and East Asian forms: "2021-10-31", "2021/04/01", "2021.04.01"
    re.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"),
    # U.S. month-first form with a 12-hour clock: "11/03/2021 04:19 PM EDT" (State Department
    # pages); the 24-hour clock of "14/10/2021 - 23:07" goes with the day-first form below
    re.compile(
        r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)"
        r"(?=[ \t]+\d{1,2}:\d\d[ \t]*[AaPp]\.?[Mm]\b)"
    ),
    # European day-first forms: "13.04.2021", "14/10/2021"
    re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)\b"),
)


@dataclass(frozen=True)
class DateMatch:
    date: dt.date
    start: int
    end: int


def find_date(s: str, offset: int = 0) -> DateMatch | None:
    """The first printed calendar date in ``s`` (offsets shifted by ``offset``)."""
    best: DateMatch | None = None
    if "19" not in s and "20" not in s:
        return None  # every form holds a year "19xx" or "20xx" (most lines hold no date)
    for pat in DATE_PATTERNS:
        for m in pat.finditer(s):
            gd = m.groupdict()
            month = MONTHS.get(gd["mon"].lower().rstrip(".")) if gd.get("mon") else int(gd["m"])
            try:
                d = dt.date(int(gd["y"]), month or 0, int(gd["d"]))
            except ValueError:
                continue
            if best is None or m.start() < best.start - offset:
                best = DateMatch(d, offset + m.start(), offset + m.end())
            break
    return best


# --- line classes ------------------------------------------------------------------------

# Label lines that sit around a title and are not the title (State Department, EU, MEA,
# Korea, Indonesia, Australia layouts). Matched against the whole stripped line.
LABEL_LINE = re.compile(
    r"^(?:readout|press\s+releases?|media\s+releases?|news(?:\s+releases?)?|statements?|"
    r"press\s+statements?|media\s+cent(?:er|re)|briefing\s+room|statements\s+and\s+releases|"
    r"office\s+of\s+the\s+spokesperson|date|hit|views?|from:?|published|updated|"
    r"last\s+updated|speeches\s+and\s+statements|press\s+briefings?|japanese|english|"
    r"print|share|top\s+of\s+page|skip\s+to\s+(?:main\s+)?content|\d+|"
    # a wire or newsroom's release label: "FOR IMMEDIATE RELEASE", "Embargoed until 10:00"
    r"for\s+immediate\s+release|embargoed\b.{0,60}|"
    # New Zealand (Beehive), Canada, UN labels: "Media statement", "Readouts", "Meetings
    # Coverage and Press Releases" (the UN press site's section, never a headline)
    r"media\s+statements?|readouts|meetings\s+coverage(?:\s+and\s+press\s+releases)?|"
    # a numbered release: "Press release 163/22" (Germany), "Press Release No. 45/2023"
    r"(?:press|media|news)\s+releases?\s+(?:no\.?\s*)?\d{1,5}(?:/\d{1,4})?|"
    # a document code: "SG/SM/21257", "SC/14865" (UN), "STATEMENT/25/2054" (EU): capitals
    # and numbers joined by slashes, with at least one number
    r"(?=[A-Z./-]*\d)[A-Z]{1,12}(?:/[A-Z0-9.-]{1,12}){1,5})$",
    re.I,
)
# Lines that end the release: everything from here on is footer (MOFA "Back to ...",
# White House "###", gov.uk "Media enquiries", EU "Press contacts", State "Tags:", ...).
FOOTER_START = re.compile(
    r"^(?:back\s+to\b|#{3}|-{3,}$|end$|-\s*end\s*-|tags?:|media\s+enquiries|media\s+contacts?|"
    r"press\s+contacts?|for\s+(?:further|more)\s+information|keywords$|top\s+of\s+page|"
    # contact lines after the body: "Contact: press office, ...", "Media inquiries: ...",
    # "For media enquiries, please contact ...", "Press Office: +1 ..."
    r"contacts?(?:\s+us)?\s*:|(?:media|press)\s+(?:inquiries|enquiries)\b|"
    r"for\s+media\s+(?:inquiries|enquiries)\b|press\s+office\s*:|"
    r"share\s+this\s+page|updates\s+to\s+this\s+page|related\s+(?:links|content|articles)|"
    r"suggest\s+to\s+a\s+friend|write\s+a\s+comment|(?:\.\s*){3,}$|\*\s*\*\s*\*|"
    # pages that reprint a release (news aggregators, embassy sites, blogs, forums) end it
    # with a credit or navigation line: "Official news published at https://...",
    # "Published by X with permission from Y", "Source link", "Original article link: ...",
    # "Continue reading...", "Related Posts", "Latest News from ...", "Previous post"
    r"(?:official\s+news\s+)?(?:originally\s+)?published\s+(?:by|at|in\s+full\s+at)\b|"
    r"source\s+link$|original\s+article\s+link\b|continue\s+reading\b|"
    r"related\s+posts?$|latest\s+news\s+from\b|featured\s+posts$|recent\s+posts$|"
    r"more\s+news$|leave\s+a\s+reply$|bottom\s+of\s+page$|"
    r"\(?\*?\s*(?:this\s+is\s+an?\s+)?(?:unofficial|provisional)\s+translation\b)",
    re.I,
)
# gov.uk metadata block: a paragraph followed by it is a summary, not the lead.
# ("Published by X with permission ..." is a reprint's credit line, not this block.)
METADATA_LINE = re.compile(
    r"^(?:from:|(?:published|updated|last\s+updated)(?!\s+(?:by|at|in)\b)\b)", re.I
)
# gov.uk's banner on pages of an earlier government: "This was published under the 2010 to
# 2015 Conservative and Liberal Democrat coalition government"
BANNER_LINE = re.compile(r"^this\s+was\s+published\s+under\b", re.I)
# Page furniture that is part of no release, wherever it is printed (header, between
# paragraphs): share and print buttons ("Share", "Print this page", "Facebook Twitter
# Email"), navigation ("Next article", "Skip to main content", "Home"), text-size controls.
# A line made only of these words; the words never overlap the separators, so it is linear.
NOISE_LINE = re.compile(
    r"^(?:(?:share(?:\s+(?:this|on|via)(?:\s+(?:page|article|story|post))?)?|print(?:\s+this"
    r"(?:\s+(?:page|article))?)?|print\s+version|printer[- ]friendly(?:\s+version)?|"
    r"e-?mail(?:\s+this(?:\s+(?:page|article))?)?|tweet|facebook|twitter|x\.com|linkedin|"
    r"whatsapp|telegram|reddit|pinterest|weibo|wechat|line|copy\s+link|bookmark|"
    r"(?:font|text)\s+size|listen|download|pdf|rss|home|menu|search|"
    r"(?:next|previous|prev)(?:\s+(?:article|post|story|news|item|release))?|"
    r"skip\s+to\s+(?:main\s+)?content|a\+?)[ \t|,:/•·>-]*)+$",
    re.I,
)
# A news service's disclaimer printed with the release, not part of it (UN press site: "For
# information media. Not an official record."): not the lead, not a point, not the title.
DISCLAIMER_LINE = re.compile(
    r"^(?:for\s+(?:the\s+)?information\s+(?:of\s+(?:the\s+)?)?media\b|"
    r"(?:this\s+is\s+)?not\s+an\s+official\s+(?:record|document)\b)",
    re.I,
)
# A reprint's or repost's disclaimer, above or below the release: "This article was originally
# published on ...", "This story first appeared in ...", "Republished from ...", "Editor's
# note: ...", "Reposted with permission". Not the lead, not a point.
REPOST_LINE = re.compile(
    r"^(?:\(?\s*(?:this|the\s+following)\s+(?:article|story|post|piece|release|press\s+release|"
    r"statement|readout|item|content)\s+(?:was|is|has\s+been|first)\s+(?:was\s+)?"
    r"(?:originally|first)?\s*(?:published|posted|appeared|issued|released)\b|"
    r"(?:originally|first)\s+(?:published|posted|appeared)\s+(?:on|in|at|by)\b|"
    r"(?:re-?published|re-?posted|reprinted)\s+(?:from|with|by|courtesy)\b|"
    r"editor'?’?s\s+note\s*:)",
    re.I,
)
# A breadcrumb trail above the title: "Home > Media > Press releases", "Home / News / Press
# Releases". Split on its separators; the crumbs are short names, not a headline.
BREADCRUMB_SEP = re.compile(r"[ \t]*[>›»][ \t]*|[ \t]+[/|][ \t]+")
# A dateline of a place alone, in capitals, before a dash: "MANILA – The Secretary ...",
# "PASAY CITY — ...", "UNITED NATIONS, New York -- ...". Group "place" is where it was issued.
PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’]+(?:[ \t]+[A-Z][A-Z.'’]+){0,3}(?:,[ \t]*[A-Z][A-Za-z.'’]+"
    r"(?:[ \t]+[A-Z][A-Za-z.'’]+){0,2})?)[ \t]*(?:\([A-Za-z]+\)[ \t]*)?(?:[–—]|--?)[ \t]+(?=[A-Z])"
)
# State Department: "The below is attributable to Spokesperson ..." (not a lead, not a point)
# Also the spokesperson line that introduces a quoted readout (gov.uk, Downing Street: "A
# Foreign, Commonwealth & Development Office spokesperson said:", "Following the call, a
# Downing Street spokesperson said:") and a reprint's note ("The following press release was
# published by the Office of the Spokesperson on Aug. 29, 2021. It is reproduced in full
# below.").
ATTRIBUTION = re.compile(
    r"^(?:the\s+(?:below|following)\s+is\s+attributable\s+to|(?:issued|released)\s+by\b|"
    r"the\s+following\s+(?:press\s+release|statement|readout|release)\s+was\s+"
    r"(?:published|released|issued)\b|"
    r"(?:[^.!?\n]{0,60},\s+)?an?\s+[^.!?\n]{0,80}?\b(?:spokesperson|spokesman|spokeswoman)"
    r"\b[^.!?:\n]{0,60}?\s(?:said|stated|added)\s*:\s*$|"
    # a line that hands over to the statement (Germany, UN, EU): "Government spokesperson X
    # issued the following statement:", "The following statement is attributable to the
    # Spokesperson for the Secretary-General:"; one line ending with a colon
    r"[^.!?:\n]{0,120}?\b(?:issued|released|made|gave|published)\s+the\s+following\s+"
    r"(?:statement|readout|press\s+release|release|remarks|declaration)\b[^.!?:\n]{0,80}:\s*$|"
    r"[^.!?:\n]{0,120}?\bis\s+attributable\s+to\b[^.!?:\n]{0,120}:\s*$)",
    re.I,
)
# "The below is attributable to Spokesperson X: Secretary Y spoke today with Z.": the
# attribution and the lead printed as one paragraph; the lead starts after the colon.
INLINE_ATTRIBUTION = re.compile(
    r"^(?:the\s+(?:below|following)\s+is\s+attributable\s+to)\b[^:\n]{0,80}:[.\s]*", re.I
)
# A publisher's name printed above the title (Indonesia, Korea, China, UN layouts):
# "Ministry of Foreign Affairs of the Republic of Indonesia", "Department of Foreign Affairs",
# "Embassy of Japan in Singapore". Only capitalised words and the small words of a name.
_SITE_WORD = r"(?:[A-Z][\w'’.&,-]*|of|the|and|for|in|to|&)"
SITE_NAME_LINE = re.compile(
    r"^(?:the\s+)?(?:Ministry|Department|Embassy|Consulate(?:[- ]General)?|Permanent\s+Mission|"
    rf"Mission|Government|Office)\s+(?:of|for)\s+{_SITE_WORD}(?:\s+{_SITE_WORD})*$"
)
# An office's name as a site banner: "Prime Minister's Office, 10 Downing Street",
# "Foreign, Commonwealth & Development Office" (gov.uk and reprints of it): capitalised
# words, numbers and an office noun, and no headline word (checked where it is used).
SITE_BANNER_LINE = re.compile(
    rf"^(?:{_SITE_WORD}\s+)*?(?:Office|Secretariat|Chancellery|Presidency)"
    rf"(?:,?\s+(?:{_SITE_WORD}|\d+))*$"
)
# India PIB: "Posted On: 26 APR 2021 10:51PM by PIB Delhi": a label before the date, and a
# publication time and the issuing office after it. The time is when it was posted, never a
# meeting's start; the line is the release's date line.
DATE_LABEL_HEAD = re.compile(
    r"^(?:(?:posted|published|released|issued|updated|last\s+updated|dated?)(?:\s+on)?)?"
    r"[ \t]*:?[ \t]*$",
    re.I,
)
DATE_POSTED_TAIL = re.compile(
    r"^[ \t,]*(?:\d{1,2}[:.]\d\d[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:[A-Z]{2,4}\b)?[ \t]*)?"
    r"(?:by[ \t]+[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,5})?[ \t]*$"
)
# The longest line read as a date line: the longest forms ("Posted On: 26 APR 2021 10:51PM by
# PIB Delhi", "Washington, 14/10/2021 - 23:07, UNIQUE ID: ...") are under 100 characters.
DATE_LINE_MAX = 200
# The separator before a date that ends a headline: "...: 18 September 2019", "..., 4 May 2021".
HEADLINE_DATE = re.compile(r"[:,][ \t]*$")
# A title's words that announce a meeting (used to pick the title among header lines).
TITLE_WORDS = re.compile(
    r"\b(?:meet(?:s|ing)?|met|talks?|telephone|phone|call|conversation|visit|conference|"
    r"consultations?|summit|readout|statement|dinner|lunch|breakfast|dialogue|discussions?|"
    r"courtesy|bilateral|hold|holds|held|receives?|calls?\s+on)\b",
    re.I,
)
# Lines that are not a headline whatever else they look like (checked for the title and the
# section; input that is not a release: source code, a data file, a recipe):
# - code: braces, "=", a ";" ending or joining statements, a line ending with ":" (a block's
#   head, or a sentence introducing a list), a line that starts with a call ("print(x)"),
#   lower-case keywords of programming languages, comment marks
CODE_LINE = re.compile(
    r"[{}=]|;(?:[ \t]*$|\S)|:[ \t]*$|^[A-Za-z_][\w.]*\(|"
    r"^(?:def|class|return|import|from|if|elif|else|for|while|try|except|with|var|let|const|"
    r"function|public|private|static|void|int|package|struct|fn|pub|use)\b|^(?:#|//|/\*|\*/)"
)
# - a row of a table: fields joined by commas with no space after any of them
#   ("1,2021-05-03,alpha,42"), or by tabs
TABLE_ROW = re.compile(r"^(?:[^,\t]*,){2,}[^,\t]*$|^(?:[^\t]*\t){2,}[^\t]*$")
# Smaller patterns of the rules below (compiled once; each use says which layout it handles)
CRUMB_ARROW = re.compile(r"[>›»]")  # a breadcrumb separator (see _breadcrumbs)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")  # the words beside a date (see _date_line)
TALK_VERB = re.compile(r"\b(?:spoke|speaks|discussed|agreed|said)\b")  # not a slogan
FOUR_DIGITS = re.compile(r"\d{4}")  # a dateline's year
ISSUED_WORD = re.compile(r"\b(?:published|released|issued)\b")
# MOFA's footer line "Back to <section>"
BACK_TO_LINE = re.compile(r"^[ \t]*Back\s+to\s+(.+?)[ \t]*$", re.I | re.M)
PHOTO_LINE = re.compile(r"^\(?photo\b", re.I)  # a photo caption
# the bracket closing a headline's date: "Joint Press Statement - ... (May 10, 2021)"
CLOSING_BRACKET = re.compile(r"[ \t]*[)\]]")
SENTENCE_END = re.compile(r"[.!?:;][\"”’)\]]*\s*$")
# The small words of a name ("Ministry of Foreign Affairs"): not a sign of a sentence.
NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "de", "du", "la"})
# Small words a headline keeps in lower case besides a name's ("Talks with the Minister", "Call
# by X", "Meeting at the Summit"): not a sign of running text (see _cut_off)
CUT_SMALL_WORDS = frozenset({"a", "an", "with", "at", "by", "as", "from", "into", "over", "vs"})
# Only white space up to the end of the text (a block that ends the text, see _cut_off)
TRAILING_SPACE = re.compile(r"\s*\Z")
# A news agency's end mark after the last sentence: "... the East Sea issue./.VNA" (Viet Nam
# News Agency and the sites that reprint it)
# and a bracketed agency tag after it: "... and agriculture. (PND)" (Philippines PCO),
# "... cooperation. (PNA)", "... the region. (Xinhua)"
AGENCY_END = re.compile(
    r"[.!?][ \t]*(?:/\.[ \t]*(?:[A-Z][A-Za-z]{1,7})?|\([A-Z][A-Za-z-]{1,11}\))[ \t]*$"
)
# Two sentences on one line: a notice or a paragraph, never a headline ("Government officials
# will NEVER ask you to ... Call the 24/7 ScamShield Helpline ..."). A full stop after a word
# of three or more lower-case letters ends a sentence ("Mr." and "H.E." do not).
# Tested as two linear searches (see _multi_sentence): the line ends with a sentence end, and
# a sentence break occurs before it. (One pattern "...[A-Z].*[.!?]$" scans to the end of the
# line from every candidate break: quadratic in a long line.)
MULTI_SENTENCE = re.compile(r"[a-z]{3}[.!?][ \t]+[A-Z]")
# Notes after the points: "(Note) ...", "(*This is a provisional translation ...)" (MOFA)
# "(Reference)" lists (MOFA) and gov.uk's "Notes to editors" are notes too.
NOTE_LINE = re.compile(
    r"^(?:\(\s*\*|\*|\(notes?\)|notes?\s*[:.)]|\[notes?\]|[(\[]references?[)\]]|"
    r"notes?\s+(?:to|for)\s+editors?\b)",
    re.I,
)
# Markers of list items. Top-level style is whichever the body uses first.
# ("3..Furthermore": a doubled full stop with no space, as MOFA once printed it)
# A number of four or five digits is an item only when it continues the list ("999." then
# "1000."): alone, "2021. The ..." is a year at the start of a wrapped line (see _blocks).
NUM_DOT = re.compile(r"(?P<num>\d{1,5})(?:[.)](?=\s)|\.\.(?=[A-Z]))[ \t]*")
NUM_PAREN = re.compile(r"\((?P<num>\d{1,5})\)[ \t]*")
SHORT_NUMBER = 999  # the largest item number that needs no predecessor
BULLET = re.compile(r"(?:[-•·˚°◦▪●*–]|o(?=\s))[ \t]+")  # "°": Korea's sub-items
# A dateline opening the lead: "JAKARTA, 24 April 2021 –", "PASAY CITY 09 June 2021 –",
# "WASHINGTON, May 3 -", "New Delhi, 12 May 2021:". Group "place" is where it was issued.
# A news agency's code may come first (Viet Nam VGP: "VGP - Hà Nội, April 15 –"), and a
# place name may have accented letters.
_PLACE_CAP = r"[A-ZÀ-ÝĐ]"
DATELINE = re.compile(
    r"^(?:[A-Z]{2,6}[ \t]+[-–—][ \t]+)?"
    rf"(?P<place>{_PLACE_CAP}(?:[^\W\d_]|[.'\- ]){{1,40}}?"
    rf"(?:,\s*{_PLACE_CAP}(?:[^\W\d_]|[.' ]){{1,30}})?),?\s+"
    r"(?P<date>(?:\d{1,2}\s+[A-Za-z]{3,9}\.?(?:,?\s+\d{4})?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
    r"\d{1,2}[./]\d{1,2}[./]\d{4}))\s*(?:\(\w+\)\s*)?[–—:-]+\s*"
)
# A header line that is only a place and a date: "New York, 24 September 2021",
# "Washington, 14/10/2021 - 23:07, UNIQUE ID: ...".
PLACE_BEFORE_DATE = re.compile(r"^(?P<place>[A-Z][A-Za-z.' \-]{1,40}?),\s*$")


@dataclass
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str  # stripped text
    indent: int


def _lines(text: str) -> list[_Line | None]:
    """Lines with offsets; a blank line is None."""
    out: list[_Line | None] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped, lead))
        else:
            out.append(None)
        pos += len(raw) + 1
    return out


def _multi_sentence(s: str) -> bool:
    """Two sentences on one line (see MULTI_SENTENCE): the line ends with a sentence end and a
    sentence break comes before its last character."""
    return s.endswith((".", "!", "?")) and MULTI_SENTENCE.search(s, 0, len(s) - 1) is not None


def _words(s: str) -> int:
    return len(s.split())


def _short_sentence(s: str) -> bool:
    """A sentence of two or three words as a paragraph of its own ("They discussed trade."):
    a capital, a lower-case word that is not a name's small word, a full stop. A sign-off
    line ("Ministry of Foreign Affairs.", "Press Office.", "Tokyo, Japan.") has no such word."""
    words = s.split()
    return (
        2 <= len(words) <= 3
        and s[:1].isupper()
        and s.rstrip("\"”’)").endswith((".", "!", "?"))
        and any(w[:1].islower() and w.strip(".,!?") not in NAME_SMALL_WORDS for w in words[1:])
    )


def _is_noise(s: str) -> bool:
    """Share, print and navigation furniture, a repost's or news service's disclaimer (see
    NOISE_LINE, REPOST_LINE, DISCLAIMER_LINE): never a title, caption, lead or point."""
    return (
        (len(s) <= 120 and NOISE_LINE.match(s) is not None)
        or REPOST_LINE.match(s) is not None
        or (len(s) <= 160 and DISCLAIMER_LINE.match(s) is not None)
    )


def _breadcrumbs(s: str) -> list[tuple[int, int]] | None:
    """The crumbs of a breadcrumb line as (start, end) offsets in ``s``, or None when the line
    is not one: two or more crumbs split by ">", "›", "»" (or three by a spaced "/" or "|"),
    each a short name with no sentence end (breadcrumb trails above the title)."""
    if len(s) > 200:
        return None
    seps = list(BREADCRUMB_SEP.finditer(s))
    if not seps or (len(seps) < 2 and not CRUMB_ARROW.search(s)):
        return None
    crumbs: list[tuple[int, int]] = []
    pos = 0
    for m in [*seps, None]:
        end = m.start() if m is not None else len(s)
        part = s[pos:end].strip()
        if not part or _words(part) > 8 or SENTENCE_END.search(part):
            return None
        a = s.index(part, pos)
        crumbs.append((a, a + len(part)))
        pos = m.end() if m is not None else len(s)
    return crumbs


def _is_prose(s: str) -> bool:
    """A sentence of running text (not a label, caption, title or heading)."""
    words = s.split()
    n = len(words)
    if n >= 4 and (SENTENCE_END.search(s) or AGENCY_END.search(s)) and any(c.islower() for c in s):
        return True
    # a long paragraph cut before its full stop still reads as prose, a long title does not
    caps = sum(w[0].isupper() for w in words if w[0].isalpha())
    return n >= 30 and caps < 0.4 * n


def _cut_off(text: str, b: _Block) -> bool:
    """True when block b is running text that the file cuts off mid-sentence (a truncated
    download or copy): the text's last block, after at least two header lines, of twelve or
    more words, three of them lower-case words that are not a name's small words (a
    headline's words are capitalised), and no sentence end. Such a lead is still the lead."""
    if b.kind == "bullet" or TRAILING_SPACE.match(text, b.end) is None:
        return False
    s = text[b.start : b.end]
    words = s.split()
    if len(words) < 12 or SENTENCE_END.search(s) or AGENCY_END.search(s):
        return False
    lower = sum(
        1
        for w in words
        if w[:1].islower() and w.strip(".,;:") not in NAME_SMALL_WORDS | CUT_SMALL_WORDS
    )
    above = text[: b.start].split("\n")
    return lower >= 3 and sum(1 for ln in above if ln.strip()) >= 2


def _table_row(s: str) -> bool:
    """A row of a data table (see TABLE_ROW): tab-separated, or comma-separated with no
    space after any comma (a headline writes "Japan, Korea and China")."""
    return TABLE_ROW.match(s) is not None and (", " not in s or "\t" in s)


def _headline_like(s: str) -> bool:
    """A line that can be a title or a section: mostly letters, not code (CODE_LINE), not a
    list item ("- 200 g flour", "3. ..."), not a row of a table."""
    letters = sum(map(str.isalpha, s))
    return (
        2 * letters >= len(s) - sum(map(str.isspace, s))
        and CODE_LINE.search(s) is None
        and not any(p.match(s) for p in (NUM_DOT, NUM_PAREN, BULLET))
        and not _table_row(s)
    )


def _date_line(line: _Line) -> DateMatch | None:
    """The date on a line that is mostly a date ("May 23, 2024", "13.04.2021 - Press release",
    "NOVEMBER 16, 2021 • STATEMENTS AND RELEASES", "Washington, 14/10/2021 - 23:07")."""
    if len(line.text) > DATE_LINE_MAX:
        return None  # a paragraph, not a date line (and a long line costs find_date time)
    m = find_date(line.text, line.start)
    if m is None or _table_row(line.text):
        return None  # a date in a row of data ("1,2021-05-03,alpha,42") dates no release
    head = line.text[: m.start - line.start]
    rest = head + " " + line.text[m.end - line.start :]
    rest_words = LATIN_WORD.findall(rest)
    if HEADLINE_DATE.search(head) and TITLE_WORDS.search(head) and _words(head) >= 3 \
            and not line.text[m.end - line.start :].strip():
        # "PM call with President Trump: 18 September 2019" (gov.uk): a headline that ends
        # with its date is the title, not a date line
        return None
    if (
        (len(rest_words) <= 5
        and not SENTENCE_END.search(line.text.rstrip(")")))
        or len(rest_words) <= 3
    ):
        return m
    if DATE_LABEL_HEAD.match(head) and DATE_POSTED_TAIL.match(line.text[m.end - line.start :]):
        return m  # "Posted On: 26 APR 2021 10:51PM by PIB Delhi" (India PIB)
    return None


# --- paragraphs and items ----------------------------------------------------------------


@dataclass
class _Block:
    """A paragraph of the body, or one list item (its marker stripped)."""

    kind: str  # "dot", "paren", "bullet" or "para"
    number: int | None
    start: int
    end: int
    indent: int


def _one_paragraph_per_line(lines: list[_Line | None]) -> bool:
    """Pages copied with single line breaks between paragraphs (news aggregators, some
    embassy sites): no blank line anywhere among the prose lines, and at least two prose
    lines. Every line is then a paragraph of its own."""
    prose = [i for i, ln in enumerate(lines) if ln is not None and _is_prose(ln.text)
             and _words(ln.text) >= 8]
    if len(prose) < 2:
        return False
    return all(lines[i] is not None for i in range(prose[0], prose[-1] + 1))


def _blocks(text: str, lines: list[_Line | None]) -> list[_Block]:
    """Group lines into blocks: a blank line or a list marker starts a new block."""
    per_line = _one_paragraph_per_line(lines)
    blocks: list[_Block] = []
    cur: _Block | None = None
    cur_last = ""  # the last line of the current block (its end decides, see below)
    last_number: dict[str, int] = {}  # the last item number of each list style
    after_date = False
    for ln in lines:
        if ln is None:
            cur = None
            after_date = False
            continue
        kind, number, cstart = "para", None, ln.start
        for k, pat in (("dot", NUM_DOT), ("paren", NUM_PAREN), ("bullet", BULLET)):
            m = pat.match(ln.text)
            if m:
                if k != "bullet":
                    n = int(m.group("num"))
                    if n > SHORT_NUMBER and last_number.get(k) != n - 1:
                        continue  # "2021. The ...": a year, not item 2021
                    number = last_number[k] = n
                kind = k
                cstart = ln.start + m.end()
                break
        # MOFA prints the date and the caption lines with no blank line between them:
        # a date line and the lines after it are header lines, one block each
        is_date = kind == "para" and _date_line(ln) is not None
        if kind == "para" and cur is not None and not is_date and not after_date \
                and not per_line:
            # a sentence that starts on its own line after a list item's last sentence is a
            # paragraph of the enclosing point, not the item's continuation (MOFA lists)
            # (only the block's last line is tested: the block may grow to thousands of lines)
            ends_item = cur.kind != "para" and SENTENCE_END.search(cur_last)
            if not (ends_item and ln.text[:1].isupper()):
                cur.end = ln.end
                cur_last = ln.text
                continue
        after_date = after_date or is_date
        cur = _Block(kind, number, cstart, ln.end, ln.indent)
        cur_last = ln.text
        blocks.append(cur)
    return blocks


def _seg(text: str, start: int, end: int) -> Seg:
    # trim white space so that text == slice and spans point at words
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Seg(start, end, text[start:end])


def _is_heading(text: str, b: _Block) -> bool:
    """ "1. Opening remarks" / "2. Bilateral relations": short, no sentence end (MOFA sections)."""
    s = text[b.start : b.end]
    return _words(s) <= 12 and not SENTENCE_END.search(s) and "\n" not in s


# --- the stage ---------------------------------------------------------------------------


def segment(text: str) -> Segmented:
    lines = _lines(text)
    present = [ln for ln in lines if ln is not None]
    if not present:
        return Segmented(text=text, warnings=("empty text",))

    # 1. Where the body starts: the first prose paragraph that is not a summary,
    #    attribution or banner. Header lines come before it.
    blocks = _blocks(text, lines)
    lead_i: int | None = None
    banner_i: int | None = None
    for i, b in enumerate(blocks):
        s = text[b.start : b.end]
        ia = INLINE_ATTRIBUTION.match(s)
        if ia and _is_prose(s[ia.end() :]):
            # the attribution and the lead in one paragraph: the lead starts after the colon
            blocks[i] = b = _Block(b.kind, b.number, b.start + ia.end(), b.end, b.indent)
            s = text[b.start : b.end]
        if b.kind == "bullet" or not (_is_prose(s) or _cut_off(text, b)) or ATTRIBUTION.match(s) \
                or BANNER_LINE.match(s):
            continue
        if REPOST_LINE.match(s) or (len(s) <= 160 and DISCLAIMER_LINE.match(s)):
            # "This article was originally published on ..." above a reprint; a UN banner
            continue
        if FOOTER_START.match(s):
            break
        if _followed_by_metadata(text, blocks, i):
            continue  # gov.uk summary line under the title
        if _date_line(_Line(b.start, b.end, s, 0)) is not None:
            continue
        if i <= 1 and _words(s) < 12 and not TITLE_WORDS.search(s) and banner_i is None \
                and not TALK_VERB.search(s):
            # a site's slogan above the title ("Welcome to the United Nations. It's your
            # world."): short, about no meeting; the lead is a later paragraph if any
            banner_i = i
            continue
        if _header_follows(text, blocks, i):
            continue  # a site notice above the title and date ("Government officials will ...")
        if _standfirst(text, blocks, i):
            continue  # gov.uk summary with no metadata block: the body opens with a dateline
        lead_i = i
        break
    if lead_i is None:
        lead_i = banner_i

    header_end = blocks[lead_i].start if lead_i is not None else len(text)
    if lead_i is not None and blocks[lead_i].kind != "para":
        # the lead printed as item 1: its marker belongs to the body, not the header
        header_end = _line_start(text, blocks[lead_i].start)
    header_lines = [ln for ln in present if ln.end <= header_end]
    hdr = _header(text, header_lines)

    # 2. The body: blocks from the lead to the footer.
    body: list[_Block] = []
    if lead_i is not None:
        for b in blocks[lead_i:]:
            s = text[b.start : b.end]
            first_line = s.split("\n", 1)[0].strip()
            if FOOTER_START.match(first_line) or (b.kind == "para" and NOTE_LINE.match(first_line)):
                break
            if b.kind == "para" and REPOST_LINE.match(s):
                if body:
                    break  # a repost's disclaimer below the release ends it
                continue
            if b.kind == "para" and "\n" not in s and _is_noise(s):
                continue  # "Share" / "Print" / "Next article" between paragraphs
            if body and b.kind == "para" and ATTRIBUTION.match(first_line):
                continue  # "A ... spokesperson said:" before the quoted readout
            body.append(b)
    # trailing non-prose lines are a sign-off (place, date, ministry name, "Print"); a short
    # last sentence ("They discussed trade.") is still a paragraph
    footer_date: DateMatch | None = None
    while (
        len(body) > 1
        and body[-1].kind == "para"
        and not _is_prose(text[body[-1].start : body[-1].end])
        and not _short_sentence(text[body[-1].start : body[-1].end])
        and not _cut_off(text, body[-1])
    ):
        b = body.pop()
        footer_date = _date_line(_Line(b.start, b.end, text[b.start : b.end], 0)) or footer_date

    warnings: list[str] = []
    lead: Seg | None = None
    dateline: Seg | None = hdr.dateline
    points: tuple[PointSeg, ...] = ()
    if body:
        lb = body[0]
        lead = _seg(text, lb.start, lb.end)
        dm = DATELINE.match(lead.text)
        if dm and find_date(
            dm.group("date") + (" 2000" if not FOUR_DIGITS.search(dm.group("date")) else "")
        ):
            dateline = _seg(text, lead.start + dm.start("place"), lead.start + dm.end("place"))
        elif dateline is None and (pd := PLACE_DATELINE.match(lead.text)) is not None:
            # "MANILA – Foreign Affairs Secretary ...": a place in capitals and a dash, no date
            dateline = _seg(text, lead.start + pd.start("place"), lead.start + pd.end("place"))
        points = _points(text, body)
    else:
        warnings.append("no lead paragraph found")
    if hdr.title is None:
        warnings.append("no title found")

    date, date_span = hdr.date, hdr.date_span
    if date is None and lead is not None and dateline is not None and dateline is not hdr.dateline:
        # "PASAY CITY 09 June 2021 –": the dateline's date is the publication date
        dm2 = find_date(lead.text[:80], lead.start)
        if dm2 is not None:
            date, date_span = dm2.date, Seg(dm2.start, dm2.end, text[dm2.start : dm2.end])
    if date is None and lead_i is not None:
        # a reprint's note gives the original date: "The following press release was
        # published by the Office of the Spokesperson on Aug. 29, 2021."
        for b in blocks[:lead_i]:
            bs = text[b.start : b.end]
            if ATTRIBUTION.match(bs) and ISSUED_WORD.search(bs):
                dm3 = find_date(bs, b.start)
                if dm3 is not None:
                    date = dm3.date
                    date_span = Seg(dm3.start, dm3.end, text[dm3.start : dm3.end])
                    break
    if date is None and footer_date is not None:
        date = footer_date.date
        date_span = Seg(
            footer_date.start, footer_date.end, text[footer_date.start : footer_date.end]
        )

    paragraphs = tuple(_seg(text, b.start, b.end) for b in body)
    return Segmented(
        text=text,
        section=hdr.section,
        title=hdr.title,
        date=date,
        date_span=date_span,
        captions=hdr.captions,
        dateline=dateline,
        lead=lead,
        points=points,
        paragraphs=paragraphs,
        warnings=tuple(warnings),
    )


def _header_follows(text: str, blocks: list[_Block], i: int) -> bool:
    """True when a headline and a date line come right after block i: block i then stands
    above the release's header (a site's notice or banner paragraph, Singapore MFA pages),
    and the lead is a later paragraph. The headline is one short block that is not a
    sentence and names a meeting; the date line follows it directly; a paragraph follows."""
    nxt = blocks[i + 1 : i + 4]
    if len(nxt) < 3:
        return False
    title, date, body = (text[b.start : b.end] for b in nxt)
    return (
        not _is_prose(title)
        and "\n" not in title
        and _words(title) <= 40
        and TITLE_WORDS.search(title) is not None
        and _date_line(_Line(nxt[1].start, nxt[1].end, date, 0)) is not None
        and _is_prose(body)
    )


def _opens_with_dateline(s: str) -> bool:
    """True when a paragraph opens with a place and a date ("BEIJING, 30 August 2023 -")."""
    dm = DATELINE.match(s)
    return dm is not None and find_date(
        dm.group("date") + (" 2000" if not FOUR_DIGITS.search(dm.group("date")) else "")
    ) is not None


def _standfirst(text: str, blocks: list[_Block], i: int) -> bool:
    """True when block i is a summary printed under the title and the release's body starts
    at the next paragraph (gov.uk pages copied without their "From:" / "Published" block):
    block i is one line with no dateline, and the next paragraph opens with a dateline
    ("LONDON, 3 May 2023 - ..."), which marks where a release's own text begins."""
    if i + 1 >= len(blocks):
        return False
    b, nxt = blocks[i], blocks[i + 1]
    s, ns = text[b.start : b.end], text[nxt.start : nxt.end]
    return (
        b.kind == "para"
        and nxt.kind == "para"
        and "\n" not in s
        and _words(s) <= 60
        and not _opens_with_dateline(s)
        and _is_prose(ns)
        and _opens_with_dateline(ns)
    )


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _followed_by_metadata(text: str, blocks: list[_Block], i: int) -> bool:
    """True when a metadata block ("From:", "Published") comes right after block i (gov.uk)."""
    for b in blocks[i + 1 : i + 3]:
        s = text[b.start : b.end]
        if METADATA_LINE.match(s):
            return True
        if _is_prose(s):
            return False
    return False


@dataclass
class _Header:
    section: Seg | None = None
    title: Seg | None = None
    date: dt.date | None = None
    date_span: Seg | None = None
    captions: tuple[Seg, ...] = ()
    dateline: Seg | None = None


def _header(text: str, lines: list[_Line]) -> _Header:
    h = _Header()
    date_idx: int | None = None
    for i, ln in enumerate(lines):
        m = _date_line(ln)
        if m is not None:
            h.date, h.date_span = m.date, Seg(m.start, m.end, text[m.start : m.end])
            date_idx = i
            # "Washington, 14/10/2021 - 23:07": the place the release was issued from
            pm = PLACE_BEFORE_DATE.match(ln.text[: m.start - ln.start])
            if pm:
                h.dateline = _seg(text, ln.start, ln.start + pm.end("place"))
            break

    # MOFA: the section printed above the release is repeated in its footer ("Japan-Australia
    # Relations" ... "Back to Japan-Australia Relations"); such a line is never the title
    back_to = {
        m.group(1).strip().casefold()
        for m in BACK_TO_LINE.finditer(text)
    }

    def candidate(ln: _Line) -> bool:
        return not (
            ln.text.casefold() in back_to or
            LABEL_LINE.match(ln.text)
            or METADATA_LINE.match(ln.text)
            or BANNER_LINE.match(ln.text)
            or ATTRIBUTION.match(ln.text)
            or _date_line(ln) is not None
            or PHOTO_LINE.match(ln.text)
            or SITE_NAME_LINE.match(ln.text)
            or (SITE_BANNER_LINE.match(ln.text) and not TITLE_WORDS.search(ln.text))
            or _multi_sentence(ln.text)
            or _is_noise(ln.text)
            or _breadcrumbs(ln.text) is not None
            or not _headline_like(ln.text)
        )

    def score(ln: _Line) -> int:
        return 2 * bool(TITLE_WORDS.search(ln.text)) + (_words(ln.text) >= 5)

    before = [ln for i, ln in enumerate(lines) if (date_idx is None or i < date_idx)]
    after = [ln for i, ln in enumerate(lines) if date_idx is not None and i > date_idx]
    before = [ln for ln in before if candidate(ln)]
    after = [ln for ln in after if candidate(ln)]
    # The title is printed above the date (most sites) unless nothing above it reads like
    # one (Australia: the minister's name and offices, then the date, then the title).
    pool = before if any(score(ln) >= 2 for ln in before) or not after else after
    title: _Line | None = None
    if pool:
        best = max(score(ln) for ln in pool)
        title = next(ln for ln in pool if score(ln) == best)
        if best == 0:
            # nothing reads like a headline: the longest line of several words, if any
            # (a lone word or two is a site name or a stray label, not a title)
            longest = max(pool, key=lambda ln: _words(ln.text))
            title = longest if _words(longest.text) >= 3 else None
    if title is not None:
        h.title = Seg(title.start, title.end, title.text)
        if h.date is None:
            # no date line: the date that ends the headline ("PM call with President Trump:
            # 18 September 2019") is the release's date
            # or in brackets after it ("Joint Press Statement – Meeting of ... (May 10, 2021)")
            tm = find_date(title.text, title.start)
            if tm is not None and (
                tm.end == title.end
                or CLOSING_BRACKET.fullmatch(text[tm.end : title.end]) is not None
            ):
                h.date, h.date_span = tm.date, Seg(tm.start, tm.end, text[tm.start : tm.end])
        ti = lines.index(title)
        # the short line above the title is the site section ("Press Releases", "Asia")
        if ti > 0 and _words(lines[ti - 1].text) <= 6 and _date_line(lines[ti - 1]) is None \
                and not _is_noise(lines[ti - 1].text) and _breadcrumbs(lines[ti - 1].text) is None \
                and _headline_like(lines[ti - 1].text):
            prev = lines[ti - 1]
            h.section = Seg(prev.start, prev.end, prev.text)
    if title is not None:
        # a breadcrumb trail above the title ("Home > Media > Press releases"): its last crumb
        # that is not the title itself is the site section
        above = lines[: lines.index(title)]
        for ln in reversed(above):
            crumbs = _breadcrumbs(ln.text)
            if crumbs is None:
                continue
            tkey = title.text.casefold()
            for a, b in reversed(crumbs):
                crumb = ln.text[a:b]
                if not tkey.startswith(crumb.rstrip(".…").casefold()) and _words(crumb) <= 6:
                    h.section = Seg(ln.start + a, ln.start + b, crumb)
                    break
            break
    if h.section is None:
        sec = next((ln for ln in lines if ln.text.casefold() in back_to), None)
        if sec is not None:
            h.section = Seg(sec.start, sec.end, sec.text)
    used = {id(title)} | ({id(lines[date_idx])} if date_idx is not None else set())
    if h.section is not None:
        used |= {id(ln) for ln in lines if ln.start == h.section.start}
    caps: list[Seg] = []
    for ln in lines:
        if id(ln) in used or LABEL_LINE.match(ln.text) or _is_noise(ln.text):
            continue
        # captions are the header lines after the title (photo captions, summaries,
        # attribution lines); lines above the title are site furniture
        if title is not None and ln.start > title.start and ln.text != title.text:
            caps.append(Seg(ln.start, ln.end, ln.text))
    h.captions = tuple(caps)
    return h


def _points(text: str, body: list[_Block]) -> tuple[PointSeg, ...]:
    """Points of the body (body[0] is the lead).

    Numbered bodies: each top-level item is a point; sub-items and unnumbered paragraphs
    that follow it belong to it; a lead printed as item 1 is also point 1.
    Unnumbered bodies: each paragraph after the lead is one point; a list under a paragraph
    (bullets, or numbers introduced by "...:") is its sub-points.
    """
    marked = [b for b in body if b.kind != "para"]
    top_kind = None
    for b in marked:
        if b.kind in ("dot", "paren"):
            top_kind = b.kind
            break
    if top_kind is None and marked and all(b.kind == "bullet" for b in marked):
        # a body of bullets only: bullets are the points (unless every one is indented
        # under a paragraph, which MOFA/Korea use for sub-items)
        top_kind = "bullet" if not any(b.kind == "para" for b in body[1:]) else None
    if top_kind in ("dot", "paren") and _embedded_list(text, body, top_kind):
        top_kind = None

    items = body if body[0].kind == top_kind else body[1:]
    pts: list[_PointBuilder] = []
    if top_kind is None:
        # plain paragraphs; a list under a paragraph is its sub-points (numbers kept);
        # a short heading line starts the next point's heading
        heading: Seg | None = None
        for j, b in enumerate(items):
            s = _seg(text, b.start, b.end)
            # a short line ending "...:" with a list under it ("They agreed to:") is a point
            introduces = s.text.endswith(":") and j + 1 < len(items) and items[j + 1].kind != "para"
            if b.kind != "para" and pts:
                num = b.number if b.kind != "bullet" else None
                _add_sub(pts[-1], num, s, _seg(text, _line_start(text, b.start), b.end))
            elif not _is_prose(s.text) and _words(s.text) <= 10 and not _short_sentence(s.text) \
                    and not introduces:
                heading = s
            else:
                pts.append(_PointBuilder(None, heading, s))
                heading = None
    else:
        top_indent = next((b.indent for b in items if b.kind == top_kind), 0)
        prev: _Block | None = None
        sub_run = False  # inside a list that restarted its numbering under a point
        for b in items:
            s = _seg(text, b.start, b.end)
            last = prev
            prev = b
            if b.kind == top_kind and pts:
                last_top = pts[-1].number
                if b.indent > top_indent + 1:
                    # a list indented under a point ("1. ...:" then "    1. ...") is its
                    # sub-points (plain-text pages keep the nesting as indentation)
                    _add_sub(pts[-1], b.number, s, _seg(text, _line_start(text, b.start), b.end))
                    continue
                restarts = (
                    b.number == 1
                    and last is not None
                    and last.kind == "para"
                    and text[last.start : last.end].rstrip().endswith(":")
                )
                # the restarted list ends at the number that continues the top level and
                # not the sub-list ("1. 2. [1. 2. 3.] 3.")
                last_sub = pts[-1].subs[-1].number if pts[-1].subs else None
                continues_top = (
                    last_top is not None
                    and b.number == last_top + 1
                    and (last_sub is None or b.number != last_sub + 1)
                )
                if restarts or (sub_run and not continues_top):
                    # numbering that starts again at 1 after a paragraph ending "...:" is a
                    # list inside the point ("They also agreed on the following:\n1. ...")
                    sub_run = True
                    _add_sub(pts[-1], b.number, s, _seg(text, _line_start(text, b.start), b.end))
                    continue
                sub_run = False
                if last_top is not None and b.number is not None and b.number <= last_top:
                    # points run in order: "(2) ...\n(1) ..." or "4) ...\n0) ..." is not a new
                    # point 1 after point 2 (a list restarting under a point is handled
                    # above); the line, marker and all, is more text of the point
                    pts[-1].extra.append(_seg(text, _line_start(text, b.start), b.end))
                    continue
            if b.kind == top_kind:
                if _is_heading(text, b):
                    pts.append(_PointBuilder(b.number, s, _seg(text, b.end, b.end)))
                else:
                    pts.append(_PointBuilder(b.number, None, s))
            elif not pts:
                continue  # a paragraph between the lead and the first item
            elif b.kind == "para":
                if NOTE_LINE.match(s.text):
                    break  # "(Note)" lists after the last point are not points
                p = pts[-1]
                if not p.body.text:
                    p.body = s
                else:
                    p.extra.append(s)
            else:
                num = b.number if b.kind != "bullet" else None
                _add_sub(pts[-1], num, s, _seg(text, _line_start(text, b.start), b.end))
    return tuple(p.build(i + 1) for i, p in enumerate(pts))


def _add_sub(point: _PointBuilder, number: int | None, s: Seg, line: Seg) -> None:
    """A sub-point of ``point``; sub-points run in order like points: "(2) ...\n(1) ..."
    under one point is not a new (1), so the line, marker and all, is text of the last one."""
    last = next((x.number for x in reversed(point.subs) if x.number is not None), None)
    if number is not None and last is not None and number < last and point.subs:
        point.subs[-1].extra.append(line)
        return
    point.subs.append(_PointBuilder(number, None, s))


def _embedded_list(text: str, body: list[_Block], kind: str) -> bool:
    """True when the body is plain paragraphs and its numbered list sits under one of them
    (gov.uk, Canada, UN layouts): the first item follows a paragraph after the lead that ends
    "...:", and the items are fragments of that sentence ("1. a joint working group;")
    or the numbering starts again at 1 under a later paragraph. A lead's own "as follows:"
    list stays the points."""
    first = next((i for i, b in enumerate(body) if b.kind == kind), None)
    if first is None or first < 2:
        return False
    intro = body[first - 1]
    if intro.kind != "para" or not text[intro.start : intro.end].rstrip().endswith(":"):
        return False
    run = [b for b in body[first:] if b.kind == kind]
    fragments = any(
        (t := text[b.start : b.end].strip())[:1].islower() or t.endswith((";", ",", "; and"))
        for b in run
    )
    restarts = sum(1 for b in run if b.number == 1) >= 2
    return fragments or restarts


@dataclass
class _PointBuilder:
    number: int | None
    heading: Seg | None
    body: Seg

    def __post_init__(self) -> None:
        self.subs: list[_PointBuilder] = []
        self.extra: list[Seg] = []

    def build(self, index: int) -> PointSeg:
        return PointSeg(
            index=index,
            number=self.number,
            heading=self.heading,
            body=self.body,
            subpoints=tuple(s.build(index) for s in self.subs),
            extra=tuple(self.extra),
        )
