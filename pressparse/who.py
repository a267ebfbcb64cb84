"""Who: the participants (honorific, title, organization, aliases) and the people only mentioned.

How it works (rules over the text, spaCy's PERSON entities only as a fallback for bare names):

1. *Mentions.* A person is found where the language of diplomacy frames a name:
   an honorific before it ("H.E. Dr.", "the Hon.", "Dato"), an office before it
   ("Secretary of State Jane R. Doe", "Indian External Affairs Minister Dr. R. Iyer"),
   an office after it ("Mr. Taro Yamada, Minister for Foreign Affairs of Japan"), an office
   in apposition ("the Foreign Minister of Japan, Hanako Sato,"), or "his <demonym>
   counterpart". Names are runs of capitalised words (MOFA's ``SURNAME Given`` included).
2. *Participation.* A mention is evidence of taking part when it stands in a meeting
   sentence (the lead's sentences that report a meeting, call, visit, audience, dinner ...,
   the headline, or a "met/held talks" sentence right after the lead), outside a relative
   clause ("who is accompanying President X") and not in a future or other-time sentence
   ("Tomorrow I will meet ..."); a first-person lead ("I held talks with ...") makes the
   person named in the header a participant. Everyone else named is only mentioned.
3. *Merging.* Mentions of one person (surname only, office + surname, a misspelling) are
   merged by their name tokens (case- and diacritic-insensitive, difflib for typos); the
   fullest form is the name, the rest are aliases.
4. *Organization.* Stated beside the name first ("of Japan", "Indian ...", "his Indian
   counterpart", an office only one body has); else from the release itself: the host's state
   for one who "also took part", the headline's country pair ("Japan-ROK ..." less the states
   already given), the publisher's header or footer (for the release's own side only), country
   pairs in the body that all agree, the country the host side visited. Otherwise null.
"""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .document import Analyzed
from .lazyre import Lazy
from .lexicon import BODIES, CAPITALS, COUNTRIES, DEMONYMS, HONORIFICS, ORG_CANON
from .model import Person, Span

# --------------------------------------------------------------------------------------
# Rules as data
# --------------------------------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Offices printed before or after a name ("Prime Minister X", "X, Secretary-General of Y").
# Longest first when matching. Plain nouns of office only; the portfolio form
# "Minister for/of <portfolio words>" is matched by _GENERIC_MINISTER below.
OFFICES: tuple[str, ...] = (
    "High Representative/Vice-President", "High Representative/Vice President",
    "High Representative", "State Councilor and Foreign Minister",
    "State Councilor and Minister of Foreign Affairs", "State Councillor and Foreign Minister",
    "State Councilor", "State Councillor", "Deputy Prime Minister", "Prime Minister",
    "Senior Minister", "Foreign Affairs Secretary", "Foreign Secretary",
    "Federal Foreign Minister", "Foreign Minister", "Defence Minister", "Defense Minister",
    "External Affairs Minister", "Finance Minister", "Trade Minister", "Home Minister",
    "Under Secretary of State", "Under Secretary", "Under-Secretary-General",
    "Under Secretary-General", "Deputy Secretary of State", "Assistant Secretary of State",
    "Secretary of State", "Deputy Secretary-General", "Deputy Secretary General",
    "Secretary-General", "Secretary General", "Deputy Secretary", "Secretary",
    "Vice-President", "Vice President", "President", "Senior Deputy Minister",
    "Parliamentary Vice-Minister", "State Minister", "Vice-Minister", "Vice Minister",
    "Deputy Foreign Minister", "Deputy Minister", "Federal Minister", "Federal Chancellor",
    "Chancellor", "Crown Prince", "King", "Queen", "Emperor", "Sultan", "Emir", "Amir",
    "Senior Advisor", "Senior Adviser", "National Security Advisor", "National Security Adviser",
    "Special Representative", "Special Envoy", "Special Advisor", "Special Adviser",
    "Governor-General", "Governor", "Ambassador",
    # press offices (State Department, White House, MEA): they speak about a meeting
    "Principal Deputy Spokesperson", "Deputy Spokesperson", "Official Spokesperson",
    "Principal Deputy Press Secretary", "Deputy Press Secretary", "Press Secretary",
    "Deputy Spokesman", "Lead Spokesperson", "Spokesperson",
    "Spokesman", "Spokeswoman", "Director-General", "Director General", "Commissioner",
    "Chairperson", "Chairman", "Chair", "Vice Premier", "Vice-Premier", "Premier",
    "Minister", "FM", "EAM", "PM", "HRVP", "SG", "DPM",
    # a legislator: "United States Senator Mr. X", "Senator X" (but "Senator the Hon X",
    # Australia's style, is an honorific: see _find_mentions)
    "Senator",
    # Ireland: the deputy head of government and the head of government
    "Tánaiste", "Tanaiste", "Taoiseach",
)

# Abbreviated offices -> the office they stand for (aliases such as "FM Sari").
OFFICE_ABBREVIATIONS: dict[str, str] = {
    "FM": "Foreign Minister", "EAM": "External Affairs Minister", "PM": "Prime Minister",
    "HRVP": "High Representative/Vice-President", "SG": "Secretary-General",
    "DPM": "Deputy Prime Minister",
}

# The titles each abbreviation may stand for, folded and with hyphens as spaces: a release
# that calls its principal "EAM" (India), "HRVP" (EU), "SG" (ASEAN, UN), "DPM/FM"
# (Thailand) alone gives that alias to the one person holding the office.
ABBREVIATION_TITLES: dict[str, frozenset[str]] = {
    "FM": frozenset({"foreign minister", "minister for foreign affairs",
                     "minister of foreign affairs"}),
    "EAM": frozenset({"external affairs minister", "minister of external affairs"}),
    "PM": frozenset({"prime minister"}),
    "HRVP": frozenset({"high representative/vice president", "high representative"}),
    "SG": frozenset({"secretary general"}),
    "DPM": frozenset({"deputy prime minister"}),
}

# Offices that belong to one international body whatever the text says around them.
OFFICE_BODY: dict[str, str] = {
    "High Representative/Vice-President": "European Union",
    "High Representative/Vice President": "European Union",
}

# Offices held in an international body: a pair of states named in the body ("relations
# between the United States and Iran") never gives their organization.
BODY_OFFICES: frozenset[str] = frozenset(
    {"secretary-general", "secretary general", "deputy secretary-general",
     "deputy secretary general", "under-secretary-general", "under secretary-general",
     "director-general", "director general", "high representative",
     "high representative/vice-president", "high representative/vice president",
     "special representative", "special envoy", "commissioner"}
)

# Offices whose holders speak *about* a meeting, not in it (attribution lines, press contacts).
NON_PARTICIPANT_OFFICES: frozenset[str] = frozenset(
    {"Spokesperson", "Lead Spokesperson", "Spokesman", "Spokeswoman", "Deputy Spokesperson",
     "Principal Deputy Spokesperson", "Official Spokesperson", "Deputy Spokesman",
     "Press Secretary", "Deputy Press Secretary", "Principal Deputy Press Secretary"}
)

# Attribution lines name who issued a readout, not who met: "The below is attributable to
# <Name>:", "Readout issued by <Name>, Press Secretary, on ..." (State Department, White
# House, EU layouts). "Remarks by"/"Statement by" are left out: principals speak there.
_ATTRIBUTION = re.compile(r"\b(?:[Ii]ssued by|[Aa]ttributable to)\s+(?:the\s+)?")

# Portfolio words of "Minister for Foreign and European Affairs", "Minister of Foreign
# Affairs and Trade", "Federal Minister of Defence": the words a ministry's name is made of.
PORTFOLIO_WORDS: tuple[str, ...] = (
    "Foreign", "Affairs", "European", "Europe", "Defence", "Defense", "Trade", "External",
    "Economic", "Economy", "Finance", "Home", "Interior", "Internal", "Justice", "Health",
    "Education", "Environment", "Commerce", "Industry", "Development", "International",
    "Cooperation", "Co-operation", "Culture", "Women", "Security", "National", "Public",
    "Information", "Communications", "Agriculture", "Energy", "Transport", "Labour", "Labor",
    "Tourism", "Science", "Technology", "Planning", "Investment", "Climate", "Fisheries",
    "Immigration", "Digital", "Social", "Welfare", "Youth", "Sport", "Sports", "Legal",
    "Relations", "Integration", "Overseas", "Commonwealth", "Treasury", "Infrastructure",
    "Unification", "Strategic", "Policy", "Emergency", "Global", "Asian", "Pacific",
    "Middle", "East", "Africa", "African", "Americas", "State", "Defence", "Veterans",
    "Resources", "Mines", "Petroleum", "Water", "Land", "Lands", "Housing", "Urban",
    "Regional", "Local", "Government", "Gender", "Equality", "Family", "Children",
    "Trade-Industry", "Maritime", "Ocean", "Oceans", "Food", "Rural", "Worship",
)

# Pieces of a name that are written in lower case between capitalised parts.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "binti", "bint", "ibn", "van", "von", "der", "den", "de", "da", "das", "do", "dos",
     "di", "del", "della", "la", "le", "al", "el", "y", "e", "ter", "ten", "zu"}
)

# Particles of a patronymic ("Azmir bin Tun Razak", "Nasser bin Khalifa Al Marri"): such a
# name has no family name to report.
_PATRONYMIC: frozenset[str] = frozenset({"bin", "binti", "bint", "ibn", "ben", "ould"})

# Particles that open a family name: "von der Hallen", "de Souza", "van den Berg".
_FAMILY_PARTICLES: frozenset[str] = frozenset(
    {"van", "von", "der", "den", "de", "da", "das", "do", "dos", "di", "del", "della", "la",
     "le", "ter", "ten", "zu"}
)

# Capitalised words that never belong to a person's name: office words, headline verbs
# ("Li Wei Holds Talks", "Foreign Minister Tanaka Pays a Courtesy Call"), function words
# of title-case headlines, calendar words, pronouns, meeting nouns; Malay nouns of buildings
# that open the names of ministries' seats ("Wisma Putra", "Istana Negara", "Dewan Rakyat").
NOT_NAME_WORDS: frozenset[str] = _wordset(
    """Minister Ministers Secretary President Prime Foreign Affairs State Councilor Councillor
    General Deputy Senior Vice Federal Chancellor King Queen Prince Crown Sultan Emir Amir
    Emperor Ambassador Governor Spokesperson Spokesman Spokeswoman Representative Special
    Advisor Adviser High Under Assistant External Defence Defense Commissioner Chair Chairman
    Chairperson Premier Envoy Director Parliamentary Lead Minister's President's Secretary's
    Mr Mr. Ms Ms. Mrs Mrs. Dr Dr. H.E. HE Hon Hon. Prof Prof. Senator Excellency Honorable
    Honourable Majesty Highness Rt Rt. Right MP
    The A An And Of In On At For With By To From During After Before Between Via Over Into
    As Its It Their His Her My Our Your This That These Those Both Two Three Four All New
    Holds Hold Held Meets Meet Met Meeting Meetings Pays Pay Paid Receives Receive Received
    Calls Call Called Visits Visit Visited Speaks Speak Spoke Talks Talk Talked Has Have Had
    Attends Attend Attended Welcomes Welcome Welcomed Discusses Discuss Discussed Signs Sign
    Says Say Said Hosts Host Hosted Joins Join Chairs Leads Makes Takes Urges Thanks
    Congratulates Shaking Talking Greeting Welcoming Speaking Taking Is Are Was Were Will
    Telephone Video Conference Courtesy Summit Relations Readout Press Release Releases Statement
    Joint Photo Back Index Today Tomorrow Yesterday Tonight I We He She They You Bilateral
    Trilateral Consultations Conversation Dinner Lunch Working Outcome Overview Outline
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun
    JST UTC GMT EDT EST CDT CST MDT MST PDT PST BST CET CEST EET EEST KST IST SGT WIB AEST
    AEDT NZST NZDT Ministry Office Department Government Embassy Council Assembly Committee
    Secretariat Republic Kingdom Federation Union Nations United Commonwealth People's
    Islands Island Sea City Province Palace House Hall Centre Center Street
    Conservative Labour Liberal Democrat Democrats Republican Republicans Party Coalition
    Administration Cabinet Tags Keywords Share Print Email
    Cyclone Typhoon Hurricane Storm Community Tánaiste Tanaiste Taoiseach Former
    Wisma Istana Menara Bangunan Dewan WISMA ISTANA MENARA BANGUNAN DEWAN"""
)

# Verbs (and verb phrases) that report a meeting: a sentence holding one is a meeting sentence.
_MEETING_CUE = re.compile(
    r"\b(?:met|meets?|meetings?|held|holds?|talks?|talked|spoke|speaks?|telephone|phone|call(?:ed|s)?"
    r"|video|virtual|conference|courtesy|received|receives?|hosted|hosts?|attended|attends?"
    r"|took part|takes part|visited|visits?|audience|consultations|chaired|co-chaired|dinner"
    r"|lunch|breakfast|summit|conversation|exchanged views)\b",
    re.IGNORECASE,
)
# The verbs a lead uses to say who met (used to find the lead when segmentation gave none,
# and to accept a "met/held talks" sentence in the paragraph after the lead).
_MEETING_VERB = re.compile(
    r"\b(?:met|held|spoke|talked|received|paid|hosted|attended|visited|took part|chaired"
    r"|co-chaired|had (?:a|an)\b)",
)
# Sentences about another time: the future ("will meet"), or later that day.
_OTHER_TIME = re.compile(
    r"\b(?:will|shall|is to|are to|is due to|plans? to|is expected to|is scheduled to"
    r"|tomorrow|later today|later this (?:week|month)|next (?:week|month|year))\b",
    re.IGNORECASE,
)
# Where a sentence's clauses part: "A met B today, and will meet C tomorrow" (a comma, a
# semicolon, or "and"/"but" before a modal of another time), so that only the clause about
# another time loses its names.
_CLAUSE_BREAK = re.compile(
    r"[,;:]|\s+(?:and|but|while)\s+(?=(?:will|shall|is to|are to|plans? to|is expected to"
    r"|is scheduled to|is due to)\b)"
)
# A second meeting of the same day reported later in the body: "In the afternoon, the
# Secretary-General was received at the Kremlin by H.E. Mr. X" (UN readouts of a day's
# meetings): the sentence opens with a time of the same day and reports a meeting in the past.
_SAME_DAY_OPENER = re.compile(
    r"(?:In the (?:morning|afternoon|evening)|Later (?:that|in the) (?:day|afternoon|evening)"
    r"|That (?:afternoon|evening)|Afterwards|Subsequently),[ \t]+"
)
_SAME_DAY_MEETING = re.compile(
    r"\b(?:was|were) received\b[^.;]*?\bby\b|\b(?:met|held (?:talks|a meeting)|received"
    r"|paid a courtesy call)\b"
)
# Earlier or reported events inside a later paragraph ("he had just called on X", "told ... that").
_REPORTED = re.compile(r"\b(?:had (?:just |already |recently )?\w+ed|that)\b")
# Relative clauses: a name inside ", who is accompanying President X," did not take part.
_RELATIVE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,;:()]*")
# Contexts that name a person as a topic ("the administration of President X", "a message from X").
_TOPIC_CONTEXT = re.compile(
    r"\b(?:administration|government|regime|message|letter|deaths?|condolences|invitation|"
    r"health|release|detention|funeral|era|visit to \w+|behalf|leadership|successor)"
    r"\s+(?:of|from|by)\s+(?:the\s+late\s+|former\s+)?$",
    re.IGNORECASE,
)
# Speaking verbs: "Minister X stated ...", "President X said ...".
_SPEECH_AFTER = re.compile(
    r"^\s*(?:also |then |further |first |again |in turn |for (?:his|her) part,? )?"
    r"(?:said|stated|noted|expressed|thanked|welcomed|replied|responded|explained|answered|"
    r"agreed|emphasized|emphasised|stressed|raised|congratulated|offered|described|set out|"
    r"asked|called|proposed|pointed|highlighted|underlined|reaffirmed|conveyed|briefed|"
    r"praised|told|urged|updated|informed|mentioned|touched|added|remarked|hoped|requested|"
    r"opened|began|shared)\b"
)
# Those present at the meeting, named after the lead ("B and C were present at the talks").
_PRESENT = re.compile(
    r"\b(?:was|were) (?:also )?present (?:at|during|in)\b|\balso (?:took part|attended|"
    r"joined|participated|sat in) (?:in )?the (?:meeting|talks?|call|courtesy call|dinner|lunch)\b"
    # a third leader brought into a call: "to invite him to join the call" (White House)
    r"|\b(?:invited? (?:him|her|them) to|also) join(?:ed)? (?:the|this) (?:meeting|talks?|call"
    r"|conversation|discussion)\b"
)
# A person who "also took part" / "also attended" joined the side that hosted the meeting.
_JOINS_HOST = re.compile(r"\balso (?:took part|takes part|attended|joined|participated|sat in)\b")
_FIRST_PERSON = re.compile(r"(?:^|[\s,(])I\s+(?:have\s+|had\s+|also\s+)?"
                           r"(?:held|met|spoke|talked|had|hosted|received|called|visited|"
                           r"attended|chaired|co-chaired|joined)\b")

# Publishers recognisable from their header or footer lines: where a release's own
# principal is given no country ("Secretary of State Jane R. Doe met ..."), the
# publisher's state is theirs. Each entry: pattern (multiline) -> organization.
PUBLISHERS: tuple[tuple[str, str], ...] = (
    # State Department readouts: the office's label line, the department's name, and the
    # line that opens every readout ("The below is attributable to Spokesperson X:"),
    # which reprints keep when they drop the page's header
    (r"^OFFICE OF THE SPOKESPERSON$|U\.S\. Department of State|U\.S\. DEPARTMENT OF STATE"
     r"|^The below is attributable to Spokesperson\b"
     r"|published by the Office of the Spokesperson\b|^Source: Office of the Spokesperson$",
     "United States"),
    (r"^BRIEFING ROOM$|^The White House$|^THE WHITE HOUSE$", "United States"),
    (r"Foreign, Commonwealth (?:&|and) Development Office|Foreign (?:&|and) Commonwealth Office"
     r"|\bGOV\.UK\b|\bgov\.uk\b", "United Kingdom"),
    (r"^Federal Foreign Office$|Auswärtiges Amt", "Germany"),
    (r"^United Nations Secretary-General$|Spokesperson for the Secretary-General",
     "United Nations"),
    (r"^ASEAN Secretariat$", "ASEAN"),
    (r"^Ministry of Foreign Affairs of Japan$", "Japan"),
    (r"^Ministry of Foreign Affairs of the People's Republic of China$", "China"),
    (r"^Ministry of Foreign Affairs of the Republic of Indonesia$", "Indonesia"),
    (r"^Ministry of External Affairs(?:, Government of India)?$", "India"),
    # 10 Downing Street: gov.uk's byline ("From: Prime Minister's Office, 10 Downing Street")
    # and the spokesperson line of its call readouts
    (r"^(?:From:[ \t]*)?Prime Minister's Office, 10 Downing Street\b"
     r"|\b[Aa] (?:No(?:\.|umber)? ?10|Downing Street) spokesperson said\b", "United Kingdom"),
    (r"^MINISTRY OF FOREIGN AFFAIRS\s*\n\s*SINGAPORE$", "Singapore"),
    (r"^Department of Foreign Affairs and Trade$|\bDFAT\b", "Australia"),
    (r"^European External Action Service$|^EEAS$", "European Union"),
    (r"Global Affairs Canada", "Canada"),
    # a reprint's credit line or link to the original ("Official news published at
    # https://www.state.gov/...") and the archive that prints U.S. presidents' readouts
    (r"https?://(?:www\.)?(?:state|whitehouse)\.gov/|\bThe American Presidency Project\b",
     "United States"),
    # UN readout pages: the headline form, the site's slogan, the list footer
    (r"^Readout of the Secretary-General['’]s (?:meeting|call|telephone|video)"
     r"|^Welcome to the United Nations\b|^Readouts on \d", "United Nations"),
)

# Combining forms that stand for a state only as one side of a hyphenated pair ("Indo-US
# ties", "Sino-Japanese relations"); "Indo-Pacific" is no pair, "Pacific" being no state.
PAIR_COMBINING_FORMS: dict[str, str] = {"Indo": "India", "Sino": "China"}

# Footers of a publisher that does not print its own name (Japan's MOFA: "Back to Index",
# "Back to Japan-Germany Relations"): taken only when the text names that state at least twice.
PUBLISHERS_NAMING_SELF: tuple[tuple[str, str], ...] = (
    (r"^Back to (?:Index|Press Releases|G7/G8|Countries & Regions|Japan-[^\n]*)$"
     r"|^\(Photo: Cabinet Public Relations Office\)$|^Photo: Cabinet Public Relations Office$",
     "Japan"),
)

# Long forms of a state's name ("the Socialist Republic of Viet Nam") reduce to the short form.
_LONG_FORM = re.compile(
    r"^(?:the\s+)?(?:(?:Socialist|Islamic|Federal|Democratic|People's|Arab|Hashemite|Bolivarian|"
    r"Plurinational|Independent|Oriental|Argentine|Co-operative|Cooperative|Kyrgyz|Lao|Slovak|"
    r"Czech|Italian|Hellenic|Portuguese|Lebanese|Syrian|Tunisian|Dominican)\s+)*"
    r"(?:Republic|Kingdom|Commonwealth|State|Sultanate|Federation|Principality|Grand Duchy|"
    r"Union|Federal Republic|Democratic Republic)\s+of\s+(?:the\s+)?(.+)$"
)

# Characters of a text that are searched for people.
SCAN_LIMIT = 200_000
# The longest appositive office phrase read after a name ("Member of ..., Director of ...,
# and Minister of Foreign Affairs of the People's Republic of China").
APPOSITIVE_LIMIT = 400

# --------------------------------------------------------------------------------------
# Compiled patterns
# --------------------------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """An alternation of literal words, written as a trie ("Prime Minister|Prime" as
    "Prime(?:\\ Minister)?"): at a position it tries the words that match there longest
    first, as "|".join of the words sorted longest first would, so the matches are the same
    (without IGNORECASE; a full-line match is the same with it too), and the engine reads
    each letter once instead of once per word: whole-text scans take half the time."""
    trie: dict[str, dict[str, Any]] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_alt(trie)


def _trie_alt(node: dict[str, dict[str, Any]]) -> str:
    branches = [re.escape(ch) + _trie_alt(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if "" not in node:
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{'|'.join(branches)})?"  # (greedy: the longer words first, then the end)


# Honorifics: the lexicon's, periods optional; words that are also ordinary nouns or
# offices ("General Assembly", "Ambassador" is an office here) are not taken as honorifics.
_HONORIFIC_EXCLUDED = frozenset({"HE", "General", "Admiral", "Lady", "Lord", "Excellency",
                                 "Ambassador", "Madam", "Haji"})
_HON_WORDS = sorted(
    {h for h in HONORIFICS if h not in _HONORIFIC_EXCLUDED} | {"Senator", "the Hon", "The Hon"},
    key=len, reverse=True,
)
_HON_ONE = "|".join(re.escape(h).replace(r"\.", r"\.?") for h in _HON_WORDS)
# The letters an honorific starts with, checked first: the scan of the whole text for
# honorifics then tries the long alternation only where one may start (in a fourth of the
# time; the matches are the same, as every honorific starts with one of these letters).
_HON_FIRST = rf"(?=[{''.join(re.escape(c) for c in sorted({h[0] for h in _HON_WORDS}))}])"
_HON_SEQ = re.compile(rf"{_HON_FIRST}(?:(?:{_HON_ONE})(?![\w'])[ \t]*)+")
_HON_SEQ_BEFORE = re.compile(rf"(?:(?:{_HON_ONE})(?![\w'])[ \t]+)+$")

_PLACE_WORDS = sorted(set(COUNTRIES) | set(BODIES) | {"Viet Nam"}, key=len, reverse=True)
_COUNTRY_SET = frozenset(COUNTRIES)  # (the lexicon's tuple is searched word by word)
_PLACE_ALT = _alt(_PLACE_WORDS)
_LONGFORM_ALT = (
    r"(?:the\s+)?(?:(?:Socialist|Islamic|Federal|Democratic|People's|Arab|Hashemite|Bolivarian|"
    r"Plurinational|Independent|Oriental|Co-operative|Cooperative)\s+)*"
    r"(?:Republic|Kingdom|Commonwealth|State|Sultanate|Federation|Principality|Grand Duchy)"
    rf"\s+of\s+(?:the\s+)?(?:{_PLACE_ALT}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
# A state or body as printed, long forms first ("the Commonwealth of Australia", "ROK").
_PLACE = re.compile(rf"(?<![\w.])(?:{_LONGFORM_ALT}|(?:the\s+)?(?:{_PLACE_ALT}))(?![\w])")
# A demonym, state or body before an office ("Indian External Affairs Minister", "U.S. ...").
_QUALIFIER_BEFORE = re.compile(
    rf"(?<![\w.])({_alt(list(DEMONYMS) + list(BODIES) + list(COUNTRIES))})(?:['’]s)?[ \t]+$"
)
_QUALIFIER_AFTER = re.compile(
    rf"({_alt(list(DEMONYMS) + list(BODIES) + list(COUNTRIES))})(?:'s)?[ \t]+"
)
_THE_BEFORE = re.compile(
    rf"\b[Tt]he\s+(?:(?:{_alt(list(DEMONYMS) + list(BODIES) + list(COUNTRIES))})(?:'s)?\s+)?$"
)
_SHIP_BEFORE = re.compile(r"\b(?:HMS|HMAS|HMCS|HMNZS|USS|USNS|INS|JS|RFA|MV|SS|RV)\s+(?:\w+\s+)?$")
_VISIT = Lazy(rf"\b(?:visited|[Vv]isit to)\s+({_PLACE.pattern})")
# A first-person speaker stating their own state's position ("I raised once again New
# Zealand's concerns", "I conveyed Australia's condolences"): the speaker's state, in a
# first-person release whose byline names no state (New Zealand, Australia layouts).
_FIRST_PERSON_STATE = Lazy(
    r"(?:^|[\s,(])I[ \t]+(?:(?:also|again|once again|further|strongly|firmly)[ \t]+)*"
    r"(?:raised|reaffirmed|conveyed|expressed|set out|outlined|reiterated|restated|underlined"
    r"|emphasi[sz]ed|stressed|explained|registered|made clear)[ \t]+"
    rf"(?:(?:once[ \t]+)?again[ \t]+)?({_PLACE.pattern})'s[ \t]"
)
_MINISTRY_LINE = Lazy(
    r"^[ \t]*(?:Ministry|Department) of (?:Foreign|External) Affairs(?: and Trade)?"
    rf"(?: of|,)[ \t]+((?:{_LONGFORM_ALT}|(?:the\s+)?(?:{_PLACE_ALT})))[ \t]*$",
    re.MULTILINE,
)
# A publisher's line naming its state: "Government of India", "Ministry of External Affairs,
# Government of India", "Prime Minister's Office, Singapore", and a reprint's credit to an
# embassy ("(Source: US Embassy in Baghdad)", "Source: Embassy of Japan in India"). A bare
# "Prime Minister's Office" names no state.
_GOVERNMENT_LINE = Lazy(
    r"^[ \t]*(?:Ministry of (?:Foreign|External) Affairs,[ \t]+)?"
    rf"(?:Government of|Prime Minister's Office(?: of|,))[ \t]+({_PLACE.pattern})[ \t]*$",
    re.MULTILINE,
)
# A site's banner naming the state whose head of government or state publishes it, on one of
# the page's first lines (see _banner): "Cheong Wa Dae - Office of the President, Republic of
# Korea", "Prime Minister of Canada" (pm.gc.ca), "Online Newspaper of the Government of the
# Socialist Republic of Viet Nam" (in capitals), "Republic of the Philippines" over the
# Presidential Communications Office's name. Lines in capitals are matched title-cased.
BANNER_LINES_SCANNED = 4
_BANNER = Lazy(
    r"^[ \t]*(?:[^\n]*?[-–—|:][ \t]*)?"
    r"(?:(?:[Tt]he[ \t]+)?Office[ \t]+of[ \t]+the[ \t]+(?:President|Prime[ \t]+Minister)"
    r"|President's[ \t]+Office|Prime[ \t]+Minister's[ \t]+Office)(?:,|[ \t]+of)[ \t]+"
    rf"(?P<a>{_PLACE.pattern})[ \t]*$"
    r"|^[ \t]*(?:President|Prime[ \t]+Minister|Chancellor)[ \t]+of[ \t]+"
    rf"(?P<b>{_PLACE.pattern})[ \t]*$"
    r"|^[^\n]*\b[Gg]overnment[ \t]+of[ \t]+"
    rf"(?P<c>{_PLACE.pattern})[ \t]*$"
    rf"|^[ \t]*(?P<d>{_LONGFORM_ALT})[ \t]*$"
)
_CAPS_SMALL_WORD = re.compile(r"\b(?:Of|The|And|For)\b")
_EMBASSY_SOURCE = Lazy(
    r"^[ \t]*\(?(?:Source|Courtesy|From)[ \t]*:[ \t]*(?:the[ \t]+)?"
    rf"(?:Embassy of[ \t]+({_PLACE.pattern})"
    rf"|({_alt(list(DEMONYMS) + list(COUNTRIES))})[ \t]+Embassy)\b",
    re.MULTILINE,
)
# A dateline opening the lead: "ISLAMABAD, JUL 14 –", "MANILA –", "New Delhi, 3 June:".
_DATELINE = re.compile(
    r"[ \t]*([A-Z][A-Za-z'é]+(?:[ -][A-Z][A-Za-z'é]+){0,2})(?:,[ \t]*[\w .]{1,20}?)?"
    r"(?:[ \t]*\([A-Za-z ]{1,20}\))?[ \t]*(?:–|—|--?|:)[ \t]"
)
# "X (also) invited Y to visit <state>", "extended an invitation to Y to pay a visit to <state>".
_INVITE = Lazy(
    r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )"
    r"\b(?:invited|extended an invitation to)[ \t]+[^.;:\n]{1,80}?[ \t]+to[ \t]+"
    rf"(?:pay[ \t]+an?[ \t]+(?:[\w-]+[ \t]+)?visit[ \t]+to|visit)[ \t]+({_PLACE.pattern})"
)
# The release's own side on a visit: the dateline is then the place visited.
_OWN_VISIT = re.compile(
    r"\b(?:his|her|their|during an?|on an?) (?:[\w-]+ ){0,2}visit to\b"
    r"|\b(?:is|was|are|were) (?:visiting|on an? (?:[\w-]+ ){0,2}visit)\b|\barrived in\b"
)
# "... meeting with Irish Foreign Minister", "Call with the Kenyan President" in a headline.
_HEADLINE_WITH = Lazy(
    rf"\bwith[ \t]+(?:the[ \t]+)?({_alt(list(DEMONYMS) + list(COUNTRIES))})(?:'s)?[ \t]+"
    rf"(?:{_alt(OFFICES)})(?![\w-])(?![ \t]+(?:[A-Z][\w'-]*[ \t]+)?[A-Z][a-z])"
)
_COUNTERPART = re.compile(
    rf"\b(?:his|her|my|their|our|its)\s+(?:({_alt(list(DEMONYMS) + list(COUNTRIES))})\s+)?"
    r"counterparts?\b,?\s*"
)
# Country pairs in a headline or a body: "Japan-ROK", "Japan-Australia-India-U.S.",
# "Australia–New Zealand", and with a demonym or a combining form as one side:
# "China-Chilean cooperation" (Xinhua), "Indo-US ties" (India), "Sino-Japanese relations".
_PAIR_WORD_ALT = _alt(_PLACE_WORDS + list(DEMONYMS) + list(PAIR_COMBINING_FORMS))
_PAIR = Lazy(
    rf"(?<![\w])(?:{_PAIR_WORD_ALT})(?:[ ]?[-–—][ ]?(?:{_PAIR_WORD_ALT}))+(?![\w])"
)
_PAIR_PART = Lazy(rf"(?:{_PAIR_WORD_ALT})")
# The same pair written out: "the strategic partnership between India and the United States"
# (MEA, Singapore and gov.uk layouts name their own state this way, not in a hyphenated pair).
_BETWEEN_PAIR = Lazy(
    rf"\bbetween\s+(?:the\s+)?(?:{_PLACE_ALT})\s+and\s+(?:the\s+)?(?:{_PLACE_ALT})(?![\w])"
)

_PORTFOLIO = _alt(PORTFOLIO_WORDS)
# "Minister for Foreign and European Affairs", "Federal Minister of Defence",
# "Minister of Foreign Affairs and Trade", "Minister of Foreign Affairs II".
_GENERIC_MINISTER = (
    r"(?:(?:Federal|Deputy|Senior|Second|First|Vice|State)[ -])?Minister\s+(?:for|of)\s+"
    rf"(?:the\s+)?(?:{_PORTFOLIO})(?:,?\s+(?:and\s+)?(?:{_PORTFOLIO}))*(?:\s+(?:II|III|IV))?"
)
# "Cabinet Secretary for Foreign Affairs", "Secretary of State for Foreign, Commonwealth and
# Development Affairs", "Secretary of Foreign Affairs".
_GENERIC_SECRETARY = (
    r"(?:Cabinet |Parliamentary |Permanent )?Secretary\s+(?:of\s+State\s+)?(?:for|of)\s+"
    rf"(?:the\s+)?(?:{_PORTFOLIO})(?:,?\s+(?:and\s+)?(?:{_PORTFOLIO}))*"
)
# "Director of the Office of the Central Foreign Affairs Commission", "Head of the
# Presidential Administration", "Chief of the General Staff": a head of a named body,
# whose capitalised name runs on through "of (the)" links but stops before
# "of <country or international body>" (that is the organization).
_STATE_OR_BODY = _alt(tuple(COUNTRIES) + tuple(BODIES))
_GENERIC_HEAD = (
    r"(?:Director(?:-General)?|Head|Chief|Chair(?:man|person)?|Executive\s+Secretary)\s+of\s+"
    rf"(?:the\s+)?(?!(?:{_STATE_OR_BODY})(?![\w-]))[A-Z][\w'-]*"
    rf"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?(?!(?:{_STATE_OR_BODY})(?![\w-]))[A-Z][\w'-]*)*"
)
_OFFICE_ALT = rf"{_GENERIC_MINISTER}|{_GENERIC_SECRETARY}|{_GENERIC_HEAD}|{_alt(OFFICES)}"
_OFFICE = re.compile(rf"(?<![\w-])(?:{_OFFICE_ALT})(?![\w-])")
_NAME_STOP = frozenset(',;:()"')
# "<office> and <office>" (see _read_office_after): the " and " is matched here and the
# second office by _OFFICE, so that the long office alternation is compiled once, not twice.
_AND_WORD = re.compile(r"[ \t]+and[ \t]+")
_OFFICE_FULL_LINE = Lazy(rf"\s*(?:{_OFFICE_ALT})\s*")
# The same office line printed in capitals under a byline in capitals ("RT HON <NAME>" /
# "PRIME MINISTER", New Zealand's Beehive): tried only on a line that is all capitals.
_OFFICE_FULL_LINE_CAPS = Lazy(rf"\s*(?:{_OFFICE_ALT})\s*", re.IGNORECASE)
_OFFICE_BY_FOLD: dict[str, str] = {o.casefold(): o for o in OFFICES}
# ", [the] [newly appointed] [France's] <office>": an office in apposition after a name.
_APPOS_OFFICE = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?:(?:newly[ -]appointed|new|incoming|outgoing|acting|visiting|[Ff]ormer"
    r"|current)[ \t]+)?"
    rf"(?:(?:{_alt(list(DEMONYMS) + list(BODIES) + list(COUNTRIES))})(?:'s)?[ \t]+)?"
    rf"(?:{_OFFICE_ALT})(?![\w-])"
)
_PUBLISHERS = tuple((re.compile(p, re.MULTILINE), o) for p, o in PUBLISHERS)
_PORTFOLIO_SET = frozenset(PORTFOLIO_WORDS)
# A clock before an office word: "04:19 PM", "10 AM" ("PM" is then no Prime Minister).
# A locative preposition right before a bare name spaCy calls a person: the name is a
# place ("at Wisma Putra", "in Putrajaya"); people are met "with", "by", "on" them.
_PLACE_PREP_BEFORE = re.compile(r"(?<![\w])(?:at|in)[ \t]+$")
# What follows a name's comma when no appositive follows but the sentence goes on: a
# lower-case word other than an article ("X, held talks", "Y, who").
_VERB_AFTER_COMMA = re.compile(r"(?!(?:a|an)\b)[a-z]")
_CLOCK_BEFORE = re.compile(r"\d(?::\d\d)?[ \t]*$")
# An office joined to the next by "/" or "and": "the State Councilor/Minister of ...".
_OFFICE_CHAIN_END = Lazy(rf"(?:{_OFFICE_ALT})[ \t]*(?:/|\band\b)[ \t]*$")
# Its tail alone: most offices have no "/" or "and" before them, and then need no search.
_CHAIN_TAIL = re.compile(r"(?:/|\band\b)[ \t]*$")
# A further office in an appositive list: ", Director of ...", ", and Minister of ...".
_LISTED_OFFICE = Lazy(rf",[ \t]+(?:and[ \t]+)?(?P<o>{_OFFICE_ALT})(?![\w-])")
_JR_BEFORE = re.compile(r"(?:Jr|Sr)$")
# A surname written with the Arabic article in lower case: "al-Sudani", "el-Sisi", "ash-Shara".
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z][\w'’-]*$")
_PUBLISHERS_NAMING_SELF = tuple((re.compile(p, re.MULTILINE), o) for p, o in PUBLISHERS_NAMING_SELF)
_APPOS_START = re.compile(r",?\s+(?:the\s+)?")
# Words that may stand between the article and an appositive office: "X, the newly appointed
# Ambassador and Permanent Representative of Viet Nam", "Y, the incoming Foreign Minister".
_OFFICE_MODIFIER = re.compile(
    r"(?:(?:newly[ -]appointed|new|incoming|outgoing|acting|visiting|current|former|Former)"
    r"[ \t]+)?"
)
_OF = re.compile(r"\s+of\s+")
_COMMA = re.compile(r",[ \t]*")
_POSSESSIVE = re.compile(r"'s?\b")
_LOWER_WORD = re.compile(r"[ \t]+[a-z]")
_TOKEN_POSSESSIVE = re.compile(r"['’]s?$")
_NAME_SPLIT = re.compile(r"[\s.,'’\-]+")
_SPACES = re.compile(r"\s+")
_JR_END = re.compile(r",?\s+(?:Jr|Sr)\.?$")
_KOREAN_GIVEN = re.compile(r"-[a-z]")
_HEADLINE_CUE = re.compile(r"\b(?:[Mm]eets?|[Hh]olds?|[Mm]eeting|Talks?|Call|Conversation)\b")
_GEO_FEATURE_AFTER = re.compile(r"\s+(?:Sea|Seas|Peninsula|Strait)\b")
# An institution's noun right after a run of capitalised words: the run is part of that
# institution's name, not a person ("Chair of the ASEAN Socio-Cultural Community Council").
_INSTITUTION_AFTER = re.compile(
    r"[ \t]+(?:Community|Council|Committee|Commission|Assembly|Secretariat|Forum|Agency"
    r"|Organi[sz]ation|Institute|University|Fund|Bank|Programme|Program|Initiative|Summit"
    r"|Conference|Dialogue)\b"
)
# An office that opens its sentence or clause ("Jakarta, Nov. 27 -- Secretary-General of ASEAN,
# Dr. X, today met ..."): what stands before it on the line.
_CLAUSE_OPEN_BEFORE = re.compile(r"(?:^|[.:;!?]|[–—]|--?)\s*$")
# "The Secretary-General met today with ...": the release's own principal named by office
# alone as the subject of the lead's meeting verb (UN, gov.uk, White House layouts).
_OFFICE_SUBJECT = re.compile(
    rf"(?:^|[.,:;]\s+)[Tt]he\s+({_alt(OFFICES)})\s+(?:\w+\s+){{0,2}}?"
    r"(?:met|held|spoke|talked|received|hosted|paid|visited|called|had)\b"
)
# Where an appositive office phrase ends: a new clause, a bracket, the next honorific.
_APPOS_END = re.compile(
    r"\n|\(|;|,\s*(?:who|which|where|whose|while|and\s+(?:the\s+)?[a-z])\b"
    r"|,\s*(?!and\b)[a-z]"
    rf"|,?\s+(?:and\s+)?(?:{_HON_ONE})(?![\w'])|\.\s+(?=[A-Z])|\.$"
)

_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”!?]+")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
_SUFFIX = re.compile(r",?[ \t]+(?:Jr|Sr)\.?(?![\w])|[ \t]+(?:II|III|IV)(?![\w])")
_POST_NOMINALS = frozenset({"MP", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "AC", "AO", "CMG",
                            "KCMG", "GCMG", "PC", "MEP", "MLA", "MPP"})
# "X MP", "X, MP," (Australia, UK): post-nominal letters, with or without a comma before
_POST_NOMINAL_RE = re.compile(rf"(?:,?[ \t]+(?:{_alt(_POST_NOMINALS)})(?![\w]))+")
_SENT_END = re.compile(r"[.!?][\"”’)]?(?=\s+[A-Z\"“(]|\s*$)")
_ABBREV_END = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|Jr|Sr|Hon|Rt|No|Gen|Lt|Col|Sen|Rep|Gov|Amb|Mt|vs)|"
    r"(?<![\w.])[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])$"
)

# East Asian family names (Chinese, Korean, Vietnamese, Cambodian) written first: a name that
# starts with one and is not in MOFA capitals has no known order, so family/given stay null.
_FAMILY_FIRST_NAMES: frozenset[str] = _wordset(
    """wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin lim he guo ma luo
    liang song zheng xie han tang feng yu dong xiao cheng cao yuan deng xi qin kong fu
    kim lee park choi chung jung kang cho yoon yun jang oh seo shin kwon hwang ahn hong moon
    ban nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly kao hun sok
    chan wong tan ong goh teo ng koh"""
)


# --------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WhoResult:
    participants: list[Person] = field(default_factory=list)
    mentioned: list[Person] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Mention:
    start: int
    end: int
    name: str
    honorific: str | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    org: str | None = None
    org_span: tuple[int, int] | None = None
    office_prefix: str | None = None  # "Minister" in "Minister Tanaka": for the alias
    office_span: tuple[int, int] | None = None  # where that office stands
    evidence: bool = False  # stands where the text says this person took part
    subject: bool = False  # before the meeting verb: the release's own side
    header: bool = False
    lead: bool = False
    nonparticipant: bool = False  # spokesperson lines and the like
    joins_host: bool = False  # "X also took part in the courtesy call": on the host's side

    @property
    def words(self) -> int:
        return len(self.name.replace(",", " ").split())


# A name has a word of two letters or more: a lone "D" or "O'N" is a name cut off at the
# end of a truncated text, not a person.
_NAME_WORD = re.compile(r"[^\W\d_]{2}")


def _trim_mark(m: _Mention) -> _Mention:
    """A possessive's mark is no part of a name ("Secretary A's" names "A", not "A'")."""
    name = m.name.rstrip("' ")
    if name != m.name:
        m.name, m.end = name, m.start + len(name)
    return m


@dataclass
class _Cluster:
    mentions: list[_Mention]
    keys: set[str]

    def first(self) -> int:
        return min(m.start for m in self.mentions)


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # the same names and titles are folded again and again
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def _name_keys(name: str) -> list[str]:
    toks = _NAME_SPLIT.split(_fold(name))
    return [t for t in toks if t and t not in ("jr", "sr", "ii", "iii")]


@lru_cache(maxsize=4096)  # asked for every word of every name run, and of lexicon lists
def _canon_org(printed: str) -> str:
    """The short form of a state or body as ``organization`` reports it."""
    s = _SPACES.sub(" ", printed.replace("’", "'")).strip()
    if s.startswith("the "):
        s = s[4:]
    if s in ORG_CANON:
        return ORG_CANON[s]
    if s in BODIES:
        return BODIES[s]
    m = _LONG_FORM.match(s)
    if m:
        inner = m.group(1)
        return ORG_CANON.get(inner, inner)
    return s


@lru_cache(maxsize=4096)
def _demonym_org(word: str) -> str | None:
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in DEMONYMS:
        return _canon_org(DEMONYMS[w])
    if w in _COUNTRY_SET or w in BODIES:
        return _canon_org(w)
    return None


def _is_capword(tok: str) -> bool:
    return bool(tok) and tok[0].isupper() and any(c.isalpha() for c in tok)


def _name_run(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The run of name words starting at ``pos`` (spaces/tabs skipped), within one line."""
    i = pos
    while i < limit and text[i] in " \t":
        i += 1
    toks: list[tuple[int, int, str]] = []
    stop_after = False
    while i < limit and not stop_after and len(toks) < 7:
        m = _TOKEN.match(text, i)
        if m is None or m.start() >= limit:
            break
        s, e = m.start(), min(m.end(), limit)
        tok = text[s:e]
        poss = _TOKEN_POSSESSIVE.search(tok)
        if poss and len(tok) > 2 and tok[-1] in "'’" \
                and _name_word_follows(text, e, limit):
            poss = None  # "Mohammed Shia' al-Sudani": the apostrophe is a letter (ayn)
        if poss and len(tok) > 2:
            tok = tok[: poss.start()]
            e = s + len(tok)
            stop_after = True
        if tok.endswith(".") and not _INITIALS.match(tok):
            tok = tok[:-1]
            e = s + len(tok)
            stop_after = True
        if _is_capword(tok) and tok.rstrip(".") not in NOT_NAME_WORDS and tok not in \
                NOT_NAME_WORDS and _demonym_org(tok) is None and not any(c.isdigit() for c in tok):
            toks.append((s, e, tok))
        elif toks and _ARTICLE_NAME.match(tok) and not any(c.isdigit() for c in tok):
            toks.append((s, e, tok))  # "Karim al-Hassani", "Abdel Fattah el-Sisi"
        elif tok in NAME_PARTICLES and toks and not stop_after:
            # a particle, or a chain of them ("von der", "van den"), must lead to a name word
            j = e
            nxt = None
            for _ in range(3):
                nxt = _TOKEN.match(text, j + 1) if j < limit and text[j] == " " else None
                if nxt is None or nxt.group() not in NAME_PARTICLES:
                    break
                j = nxt.end()
            if nxt is None or not _is_capword(nxt.group()) or nxt.group() in NOT_NAME_WORDS:
                break
            toks.append((s, e, tok))
        else:
            break
        if e >= limit or text[e] not in " \t":
            break
        i = e
        while i < limit and text[i] in " \t":
            i += 1
    while toks and (toks[-1][2] in _POST_NOMINALS or toks[-1][2] in NAME_PARTICLES):
        toks.pop()
    if not toks or all(_INITIALS.match(t[2]) for t in toks):
        return None
    if toks[0][2] in NAME_PARTICLES:
        return None
    start, end = toks[0][0], toks[-1][1]
    suf = _SUFFIX.match(text, end)
    if suf and suf.end() <= limit and len(toks) >= 2:
        end = suf.end()
    return start, end


def _name_word_follows(text: str, pos: int, limit: int) -> bool:
    """A name word right after ``pos`` (one space between): a capitalised word that is no
    office or function word, or an Arabic article name ("al-Sudani")."""
    if pos >= limit or text[pos] != " ":
        return False
    m = _TOKEN.match(text, pos + 1)
    if m is None or m.start() >= limit:
        return False
    nxt = m.group()
    return bool(_ARTICLE_NAME.match(nxt)) or (
        _is_capword(nxt) and nxt.rstrip(".") not in NOT_NAME_WORDS and _demonym_org(nxt) is None
    )


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]``, line by line; abbreviations and initials don't end one."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        s = pos
        for m in _SENT_END.finditer(text, pos, line_end):
            # only the last word matters; a bounded look keeps this linear on text
            # made of abbreviations ("Mr. Mr. Mr. ...")
            before = text[max(s, m.start() - 32) : m.start()]
            if text[m.start()] == "." and _ABBREV_END.search(before):
                continue
            out.append((s, m.end()))
            s = m.end()
            while s < line_end and text[s] in " \t":
                s += 1
        if text[s:line_end].strip():
            out.append((s, line_end))
        pos = line_end + 1
    return [(a, b) for a, b in out if text[a:b].strip()]


def _family_given(name: str) -> tuple[str | None, str | None]:
    parts = [p for p in _JR_END.sub("", name).split() if p]
    if len(parts) < 2:
        return None, None
    caps = [i for i, p in enumerate(parts)
            if len(p) > 1 and p.replace("-", "").isalpha() and p.isupper()]
    if caps and caps == list(range(caps[0], caps[-1] + 1)) and len(caps) < len(parts) and (
            caps[0] == 0 or caps[-1] == len(parts) - 1):
        # MOFA and EU capitals mark the family name, one word or several at either end:
        # "KAMIKAWA Yoko", "Jean-Luc LE BRETON"
        fam = " ".join(parts[caps[0]: caps[-1] + 1])
        return fam, " ".join(p for j, p in enumerate(parts) if j not in caps)
    if caps:
        return None, None
    if any(p in _PATRONYMIC for p in parts):  # "Azmir bin Tun Razak": no family name
        return None, None
    first_particle = next((i for i, p in enumerate(parts) if p in NAME_PARTICLES), None)
    if first_particle is not None:
        # "Ingrid von der Hallen": a particle opens the family name (Western usage); with
        # others ("y", "al") or a particle inside a longer family name, the order is unknown
        if first_particle == 0 or not all(p in _FAMILY_PARTICLES
                                          for p in parts[first_particle:-1]):
            return None, None
        return " ".join(parts[first_particle:]), " ".join(parts[:first_particle])
    if _fold(parts[0]) in _FAMILY_FIRST_NAMES:
        return None, None
    if _KOREAN_GIVEN.search(parts[-1]):  # Korean "Yeo Han-koo": family first, not in capitals
        return None, None
    return parts[-1], " ".join(parts[:-1])


# --------------------------------------------------------------------------------------
# Regions of the text
# --------------------------------------------------------------------------------------


@dataclass
class _Regions:
    lead: tuple[int, int] | None
    after_lead: tuple[int, int] | None  # the paragraph right after the lead
    title: tuple[int, int] | None
    header_end: int
    captions: list[tuple[int, int]]


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _regions(an: Analyzed, text: str) -> _Regions:
    seg = an.seg
    lines = _lines(text)
    lead: tuple[int, int] | None = (seg.lead.start, seg.lead.end) if seg.lead else None
    if lead is None:
        for a, b in lines:
            line = text[a:b]
            if len(line.split()) >= 10 and _MEETING_VERB.search(line) and "." in line:
                lead = (a, b)
                break
    after: tuple[int, int] | None = None
    if lead is not None:
        for a, b in lines:
            if a > lead[1]:
                if len(text[a:b].split()) >= 8:
                    after = (a, b)
                break
    title = (seg.title.start, seg.title.end) if seg.title else None
    header_end = lead[0] if lead else 0
    caps = [(c.start, c.end) for c in seg.captions]
    return _Regions(lead, after, title, header_end, caps)


# --------------------------------------------------------------------------------------
# Finding mentions
# --------------------------------------------------------------------------------------


def _appositive_window(text: str, start: int, limit: int) -> int:
    """Where an appositive office phrase starting at ``start`` ends."""
    m = _APPOS_END.search(text, start, limit)
    return m.start() if m else limit


def _first_place(text: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    m = _PLACE.search(text, start, end)
    if m is None:
        return None
    s, e = m.start(), m.end()
    printed = text[s:e]
    if printed.startswith("the "):
        s += 4
    return _canon_org(text[s:e]), (s, e)


def _read_office_after(text: str, pos: int, m: _Mention) -> None:
    """", Minister for Foreign Affairs of Japan," after a name: title and organization."""
    line_end = _line_bounds(text, pos)[1]
    if text.startswith(".", pos) and _JR_BEFORE.search(text, max(0, pos - 3), pos):
        pos += 1  # "Teodoro L. Locsin Jr., Secretary of Foreign Affairs of ..."
    pn = _POST_NOMINAL_RE.match(text, pos, line_end)
    if pn:
        pos = pn.end()
    am = _APPOS_START.match(text, pos, line_end)
    if am is None or not am.group().startswith(","):
        # "President Chen Ming of the People's Republic of China"
        om = _OF.match(text, pos, line_end)
        if om and m.org is None:
            place = _PLACE.match(text, om.end(), line_end)
            poss = _POSSESSIVE.match(text, place.end(), place.end() + 2) if place else None
            # "King X of Jordan's visit": the possessive is the whole phrase's; before a
            # capitalised word ("of Japan's Ministry ...") the place belongs to that word
            if poss and _LOWER_WORD.match(text, poss.end()):
                poss = None
            if place and not poss:
                got = _first_place(text, place.start(), place.end())
                if got:
                    m.org, m.org_span = got
        return
    mod_end = _OFFICE_MODIFIER.match(text, am.end(), line_end)
    at = mod_end.end() if mod_end else am.end()
    qual = _QUALIFIER_AFTER.match(text, at, line_end)
    off = _OFFICE.match(text, qual.end() if qual else at, line_end)
    if off is None:
        if _VERB_AFTER_COMMA.match(text, at, line_end):
            # "the President of X, A, held a call today with B, Prime Minister of Y": the
            # sentence's verb follows the name; the office further on is B's, not A's
            return
        off = _last_listed_office(text, at, line_end)
        qual = None
    if off is None:
        return
    if qual and m.org is None:  # "X, Mexico's Secretary of Foreign Affairs"
        q_org = _demonym_org(qual.group(1))
        if q_org:
            m.org, m.org_span = q_org, (qual.start(1), qual.end(1))
    title = off.group()
    if title in OFFICE_ABBREVIATIONS:
        return
    t_start = off.start()
    t_end = off.end()
    aw = _AND_WORD.match(text, off.end(), line_end)
    both = _OFFICE.match(text, aw.end(), line_end) if aw else None
    if both and _name_run(text, both.end(), line_end) is None and not _HON_SEQ.match(
            text, both.end() + 1 if text[both.end(): both.end() + 1] == " " else both.end()):
        # "X, Deputy Prime Minister and Minister of Foreign Affairs,": one person, two offices
        # (an office followed by a name of its own, "and President Y", is Y's)
        t_end = both.end()
        title = _SPACES.sub(" ", text[t_start:t_end])
    if mod_end and mod_end.group().strip().lower() == "former" and not qual:
        # "Mr. X, former Minister for Foreign Affairs of Japan": the office he no longer holds
        t_start = mod_end.start()
        title = _SPACES.sub(" ", text[t_start: t_end])
    if m.title is None or len(title) > len(m.title):
        m.title, m.title_span = title, (t_start, t_end)
    win_end = _appositive_window(text, t_end, line_end)
    if m.org is None:
        got = _first_place(text, t_end, win_end)
        if got:
            m.org, m.org_span = got
        elif title in OFFICE_BODY:
            m.org = OFFICE_BODY[title]


def _last_listed_office(text: str, pos: int, line_end: int) -> re.Match[str] | None:
    """"X, Member of the Political Bureau of the CPC Central Committee, Director of the Office
    of ..., and Minister of Foreign Affairs of the People's Republic of China": where the
    appositive lists several posts and the first is none of the known offices, the last
    listed office (with the state after it) is the one the release is about (China, Thailand
    layouts). An office followed by a name of its own ("..., and President Y") is Y's."""
    # an appositive list of offices is a few hundred characters at most: the bound keeps a
    # long line of commas (garbage, a scraped list) linear
    win_end = _appositive_window(text, pos, min(line_end, pos + APPOSITIVE_LIMIT))
    last: re.Match[str] | None = None
    for lm in _LISTED_OFFICE.re.finditer(text, pos, win_end):
        after = lm.end("o")
        of = _OF.match(text, after, line_end)
        if of:
            pl = _PLACE.match(text, of.end(), line_end)
            if pl:
                after = pl.end()
        if _name_run(text, after, line_end) is None:
            last = lm
    if last is None:
        return None
    return _OFFICE.match(text, last.start("o"), line_end)


def _qualifier_before(text: str, pos: int, m: _Mention) -> None:
    a = _line_bounds(text, pos)[0]
    q = _QUALIFIER_BEFORE.search(text, max(a, pos - 60), pos)
    if q and m.org is None:
        org = _demonym_org(q.group(1))
        if org:
            m.org, m.org_span = org, (q.start(1), q.end(1))


def _name_starts(text: str, line_a: int, end: int) -> list[int]:
    """Where a name ending at ``end`` could start: the starts of up to six words before it,
    earliest first (the fullest name is tried first). Punctuation before a word ends the
    search."""
    starts: list[int] = []
    i = end
    while len(starts) < 6:
        j = i
        while j > line_a and text[j - 1] in " \t":
            j -= 1
        if j <= line_a or (j == i and i != end):
            break
        k = j
        while k > line_a and not text[k - 1].isspace() and text[k - 1] not in _NAME_STOP:
            k -= 1
        if k == j:
            break
        starts.append(k)
        if k > line_a and text[k - 1] not in " \t":
            break
        i = k
    return starts[::-1]


def _find_mentions(text: str, an: Analyzed) -> list[_Mention]:
    found: list[_Mention] = []
    taken = bytearray(len(text) + 1)  # 1 where a mention already stands

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def add(m: _Mention) -> None:
        if _PLACE.fullmatch(m.name) or _SHIP_BEFORE.search(text, max(0, m.start - 12), m.start):
            return  # "Viet Nam" tagged as a person; "HMS Queen Elizabeth" is a ship
        if all(w in _PORTFOLIO_SET for w in m.name.split()):
            # the tail of an office's portfolio ("for Foreign Affairs and Security Policy,
            # Vice-President of the European Commission"), not a person
            return
        if m.office_prefix and _SHIP_BEFORE.search(text, max(0, m.start - 30), m.start):
            return
        found.append(m)
        taken[m.start: m.end] = b"\x01" * (m.end - m.start)

    # 1. office before the name: "[Demonym] <office> [of <place>][,] [honorifics] <Name>"
    for off in _OFFICE.finditer(text):
        line_a, line_b = _line_bounds(text, off.start())
        if _CLOCK_BEFORE.search(text, max(line_a, off.start() - 8), off.start()):
            continue  # "04:19 PM EDT": a clock's PM, not the Prime Minister
        pos = off.end()
        org: tuple[str, tuple[int, int]] | None = None
        of = _OF.match(text, pos, line_b)
        if of:
            pl = _PLACE.match(text, of.end(), line_b)
            if pl is None:
                continue
            org = _first_place(text, pl.start(), pl.end())
            pos = pl.end()
        comma = False
        cm = _COMMA.match(text, pos, line_b)
        if cm:
            # apposition "the Foreign Minister of Japan, Hanako Sato," needs "the": in a
            # list "X, Minister ... of Australia, H.E. Y" the office belongs to X, not Y
            before = text[max(line_a, off.start() - 90): off.start()]
            # "the State Councilor/Minister of Foreign Affairs of China, Wang Yi": the offices
            # joined to this one share its article
            chain = _OFFICE_CHAIN_END.re.search(before) if _CHAIN_TAIL.search(before) else None
            if chain:
                before = before[: chain.start()]
            before = before[-40:]
            if not (_THE_BEFORE.search(before) or _CLAUSE_OPEN_BEFORE.search(before)):
                continue
            pos = cm.end()
            comma = True
        elif pos < line_b and text[pos] not in " \t":
            continue
        hon = _HON_SEQ.match(text, pos + (1 if text[pos: pos + 1] == " " else 0), line_b)
        hon_text = None
        if hon and hon.group().strip():
            hon_text = hon.group().strip()
            pos = hon.end()
        if off.group() == "Senator" and (comma or of or (
                hon_text is not None and hon_text[:1] in "tT")):
            continue  # "Senator the Hon X": the whole is an honorific (Australia)
        run = _name_run(text, pos, line_b)
        if run is None or run[0] - pos > 2 or not free(*run):
            continue
        if _INSTITUTION_AFTER.match(text, run[1], line_b):
            continue
        if comma:
            nxt = text[run[1]: run[1] + 2]
            # "the President of X, Ms. Y and members of the government": an honorific
            # makes the name certain even when a list goes on after it
            if not (nxt.startswith(",") or nxt.startswith(".") or run[1] >= line_b
                    or (hon_text and text.startswith(" and ", run[1]))):
                continue
        title = off.group()
        m = _Mention(run[0], run[1], text[run[0]: run[1]], honorific=hon_text)
        m.office_span = (off.start(), off.end())
        if title in OFFICE_ABBREVIATIONS:
            m.office_prefix = title
        else:
            m.title, m.title_span = title, (off.start(), off.end())
            m.office_prefix = title
        if title in NON_PARTICIPANT_OFFICES:
            m.nonparticipant = True
        before_hon = _HON_SEQ_BEFORE.search(text, max(line_a, off.start() - 40), off.start())
        if before_hon and m.honorific is None:
            m.honorific = before_hon.group().strip()
        if org:
            m.org, m.org_span = org
        elif title in OFFICE_BODY:
            m.org = OFFICE_BODY[title]
        _qualifier_before(text, off.start(), m)
        _read_office_after(text, run[1], m)
        add(m)

    # 2. honorific before the name: "H.E. Mr. Pierre Durand, Minister for ..."
    for hon in _HON_SEQ.finditer(text):
        if not hon.group().strip():
            continue
        line_b = _line_bounds(text, hon.start())[1]
        if hon.start() > 0 and (text[hon.start() - 1].isalnum()):
            continue
        run = _name_run(text, hon.end(), line_b)
        if run is None or run[0] != hon.end() or not free(*run):
            continue
        m = _Mention(run[0], run[1], text[run[0]: run[1]], honorific=hon.group().strip())
        _read_office_after(text, run[1], m)
        add(m)

    # 2b. a name with an office in apposition after it, whatever spaCy calls it:
    # "met yesterday with Jean-Marc Le Gall, France's Minister for Europe and Foreign Affairs"
    # (Canada, gov.uk, EU layouts). The name is the run of capitalised words that ends at the
    # comma; an office followed by a name of its own ("Meanwhile, Prime Minister X said") is
    # that name's office, not an apposition.
    for ap in _APPOS_OFFICE.finditer(text):
        cpos, off_end = ap.start(), ap.end()
        line_a, line_b = _line_bounds(text, cpos)
        of = _OF.match(text, off_end, line_b)
        if of:
            pl = _PLACE.match(text, of.end(), line_b)
            if pl:
                off_end = pl.end()
        if _name_run(text, off_end, line_b) is not None:
            continue
        run = None
        for s0 in _name_starts(text, line_a, cpos):
            r = _name_run(text, s0, line_b)
            if r is not None and r[0] == s0 and r[1] == cpos:
                run = r
                break
        if run is None or not free(*run) or len(text[run[0]: run[1]].split()) < 2:
            continue
        m = _Mention(run[0], run[1], text[run[0]: run[1]])
        _read_office_after(text, run[1], m)
        if m.title is None:
            continue
        add(m)

    # 3. bare names spaCy recognises ("Li Wei noted", "Ferrer said"), checked as name runs
    for ent in an.doc.ents:
        if ent.label_ != "PERSON" or ent.end_char > len(text):
            continue
        s = ent.start_char
        run = _name_run(text, s, _line_bounds(text, s)[1])
        if run is None or run[0] != s or not free(*run):
            continue
        words = text[run[0]: run[1]].split()
        if all(w.isupper() for w in words):  # "AMM", "ASEAN": acronyms, not people
            continue
        if _PLACE_PREP_BEFORE.search(text, max(0, s - 4), s):
            continue  # "received X at Wisma Putra, Putrajaya": a building, not a person
        m = _Mention(run[0], run[1], text[run[0]: run[1]])
        _read_office_after(text, run[1], m)
        add(m)

    # "his Indian counterpart, X" / "their Japanese counterparts, A and B"
    for cp in _COUNTERPART.finditer(text):
        if cp.group(1) is None:
            continue
        cp_org = _demonym_org(cp.group(1))
        if cp_org is None:
            continue
        plural = "counterparts" in cp.group()
        end = _appositive_window(text, cp.end(), _line_bounds(text, cp.end())[1]) if plural else \
            cp.end() + 60
        for m in found:
            if cp.end() <= m.start <= end and m.org is None:
                m.org, m.org_span = cp_org, (cp.start(1), cp.end(1))
                if not plural:
                    break
    found.sort(key=lambda m: m.start)
    return found


# --------------------------------------------------------------------------------------
# Participation
# --------------------------------------------------------------------------------------


def _summary_line(line: str) -> bool:
    """A summary sentence under the title (gov.uk: "The Foreign Secretary met X today for a
    meeting on ..."), unlike a photo caption: a full sentence of some length."""
    return len(line.split()) >= 8 and line.rstrip().endswith(".")


_CAPITALISED_GAP = re.compile(r"(?:[A-Z][\w.'-]*[ \t]+)*")


def _mark_attributions(text: str, mentions: list[_Mention]) -> None:
    """The person an attribution line names ("attributable to Spokesperson X", "issued by
    Press Secretary X") speaks about the meeting: only capitalised words (an office, an
    honorific) may stand between the phrase and the name."""
    for at in _ATTRIBUTION.finditer(text):
        for m in mentions:
            if at.end() <= m.start <= at.end() + 80:
                gap = _CAPITALISED_GAP.match(text, at.end(), m.start)
                if gap is not None and gap.end() == m.start:
                    m.nonparticipant = True
                break


def _other_time_clauses(text: str, sa: int, sb: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[sa:sb]`` that are about another time ("will meet",
    "tomorrow", "next week"). A clause with neither a time cue nor a meeting cue ("Prime
    Minister of Norway") goes with the clause before it; leading ones with the first clause
    that has a cue (the subject before its verb)."""
    if not _OTHER_TIME.search(text, sa, sb):
        return []
    bounds = [sa] + [m.end() for m in _CLAUSE_BREAK.finditer(text, sa, sb)] + [sb]
    clauses = [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
    status: list[str | None] = []
    for a, b in clauses:
        if _OTHER_TIME.search(text, a, b):
            status.append("other")
        elif _MEETING_CUE.search(text, a, b):
            status.append("meeting")
        else:
            status.append(None)
    prev: str | None = None
    for i, st in enumerate(status):
        if st is None:
            status[i] = prev
        prev = status[i]
    first = next((st for st in status if st is not None), "other")
    return [c for c, st in zip(clauses, status, strict=True) if (st or first) == "other"]


def _mark_evidence(text: str, reg: _Regions, mentions: list[_Mention]) -> bool:
    """Set ``evidence``/``subject`` on mentions; returns whether the lead is in the first person."""
    first_person = False
    zones: list[tuple[tuple[int, int], str]] = []
    if reg.lead:
        zones.append((reg.lead, "lead"))
    if reg.after_lead:
        zones.append((reg.after_lead, "after"))
    if reg.title:
        zones.append((reg.title, "title"))
    # header lines with a meeting verb (a headline or the summary line under it)
    for a, b in _lines(text):
        if b <= reg.header_end and (reg.title is None or not (a <= reg.title[0] < b)) \
                and not any(a <= c[0] < b and not _summary_line(text[a:b]) for c in reg.captions) \
                and (_MEETING_VERB.search(text, a, b) or _HEADLINE_CUE.search(text, a, b)):
            zones.append(((a, b), "title"))
    # "Lin and Zhou were present at the meeting", "X also attended": anywhere in the body
    if reg.lead:
        for pm in _PRESENT.finditer(text, reg.lead[1]):
            a, b = _line_bounds(text, pm.start())
            zones.append(((a, b), "present"))
    if reg.after_lead:
        for a, b in _lines(text):
            if a > reg.after_lead[1]:
                for sa, sb in _sentences(text, a, b):
                    if _SAME_DAY_OPENER.match(text, sa) and _SAME_DAY_MEETING.search(
                            text, sa, sb):
                        zones.append(((sa, sb), "same_day"))
    for (za, zb), kind in zones:
        for sa, sb in _sentences(text, za, zb):
            sent = text[sa:sb]
            if kind == "after":
                if not _MEETING_VERB.search(sent) or _REPORTED.search(sent):
                    continue
            elif kind == "present":
                if not _PRESENT.search(sent):
                    continue
            elif kind == "same_day":
                opener = _SAME_DAY_OPENER.match(text, sa)
                if opener is None or _REPORTED.search(text, opener.end(), sb):
                    continue
            elif not _MEETING_CUE.search(sent):
                continue
            other = _other_time_clauses(text, sa, sb)
            kept = sent
            if other:
                # "A met B today, and will meet C tomorrow": C is not of this meeting; the
                # rest of the sentence must still report a meeting on its own
                pieces: list[str] = []
                at = sa
                for a, b in other:  # in order, not overlapping: linear in the sentence
                    pieces += [text[at:a], " " * (b - a)]
                    at = b
                kept = "".join(pieces) + text[at:sb]
                if not kept.strip(" ,;:.") or not _MEETING_CUE.search(kept) or (
                        kind == "after" and not _MEETING_VERB.search(kept)):
                    continue
                sent = kept
            if kind == "lead" and _FIRST_PERSON.search(" " + sent):
                first_person = True
            rel = [(r.start(), r.end()) for r in _RELATIVE.finditer(text, sa, sb)]
            # names before the meeting verb are its subjects: the release's own side. In
            # "A and B held talks today: X and Y met ..." the verb after the colon counts.
            in_sent = [m.start for m in mentions if sa <= m.start < sb]
            verb = _MEETING_VERB.search(text, sa, sb)
            if verb and in_sent and verb.start() < min(in_sent) and ":" in text[verb.end():
                                                                              min(in_sent)]:
                verb = _MEETING_VERB.search(text, min(in_sent), sb)
            verb_at = verb.start() if verb else sb
            joins = bool(_JOINS_HOST.search(sent))
            for m in mentions:
                if not (sa <= m.start < sb) or m.nonparticipant:
                    continue
                # a name blanked out of ``kept`` stands in a clause about another time
                if any(a <= m.start < b for a, b in rel) or kept[m.start - sa] == " ":
                    continue
                if _TOPIC_CONTEXT.search(text, max(sa, m.start - 60), m.start):
                    continue
                m.evidence = True
                if kind in ("lead", "after") and m.start < verb_at:
                    m.subject = True
                    m.joins_host = joins
    return first_person


# --------------------------------------------------------------------------------------
# Merging
# --------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # clustering compares the same name words pair by pair
def _token_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 5:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _matches(keys: list[str], cluster_keys: set[str]) -> bool:
    if not keys:
        return False
    hit = sum(1 for k in keys if any(_token_match(k, c) for c in cluster_keys))
    if hit == len(keys):
        return True
    return len(keys) >= 3 and hit >= len(keys) - 1 and hit >= 2


def _cluster(mentions: list[_Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    # fullest mentions first, so a short "Minister Sato" joins "SATO Hanako"
    for m in sorted(mentions, key=lambda x: (-x.words, x.start)):
        keys = _name_keys(m.name)
        cands = [c for c in clusters if _matches(keys, c.keys)]
        if len(cands) == 1:
            cands[0].mentions.append(m)
            cands[0].keys.update(keys)
        elif not cands:
            clusters.append(_Cluster([m], set(keys)))
        # a short name matching two people stays unassigned
    clusters.sort(key=lambda c: c.first())
    return clusters


# --------------------------------------------------------------------------------------
# Organization from the release itself
# --------------------------------------------------------------------------------------


def _pairs(text: str, start: int, end: int) -> list[list[tuple[str, tuple[int, int]]]]:
    out = []
    matches = list(_PAIR.re.finditer(text, start, end))
    if start > 0:  # in the body only: a headline's "between" names the meeting's sides
        matches += _BETWEEN_PAIR.re.finditer(text, start, end)
    for pm in sorted(matches, key=lambda m: m.start()):
        parts = [(_pair_org(p.group()), (p.start(), p.end()))
                 for p in _PAIR_PART.re.finditer(text, pm.start(), pm.end())]
        if len({p[0] for p in parts}) >= 2:
            out.append(parts)
    return out


def _pair_org(word: str) -> str:
    """The state one side of a pair stands for: a name, a demonym or a combining form."""
    if word in PAIR_COMBINING_FORMS:
        return PAIR_COMBINING_FORMS[word]
    return _demonym_org(word) or _canon_org(word)


def _publisher(text: str) -> tuple[str, tuple[int, int]] | None:
    for pat, org in _PUBLISHERS:
        m = pat.search(text)
        if m:
            return org, (m.start(), m.end())
    # a header or footer line naming the ministry and its state:
    # "Ministry of Foreign Affairs of the Republic of Korea", "Ministry of Foreign Affairs, Chile"
    gm = _MINISTRY_LINE.re.search(text) or _GOVERNMENT_LINE.re.search(text)
    if gm:
        got = _first_place(text, gm.start(1), gm.end(1))
        if got:
            return got
    em = _EMBASSY_SOURCE.re.search(text)
    if em:
        if em.group(1):
            got = _first_place(text, em.start(1), em.end(1))
            if got:
                return got
        elif em.group(2):
            em_org = _demonym_org(em.group(2))
            if em_org:
                return em_org, (em.start(2), em.end(2))
    for pat, org in _PUBLISHERS_NAMING_SELF:
        m = pat.search(text)
        if m:
            own = [pm for pm in _PLACE.finditer(text) if _canon_org(pm.group()) == org]
            if len(own) >= 2:
                return org, (own[0].start(), own[0].end())
    return None


def _banner(text: str) -> tuple[str, tuple[int, int]] | None:
    """The state named by the page's banner (``_BANNER``), on one of its first lines."""
    for a, b in _lines(text)[:BANNER_LINES_SCANNED]:
        line = text[a:b]
        if line.isupper():
            titled = _CAPS_SMALL_WORD.sub(lambda m: m.group().lower(), line.title())
            if len(titled) != len(line):
                continue  # case folding changed the length: offsets would not hold
            line = titled
        bm = _BANNER.re.match(line)
        if bm is None:
            continue
        g = next(g for g in ("a", "b", "c", "d") if bm.group(g) is not None)
        s, e = bm.start(g), bm.end(g)
        if line.startswith("the ", s) or line.startswith("The ", s):
            s += 4
        return _canon_org(line[s:e]), (a + s, a + e)
    return None


def _invitation_orgs(text: str, people: list[_Person]) -> None:
    """"X invited his counterpart to visit Thailand": the one who invites hosts, in their own
    state (Thailand, Singapore, Indonesia layouts). X is the nearest reference before the verb
    in its sentence: a mention of a participant or an abbreviation of their office ("DPM/FM").
    A passive "was invited to visit" names the visitor, not the host."""
    for im in _INVITE.re.finditer(text):
        got = _first_place(text, im.start(1), im.end(1))
        if got is None or any(p.org == got[0] for p in people):
            continue
        sent_a = max(text.rfind(c, 0, im.start()) for c in ".!?\n") + 1
        best: tuple[int, _Person] | None = None
        for p in people:
            refs = [m.start for m in p.cluster.mentions if sent_a <= m.start < im.start()]
            if p.title:
                for abbr in _abbreviations_for(text, p.title):
                    refs += [a.start() for a in re.finditer(
                        rf"(?<![\w/]){re.escape(abbr)}(?![\w/])", text[:im.start()])
                        if a.start() >= sent_a]
            for r in refs:
                if best is None or r > best[0]:
                    best = (r, p)
        if best is not None and best[1].org is None:
            best[1].org, best[1].org_span = got


def _dateline_org(text: str, reg: _Regions, people: list[_Person]
                  ) -> tuple[str, tuple[int, int]] | None:
    """The state whose capital stands in the lead's dateline ("ISLAMABAD, JUL 14 –"), for the
    release's own side, when the text bears it out: the state is named again in the body
    (by name or demonym), no participant is already of it (else the dateline is the host's
    city), and the lead does not say the own side is visiting."""
    if reg.lead is None:
        return None
    dm = _DATELINE.match(text, reg.lead[0], reg.lead[1])
    if dm is None:
        return None
    city = " ".join(w.capitalize() if w.isupper() else w for w in dm.group(1).split())
    org = CAPITALS.get(city)
    if org is None or _OWN_VISIT.search(text, reg.lead[0], reg.lead[1]):
        return None
    if any(p.org == org for p in people):
        return None
    names = [w for w, c in DEMONYMS.items() if _canon_org(c) == org]
    names += [w for w in COUNTRIES if _canon_org(w) == org]
    again = re.compile(rf"(?<![\w.])(?:{_alt(names)})(?![\w])").search(text, dm.end())
    if again is None:
        return None
    return org, (again.start(), again.end())


@dataclass
class _Person:
    cluster: _Cluster
    best: _Mention
    title: str | None = None
    title_span: tuple[int, int] | None = None
    org: str | None = None
    org_span: tuple[int, int] | None = None
    subject: bool = False
    joins_host: bool = False


def _fill_orgs(text: str, reg: _Regions, people: list[_Person]) -> None:
    def missing() -> list[_Person]:
        return [p for p in people if p.org is None]

    def assigned() -> set[str]:
        return {p.org for p in people if p.org}

    if not missing():
        return
    # "X, Minister for Foreign Affairs, also took part": the host's state
    host = next((p for p in people if p.subject and not p.joins_host), None)
    if host is not None and host.org:
        for p in missing():
            if p.joins_host:
                p.org, p.org_span = host.org, host.org_span
    # the headline and the lines above the lead: "Japan-ROK Foreign Ministers' Telephone Talks"
    for parts in _pairs(text, 0, reg.header_end or len(text)):
        rest = [p for p in parts if p[0] not in assigned()]
        if len({p[0] for p in rest}) == 1:
            for p in missing():
                p.org, p.org_span = rest[0]
            break
    if not missing():
        return
    # a headline naming the other side by demonym and office ("Foreign Secretary meeting with
    # Irish Foreign Minister", gov.uk): the one participant who is not the release's own side
    hm = _HEADLINE_WITH.re.search(text, 0, reg.header_end or len(text))
    if hm:
        others = [p for p in people if not p.subject]
        if len(others) == 1 and others[0].org is None:
            org = _demonym_org(hm.group(1))
            if org and org not in assigned():
                others[0].org, others[0].org_span = org, (hm.start(1), hm.end(1))
    if not missing():
        return
    pub = _publisher(text) or _banner(text)
    if pub:
        for p in missing():
            if p.subject:
                p.org, p.org_span = pub
    if not missing():
        return
    _invitation_orgs(text, people)
    if not missing():
        return
    dl = _dateline_org(text, reg, people)
    if dl:
        for p in missing():
            if p.subject:
                p.org, p.org_span = dl
    if not missing():
        return
    # country pairs in the body ("Philippines-China relations") that all point to one state
    body_start = reg.lead[0] if reg.lead else 0
    votes: set[str] = set()
    first_span: tuple[int, int] | None = None
    # the publisher's state counts as given: "The Prime Minister spoke to President X" on
    # 10 Downing Street's page, then "between the United Kingdom and Chile"
    known = assigned() | ({pub[0]} if pub else set())
    for parts in _pairs(text, body_start, len(text)):
        if any(org in BODIES.values() for org, _ in parts):
            continue
        rest = [p for p in parts if p[0] not in known]
        if len({p[0] for p in rest}) == 1:
            votes.add(rest[0][0])
            first_span = first_span or rest[0][1]
    if len(votes) == 1 and first_span is not None:
        org = votes.pop()
        for p in missing():
            if p.title and _core_office(p.title) in BODY_OFFICES:
                continue
            p.org, p.org_span = org, first_span
    if not missing():
        return
    # a visit: "X visited Brunei Darussalam today" - the hosts met there are of that state
    if reg.lead:
        vm = _VISIT.re.search(text, 0, reg.lead[1])
        if vm:
            got = _first_place(text, vm.start(1), vm.end(1))
            if got:
                hosts = [p for p in missing() if not p.subject]
                if hosts and any(p.subject for p in people):
                    for p in hosts:
                        p.org, p.org_span = got


# --------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------


def _best_mention(c: _Cluster) -> _Mention:
    def rank(m: _Mention) -> tuple[int, int, int, int]:
        return (m.words, int(m.lead), int(m.title is not None or m.honorific is not None), -m.start)
    return max(c.mentions, key=rank)


def _aliases(text: str, person: _Person, people: list[_Person]) -> list[str]:
    name = person.best.name
    out: list[str] = []
    seen = {_fold(name)}

    def push(a: str) -> None:
        a = _SPACES.sub(" ", a).strip()
        if a and _fold(a) not in seen:
            seen.add(_fold(a))
            out.append(a)

    for m in sorted(person.cluster.mentions, key=lambda x: x.start):
        # "Minister Tanaka", "HRVP Marrow", "SG Dr. Lim": an office before a shorter form
        # of the name (the office before the full name is the name, not another way)
        if m.office_prefix and m.office_span is not None and m.name != name:
            between = text[m.office_span[1]: m.start]
            if "," not in between and " of " not in between:
                push(text[m.office_span[0]: m.end])
        if m.name != name:
            push(m.name)
    if person.title:
        same = [p for p in people if p.title and _fold(p.title) == _fold(person.title)]
        if len(same) == 1 and re.search(rf"\b[Tt]he {re.escape(person.title)}\b", text):
            push(f"the {person.title}")
        # "the Secretary" for the Secretary of State: the office's head noun, when no one
        # else named holds an office with that head
        head = _office_head(person.title)
        if head and _fold(head) != _fold(person.title) and sum(
                1 for p in people if p.title and _office_head(p.title) == head) == 1:
            hm = re.search(rf"\b[Tt]he {re.escape(head)}(?![\w-])(?!\s+(?:of|for)\b)"
                           r"(?![ \t]+[A-Z])", text)
            if hm:
                push(f"the {head}")
        for abbr in _abbreviations_for(text, person.title):
            if sum(1 for p in people if p.title and abbr in _abbreviations_for(text, p.title)) == 1:
                push(abbr)
    return out


_ABBREVIATION_WORD = re.compile(
    rf"(?<![\w/])(?:{_alt(ABBREVIATION_TITLES)})(?:/(?:{_alt(ABBREVIATION_TITLES)}))*(?![\w/])"
)
# Words that qualify an office's head noun rather than name it ("Deputy Prime Minister").
_HEAD_MODIFIERS = frozenset({"Deputy", "Vice", "Senior", "Federal", "State", "First", "Second",
                             "Acting", "Former", "Assistant", "Under", "Special", "Cabinet"})


def _office_head(title: str) -> str | None:
    """The noun an office is called by in short: "Secretary" of "Secretary of State",
    "Minister" of "Foreign Minister" and of "Minister for Foreign Affairs"."""
    words = title.split()
    if not words:
        return None
    head = words[0] if (" of " in title or " for " in title) else words[-1]
    if not head[:1].isupper() or head in _HEAD_MODIFIERS:
        return None
    return head


def _title_key(title: str) -> str:
    return _SPACES.sub(" ", _fold(title).replace("-", " ")).strip()


@lru_cache(maxsize=4)
def _abbreviation_words(text: str) -> tuple[tuple[str, int], ...]:
    """Every abbreviation word of the text with its offset: one scan of the text, read for
    each person's title (and for each pair of people)."""
    return tuple((am.group(), am.start()) for am in _ABBREVIATION_WORD.finditer(text))


@lru_cache(maxsize=32)  # asked for each title once per other person with a title
def _abbreviations_for(text: str, title: str) -> tuple[str, ...]:
    """Abbreviations printed alone in the text ("EAM", "DPM/FM") that stand for ``title``:
    one abbreviation for the whole office, or several joined by "/" for the parts of an
    office joined by "and" ("Deputy Prime Minister and Minister of Foreign Affairs")."""
    key = _title_key(title)
    parts = {p.strip() for p in key.split(" and ")}
    out: list[str] = []
    for word, start in _abbreviation_words(text):
        if word in out or (word == "PM" and _CLOCK_BEFORE.search(
                text, max(0, start - 8), start)):
            continue
        pieces = word.split("/")
        if len(pieces) == 1:
            ok = key in ABBREVIATION_TITLES[word]
        else:
            ok = len(pieces) == len(parts) and all(
                any(p in ABBREVIATION_TITLES[a] for p in parts) for a in pieces)
        if ok:
            out.append(word)
    return tuple(out)


def _person(p: _Person, aliases: list[str]) -> Person:
    fam, giv = _family_given(p.best.name)
    hon = p.best.honorific or next((m.honorific for m in p.cluster.mentions if m.honorific), None)
    return Person(name=p.best.name, family_name=fam, given_name=giv, honorific=hon,
                  title=p.title, organization=p.org, aliases=aliases)


def _body_end(an: Analyzed) -> int | None:
    """Where the release's body ends (its last paragraph or point), when segmentation found one."""
    ends = [p.end for p in an.seg.paragraphs] + [s.end for s in an.seg.body_segs()]
    return max(ends) if ends else None


def _core_office(title: str) -> str:
    return _fold(re.sub(r"^(?:former|acting)\s+", "", title, flags=re.IGNORECASE))


def _office_line_after(text: str, pos: int) -> tuple[int, int] | None:
    """The office printed alone on the line after the name ending at ``pos`` (a byline:
    "Hon Jane Doe" / "Minister of Foreign Affairs"), when the name ends its line."""
    b = _line_bounds(text, pos)[1]
    rest = text[pos:b].rstrip()
    if (rest and not _POST_NOMINAL_RE.fullmatch(rest)) or b + 1 >= len(text):
        return None  # "Hon Jane Doe MP" still ends its line
    nxt_a, nxt_b = _line_bounds(text, b + 1)
    if nxt_a <= b:
        return None
    if not _OFFICE_FULL_LINE.re.fullmatch(text, nxt_a, nxt_b) and not (
            text[nxt_a:nxt_b].isupper()
            and _OFFICE_FULL_LINE_CAPS.re.fullmatch(text, nxt_a, nxt_b)):
        return None
    line = text[nxt_a:nxt_b]
    return nxt_a + len(line) - len(line.lstrip()), nxt_a + len(line.rstrip())


def _office_subject(text: str, reg: _Regions, people: list[_Person], part: list[_Person]) -> None:
    """"The Secretary-General met today with X" with the Secretary-General named only above
    the lead ("Secretary-General Ana Ortiz", a byline "A. B., Secretary-General"): that
    person is the release's own side of the meeting."""
    if reg.lead is None:
        return
    first = _sentences(text, *reg.lead)[:1]
    if not first:
        return
    om = _OFFICE_SUBJECT.search(text[first[0][0]: first[0][1]])
    if om is None:
        return
    office = _fold(om.group(1))
    if any(p.title and _core_office(p.title) == office for p in part):
        return
    holders = [p for p in people if p not in part and p.title and _core_office(p.title) == office
               and all(m.header for m in p.cluster.mentions)]
    if len(holders) == 1:
        holders[0].subject = True
        part.append(holders[0])


def extract(an: Analyzed) -> WhoResult:
    text = an.text
    if not text.strip():
        return WhoResult()
    # straight apostrophes keep offsets (one character for one) and simplify every pattern;
    # a release is far shorter than SCAN_LIMIT: beyond it is a scraped page's tail
    work = text[:SCAN_LIMIT].replace("’", "'")
    reg = _regions(an, work)
    mentions = [m for m in map(_trim_mark, _find_mentions(work, an)) if _NAME_WORD.search(m.name)]
    body_end = _body_end(an)
    if body_end is not None:
        # names after the release's last paragraph stand in a page's footer (related
        # articles, comments, share links), not in the release
        mentions = [m for m in mentions if m.start < body_end]
    for m in mentions:
        m.header = m.start < reg.header_end
        m.lead = reg.lead is not None and reg.lead[0] <= m.start < reg.lead[1]
    _mark_attributions(work, mentions)
    first_person = _mark_evidence(work, reg, mentions)

    clusters = _cluster(mentions)
    people: list[_Person] = []
    for c in clusters:
        best = _best_mention(c)
        # a bare single word spaCy called a person, seen once, is too weak to report
        if all(m.title is None and m.honorific is None and m.office_prefix is None
               for m in c.mentions) and best.words < 2:
            continue
        p = _Person(c, best)
        titled = [m for m in c.mentions if m.title]
        if titled:
            tm = max(titled, key=lambda m: (len(m.title or ""), -m.start))
            p.title, p.title_span = tm.title, tm.title_span
        with_org = [m for m in c.mentions if m.org]
        if with_org:
            om = with_org[0]
            p.org, p.org_span = om.org, om.org_span
        p.subject = any(m.subject for m in c.mentions)
        p.joins_host = any(m.joins_host for m in c.mentions)
        people.append(p)

    part = [p for p in people if any(m.evidence for m in p.cluster.mentions)]
    if first_person:
        # the speaker of a first-person release is named in the header only
        # (Australia, New Zealand: "Senator the Hon X" or a bare "X" on the line above
        # their office, "Minister for Foreign Affairs")
        speakers = [p for p in people if p not in part and all(m.header for m in p.cluster.mentions)
                    and (any(m.honorific for m in p.cluster.mentions)
                         or _office_line_after(work, p.best.end) is not None)]
        if speakers:
            sp = speakers[0]
            sp.subject = True
            if sp.title is None:
                got = _office_line_after(work, sp.best.end)
                if got is not None:
                    printed = work[got[0]:got[1]]
                    # "PRIME MINISTER" is reported as the office is written elsewhere
                    sp.title = _OFFICE_BY_FOLD.get(printed.casefold(), printed) \
                        if printed.isupper() else printed
                    sp.title_span = got
            part.append(sp)
            fs = _FIRST_PERSON_STATE.re.search(work, reg.lead[0] if reg.lead else 0)
            got_state = _first_place(work, fs.start(1), fs.end(1)) if fs else None
            if sp.org is None and got_state:
                sp.org, sp.org_span = got_state
    _office_subject(work, reg, people, part)
    named_in_lead = sum(1 for p in part if any(m.lead for m in p.cluster.mentions))
    if named_in_lead < 2 and reg.lead is not None:
        # an unnamed side in the lead: a person speaking in the points took part
        for p in people:
            if p in part:
                continue
            for m in p.cluster.mentions:
                if m.start > reg.lead[1] and not m.nonparticipant and (
                        m.office_prefix or m.honorific) and _SPEECH_AFTER.match(work, m.end):
                    part.append(p)
                    break
    part.sort(key=lambda p: p.cluster.first())
    mentioned = [p for p in people if p not in part]
    _fill_orgs(work, reg, part)

    spans: list[Span] = []

    def span(fld: str, s: int, e: int) -> None:
        if 0 <= s < e <= len(text):
            spans.append(Span(field=fld, start=s, end=e, text=text[s:e]))

    out_part: list[Person] = []
    for i, p in enumerate(part):
        out_part.append(_person(p, _aliases(work, p, people)))
        span(f"participants[{i}].name", p.best.start, p.best.end)
        if p.title_span:
            span(f"participants[{i}].title", *p.title_span)
        if p.org_span:
            span(f"participants[{i}].organization", *p.org_span)
    out_ment: list[Person] = []
    for i, p in enumerate(mentioned):
        out_ment.append(_person(p, _aliases(work, p, people)))
        span(f"mentioned_people[{i}].name", p.best.start, p.best.end)
    warnings = [] if out_part else ["no participants found"]
    return WhoResult(participants=out_part, mentioned=out_ment, spans=spans, warnings=warnings)
