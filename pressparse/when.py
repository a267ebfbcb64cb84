"""When and how: the meeting's date, start/end time, duration, zone, format, kind, location.

The stage finds the *meeting sentence* (the lead sentence whose verb reports the
meeting: "met", "held a meeting/talks/telephone talk", "spoke by telephone",
"paid a courtesy call", "hosted", ...) and reads every value from it first, then
from the sentences of the same paragraph that go on about the same meeting
("The call began shortly after 5:00 p.m. and lasted about 15 minutes."), and
stops at a sentence that moves on to another event ("Afterwards, ... hosted a
dinner"), so that a release reporting two meetings never mixes their values.

Everything here is rules over the text plus spaCy's entities/parse for places;
relative dates resolve against the release's own date (``an.seg.date``), never
the clock.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .document import Analyzed, Seg
from .lazyre import Lazy
from .lexicon import CITIES, COUNTRIES, MONTHS, PLACES, WEEKDAYS
from .model import Meeting, MeetingFormat, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class WhenResult:
    meeting: Meeting
    spans: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------
# Lexical data (rules as data)
# --------------------------------------------------------------------------------------

# Number words in durations ("approximately forty minutes", "an hour and a half").
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

# Zone words written right after a stated time: "2:00 p.m. (JST)", "17.00 WIB",
# "8 p.m. (Japan time)". Only names that denote one IANA zone are listed.
ZONE_WORDS: dict[str, str] = {
    "jst": "Asia/Tokyo", "japan time": "Asia/Tokyo", "tokyo time": "Asia/Tokyo",
    "japan standard time": "Asia/Tokyo",
    "kst": "Asia/Seoul", "korea time": "Asia/Seoul", "seoul time": "Asia/Seoul",
    "korea standard time": "Asia/Seoul", "korean time": "Asia/Seoul",
    "korean standard time": "Asia/Seoul",
    "wib": "Asia/Jakarta", "jakarta time": "Asia/Jakarta",
    "sgt": "Asia/Singapore", "singapore time": "Asia/Singapore",
    "beijing time": "Asia/Shanghai", "china standard time": "Asia/Shanghai",
    "hkt": "Asia/Hong_Kong", "manila time": "Asia/Manila", "pht": "Asia/Manila",
    "bangkok time": "Asia/Bangkok", "hanoi time": "Asia/Ho_Chi_Minh",
    "viet nam time": "Asia/Ho_Chi_Minh", "vietnam time": "Asia/Ho_Chi_Minh",
    "myt": "Asia/Kuala_Lumpur", "malaysia time": "Asia/Kuala_Lumpur",
    "kuala lumpur time": "Asia/Kuala_Lumpur", "wita": "Asia/Makassar",
    "pdt": "America/Los_Angeles", "pst": "America/Los_Angeles",
    "indian standard time": "Asia/Kolkata", "india time": "Asia/Kolkata",
    "new delhi time": "Asia/Kolkata", "moscow time": "Europe/Moscow", "msk": "Europe/Moscow",
    "bst": "Europe/London", "london time": "Europe/London", "uk time": "Europe/London",
    "cest": "Europe/Brussels", "brussels time": "Europe/Brussels",
    "paris time": "Europe/Paris", "berlin time": "Europe/Berlin",
    "gmt": "Etc/GMT", "utc": "Etc/UTC",
    "edt": "America/New_York", "est": "America/New_York", "eastern time": "America/New_York",
    "washington time": "America/New_York", "new york time": "America/New_York",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney", "canberra time": "Australia/Sydney",
    "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
    "wellington time": "Pacific/Auckland",
}

# Places whose clock is certain: cities, and countries with a single zone.
# Used for "(local time)" and for a stated meeting place; a place missing here
# leaves the zone null (precision first).
PLACE_ZONES: dict[str, str] = {
    # cities
    "tokyo": "Asia/Tokyo", "hiroshima": "Asia/Tokyo", "osaka": "Asia/Tokyo",
    "kyoto": "Asia/Tokyo", "nagoya": "Asia/Tokyo", "yokohama": "Asia/Tokyo",
    "seoul": "Asia/Seoul", "busan": "Asia/Seoul", "beijing": "Asia/Shanghai",
    "shanghai": "Asia/Shanghai", "chongqing": "Asia/Shanghai", "xiamen": "Asia/Shanghai",
    "hong kong": "Asia/Hong_Kong", "taipei": "Asia/Taipei", "manila": "Asia/Manila",
    "jakarta": "Asia/Jakarta", "bandung": "Asia/Jakarta", "kuala lumpur": "Asia/Kuala_Lumpur",
    "singapore": "Asia/Singapore", "bangkok": "Asia/Bangkok", "hanoi": "Asia/Ho_Chi_Minh",
    "ho chi minh city": "Asia/Ho_Chi_Minh", "hà nội": "Asia/Ho_Chi_Minh",
    "ha noi": "Asia/Ho_Chi_Minh", "da nang": "Asia/Ho_Chi_Minh",
    "vientiane": "Asia/Vientiane",
    "phnom penh": "Asia/Phnom_Penh", "bandar seri begawan": "Asia/Brunei",
    "naypyidaw": "Asia/Yangon", "yangon": "Asia/Yangon", "dhaka": "Asia/Dhaka",
    "new delhi": "Asia/Kolkata", "delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
    "islamabad": "Asia/Karachi", "kabul": "Asia/Kabul", "tehran": "Asia/Tehran",
    "riyadh": "Asia/Riyadh", "doha": "Asia/Qatar", "abu dhabi": "Asia/Dubai",
    "dubai": "Asia/Dubai", "ankara": "Europe/Istanbul", "istanbul": "Europe/Istanbul",
    "jerusalem": "Asia/Jerusalem", "cairo": "Africa/Cairo", "nairobi": "Africa/Nairobi",
    "accra": "Africa/Accra", "addis ababa": "Africa/Addis_Ababa",
    "moscow": "Europe/Moscow", "london": "Europe/London", "paris": "Europe/Paris",
    "biarritz": "Europe/Paris", "berlin": "Europe/Berlin", "munich": "Europe/Berlin",
    "rome": "Europe/Rome", "matera": "Europe/Rome", "brussels": "Europe/Brussels",
    "the hague": "Europe/Amsterdam", "amsterdam": "Europe/Amsterdam",
    "geneva": "Europe/Zurich", "madrid": "Europe/Madrid", "lisbon": "Europe/Lisbon",
    "vienna": "Europe/Vienna", "warsaw": "Europe/Warsaw", "stockholm": "Europe/Stockholm",
    "oslo": "Europe/Oslo", "helsinki": "Europe/Helsinki", "copenhagen": "Europe/Copenhagen",
    "reykjavik": "Atlantic/Reykjavik", "dublin": "Europe/Dublin", "athens": "Europe/Athens",
    "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv",
    "new york": "America/New_York", "washington": "America/New_York",
    "washington, d.c.": "America/New_York", "washington dc": "America/New_York",
    "ottawa": "America/Toronto", "mexico city": "America/Mexico_City",
    "canberra": "Australia/Sydney", "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne", "wellington": "Pacific/Auckland",
    "auckland": "Pacific/Auckland",
    # countries with one zone
    "japan": "Asia/Tokyo", "republic of korea": "Asia/Seoul", "korea": "Asia/Seoul",
    "south korea": "Asia/Seoul", "china": "Asia/Shanghai", "philippines": "Asia/Manila",
    "the philippines": "Asia/Manila", "singapore city": "Asia/Singapore",
    "malaysia": "Asia/Kuala_Lumpur", "thailand": "Asia/Bangkok", "viet nam": "Asia/Ho_Chi_Minh",
    "vietnam": "Asia/Ho_Chi_Minh", "laos": "Asia/Vientiane", "lao pdr": "Asia/Vientiane",
    "cambodia": "Asia/Phnom_Penh", "brunei": "Asia/Brunei",
    "brunei darussalam": "Asia/Brunei", "myanmar": "Asia/Yangon", "india": "Asia/Kolkata",
    "pakistan": "Asia/Karachi", "bangladesh": "Asia/Dhaka", "iran": "Asia/Tehran",
    "saudi arabia": "Asia/Riyadh", "qatar": "Asia/Qatar", "united arab emirates": "Asia/Dubai",
    "israel": "Asia/Jerusalem", "turkey": "Europe/Istanbul", "türkiye": "Europe/Istanbul",
    "egypt": "Africa/Cairo", "ghana": "Africa/Accra", "kenya": "Africa/Nairobi",
    "italy": "Europe/Rome", "germany": "Europe/Berlin", "united kingdom": "Europe/London",
    "belgium": "Europe/Brussels", "netherlands": "Europe/Amsterdam",
    "switzerland": "Europe/Zurich", "austria": "Europe/Vienna", "poland": "Europe/Warsaw",
    "sweden": "Europe/Stockholm", "norway": "Europe/Oslo", "finland": "Europe/Helsinki",
    "iceland": "Atlantic/Reykjavik", "ireland": "Europe/Dublin", "greece": "Europe/Athens",
    "ukraine": "Europe/Kyiv",
}


# Nouns that name the meeting itself ("the meeting began", "a meeting in Rome").
MEETING_NOUNS = frozenset({
    "meeting", "meetings", "talk", "talks", "call", "calls", "conversation", "conference",
    "consultations", "dinner", "lunch", "luncheon", "breakfast", "summit", "session",
    "discussion", "discussions", "dialogue", "audience", "visit", "videoconference",
    "teleconference", "reception"
}
)
# Nouns for the people met: "met his American counterpart in London" places the meeting,
# as "met Minister X in London" does (the parse hangs "in" on the noun).
PERSON_NOUNS = frozenset({
    "counterpart", "counterparts", "minister", "ministers", "leader", "leaders", "delegation",
    "delegations", "officials", "president", "secretary", "ambassador", "envoy",
}
)
# Nouns that name a wider gathering; "on the margins of the G20 Summit in Rome".
EVENT_NOUNS = frozenset({
    "summit", "meeting", "conference", "assembly", "session", "forum", "dialogue", "ministerial",
    "council", "talks", "consultations", "week", "retreat", "gathering", "ceremony"
}
)
# The last word of a building/venue name: "at the Iikura Guest House".
FACILITY_NOUNS = frozenset({
    "house", "palace", "hall", "secretariat", "hotel", "centre", "center", "building", "office",
    "ministry", "residence", "embassy", "consulate", "headquarters", "hq", "castle", "museum",
    "villa", "room", "chamber", "parliament", "complex", "pavilion", "park", "square", "garden",
    "gardens", "auditorium", "stadium", "airport", "base", "station", "campus", "university",
    "temple", "shrine", "kremlin", "mansion", "lodge", "manor", "court", "resort",
    "club", "theatre", "theater", "library", "institute",
    # "Diaoyutai State Guesthouse" (China), "Hyderabad House"/"Rashtrapati Bhavan" (India)
    "guesthouse", "bhavan"
}
)
# The first word of a venue named in a language that puts the head noun first: "Wisma Putra",
# "Istana Negara" (Malay), "Gedung Pancasila" (Indonesian), "Palazzo Chigi", "Villa Madama"
# (Italian), "Casa Rosada", "Palacio de la Moncloa" (Spanish), "Palais de l'Elysee", "Hotel
# Matignon" (French), "Schloss Meseberg" (German).
FACILITY_FIRST_WORDS = frozenset({
    "wisma", "istana", "gedung", "seri", "palazzo", "villa", "casa", "palacio", "palais",
    "hôtel", "hotel", "schloss", "château", "chateau", "quinta", "palácio", "dom",
}
)
# Verbs of a host receiving a visitor: the release speaks from the host's place ("VGP - Hanoi,
# April 15 - The Prime Minister received ..."), so with no place in the meeting sentence the
# dateline's place is where the visitor was received.
HOST_VERB_RE = re.compile(
    r"^(?:received|receives|welcomed|welcomes|hosted|hosts)\b", re.IGNORECASE
)
WELCOME_VERBS = frozenset({"welcomed", "welcomes", "welcoming", "received", "receives", "hosted",
                           "hosts"})
# A place name's last word that makes it a place without an entity tag.
PLACE_SUFFIXES = frozenset({
    "city", "province", "prefecture", "state", "region", "county", "district", "island",
    "islands", "oblast", "territory", "municipality"
}
)
# Capitalised words that are never (the start of) a place after "in"/"at".
NOT_PLACE_WORDS = frozenset(
    {m.capitalize() for m in MONTHS} | {w.capitalize() for w in WEEKDAYS}
    | {"The", "This", "That", "His", "Her", "Their", "Our", "My", "Its", "I", "He",
       "She", "They", "We", "It", "Person", "English", "Addition", "Particular",
       "Response", "Support", "Order", "Light", "View", "Line", "Spite", "Terms",
       "Today", "Tomorrow", "Yesterday", "Part", "Future", "Summer", "Winter", "Spring",
       "Autumn", "Fall", "Recent", "Total"}
)

_COUNTRY_LOWER = frozenset(c.lower() for c in COUNTRIES)
_CITY_LOWER = frozenset(c.lower() for c in CITIES)
# Every place the lexicons name (capitals, other cities, regions, zoned places); with no
# entity tagger (the fast mode without ner) a place is known from these alone.
_KNOWN_PLACE_LOWER = (
    _CITY_LOWER | frozenset(p.lower() for p in PLACES) | frozenset(PLACE_ZONES) | _COUNTRY_LOWER
)
# The head nouns of a venue that may stand as a venue's second name after a comma: "at the
# State Guest House, Akasaka Palace" (Japan), "at Government House, Wellington Lodge".
VENUE_TAIL_NOUNS = frozenset({
    "house", "palace", "hall", "castle", "residence", "mansion", "villa", "lodge", "manor",
    "pavilion", "hotel", "centre", "center", "building", "complex", "kremlin"
}
)
# The head nouns of a building that "in" places a meeting in, with no entity tagger ("held
# talks in the Kremlin", "in the Great Hall of the People"). Narrower than FACILITY_NOUNS:
# "in the Ministry/Office/Court/University" more often names a body than a building.
IN_BUILDING_NOUNS = VENUE_TAIL_NOUNS | frozenset({
    "room", "secretariat", "embassy", "consulate", "headquarters", "garden", "gardens",
    "resort", "temple", "shrine",
}
)
# "taking place in Kuwait City": "place" is the object of "take", so "in" hangs on the verb
# (a rule-made parse may hang it on the noun).
TAKE_FORMS = frozenset({"take", "takes", "took", "taking", "taken"})

# --------------------------------------------------------------------------------------
# The meeting sentence
# --------------------------------------------------------------------------------------

_MEETING_OBJ = (
    r"(?:meetings?|talks?|conversations?|(?:tele|video)?conferences?|consultations?|calls?"
    r"|dinner|lunch(?:eon)?|breakfast|discussions?|summit|dialogue|audience|session"
    r"|videoconference|video\s+conference|exchange\s+of\s+views)"
)
# How a person's mention starts: an honorific, or a capitalised office ("Foreign Minister"),
# whose qualifiers may be dotted abbreviations ("received U.S. Secretary of State X",
# "welcomed U.K. Foreign Secretary X", "E.U. High Representative").
_PERSON_START = (
    r"H\.\s?E\.|His\s+|Her\s+|Their\s+|Mr\.?\s|Mrs\.?\s|Ms\.?\s|Dr\.?\s|the\s+Hon"
    r"|(?:the\s+)?(?:(?:[A-Z][\w-]+|(?:[A-Z]\.){2,3})\s+){0,3}(?:Minister|Secretary|President"
    r"|Ambassador|Premier|Chancellor|King|Queen|Prince|Princess|Governor|Speaker|Chairman|Chair"
    r"|Commissioner|Director|Envoy|Senator|Representative)\b"
)
# Strong verbs report the meeting itself. Layouts: "X met (with) Y", "X held a
# (bilateral|telephone|summit) meeting/talks with Y", "X spoke by telephone with Y",
# "X talked on the telephone with Y", "X paid/received a courtesy call", "X called on Y",
# "X hosted Y / a dinner", "X chaired/took part in the ... Meeting", "X had an audience".
STRONG_VERB_RE = re.compile(
    r"\b(?:met|meets|meet\s+with)\b"
    r"|\b(?:held|holds|hold|had|has|have|conducted|conducts|co-chaired|chaired|chairs"
    r"|attended|attends|joined|joins|hosted|hosts)\b[^;:\n]{0,80}?\b" + _MEETING_OBJ + r"\b"
    r"|\b(?:took|takes)\s+part\s+in\b|\bparticipated\s+in\b"
    # "spoke today by phone with", "spoke this morning by telephone with"
    r"|\b(?:spoke|speaks|talked|talks|conversed)\s+(?:(?:today|yesterday|earlier|this|last"
    r"|morning|afternoon|evening|night|again|briefly|separately)\s+){0,3}"
    r"(?:by|on|over|via|with|to)\b"
    r"|\b(?:paid|pays|received|receives|made|makes)\s+(?:a\s+)?courtesy\s+call"
    r"|\bcalled\s+on\b|\bcalls\s+on\b|\btelephoned\b|\bphoned\b"
    r"|\b(?:hosted|hosts)\b(?!\s+by\b)"
    # "received H.E. Mr. X", "received Foreign Minister X": a person as the object
    r"|\b(?:received|receives|welcomed|welcomes)\s+(?:" + _PERSON_START + r")",
    re.IGNORECASE,
)
# Weak verbs: a visit, used only where no strong verb is in the paragraph.
WEAK_VERB_RE = re.compile(
    r"\b(?:visited|visits|(?:paid|pays|made|makes)\s+an?\s+(?:\w+\s+)?visit)\b", re.IGNORECASE
)
# A verb phrase that is about the future or negated, not a meeting that took place.
FUTURE_RE = re.compile(
    r"\b(?:will|would|shall|plans?\s+to|is\s+to|are\s+to|looks?\s+forward\s+to|to\s+be\s+held"
    r"|is\s+scheduled|are\s+scheduled)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A verb about another, earlier contact: "since they last met", "when the leaders met".
EARLIER_RE = re.compile(
    r"\b(?:since|when|once|until|previously|last|first|had\s+last)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)

# A sentence that moves on to another event ends the meeting window.
NEW_EVENT_RE = re.compile(
    r"^\s*(?:\(?\d+\)?\.?\s*)?(?:afterwards?|after\s+(?:that|this|the\s+\w+)|later|subsequently"
    r"|then|thereafter|following\s+(?:that|this|the\s+\w+)|in\s+the\s+(?:evening|afternoon|morning)"
    r"|earlier|before\s+(?:that|this|the\s+\w+)|prior\s+to|on\s+the\s+same\s+day|the\s+same\s+day"
    r"|the\s+next\s+day|the\s+following\s+day)\b"
    r"|\bfollowed\s+by\b|\bwas\s+followed\b"
    r"|\balso\s+(?:met|held|hosted|called|paid|had|spoke|attended|visited)\b"
    r"|\bhosted\s+(?:a|an)\s+(?:\w+\s+)?(?:dinner|lunch|luncheon|breakfast|reception)\b",
    re.IGNORECASE,
)
# Within a sentence, the words that move on to another event: "held a summit meeting with Y,
# followed by a working dinner for approximately 90 minutes", "met Y at 10 a.m. and then
# hosted a lunch", ", after which the leaders attended a dinner", "The meeting lasted about
# an hour and was followed by a dinner". The sentence is read only up to them, so the second
# event's time, length and venue are never the first meeting's.
MID_EVENT_RE = re.compile(
    r"(?:,\s*|\s+)(?:(?:and\s+)?(?:was\s+|were\s+)?followed\s+by|after\s+which|following\s+which"
    r"|before\s+(?:hosting|holding|attending|joining|having|giving|visiting|paying|proceeding)"
    r"|(?:and\s+)?(?:then|later|afterwards|subsequently|thereafter)\s+(?:\w+\s+){0,2}?"
    r"(?:hosted|held|attended|joined|had|gave|visited|met|paid|went|proceeded|travell?ed"
    r"|co-hosted|hosts|holds|attends|joins)"
    r"|and\s+(?:also\s+)?(?:hosted|attended|held|had)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dinner|lunch(?:eon)?|breakfast|reception|banquet|press\s+conference))\b",
    re.IGNORECASE,
)

# The rest of an aside set off by commas (", followed by a dinner, at the Guest House ..."):
# a short phrase with no figures, then the main clause goes on.
_ASIDE_RE = re.compile(r"[^,.;:()\d]{1,40},\s*(?:at|in|with|on|and|where)\b")

# A sentence that talks about the meeting (so its time/duration are the meeting's).
ABOUT_MEETING_RE = re.compile(
    r"\b(?:meetings?|call|talks?|conversation|conference|videoconference|dinner|lunch|luncheon"
    r"|breakfast|session|discussions?|consultations|summit|audience)\b"
    r"|\b(?:began|begun|started|commenced|lasted|ran|went\s+on|continued|took\s+place"
    r"|was\s+held|were\s+held|talked|spoke|met)\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------------------
# Format and kind
# --------------------------------------------------------------------------------------

# Remote media. Layouts: "held a telephone talk", "spoke by telephone", "talked on the
# telephone", "phone call", "held a video conference", "videoconference", "virtual
# meeting", "held talks via video link", "met ... by video conference", "online meeting".
TELEPHONE_RE = re.compile(
    r"\b(?:tele)?phone\s+(?:talks?|conversations?|calls?|meetings?|conference|summit)\b"
    r"|\b(?:held|holds|had|has|have|made|makes|took|takes|received|receives)\s+(?:an?\s+)?"
    r"(?:(?:brief|short|cordial|productive|warm|first|second|\w+ly)\s+){0,2}calls?\s+(?:with|from)\b"
    # a headline's "Call with" / "PM call with President X" (not a courtesy or video call)
    r"|(?<!courtesy\s)(?<!video\s)(?<!virtual\s)\b[Cc]all\s+(?:with|between)\b"
    r"|\b(?:by|over|on|via)\s+(?:the\s+)?(?:tele)?phone\b|\btelephoned\b|\bphoned\b"
    r"|\btelephone\s+(?:discussion|exchange)s?\b",
    re.IGNORECASE,
)
VIDEO_RE = re.compile(
    r"\bvideo[\s-]*(?:conferences?|conferencing|calls?|link|links|meetings?|talks?|summit"
    r"|teleconferences?|format)\b|\bvideoconferenc(?:e|es|ing)\b|\bvideo-?link\b"
    r"|\bvirtual(?:ly)?\b(?:\s+(?:meetings?|summit|talks?|conference|call|format|session))?"
    r"|\bonline\s+(?:meetings?|talks?|conference|summit|format|session)\b"
    r"|\b(?:held|met|took\s+place)\s+online\b"
    # "TV conference" (Japanese and Korean releases of 2020-21)
    r"|\bTV[\s-]+conferenc(?:e|es|ing)\b"
    # the platform named: "met via Zoom", "on Microsoft Teams", "by Webex"
    r"|\b(?:via|by|on|over|through|using)\s+(?:Zoom|Webex|WebEx|Skype|(?:Microsoft\s+)?Teams)\b",
    re.IGNORECASE,
)
# A remote meeting whose medium the word does not tell: a bare "teleconference" is a
# video call in some releases and a telephone conference in others. The format stays
# null (never in person) with a warning.
REMOTE_UNKNOWN_RE = re.compile(r"\bteleconferenc(?:e|es|ing)\b", re.IGNORECASE)
IN_PERSON_RE = re.compile(r"\bin[\s-]person\b|\bface[\s-]to[\s-]face\b", re.IGNORECASE)
# A medium that names an earlier/later contact, not this meeting ("since their
# telephone conversation on 10 June").
OTHER_CONTACT_RE = re.compile(
    r"\b(?:since|following|after|previous|earlier|last|recent|next|upcoming|their\s+last)\b"
    r"[^.;,]{0,30}$",
    re.IGNORECASE,
)
# "during their recent phone talks" (Viet Nam News Agency): "recent" then names this meeting,
# the one the sentence is about, not an earlier contact.
DURING_THIS_RE = re.compile(
    r"\bduring\s+(?:the|their|this|today's)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# "held by video conference", "took place via video link" in a later lead sentence.
HELD_BY_RE = re.compile(
    r"\b(?:held|conducted|took\s+place|met|talked|spoke|was\s+\w+)\s+(?:\w+\s+){0,2}?"
    r"(?:by|via|through|over|on|in|as)\s+(?:an?\s+|the\s+)?(?=[\w-]+)",
    re.IGNORECASE,
)

# A paragraph that goes on about the meeting by naming it: "During their call, the Ministers
# highlighted ..." (Canada, State Department): a bare "call" is a telephone call.
RECAP_RE = re.compile(
    r"^\s*(?:During|In|Over|Throughout)\s+(?:the\s+course\s+of\s+)?(?:the|their|this|today's)"
    r"\s+(?P<m>(?:[\w-]+\s+){0,2}?(?:call|conversation|conference|meeting|talks?))\b",
    re.IGNORECASE,
)
BARE_CALL_RE = re.compile(r"^(?:(?:tele)?phone\s+)?call$", re.IGNORECASE)
# The meeting verb is speaking with someone ("spoke with", "spoke today to").
SPOKE_RE = re.compile(r"(?:spoke|speaks|talked|talks|conversed)\b", re.IGNORECASE)
# Signs that the people were in one place: a venue or city, an event's margins, a visit.
PLACE_CUE_RE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?[A-Z]|\b(?:margins?|sidelines?|side)\s+of\b|\bvisit"
    r"|\bmet\b|\bmeeting\b|\bin[\s-]person\b|\bface[\s-]to[\s-]face\b"
)

# (pattern, kind), most specific first. Adjacent matches form one phrase ("summit
# telephone talk") whose most specific kind wins; the first phrase of the sentence
# is the first meeting ("a foreign ministers' meeting and working lunch").
KIND_TABLE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), k)
    for p, k in (
        (r"\b(?:tele)?phone\s+(?:talks?|conversations?|calls?|meetings?|conference)\b"
         r"|\b(?:spoke|speaks|talked|talks)\s+(?:by|over|on|via)\s+(?:the\s+)?(?:tele)?phone\b"
         r"|\btelephoned\b|\bphoned\b"
         r"|(?<!courtesy )(?<!video )\bcalls?\s+(?:with|from)\b", "telephone_talk"),
        (r"\bvideo[\s-]*(?:conferences?|teleconferences?|calls?|meetings?|talks?|summit)\b"
         r"|\bvideoconferences?\b|\bvirtual\s+(?:meetings?|summit|talks?|conference)\b"
         r"|\bonline\s+(?:meetings?|talks?|conference|summit)\b"
         r"|\bTV[\s-]+conferences?\b", "video_conference"),
        (r"\bteleconferences?\b", "teleconference"),
        (r"\bcourtesy\s+calls?\b|\bcall(?:ed|s)\s+on\b", "courtesy_call"),
        (r"\bworking\s+lunch(?:eon)?\b", "working_lunch"),
        (r"\bworking\s+dinner\b", "working_dinner"),
        (r"\bworking\s+breakfast\b", "working_breakfast"),
        (r"\bdinner\b", "dinner"),
        (r"\blunch(?:eon)?\b", "lunch"),
        (r"\bbreakfast\b", "breakfast"),
        (r"\bforeign\s+ministers[’']?\s*(?:meeting|talks)\b", "foreign_ministers_meeting"),
        (r"\b2\s?\+\s?2\b", "two_plus_two"),
        (r"\bsummit(?:\s+(?:meeting|talks))?\b", "summit_meeting"),
        (r"\bconsultations\b", "consultations"),
        (r"\baudience\b", "audience"),
        (r"\b(?:bilateral\s+)?meetings?\b|\bmet\b|\bmeets\b", "meeting"),
        (r"\btalks\b|\btalked\b|\bspoke\b|\bconversation\b", "talks"),
        (r"\bvisit(?:ed|s)?\b", "visit"),
    )
)
GENERIC_KINDS = frozenset({"meeting", "talks", "visit"})
DEFAULT_KIND: dict[MeetingFormat, str] = {
    "in_person": "meeting", "telephone": "telephone_talk", "video": "video_conference",
}

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
# Date layouts, each with the parts it carries. "May 23, 2024", "23 May 2024",
# "the 5th of May", "(28/6)", "28/6/2021", "2021-06-28", "2021/04/01", "13.04.2021".
DATE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"),
    re.compile(
        r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})" + _ORD + r"\b(?:,?\s*(?P<y>(?:19|20)\d\d)\b)?",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:the\s+)?(?P<d>\d{1,2})" + _ORD + r"(?:\s+of)?\s+" + _MONTH
        + r"(?:,?\s*(?P<y>(?:19|20)\d\d)\b)?",
        re.IGNORECASE,
    ),
    re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\((?P<a>\d{1,2})/(?P<b>\d{1,2})\)"),
)
# Index in DATE_RES of the bracketed day/month of Indonesian and Vietnamese releases.
BRACKET_DATE = 4
# A bare "(d/m)" is a date only when, read day first, it falls this close before the release.
BRACKET_DATE_MAX_DAYS_BEFORE = 7
# A day counted from another day of the text: "the following day", "the day before".
ANCHORED_DAY_RE = re.compile(
    r"\bthe\s+(?:(?P<dir>previous|following|next)\s+day|day\s+(?P<dir2>before|after))\b"
    r"(?!\s+(?:yesterday|tomorrow))",
    re.IGNORECASE,
)
# Words that place the meeting in a stretch of time, not on a day: "last week", "earlier
# this month". The date stays null with a warning (never a guess).
IMPRECISE_DATE_RE = Lazy(
    r"\b(?:(?:earlier|later)\s+)?(?:last|this|past|previous)\s+(?:week|month|year|weekend)\b"
    r"|\bthe\s+(?:past|previous|last)\s+(?:few\s+)?(?:week|weeks|month|months|days)\b"
    r"|\brecently\s+(?:met|held|hosted|spoke|talked|received|had)\b"
    r"|\bin\s+recent\s+(?:days|weeks)\b",
    re.IGNORECASE,
)
# When the lead states no day, the meeting is taken to be on the release's date, unless
# the paragraph speaks of time in a way that makes that unsafe (a week, a month, a year,
# a weekday the rules could not place).
DATE_DEFAULTS_TO_RELEASE = True
NO_DEFAULT_DATE_RE = Lazy(
    r"\b(?:last|this|next|past)\s+(?:week|month|year|weekend)\b|\b(?:weeks?|months?|years?|days?)"
    r"\s+ago\b|\bearlier\s+this\b|\b(?:19|20)\d\d\b|\bon\s+(?:the\s+)?\d"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d",
)
WEEKDAY_RE = re.compile(
    r"\b(?:(?:on|last|this\s+past)\s+)?(?P<wd>" + _WDAY + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)
RELATIVE_RE = re.compile(
    r"\b(?P<w>(?:earlier\s+)?today|this\s+(?:morning|afternoon|evening)|tonight"
    r"|(?<!before\s)yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)\b(?![’']s)",
    re.IGNORECASE,
)
# Counted relative days ("two days ago", "a week ago", "the day before yesterday"): the
# phrase alone goes to dateparser, with the release's date as the base (never the clock).
AGO_RE = re.compile(
    r"\b(?:the\s+day\s+before\s+yesterday|(?:\d{1,2}|an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\s+(?:days?|weeks?)\s+ago)\b",
    re.IGNORECASE,
)
# The place and date that open a lead: "JAKARTA, 24 April 2021 –", "PASAY CITY 09 June 2021 –",
# "New York, May 3, 2021 —", "Washington, 14/10/2021 -".
DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?),?\s+(?:\(?[A-Z][A-Za-z]*\)?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4})\s*(?:[–—-]+|:)\s*"
)
# What follows a dateline's place: ", 24 April 2021 –", " (Reuters) -", ", April 15 –" (the
# year may be left out; the dash then ends the dateline).
DATELINE_TAIL_RE = Lazy(
    r"^[\s,]*(?:\(?[A-Z][A-Za-z]*\)\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+\d{4}"
    r"|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}"
    r"|(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?=\s*[–—-]))?\s*(?:[–—-]+|:)?\s*"
)
# A news agency's code printed before a dateline: "VGP - ", "VNA – ".
_AGENCY_CODE_RE = re.compile(r"[A-Z]{2,6}\s+[-–—]\s+")

# --------------------------------------------------------------------------------------
# Times and durations
# --------------------------------------------------------------------------------------

_AMPM = r"(?P<ap>[ap])\.?\s?m\b\.?"
TIME12_RE = re.compile(
    r"(?<![\d.:])(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s?" + _AMPM, re.IGNORECASE
)
# 24 h clock: "17:30", "17.00", "1730 hrs". Only taken with a time cue before it or a
# zone/"hrs" after it (so that "2.5" or a date is never a time).
TIME24_RE = re.compile(
    r"(?<![\d.:/])(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<mi>[0-5]\d)|(?P<mi2>[0-5]\d)"
    r"(?=\s*(?:h(?:rs|ours)\b|(?:to|-|–)\s*[0-2]\d[0-5]\d\s*h(?:rs|ours)\b)))"
    r"(?![\d.:/]\d)(?!\s?[ap]\.?\s?m\b)",
    re.IGNORECASE,
)
TIME24_CUE_BEFORE_RE = re.compile(
    r"(?:\b(?:at|from|to|until|till|between|and|since|by|commencing|starting|started|began"
    r"|begins|around|about|approximately)|[-–—])\s*$",
    re.IGNORECASE,
)
TIME24_CUE_AFTER_RE = re.compile(
    r"^\s*(?:\(|h(?:rs|ours)?\b|local\b|jst\b|wib\b|gmt\b|utc\b|[a-z]st\b|[-–—]|to\b|until\b)",
    re.IGNORECASE,
)
# The first hour of a range whose suffix is written once: "between 3 and 4 p.m.",
# "from 3:30 to 5 p.m." (ending right where the second time starts).
SHARED_AMPM_RE = re.compile(
    r"\b(?:from|between)\s+(?:around\s+|about\s+|approximately\s+)?"
    r"(?P<t>(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?)\s*(?:to|until|till|and|-|–|—)\s*$",
    re.IGNORECASE,
)
ANY_CLOCK_RE = re.compile(r"\d[:.]\d\d")
NOON_RE = re.compile(r"\b(?:noon|midday|midnight)\b", re.IGNORECASE)
# "from T1 to T2", "T1 - T2", "between T1 and T2".
RANGE_JOIN_RE = re.compile(
    r"^\s*(?:\([^()]{0,60}\)\s*)?(?:to|until|till|through|-|–|—|and)\s*"
    r"(?:around|about|approximately|approx\.|roughly|some|nearly)?\s*$",
    re.IGNORECASE,
)
QUALIFIER_RE = re.compile(
    r"\b(?P<q>approximately|approx\.?|about|around|some|nearly|almost|roughly|over|more\s+than"
    r"|just\s+over|just\s+under|under|less\s+than|close\s+to|shortly\s+after|shortly\s+before"
    r"|a\s+little\s+over|a\s+little\s+more\s+than|upwards\s+of|in\s+excess\s+of)\s*$",
    re.IGNORECASE,
)
_NUM = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?)"
)
# Durations: "40 minutes", "one hour and 15 minutes", "an hour and a half",
# "two and a half hours", "half an hour", "1.5 hours", "an hour-long meeting".
DURATION_RE = re.compile(
    r"\b(?:"
    r"(?P<hh>" + _NUM + r")[\s-]+and[\s-]+a[\s-]+half[\s-]+hours?"
    # "an hour and a half", "an hour-and-a-half meeting"
    r"|(?P<ha>an?|one)[\s-]+hour[\s-]+and[\s-]+a[\s-]+half"
    r"|half\s+an\s+hour(?P<half>)"
    # "1 hr 15 mins" (abbreviated units; only with both parts, so "at 9.00 hrs" is never one)
    r"|(?<![\d.:])(?P<ah>\d{1,2})\s?hrs?\.?\s*(?:and\s+)?(?P<am>\d{1,2})\s?(?:mins?|minutes)\b"
    r"|(?P<h>" + _NUM + r")[\s-]hours?(?:-long)?"
    r"(?:\s*,?\s*(?:and\s+)?(?P<hm>" + _NUM + r")[\s-]minutes?)?"
    r"|(?P<m>" + _NUM + r")[\s-](?:minutes?|mins?)\b(?:-long)?"
    r")",
    re.IGNORECASE,
)
# Words before/after a duration that make it something else than the meeting's length
# ("for roughly the first 20 minutes", "30 minutes later", "within 24 hours").
DURATION_NOT_BEFORE_RE = re.compile(
    r"\b(?:the\s+(?:first|last|final|next|past|remaining)|first|last|within|every|each|after"
    r"|before|per|in\s+the)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
DURATION_NOT_AFTER_RE = re.compile(
    r"^\s*(?:later|ago|earlier|before|after|late|behind|delay|drive|flight|away|of\s+(?:flight"
    r"|travel|driving)|per|a\s+day|each|every)\b",
    re.IGNORECASE,
)
# Longer than this is not one sitting ("a 24-hour ceasefire", "within 48 hours").
MAX_MEETING_MINUTES = 12 * 60
LOCAL_TIME_RE = re.compile(r"\blocal(?:\s+time)?\b", re.IGNORECASE)

# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------

# A place name longer than this is a run of capitalised words, not a name.
MAX_PLACE_WORDS = 8
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*|[dl]['’][A-ZÀ-ÖØ-Þ][\w-]*|\d+[A-Za-z]*)"
_CONN = r"(?:of|the|and|de|du|for|on|am|an|der|la|le|el)"
# A capitalised name: "Nanping City", "Iikura Guest House", "Great Hall of the People".
CAPSEQ = _CAP + r"(?:\s+(?:" + _CONN + r"\s+){0,2}" + _CAP + r")*"
AT_PLACE_RE = re.compile(r"(?<!\S)(?:at|At)\s+(?:the\s+)?(?P<p>" + CAPSEQ + r")")
# The place a visitor was welcomed/received to: "welcomed Prime Minister X to Ottawa for a
# bilateral meeting", "received X to the Presidential Palace" (Canada, Australia, Korea).
# The parse must hang "to" on the welcoming verb ("expressed gratitude to Japan" does not count).
# A guest said to be in a place: "..., who is in Viet Nam from April 14 to 16", "who is on an
# official visit to Malaysia", "who was visiting Indonesia".
GUEST_IN_RE = Lazy(
    r"\b(?:who|which)\s+(?:\w+\s+){0,2}?(?:is|was|were|are|has\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?(?:in|visiting|on\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}visits?\s+to)"
    r"\s+(?:the\s+)?(?P<p>" + CAPSEQ + r")"
)
# The same said in a sentence of its own: "The Foreign Secretary is in India on an official
# visit.", "Secretary X is on a working visit to Malaysia from 14 to 15 December."
GUEST_SENT_RE = Lazy(
    r"^(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}(?:is|was|are|were)\s+(?:\w+\s+)?"
    r"(?:in|visiting|on\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}visits?\s+to)"
    r"\s+(?:the\s+)?(?P<p>" + CAPSEQ + r")"
)
# An envoy's office names the country he is posted to: "Ambassador of the United States to
# Viet Nam X", "Permanent Representative of Japan to the UN": that "to" is no destination.
ENVOY_TO_RE = Lazy(
    r"\b(?:Ambassadors?|Envoys?|Representatives?|Commissioners?|Consuls?(?:[\s-]General)?"
    r"|Delegates?|Observers?)(?:\s+(?:of|from)\s+[^,;()]{1,60}?)?\s*$"
)
WELCOME_TO_RE = re.compile(r"(?<!\S)to\s+(?:the\s+)?(?P<p>" + CAPSEQ + r")")
IN_PLACE_RE = re.compile(r"(?<!\S)(?:in|In)\s+(?:the\s+)?(?P<p>" + CAPSEQ + r")")
# A place the sentence itself calls a town: "in the Indian city of Goa", "in the Black Sea
# resort of Sochi", "in the city of Vladivostok", "in a beach resort of Goa".
IN_TOWN_OF_RE = re.compile(
    r"(?<!\S)(?:in|In)\s+(?:the|a|an)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w-]*\s+)?"
    r"(?:city|town|capital|port|resort|island|village|seaside\s+town)\s+of\s+(?P<p>"
    + CAPSEQ + r")"
)
# A town named so holds at most this many words ("Ho Chi Minh City" and its like).
MAX_TOWN_WORDS = 4
VISIT_PLACE_RE = re.compile(
    r"\b(?:visited|visits|visiting|arrived\s+in|arrives\s+in|travell?ed\s+to|travels\s+to)"
    r"\s+(?:the\s+)?(?P<p>"
    + CAPSEQ + r")"
)
# A welcoming verb and its object up to the "to" of the destination, when the object is a
# person's mention only: capitalised words, commas, "the/of/and/his/her" ("welcomed the Prime
# Minister of Japan, X Y, to Ottawa", "received President X and Mrs. Y to the Palace").
# Each word ends at a space or comma, so the run splits one way only (linear).
WELCOMED_GUEST_RE = Lazy(
    r"\b(?:welcomed|welcomes|welcoming|received|receives|hosted|hosts)"
    r"(?:[\s,]+(?:the|his|her|their|of|and|[A-Z][\w.'’-]*)){1,14}[\s,]*$"
)
WELCOMED_GUEST_CHARS = 160
# What may follow "<place>, <country>": punctuation, the end, or a word that goes on about
# the meeting ("in Bali, Indonesia, where ...", "in Bali, Indonesia on Friday").
AFTER_PLACE_RE = Lazy(
    r"\s*(?:$|[.,;:)(—–-]|(?:on|in|at|for|from|to|during|where|when|and|as|with|this|last"
    r"|today|yesterday|earlier|while|after|before|ahead)\b)"
)
# "at the Iikura Guest House in Tokyo": the venue's city.
AT_CITY_RE = Lazy(r"\s+in\s+(?P<p>" + CAPSEQ + r")")
# ", Fujian Province" / ", Italy" / ", D.C." after a place.
PLACE_TAIL_RE = re.compile(r"^,\s+(?P<p>D\.C\.|" + CAPSEQ + r")")
# Relative clause about a participant: "who was in New York for ...", "who is visiting Japan".
REL_CLAUSE_RE = re.compile(
    r"\b(?:who|which)\s+(?:\w+\s+){0,2}?(?:is|was|were|are|has\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?(?:in|visiting|on\s+a\s+visit\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
HELD_AT_RE = re.compile(
    r"\b(?:took\s+place|was\s+held|were\s+held|met|visited|talks|meeting)\b", re.IGNORECASE
)
# ", who arrived in Tokyo on Monday," / ", where both attend the meeting on 5 May":
# a clause about a participant or the place, up to the next comma.
REL_CLAUSE_SPAN_RE = re.compile(r",\s*(?:who|which|where)\b[^,;]*", re.IGNORECASE)
PLACE_FUTURE_RE = re.compile(
    r"\b(?:will|would|shall|again|next|upcoming|forthcoming|planned|to\s+be\s+held"
    r"|scheduled|later\s+this)\b",
    re.IGNORECASE,
)

_SENT_ABBREV = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "hon", "rt", "no",
    "nos", "vol", "fig", "mt", "ft", "ave", "rd", "sen", "rep", "gov", "amb", "adm", "capt",
    "maj", "sgt", "messrs", "mme", "approx", "est", "etc", "vs", "inc", "ltd", "co", "corp",
    "dept", "univ"
,
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art"
}
)
_INITIALS_RE = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_AMPM_END_RE = re.compile(r"\b[ap]\.m$")
_ZONE_NEXT_RE = re.compile(r"(?:JST|Japan|Tokyo|local|GMT|UTC|[A-Z]{2,4}\b)")
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_LAST_WEEKDAY_RE = re.compile(r"(?:last|this\s+past)\s", re.IGNORECASE)
_WEEKDAY_WORD_RE = re.compile(r"\b(" + _WDAY + r")\b", re.IGNORECASE)
_ON_BEFORE_RE = re.compile(r"\b[Oo]n\s*$")
_MONTH_DAY_RE = re.compile(r"\b" + _MONTH + r"\s+\d{1,2}\b")
_HOURS_WORD_RE = re.compile(r"\s*h(?:rs|ours)\b")
_DIGITS_RE = re.compile(r"\d+")
_CLAUSE_SPLIT_RE = re.compile(r"[,;:]")
_GUEST_CLAUSE_RE = re.compile(r"\b(?:who|which)\b[^,]*$")
_SPACES_RE = re.compile(r"\s+")
_APPROX_RANGE_RE = re.compile(r"\b(?:around|about|approximately|roughly)\b")
_NOT_CLOCK_AFTER_RE = re.compile(r"\s*(?:minutes?|hours?|per|%|percent|million|billion)\b")
_BOUNDARY_RE = re.compile(r"[.!?][\"”’')\]]*\s+|\n+")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    """A value found in the text, with the words it came from (absolute offsets)."""

    start: int
    end: int
    text: str


def _num(word: str) -> float | None:
    w = word.lower().replace("-", " ").strip()
    if not w:
        return None
    try:
        return float(w)
    except ValueError:
        pass
    total = 0
    for part in w.split():
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return float(total)


def _sentences(seg: Seg) -> list[Seg]:
    """Split a paragraph into sentences (own rules: abbreviations like "p.m." and "Mr."
    and initials like "L.P." do not end a sentence; a line break does). A "sentence"
    longer than MAX_SENTENCE_CHARS is cut: it is not prose, and every rule stays cheap."""
    return [
        s if len(s.text) <= MAX_SENTENCE_CHARS
        else Seg(s.start, s.start + MAX_SENTENCE_CHARS, s.text[:MAX_SENTENCE_CHARS])
        for s in _split_sentences(seg)
    ]


MAX_SENTENCE_CHARS = 2000


def _split_sentences(seg: Seg) -> list[Seg]:
    text = seg.text
    out: list[Seg] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        if m.group().startswith((".", "!", "?")):
            nxt = text[m.end() : m.end() + 1]
            if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "“\"‘'"):
                continue
            wm = _WORD_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()])
            word = wm.group(1) if wm else ""
            low = word.lower().rstrip(".")
            if low in _SENT_ABBREV or _INITIALS_RE.fullmatch(word):
                continue
            if _AMPM_END_RE.search(low) and _ZONE_NEXT_RE.match(text, m.end()):
                continue  # "5 p.m. JST", "8 p.m. Japan time": the zone belongs to the time
        end = m.start() + (1 if m.group().startswith((".", "!", "?")) else 0)
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            out.append(Seg(seg.start + start + lead, seg.start + start + trail,
                           piece[lead:trail]))
        start = m.end()
    piece = text[start:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        out.append(Seg(seg.start + start + lead, seg.start + start + trail, piece[lead:trail]))
    return out


def _paragraphs_of(text: str, start: int, end: int) -> list[Seg]:
    out: list[Seg] = []
    for m in _PARAGRAPH_RE.finditer(text[start:end]):
        raw = m.group()
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            s = start + m.start() + lead
            e = start + m.start() + len(raw.rstrip())
            out.append(Seg(s, e, text[s:e]))
    return out


def _looks_like_body(p: Seg) -> bool:
    """A paragraph that reads as prose: long enough and ending like a sentence."""
    t = p.text.rstrip()
    return len(t) >= 60 and t[-1:] in ".:;!?\"”’)"


_BIG = 1 << 62
# A parenthesis or clause longer than this is not one (unbalanced text); ranges that start
# further back than this are not searched.
_MAX_RANGE_LOOKBACK = 400


def _paren_depth_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each top-level parenthesis in ``text`` (relative offsets)."""
    out: list[tuple[int, int]] = []
    depth = 0
    open_at = 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((open_at, i + 1))
    if depth:
        out.append((open_at, min(len(text), open_at + _MAX_RANGE_LOOKBACK)))
    return [(a, min(b, a + _MAX_RANGE_LOOKBACK)) for a, b in out]


def _inside(pos: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls in one of ``ranges`` (sorted by start, as built here)."""
    i = bisect.bisect_right(ranges, (pos, _BIG)) - 1
    # ranges may nest or overlap: look back over the few that start before pos
    while i >= 0:
        a, b = ranges[i]
        if a <= pos < b:
            return True
        if pos - a > _MAX_RANGE_LOOKBACK:
            break
        i -= 1
    return False


# --------------------------------------------------------------------------------------
# Finding the meeting sentence and its window
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Window:
    sentence: Seg  # the meeting sentence
    verb: _Hit | None  # the meeting verb phrase in it
    after: tuple[Seg, ...]  # following sentences of the paragraph about the same meeting
    before: tuple[Seg, ...]  # earlier sentences of the paragraph (context only)
    paragraph: Seg


def _other_contact(head: str) -> bool:
    """The words before a medium or meeting noun make it another contact than this one."""
    return bool(OTHER_CONTACT_RE.search(head)) and not DURING_THIS_RE.search(head)


def _verb_hit(s: Seg, rx: re.Pattern[str]) -> _Hit | None:
    for m in rx.finditer(s.text):
        head = s.text[max(0, m.start() - 80) : m.start()]
        if FUTURE_RE.search(head) or EARLIER_RE.search(head):
            continue
        return _Hit(s.start + m.start(), s.start + m.end(), m.group())
    return None


def _strip_dateline(an: Analyzed, s: Seg) -> Seg:
    """The sentence without the dateline that opens a lead ("JAKARTA, 24 April 2021 –")."""
    m = DATELINE_RE.match(s.text)
    if m and m.end() < len(s.text):
        return Seg(s.start + m.end(), s.end, s.text[m.end() :])
    dl = an.seg.dateline
    if dl is not None and s.start < dl.start < dl.end < s.end and _AGENCY_CODE_RE.fullmatch(
        s.text[: dl.start - s.start]
    ):
        # "VGP - Hà Nội, April 15 –": a news agency's code before the dateline's place
        s = Seg(dl.start, s.end, s.text[dl.start - s.start :])
    if dl is not None and dl.start <= s.start < dl.end < s.end:
        cut = dl.end - s.start
        dm = DATELINE_TAIL_RE.re.match(s.text[cut:])
        if dm:
            cut += dm.end()
        return Seg(s.start + cut, s.end, s.text[cut:])
    return s


def _candidate_paragraphs(an: Analyzed) -> list[Seg]:
    seg = an.seg
    out: list[Seg] = []
    seen: set[tuple[int, int]] = set()

    def add(s: Seg) -> None:
        if (s.start, s.end) not in seen and s.text.strip():
            seen.add((s.start, s.end))
            out.append(s)

    if seg.lead is not None:
        add(seg.lead)
    for p in seg.paragraphs:
        add(p)
    for b in seg.body_segs():
        add(b)
    # gov.uk: the summary under the title ("The Foreign Secretary met X today for a meeting
    # on ..."), read last, where the body's paragraphs report no meeting
    for c in seg.captions:
        if len(c.text.split()) >= 8 and c.text.rstrip().endswith("."):
            add(c)
    if not out:
        # No segmentation: the prose paragraphs of the text, in order.
        for p in _paragraphs_of(seg.text, 0, min(len(seg.text), 200_000)):
            if _looks_like_body(p):
                add(p)
    return out


def _cut_at_next_event(s: Seg, from_pos: int) -> Seg | None:
    """The sentence up to the words that move on to another event after ``from_pos``
    (relative), or None when no such words are there. A marker inside brackets is an
    aside ("(followed by a working lunch)") and does not cut."""
    parens = _paren_depth_ranges(s.text)
    for m in MID_EVENT_RE.finditer(s.text, from_pos):
        if _inside(m.start(), parens):
            continue
        if m.group().startswith(",") and _ASIDE_RE.match(s.text, m.end()):
            continue  # ", followed by a dinner, at the Iikura Guest House": an aside
        cut = s.text[: m.start()].rstrip(" ,;")
        return Seg(s.start, s.start + len(cut), cut)
    return None


def _window_after(sents: Sequence[Seg]) -> tuple[Seg, ...]:
    """The following sentences of the paragraph that still report the same meeting; the
    first one that moves on to another event ends them (what it says before that still
    counts: "The talks lasted about an hour and were followed by a dinner")."""
    after: list[Seg] = []
    for nxt in sents:
        m = NEW_EVENT_RE.search(nxt.text)
        if m is not None:
            cut = _cut_at_next_event(nxt, 0)
            if cut is not None and cut.text and (cut.end - nxt.start) <= m.start():
                after.append(cut)
            break
        cut = _cut_at_next_event(nxt, 0)
        if cut is not None:
            if cut.text:
                after.append(cut)
            break
        after.append(nxt)
    return tuple(after)


def _find_window(an: Analyzed) -> _Window | None:
    paragraphs = _candidate_paragraphs(an)[:40]
    for para in paragraphs:
        sents = [_strip_dateline(an, s) for s in _sentences(para)]
        for rx in (STRONG_VERB_RE, WEAK_VERB_RE):
            for i, s in enumerate(sents):
                hit = _verb_hit(s, rx)
                if hit is None:
                    continue
                # the meeting sentence ends where it moves on to another event
                cut = _cut_at_next_event(s, hit.end - s.start)
                if cut is not None:
                    return _Window(cut, hit, (), tuple(sents[:i]), para)
                return _Window(s, hit, _window_after(sents[i + 1 :]), tuple(sents[:i]), para)
    return _medium_window(an, paragraphs)


def _medium_window(an: Analyzed, paragraphs: list[Seg]) -> _Window | None:
    """No meeting verb anywhere, but the headline or the lead's first sentence names the
    call: "Secretary Blinken's Call with Canadian Foreign Minister Joly" over "Secretary
    Blinken congratulated Foreign Minister Joly today on her new appointment" (State
    Department), or "X and Y have discussed cooperation ... during their recent phone talks"
    (VNA). The lead's first sentence is then the meeting sentence, with no verb."""
    if not paragraphs:
        return None
    para = paragraphs[0]
    sents = [_strip_dateline(an, s) for s in _sentences(para)]
    if not sents:
        return None
    s = sents[0]
    title = an.seg.title
    if _medium_in(s.text, s.start) is None and (
        title is None or _medium_in(title.text, title.start) is None
    ):
        return None
    return _Window(s, None, _window_after(sents[1:]), (), para)


# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------


_MEDIA: tuple[tuple[MeetingFormat, re.Pattern[str]], ...] = (
    ("telephone", TELEPHONE_RE),
    ("video", VIDEO_RE),
)


def _medium_in(text: str, offset: int) -> tuple[MeetingFormat, _Hit] | None:
    """The first remote medium named in ``text`` that is about this meeting."""
    found: list[tuple[int, MeetingFormat, _Hit]] = []
    for fmt, rx in _MEDIA:
        for m in rx.finditer(text):
            if _other_contact(text[max(0, m.start() - 40) : m.start()]):
                continue
            found.append((m.start(), fmt, _Hit(offset + m.start(), offset + m.end(), m.group())))
            break
    if not found:
        return None
    _, fmt, hit = min(found, key=lambda f: f[0])
    return fmt, hit


def _remote_unknown(text: str, offset: int) -> _Hit | None:
    for m in REMOTE_UNKNOWN_RE.finditer(text):
        if not _other_contact(text[max(0, m.start() - 40) : m.start()]):
            return _Hit(offset + m.start(), offset + m.end(), m.group())
    return None


def _format(an: Analyzed, w: _Window) -> tuple[MeetingFormat | None, _Hit | None]:
    """A remote medium named for this meeting, else in person (a meeting, call or visit
    reported with no remote medium). None where the meeting was remote by a medium the
    words do not tell (a bare "teleconference")."""
    s = w.sentence
    found = _medium_in(s.text, s.start)
    if found:
        return found
    # The title names the medium: "Japan-U.S. Summit Telephone Talk", "Virtual Meeting".
    for h in _header_segs(an, w):
        found = _medium_in(h.text, h.start)
        if found:
            return found
    # A later lead sentence says how it was held: "... has been held by video conference".
    for t in w.after:
        for m in HELD_BY_RE.finditer(t.text):
            found = _medium_in(t.text[m.start() : m.end() + 40], t.start + m.start())
            if found:
                return found
    # "held a teleconference with": remote, but not said whether by telephone or video
    for t in (s, *_header_segs(an, w)[:1]):
        unknown = _remote_unknown(t.text, t.start)
        if unknown is not None:
            return None, unknown
    m2 = IN_PERSON_RE.search(s.text)
    if m2:
        return "in_person", _Hit(s.start + m2.start(), s.start + m2.end(), m2.group())
    # "During their call, ..." opening a later sentence or the next paragraph
    for t in (*w.after, *_next_paragraph_start(an, w)):
        rm = RECAP_RE.match(t.text)
        if rm is None:
            continue
        hit = _Hit(t.start + rm.start("m"), t.start + rm.end("m"), rm.group("m"))
        found = _medium_in(rm.group("m"), t.start + rm.start("m"))
        if found:
            return found
        if BARE_CALL_RE.match(rm.group("m")):
            return "telephone", hit
        break
    # "The Prime Minister spoke to President X this evening", "The Secretary-General spoke
    # with ...": in a readout, speaking with someone at no stated place is a call
    # (10 Downing Street, White House, UN); "spoke with X in Rome" or "on the margins of"
    # an event is a conversation in person.
    if w.verb is not None and SPOKE_RE.match(w.verb.text) and not PLACE_CUE_RE.search(s.text):
        return "telephone", w.verb
    return "in_person", w.verb


def _next_paragraph_start(an: Analyzed, w: _Window) -> list[Seg]:
    """The first sentence of the paragraph after the meeting paragraph."""
    for p in an.seg.paragraphs:
        if p.start >= w.paragraph.end:
            sents = _sentences(p)
            return sents[:1]
    return []


def _header_segs(an: Analyzed, w: _Window) -> list[Seg]:
    seg = an.seg
    if seg.title is not None:
        return [seg.title, *seg.captions]
    # No segmentation: the short lines above the meeting paragraph (title, captions).
    top = w.paragraph.start
    if top > 3000:
        return []
    return [p for p in _paragraphs_of(seg.text, 0, top) if len(p.text) < 300]


def _kind_in(text: str, offset: int) -> tuple[str, _Hit] | None:
    matches: list[tuple[int, int, int, str]] = []
    for prio, (rx, kind) in enumerate(KIND_TABLE):
        for m in rx.finditer(text):
            if _other_contact(text[max(0, m.start() - 40) : m.start()]):
                continue
            matches.append((m.start(), m.end(), prio, kind))
    if not matches:
        return None
    matches.sort()
    # The first phrase: the earliest match plus those adjacent/overlapping with it.
    a, b = matches[0][0], matches[0][1]
    group = [matches[0]]
    for st, en, prio, kind in matches[1:]:
        if st < b or (st <= b + 1 and not text[b:st].strip(" -")):
            group.append((st, en, prio, kind))
            b = max(b, en)
    best = min(group, key=lambda g: g[2])
    return best[3], _Hit(offset + a, offset + b, text[a:b])


def _kind(an: Analyzed, w: _Window, fmt: MeetingFormat | None) -> tuple[str, _Hit] | None:
    s = w.sentence
    verb = w.verb
    # Look from the meeting verb on: the words before it are the subject and its
    # clauses ("who was in New York for the ... Meeting").
    base = verb.start - s.start if verb else 0
    found = _kind_in(s.text[base:], s.start + base) or _kind_in(s.text, s.start)
    if found is None or found[0] in GENERIC_KINDS:
        for h in _header_segs(an, w)[:1]:
            t = _kind_in(h.text, h.start)
            if t and t[0] not in GENERIC_KINDS:
                found = t
                break
    # a generic word, or a "teleconference" whose medium another sentence or the title tells
    if found is not None and found[0] in GENERIC_KINDS | {"summit_meeting", "teleconference"}:
        if fmt == "telephone":
            return "telephone_talk", found[1]
        if fmt == "video":
            return "video_conference", found[1]
    return found


def _release_date(an: Analyzed) -> dt.date | None:
    if an.seg.date is not None:
        return an.seg.date
    # No segmented date: the first full date among the header lines.
    text = an.seg.text[:1500]
    for p in _paragraphs_of(text, 0, len(text)):
        if _looks_like_body(p) and len(p.text) > 200:
            break
        for d in _dates_in(p.text, p.start, None):
            if d.full:
                return d.value
    return None


@dataclass(frozen=True)
class _Date:
    value: dt.date
    hit: _Hit
    full: bool  # the year was written


def _mk(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _with_year(m: int, d: int, ref: dt.date | None) -> dt.date | None:
    if ref is None:
        return None
    v = _mk(ref.year, m, d)
    # "On December 30" in a release dated January 4 is last year's.
    if v is not None and v > ref + dt.timedelta(days=31):
        v = _mk(ref.year - 1, m, d)
    return v


def _weekday_near(text: str, a: int, b: int) -> int | None:
    """A weekday written right before or after a date ("Monday (28/6)", "June 17 (Thu)")."""
    around = text[max(0, a - 24) : a] + " " + text[b : b + 14]
    m = _WEEKDAY_WORD_RE.search(around)
    if m is None:
        return None
    return WEEKDAYS.get(m.group(1).lower().rstrip("."))


def _near_release(day: int, month: int, ref: dt.date | None) -> bool:
    """Day-first "(d/m)" is a day of the week up to the release's date (or the next day)."""
    if ref is None:
        return False
    v = _with_year(month, day, ref)
    return v is not None and (
        ref - dt.timedelta(days=BRACKET_DATE_MAX_DAYS_BEFORE) <= v <= ref + dt.timedelta(days=1)
    )


def _dates_in(text: str, offset: int, ref: dt.date | None) -> list[_Date]:
    """Calendar dates written in ``text``, in order (overlaps dropped)."""
    found: list[_Date] = []
    taken: list[tuple[int, int]] = []
    for i, rx in enumerate(DATE_RES):
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            gd = m.groupdict()
            y = int(gd["y"]) if gd.get("y") else None
            value: dt.date | None = None
            if i == 0:
                value = _mk(int(gd["y"]), int(gd["m"]), int(gd["d"]))
            elif i in (1, 2):
                mon = MONTHS.get(gd["mon"].lower().rstrip("."))
                if mon is None:
                    continue
                if not gd["mon"][0].isupper():
                    continue  # "may", "march" as verbs: a month is written with a capital
                value = _mk(y, mon, int(gd["d"])) if y else _with_year(mon, int(gd["d"]), ref)
            else:
                a, b = int(gd["a"]), int(gd["b"])
                wd = _weekday_near(text, m.start(), m.end())
                on = _ON_BEFORE_RE.search(text[max(0, m.start() - 6) : m.start()])
                if y is None and wd is None and not on and not (
                    i == BRACKET_DATE and _near_release(a, b, ref)
                ):
                    # "(2/3)" is a fraction unless a weekday or "on" says date, or, bare,
                    # it names a day of the release's own week ("Jakarta (28/6) - ...")
                    continue
                options: list[dt.date] = []
                for dd, mm in ((a, b), (b, a)):  # day/month first: most governments write it
                    v = _mk(y, mm, dd) if y else _with_year(mm, dd, ref)
                    if v is not None:
                        options.append(v)
                if wd is not None:
                    options = [o for o in options if o.weekday() == wd] or options
                if ref is not None and len(options) > 1:
                    options = [o for o in options if o <= ref + dt.timedelta(days=1)] or options
                value = options[0] if options else None
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(
                _Date(value, _Hit(offset + m.start(), offset + m.end(), m.group()), y is not None)
            )
    found.sort(key=lambda d: d.hit.start)
    return found


def _relative_dates(text: str, offset: int, ref: dt.date) -> list[_Date]:
    out: list[_Date] = []
    for m in RELATIVE_RE.finditer(text):
        w = m.group("w").lower()
        days = 1 if w.startswith("yesterday") or w == "last night" else 0
        out.append(
            _Date(ref - dt.timedelta(days=days),
                  _Hit(offset + m.start(), offset + m.end(), m.group()), False)
        )
    for m in WEEKDAY_RE.finditer(text):
        wd = WEEKDAYS.get(m.group("wd").lower().rstrip("."))
        if wd is None or (m.group("wd")[0].islower()):
            continue
        if len(m.group("wd").rstrip(".")) <= 3 and not m.group().lower().startswith("on"):
            continue  # "Sun", "Sat" alone are too ambiguous
        back = (ref.weekday() - wd) % 7
        if back == 0 and _LAST_WEEKDAY_RE.match(m.group()):
            back = 7  # "last Monday" in a Monday release is a week before, not that day
        out.append(
            _Date(ref - dt.timedelta(days=back),
                  _Hit(offset + m.start(), offset + m.end(), m.group()), False)
        )
    for m in AGO_RE.finditer(text):
        value = _dateparser_day(m.group(), ref)
        if value is not None:
            out.append(_Date(value, _Hit(offset + m.start(), offset + m.end(), m.group()), False))
    out.sort(key=lambda d: d.hit.start)
    return out


def _dateparser_day(phrase: str, ref: dt.date) -> dt.date | None:
    """Resolve a relative phrase with dateparser (English only, against the release's date).

    Imported here: dateparser costs ~0.3 s to import and is needed only for these phrases.
    """
    import dateparser

    got = dateparser.parse(
        phrase,
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day),
            "PREFER_DATES_FROM": "past",
        },
    )
    return got.date() if got is not None else None


def _date(w: _Window, ref: dt.date | None) -> tuple[_Date | None, list[str]]:
    warnings: list[str] = []
    for s in (w.sentence, *w.after, *w.before):
        parens = _skip_ranges(s.text)
        cal = [
            d for d in _dates_in(s.text, s.start, ref) if not _inside(d.hit.start - s.start, parens)
        ]
        rel = (
            [d for d in _relative_dates(s.text, s.start, ref)
             if not _inside(d.hit.start - s.start, parens)]
            if ref is not None else []
        )
        if ref is None and (RELATIVE_RE.search(s.text) or WEEKDAY_RE.search(s.text)) and not cal:
            warnings.append("relative meeting date with no release date to resolve it")
        # A calendar date wins over a weekday/"today" in the same sentence ("On Monday
        # (28/6)", "On Thursday, 1 October 2020"); else the first relative word.
        if cal:
            return cal[0], warnings
        if rel:
            return rel[0], warnings
        if s is w.sentence:
            nd = ANCHORED_DAY_RE.search(s.text)
            if nd is not None and not _inside(nd.start(), parens):
                # the anchor: the last calendar date of the sentences before this one
                cal_before = next(
                    (ds[-1] for b in reversed(w.before) if (ds := _dates_in(b.text, b.start, ref))),
                    None,
                )
                if cal_before is None:
                    warnings.append(f"meeting date is relative to no stated day ('{nd.group()}')")
                    return None, warnings
                # "On 29 June, X arrived in Y. The following day, X met Z.": one day from
                # the last date of the sentences before, the only anchor the words allow
                back = (nd.group("dir") or nd.group("dir2")).lower() in ("previous", "before")
                hit = _Hit(s.start + nd.start(), s.start + nd.end(), nd.group())
                step = dt.timedelta(days=-1 if back else 1)
                return _Date(cal_before.value + step, hit, False), warnings
            vague = [
                m for m in IMPRECISE_DATE_RE.re.finditer(s.text) if not _inside(m.start(), parens)
            ]
            if vague:
                warnings.append(
                    f"meeting date is not a day ('{vague[0].group()}'); left null"
                )
                return None, warnings
    # "On June 17" with no year and no release date: say so rather than guess.
    for s in (w.sentence, *w.after):
        if _MONTH_DAY_RE.search(s.text) and ref is None:
            warnings.append("meeting date has no year and the release has no date")
            return None, warnings
    # A readout that states no day at all ("... travelled to Paris, where she met her
    # French counterpart at 8 a.m."): the release reports the meeting of its own day.
    if (
        DATE_DEFAULTS_TO_RELEASE
        and ref is not None
        and w.verb is not None
        and not NO_DEFAULT_DATE_RE.re.search(w.paragraph.text)
    ):
        warnings.append("meeting date not stated; the release date is used")
        return _Date(ref, _Hit(-1, -1, ""), False), warnings
    return None, warnings


def _time_parens(text: str) -> list[tuple[int, int]]:
    """Parentheses that restate a time in another zone: "(6:40 a.m. on September 23, Japan
    time)" — their times and dates are not the meeting's local ones."""
    first = _first_time_at(text)
    if first is None:
        return []
    out = []
    for a, b in _paren_depth_ranges(text):
        if a <= first:
            continue
        inner = text[a:b]
        if TIME12_RE.search(inner) or ANY_CLOCK_RE.search(inner):
            out.append((a, b))
    return out


def _skip_ranges(text: str) -> list[tuple[int, int]]:
    """Stretches whose dates and times are not the meeting's: another zone's restatement,
    and a clause about a participant (", who arrived in Tokyo on Monday,")."""
    out = _time_parens(text)
    out += [
        (m.start(), min(m.end(), m.start() + _MAX_RANGE_LOOKBACK))
        for m in REL_CLAUSE_SPAN_RE.finditer(text)
    ]
    return sorted(out)


def _first_time_at(text: str) -> int | None:
    """Where the first clock time of the text starts."""
    found = [m.start() for m in (rx.search(text) for rx in (TIME12_RE, ANY_CLOCK_RE, NOON_RE)) if m]
    return min(found) if found else None


@dataclass(frozen=True)
class _Time:
    minutes: int  # since midnight
    hit: _Hit


def _times_in(text: str, offset: int) -> list[_Time]:
    found: list[_Time] = []
    taken: list[tuple[int, int]] = []
    for m in TIME12_RE.finditer(text):
        h = int(m.group("h"))
        mi = int(m.group("mi") or 0)
        if h > 12:
            continue
        if m.group("ap").lower() == "p" and h != 12:
            h += 12
        elif m.group("ap").lower() == "a" and h == 12:
            h = 0
        found.append(_Time(h * 60 + mi, _Hit(offset + m.start(), offset + m.end(), m.group())))
        taken.append((m.start(), m.end()))
        # "between 3 and 4 p.m.", "from 3:30 to 5 p.m.": the first time shares the suffix
        sm = SHARED_AMPM_RE.search(text, max(0, m.start() - 30), m.start())
        if sm is not None:
            h1 = int(sm.group("h")) % 12
            if not any(a < sm.end() and sm.start() < b for a, b in taken):
                # "from 11 to 1 p.m.": a first hour after the second is the morning's
                pm = m.group("ap").lower() == "p" and h1 <= int(m.group("h")) % 12
                v = (h1 + (12 if pm else 0)) * 60 + int(sm.group("mi") or 0)
                a, b = sm.start("h"), sm.end("t")
                found.append(_Time(v, _Hit(offset + a, offset + b, text[a:b])))
                taken.append((a, b))
    for m in TIME24_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 12]
        if not (TIME24_CUE_BEFORE_RE.search(before) or TIME24_CUE_AFTER_RE.search(after)):
            continue
        if not m.group("mi2") and _NOT_CLOCK_AFTER_RE.match(after):
            continue
        h = int(m.group("h"))
        mi = int(m.group("mi") or m.group("mi2") or 0)
        end = m.end()
        if m.group("mi2"):
            hm = _HOURS_WORD_RE.match(text[end : end + 8])
            end += hm.end() if hm else 0
        found.append(_Time(h * 60 + mi, _Hit(offset + m.start(), offset + end,
                                             text[m.start() : end])))
    for m in NOON_RE.finditer(text):
        v = 0 if m.group().lower() == "midnight" else 12 * 60
        found.append(_Time(v, _Hit(offset + m.start(), offset + m.end(), m.group())))
    found.sort(key=lambda t: t.hit.start)
    return found


def _fmt_hm(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class _Duration:
    minutes: int
    approximate: bool
    hit: _Hit


def _durations_in(text: str, offset: int) -> list[_Duration]:
    out: list[_Duration] = []
    for m in DURATION_RE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 25]
        if DURATION_NOT_BEFORE_RE.search(before) or DURATION_NOT_AFTER_RE.search(after):
            continue
        gd = m.groupdict()
        total: float | None
        if gd["hh"] is not None:
            h = _num(gd["hh"])
            total = None if h is None else h * 60 + 30
        elif gd["ha"] is not None:
            total = 90
        elif gd["half"] is not None:
            total = 30
        elif gd["ah"] is not None:
            total = int(gd["ah"]) * 60 + int(gd["am"])
        elif gd["h"] is not None:
            h = _num(gd["h"])
            extra = _num(gd["hm"]) if gd["hm"] else 0.0
            total = None if h is None or extra is None else h * 60 + extra
        else:
            mm = _num(gd["m"])
            total = mm
        if total is None or total <= 0 or total > MAX_MEETING_MINUTES:
            continue
        q = QUALIFIER_RE.search(before)
        start = m.start()
        approx = False
        if q is not None:
            approx = True
            start = m.start() - (len(before) - q.start())
        out.append(
            _Duration(round(total), approx,
                      _Hit(offset + start, offset + m.end(), text[start : m.end()]))
        )
    return out


@dataclass
class _Clock:
    start: _Time | None = None
    end: _Time | None = None
    duration: _Duration | None = None
    zone: str | None = None
    zone_hit: _Hit | None = None
    local: bool = False  # "(local time)" follows the start time


def _clock(w: _Window) -> _Clock:
    c = _Clock()
    for idx, s in enumerate((w.sentence, *w.after)):
        if idx > 0 and not ABOUT_MEETING_RE.search(s.text):
            continue
        parens = _skip_ranges(s.text)
        times = [
            t for t in _times_in(s.text, s.start) if not _inside(t.hit.start - s.start, parens)
        ]
        if c.start is None and times:
            c.start = times[0]
            rel_end = times[0].hit.end - s.start
            # "from T1 to T2", "between T1 and T2"
            if len(times) > 1:
                gap = s.text[rel_end : times[1].hit.start - s.start]
                if RANGE_JOIN_RE.match(gap):
                    c.end = times[1]
            _zone_after(c, s.text, rel_end, s.start)
            if c.end is not None and c.zone is None and not c.local:
                # "from 08:25 to 08:57 (Korean time)": the zone closes the range
                _zone_after(c, s.text, c.end.hit.end - s.start, s.start)
        if c.duration is None:
            durs = _durations_in(s.text, s.start)
            # (a clause about the talks may carry their length: "which went on for ...")
            tparens = _time_parens(s.text)
            durs = [d for d in durs if not _inside(d.hit.start - s.start, tparens)]
            if durs:
                c.duration = durs[0]
        if c.start is not None and c.duration is not None:
            break
    if c.start is not None and not c.local and c.zone is None:
        for s in (w.sentence, *w.after):
            parens = _time_parens(s.text)
            for m in LOCAL_TIME_RE.finditer(s.text):
                if not _inside(m.start(), parens):
                    c.local = True
                    break
    return c


# The zone right after a time, or after the date that follows it: "2 p.m. (JST)", "from
# 9 p.m. on June 29 (KST)", "at 10:00 on 5 May, Korea time", "at 8 p.m. on Monday (KST)".
_ZONE_AFTER_RE = Lazy(
    r"^\s*\(?\s*(?:on\s+(?:(?:[A-Z][a-z]+day),?\s+)?(?:[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+|[A-Z][a-z]+day)(?:,?\s+\d{4})?\s*,?\s*\(?\s*)?(?P<z>"
    + "|".join(sorted((re.escape(k) for k in ZONE_WORDS), key=len, reverse=True))
    + r"|local(?:\s+time)?)\b",
    re.IGNORECASE,
)


def _zone_after(c: _Clock, text: str, pos: int, offset: int) -> None:
    m = _ZONE_AFTER_RE.re.match(text[pos : pos + 60])
    if m is None:
        return
    z = m.group("z").lower()
    hit = _Hit(offset + pos + m.start("z"), offset + pos + m.end("z"), m.group("z"))
    if z.startswith("local"):
        c.local = True
        c.zone_hit = hit
    elif z in ZONE_WORDS:
        c.zone = ZONE_WORDS[z]
        c.zone_hit = hit


# --------------------------------------------------------------------------------------
# Location
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    value: str
    hit: _Hit


def _doc_end(doc: Doc) -> int:
    """len(doc.text), without building the text (spaCy joins it anew on every access)."""
    if len(doc) == 0:
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def _ent_labels(doc: Doc | None, start: int, end: int) -> set[str]:
    """The label of the one entity that covers all of [start, end), if any."""
    if doc is None or end > _doc_end(doc):
        return set()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return set()
    toks = list(span)
    if any(not t.ent_type_ for t in toks) or any(t.ent_iob_ == "B" for t in toks[1:]):
        return set()
    return {toks[0].ent_type_}


def _no_ents(doc: Doc | None, start: int, end: int) -> bool:
    """No entity overlaps [start, end): no entity recognizer ran (the fast mode without ner)
    or it saw nothing there, so the words and the lexicons decide. Where an entity overlaps,
    its label decides as before (a PERSON "Victoria" is no place)."""
    if doc is None or end > _doc_end(doc) or start >= end:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or not any(t.ent_type_ for t in span)


def _known_place(name: str) -> bool:
    """A place of the lexicons: a country, a city, an island or a region. The lexicon is
    surer than the small model's label ("Sapporo" tagged ORG), as for capitals."""
    return name.lower() in _KNOWN_PLACE_LOWER


def _token_at(doc: Doc | None, pos: int) -> Token | None:
    if doc is None or pos >= _doc_end(doc):
        return None
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]


def _trim_place(name: str) -> str:
    words = name.split()
    # "the Great Hall of the People on Tuesday", "Rome on 29 June": the run of capitalised
    # words crosses "on" into the date; the place ends before it
    for i in range(1, len(words) - 1):
        nxt = words[i + 1].lower().rstrip(".,")
        if words[i] == "on" and (nxt in MONTHS or nxt in WEEKDAYS or nxt[:1].isdigit()):
            words = words[:i]
            break
    # drop trailing connectors and leading articles left by the capitalised-run pattern
    while words and (words[-1].lower() in {"of", "the", "and", "de", "for", "on"}):
        words.pop()
    return " ".join(words).rstrip(".,'’")


def _is_place(name: str, labels: set[str], bare: bool = False) -> bool:
    low = name.lower()
    if low in _CITY_LOWER or low in _COUNTRY_LOWER:
        return True  # before the word checks: "The Hague", "The Gambia"
    if not name or name.split()[0] in NOT_PLACE_WORDS or _DIGITS_RE.fullmatch(name):
        return False
    if _known_place(name):
        return True
    if low.split()[-1] in PLACE_SUFFIXES:
        return True
    if bare and _building(name):
        return True  # no entity tagger: "in the Kremlin", "in the Great Hall of the People"
    return bool(labels & {"GPE", "LOC", "FAC"})


def _head_ok(doc: Doc | None, prep_pos: int, sent: Seg) -> bool:
    """The preposition belongs to the meeting (a verb, a name, the meeting noun), not to
    another noun ("the coup in Myanmar", "the situation in Syria"). A parse that runs
    outside the sentence (header lines glued to the lead) is not trusted."""
    tok = _token_at(doc, prep_pos)
    if tok is None:
        return True
    head = tok.head
    if not sent.start <= head.idx < sent.end:
        return True
    if head.lower_ == "place" and head.i > 0 and head.doc[head.i - 1].lower_ in TAKE_FORMS:
        return True  # "taking place in Kuwait City"
    return not (head.pos_ == "NOUN"
                and head.lower_ not in MEETING_NOUNS | EVENT_NOUNS | PERSON_NOUNS)


def _extend_place(
    text: str, end: int, doc: Doc | None, offset: int, venue: bool = False
) -> int:
    """Extend "Nanping City" with ", Fujian Province"; "Rome" with ", Italy"; a venue
    ("State Guest House") with its second name (", Akasaka Palace")."""
    m = PLACE_TAIL_RE.match(text[end:])
    if m is None:
        return end
    if m.group("p") == "D.C.":
        return end + m.end("p")
    tail = _trim_place(m.group("p"))
    if not tail:
        return end
    ta = offset + end + m.start("p")
    labels = _ent_labels(doc, ta, ta + len(tail))
    low = tail.lower()
    if (
        low in _COUNTRY_LOWER
        or low.split()[-1] in PLACE_SUFFIXES
        or (labels & {"GPE", "LOC"} and not labels & {"PERSON", "ORG"})
    ):
        return end + m.start("p") + len(tail)
    # the longest start of the run that is a place ("Fiji on June 29" -> "Fiji"); with no
    # entity on it, a place of the lexicons (", Putrajaya", ", Nova Scotia") or, after a
    # venue, a building's second name (", Akasaka Palace")
    for cand in _prefixes(tail):
        labels = _ent_labels(doc, ta, ta + len(cand))
        words = cand.lower().split()
        if (
            cand.lower() in _COUNTRY_LOWER
            or words[-1] in PLACE_SUFFIXES
            or (labels & {"GPE", "LOC"} and not labels & {"PERSON", "ORG"})
        ):
            return end + m.start("p") + len(cand)
        if _no_ents(doc, ta, ta + len(cand)) and (
            _known_place(cand)
            or (venue and words[-1] in VENUE_TAIL_NOUNS and len(words) <= MAX_VENUE_WORDS
                and cand.split()[0] not in NOT_PLACE_WORDS)
        ):
            return end + m.start("p") + len(cand)
    return end


def _location(an: Analyzed, w: _Window) -> _Place | None:
    doc = an.doc
    for idx, s in enumerate((w.sentence, *w.after, *w.before)):
        # other sentences count only where they say where the meeting was held
        if idx > 0 and not HELD_AT_RE.search(s.text):
            continue
        found = _place_in(s, doc)
        if found is not None:
            return found
    return None


def _prefixes(name: str) -> list[str]:
    """"Wellington I" -> ["Wellington I", "Wellington"]: a capitalised run can swallow the
    next sentence part; the longest prefix that is a place wins."""
    words = name.split()[:MAX_PLACE_WORDS]
    out: list[str] = []
    for n in range(len(words), 0, -1):
        cand = _trim_place(" ".join(words[:n]))
        if cand and cand not in out and cand.split()[-1].lower() not in {"of", "the", "and"}:
            out.append(cand)
    return out


def _town_name(run: str) -> str:
    """The name after "the city of": the words say it is a town, so no lexicon or label is
    needed; only a short name that is no month, meeting or office."""
    words = run.split()
    if not words or len(words) > MAX_TOWN_WORDS or words[0] in NOT_PLACE_WORDS:
        return ""
    if words[-1].lower() in EVENT_NOUNS | MEETING_NOUNS | PERSON_NOUNS:
        return ""
    return run


def _building(name: str) -> bool:
    """A building's name: its head noun ("Great Hall of the People", "Iikura Guest House")
    or, in languages that put it first, its first word ("Istana Negara")."""
    words = name.split()
    if not words or words[-1].lower() in EVENT_NOUNS or words[0] in NOT_PLACE_WORDS:
        return False
    head = name.split(" of ")[0].split()[-1].lower()
    return head in IN_BUILDING_NOUNS or (
        len(words) > 1 and words[0].lower() in FACILITY_FIRST_WORDS
    )


def _valid_at(name: str, labels: set[str], bare: bool = False) -> bool:
    words = name.split()
    last = words[-1].lower()
    if last in EVENT_NOUNS or words[0] in NOT_PLACE_WORDS:
        return False
    # "the Ministry of Foreign Affairs", "the Palace of Westminster": the head before "of"
    head = name.split(" of ")[0].split()[-1].lower()
    if len(words) > 1 and words[0].lower() in FACILITY_FIRST_WORDS:
        return True  # "Istana Negara", "Palazzo Chigi": the head noun comes first
    if head in FACILITY_NOUNS or bool(labels & {"FAC", "GPE", "LOC"}):
        return True
    return bare and _known_place(name)  # no entity tagger: "at Bali", a known place


# A venue name is at most this many words when only its city says it is a place.
MAX_VENUE_WORDS = 4


def _venue_with_city(text: str, name: str, a: int, doc: Doc | None, offset: int) -> bool:
    """"at Wisma Putra, Putrajaya", "at Seri Perdana in Putrajaya": a capitalised name the
    tagger does not know, followed by the city it is in, names the venue (Malaysia,
    Indonesia, Brunei write the building and its city). The name must not be a month, an
    event, or longer than a venue name."""
    words = name.split()
    if not words or len(words) > MAX_VENUE_WORDS or words[0] in NOT_PLACE_WORDS:
        return False
    if words[-1].lower() in EVENT_NOUNS | PERSON_NOUNS or name.lower() in _COUNTRY_LOWER:
        return False
    end = a + len(name)
    if _extend_place(text, end, doc, offset) > end:
        return True
    # "at Seri Perdana in Putrajaya": the city after "in", when the lexicon knows it
    im = AT_CITY_RE.re.match(text, end)
    return im is not None and any(
        _known_place(c) for c in _prefixes(im.group("p"))
    )


def _place_with_region(text: str, name: str, a: int, doc: Doc | None, offset: int) -> bool:
    """"in Nusa Dua, Indonesia", "visited Karuizawa, Nagano Prefecture": with no entity on
    it, a capitalised name the lexicons do not know is a place when its country or region
    follows it after a comma, and the sentence goes on after that (not "In Stronger Ties,
    China said", where the comma closes a heading's phrase and a verb follows)."""
    words = name.split()
    if not words or len(words) > MAX_VENUE_WORDS or words[0] in NOT_PLACE_WORDS:
        return False
    if words[-1].lower() in EVENT_NOUNS | PERSON_NOUNS | MEETING_NOUNS | FACILITY_NOUNS:
        return False
    if not _no_ents(doc, offset + a, offset + a + len(name)):
        return False  # the tagger named it something (a person, a body): its label decided
    end = a + len(name)
    tail = PLACE_TAIL_RE.match(text[end:])
    if tail is None:
        return False
    b = _extend_place(text, end, doc, offset)
    if b == end:
        return False
    region = text[end + tail.start("p") : b]
    if not region or (
        region.lower() not in _KNOWN_PLACE_LOWER
        and region.split()[-1].lower() not in PLACE_SUFFIXES
    ):
        return False
    return AFTER_PLACE_RE.re.match(text, b) is not None


def _welcome_to_ok(doc: Doc | None, pos: int, before: str) -> bool:
    """The "to" hangs on a welcoming verb in the parse (no parse: not trusted), or the words
    between the welcoming verb and "to" are only a person's mention ("welcomed the Prime
    Minister of Japan, X Y, to Ottawa"), which a rule-made parse may hang "to" on."""
    tok = _token_at(doc, pos)
    if tok is None or tok.lower_ != "to":
        return False
    if tok.head.lower_ in WELCOME_VERBS:
        return True
    return WELCOMED_GUEST_RE.re.search(before[-WELCOMED_GUEST_CHARS:]) is not None


def _place_in(s: Seg, doc: Doc | None) -> _Place | None:
    """The first place in the sentence attached to the meeting: "at the <venue>",
    "in <place>[, <region>]", "visited <place>"."""
    text = s.text
    parens = _paren_depth_ranges(text)
    rel_spans = [(m.start(), m.end()) for m in REL_CLAUSE_SPAN_RE.finditer(text)]
    cands: list[tuple[int, int, _Place]] = []
    # the town named as one first: at the same "in" it wins over "the Black Sea"
    kinds = (("town", IN_TOWN_OF_RE), ("at", AT_PLACE_RE), ("in", IN_PLACE_RE),
             ("visit", VISIT_PLACE_RE), ("to", WELCOME_TO_RE))
    for kind, rx in kinds:
        for m in rx.finditer(text):
            if _inside(m.start(), parens):
                continue
            before = text[max(0, m.start() - 60) : m.start()]
            clause = _CLAUSE_SPLIT_RE.split(before)[-1]
            if PLACE_FUTURE_RE.search(clause):
                continue  # "meeting again in Vientiane in July"
            if kind == "to":
                if (not _welcome_to_ok(doc, s.start + m.start(), text[: m.start()])
                        or ENVOY_TO_RE.re.search(before)):
                    continue  # "expressed gratitude to Japan", "Ambassador of X to Japan"
            elif kind != "visit" and not _head_ok(doc, s.start + m.start(), s):
                continue  # "the coup in Myanmar"
            a = m.start("p")
            name = ""
            for cand in _prefixes(m.group("p")):
                labels = _ent_labels(doc, s.start + a, s.start + a + len(cand))
                bare = _no_ents(doc, s.start + a, s.start + a + len(cand))
                if kind == "at":
                    ok = _valid_at(cand, labels, bare)
                elif kind == "to":
                    ok = _is_place(cand, labels, bare) or (
                        cand.split()[-1].lower() not in EVENT_NOUNS
                        and _valid_at(cand, labels, bare)
                    )
                else:
                    ok = _is_place(cand, labels, bare)
                if ok:
                    name = cand
                    break
            if not name and kind == "town":
                name = _town_name(_trim_place(m.group("p")))
            run = _trim_place(m.group("p"))
            if not name and (
                _venue_with_city(text, run, a, doc, s.start)
                if kind == "at"
                else kind in ("in", "visit") and _place_with_region(text, run, a, doc, s.start)
            ):
                name = run
            if not name:
                continue
            b = a + len(name)
            is_country = name.lower() in _COUNTRY_LOWER
            in_rel = REL_CLAUSE_RE.search(before + text[m.start() : a]) is not None
            guest = _GUEST_CLAUSE_RE.search(before) is not None
            if kind == "visit" and not guest and m.group().startswith("visiting"):
                continue  # ", visiting Japan,": a participle about a participant
            if (in_rel or guest) and is_country:
                # "who is visiting Japan", "who were in Japan for ...": where a guest came,
                # too vague to be the venue
                continue
            b = _extend_place(text, b, doc, s.start, venue=kind == "at")
            if kind == "at":
                # "at the Iikura Guest House in Tokyo": the venue with its city
                im = AT_CITY_RE.re.match(text, b)
                if im:
                    ca = im.start("p")
                    for city in _prefixes(im.group("p")):
                        ce = ca + len(city)
                        if _is_place(city, _ent_labels(doc, s.start + ca, s.start + ce),
                                     _no_ents(doc, s.start + ca, s.start + ce)):
                            hit = _Hit(s.start + a, s.start + ce, text[a:ce])
                            place = _Place(f"{text[a:b]}, {city}", hit)
                            cands.append((0, m.start(), place))
                            break
                    else:
                        im = None
                    if im is not None:
                        continue
            value = _SPACES_RE.sub(" ", text[a:b])
            # a place in a clause about a participant ("who arrived in Tokyo") ranks last;
            # "welcomed X to <place>" ranks after a stated "in"/"at" place
            rank = 2 if in_rel or guest or _inside(m.start(), rel_spans) else 0
            if kind == "to" and rank == 0:
                rank = 1
            cands.append(
                (rank, m.start(),
                 _Place(value, _Hit(s.start + a, s.start + b, text[a:b])))
            )
    if not cands:
        return None
    cands.sort(key=lambda c: (c[0], c[1]))
    return cands[0][2]


def _dateline_place(an: Analyzed, w: _Window) -> _Place | None:
    """A host who received/welcomed/hosted the visitor, at no stated place: the dateline's
    place ("HANOI, April 15 - The Prime Minister received ..."). A dateline is where the
    release was issued; with a host's verb that is where the host received the guest."""
    dl = an.seg.dateline
    if w.verb is None or dl is None or not HOST_VERB_RE.match(w.verb.text):
        return None
    name = _SPACES_RE.sub(" ", dl.text.strip(" ,"))
    if not name or len(name.split()) > MAX_VENUE_WORDS:
        return None
    here = _zone_of_place(name)
    if here is None:
        return None  # a place whose country the lexicon does not know
    # the guest is said to be in that place or its country ("who is in Viet Nam from ...")
    for s in (w.sentence, *w.after):
        ms = [*GUEST_IN_RE.re.finditer(s.text)]
        if s is not w.sentence and (gm := GUEST_SENT_RE.re.match(s.text)) is not None:
            ms.append(gm)
        for m in ms:
            if any(_zone_of_place(c) == here for c in _prefixes(m.group("p"))):
                return _Place(name, _Hit(dl.start, dl.end, dl.text))
    return None


def _fold(s: str) -> str:
    """Lower case without accents: "Việt Nam" -> "viet nam", "Hà Nội" -> "ha noi"."""
    d = unicodedata.normalize("NFKD", s.lower().replace("đ", "d"))
    return "".join(ch for ch in d if not unicodedata.combining(ch))


def _zone_of_place(place: str | None) -> str | None:
    if not place:
        return None
    for part in [place, *place.split(",")]:
        key = part.strip().lower()
        z = PLACE_ZONES.get(key) or PLACE_ZONES.get(_fold(key))
        if z:
            return z
    return None


def _iso(date: str | None, hm: str | None, zone: str | None) -> str | None:
    if date is None or hm is None:
        return None
    base = f"{date}T{hm}:00"
    if zone is None:
        return base
    try:
        from zoneinfo import ZoneInfo

        d = dt.datetime.fromisoformat(base).replace(tzinfo=ZoneInfo(zone))
        return d.isoformat()
    except Exception:  # unknown zone data on this system: the local time still holds
        return base


# --------------------------------------------------------------------------------------
# The stage
# --------------------------------------------------------------------------------------


def _span(name: str, hit: _Hit | None, text: str) -> list[Span]:
    if hit is None or hit.start < 0 or hit.end > len(text) or hit.start >= hit.end:
        return []
    return [Span(field=name, start=hit.start, end=hit.end, text=text[hit.start : hit.end])]


def extract(an: Analyzed) -> WhenResult:
    text = an.seg.text
    warnings: list[str] = []
    w = _find_window(an)
    if w is None:
        return WhenResult(meeting=Meeting(), warnings=["no meeting sentence found"])
    spans: list[Span] = []

    fmt, fmt_hit = _format(an, w)
    if fmt is not None:
        spans += _span("meeting.format", fmt_hit, text)
    else:
        warnings.append("remote meeting, but not said whether by telephone or video")

    kind = _kind(an, w, fmt)
    # a meeting verb with no kind word ("received Ambassador X"): a meeting of that format
    kind_value = kind[0] if kind else (DEFAULT_KIND[fmt] if fmt is not None else None)
    spans += _span("meeting.kind", kind[1] if kind else None, text)

    ref = _release_date(an)
    date, dwarn = _date(w, ref)
    warnings += dwarn
    date_value = date.value.isoformat() if date else None
    spans += _span("meeting.date", date.hit if date else None, text)

    c = _clock(w)
    start_hm = _fmt_hm(c.start.minutes) if c.start else None
    end_hm: str | None = None
    duration: int | None = None
    approx = False
    if c.duration is not None:
        duration = c.duration.minutes
        approx = c.duration.approximate
        spans += _span("meeting.duration_minutes", c.duration.hit, text)
    if c.end is not None:
        end_hm = _fmt_hm(c.end.minutes)
        spans += _span("meeting.end_time", c.end.hit, text)
        if duration is None and c.start is not None:
            duration = (c.end.minutes - c.start.minutes) % (24 * 60)
            # "from around 8 p.m. to around 10 p.m.": the computed length is approximate
            approx = bool(
                _APPROX_RANGE_RE.search(text[max(0, c.start.hit.start - 20) : c.end.hit.end])
            )
            spans += _span("meeting.duration_minutes",
                           _Hit(c.start.hit.start, c.end.hit.end,
                                text[c.start.hit.start : c.end.hit.end]), text)
    elif c.start is not None and duration is not None:
        end_hm = _fmt_hm(c.start.minutes + duration)
    if c.start is not None:
        spans += _span("meeting.start_time", c.start.hit, text)

    location: str | None = None
    if fmt == "in_person":
        place = _location(an, w) or _dateline_place(an, w)
        if place is not None:
            location = place.value
            spans += _span("meeting.location", place.hit, text)

    zone = c.zone
    if zone is None and start_hm is not None and fmt == "in_person":
        # "(local time)" or no zone at all: the stated venue fixes the clock, when certain
        zone = _zone_of_place(location)
    if zone is not None and c.zone_hit is not None:
        spans += _span("meeting.timezone", c.zone_hit, text)
    if c.start is not None and c.local and zone is None:
        warnings.append("start time is local time but the place does not fix the zone")

    meeting = Meeting(
        format=fmt,
        kind=kind_value,
        date=date_value,
        start_time=start_hm,
        end_time=end_hm,
        timezone=zone,
        start=_iso(date_value, start_hm, zone),
        duration_minutes=duration,
        duration_approximate=approx,
        location=location,
    )
    return WhenResult(meeting=meeting, spans=spans, warnings=warnings)
