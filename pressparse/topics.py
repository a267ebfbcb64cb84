"""Topics: short labels of what was discussed, with the points they appear in.

Candidates come only from the body (the lead and the points, sub-points
included), never from the header, captions or footer:

* headings of numbered sections ("4. Whaling", "2. Security and defence cooperation");
* quoted names ("WA Project 2.0", "Free and Open Indo-Pacific");
* acronyms defined in parentheses ("... Border Affairs (WMCC)");
* spaCy entities of the kinds that name places, bodies, events and instruments;
* Title Case runs, which may hold "and"/"of"/"on" inside ("Tokyo Olympic and
  Paralympic Games", "ASEAN Outlook on the Indo-Pacific"), cut at "for"/"of"
  when too long ("Commemorative Summit for the 50th Year of ..." gives
  "Commemorative Summit");
* noun chunks, trimmed of determiners, possessives and generic adjectives, and
  kept only when their head is not a generic word ("the meeting", "the two
  sides") or a specific word modifies it ("security cooperation").

Each candidate is scored by its kind, by whether it follows a discussion cue
("discussed X", "exchanged views on X", "concerns about X", "including X"; a verb of
discussion counts more than "welcomed X"), by how many points mention it and by where
it first appears. Names listed as examples of a class ("partners including X and Y")
and events named as the occasion ("on the margins of X") count less, as do generic
nouns with only a grade ("steadfast support"). The participants' names, offices and
own countries (also a state named in "<office> of X" after a participant's name) are
not topics. Labels are literal slices of
the text, so each one has a span.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from . import lexicon
from .document import Analyzed, PointSeg, Seg
from .model import Meeting, Person, Span, Topic

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

MAX_TOPICS = 10  # the scorer (and a reader) looks at the first ten
MAX_WORDS = 6  # a label is a short phrase, not a clause
MIN_SCORE = 1.5  # below this a candidate is an incidental noun, not a topic
MIN_TOPICS = 5  # a short readout is filled up to this many with weaker phrases ...
FILL_SCORE = 0.5  # ... that score at least this (specific multi-word phrases or names)
GRADED_PENALTY = 1.0  # a generic noun with only a grade ("urgent problems")
# a name listed as an example of a class ("countries including X") or the occasion
# of the talks ("on the margins of X")
EXAMPLE_PENALTY = 1.0
DUP_PENALTY = 3.0  # a label holding (or held by) one already chosen yields to a new subject

# --- data tables ------------------------------------------------------------
# fmt: off
# (the tables are laid out by hand, several entries a line)

# spaCy entity kinds that can name a topic (places, bodies, events, agreements,
# programmes); PERSON, NORP (demonyms), dates and numbers never do.
ENTITY_KINDS = frozenset({"GPE", "LOC", "ORG", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "FAC"})

# Base score by the kind of evidence: a section heading or a quoted name is put
# forward by the writer as a subject; a proper name is likelier than a common noun.
BASE_SCORE: dict[str, float] = {
    "heading": 3.0,
    "quoted": 3.0,
    "acronym": 2.5,
    "named": 2.0,
    "chunk": 1.0,
}
CUE_BONUS = 1.5  # the phrase is the object of a discussion cue
STRONG = 2  # cue level of a verb of discussion ("discussed X", "exchanged views on X")
STRONG_CUE_BONUS = 0.5  # ... which names a subject more surely than "welcomed X"
ISSUE_BONUS = 1.0  # the phrase holds a word of the issue vocabulary
PLACE_BONUS = 0.5  # a country or region discussed (a city counts less)
VAGUE_PENALTY = 2.5  # only scope words and generic heads ("regional situation")
POINT_BONUS = 0.8  # each further point that mentions it
BARE_PENALTY = 1.5  # a single common noun outside the issue vocabulary
ACT_PENALTY = 2.0  # a noun of an act on the "of" phrase after it ("the launch of X")
LEAD_ONLY_PENALTY = 0.7  # only in the lead's first sentence, which says who met where

# Discussion cues, layout "VERB X" ("discussed the situation", "raised concerns"):
# a chunk that is the object of one of these verbs (or conjoined to that object).
CUE_VERBS = frozenset(
    {
        "discussed", "discuss", "discussing", "raised", "raise", "raising", "addressed",
        "address", "covered", "cover", "reviewed", "review", "welcomed", "welcome",
        "explained", "explain", "exchanged", "exchange", "touched", "stressed", "emphasized",
        "emphasised", "highlighted", "underlined", "underscored", "reaffirmed", "reaffirm",
        "confirmed", "confirm", "agreed", "expressed", "shared", "briefed", "updated",
        "noted", "condemned", "opposed", "supported", "support", "strengthen",
        "strengthening", "promote", "promoting", "enhance", "enhancing", "deepen",
        "deepening", "advance", "advancing", "tackle", "tackling", "combat", "combating",
        "included", "include", "congratulated", "invited", "mentioned", "assist",
        # "the situation surrounding X" (MOFA), "consolidate and expand the partnership" (MEA)
        "surrounding", "consolidate", "consolidating", "expand", "expanding", "widen",
        "widening", "boost", "boosting", "bolster", "bolstering",
        # "next year marks the 50th anniversary", "to celebrate the Year of ..."
        "marks", "mark", "marking", "celebrate", "celebrating", "commemorate", "commemorating",
        "reinforce", "reinforcing", "traded", "trade",
        # "compared notes on X" (White House)
        "compared",
        # "deter Russian aggression against Ukraine", "counter disinformation"
        "deter", "deterring", "counter", "countering", "confront", "confronting", "resist",
        "resisting", "prevent", "preventing",
        # "condemn Russia's war against X", "deplored the aggression against X"
        "condemn", "condemning", "deplored", "deplore", "deploring",
    }
)
# Verbs that say a subject was talked over, not only praised or pledged: layouts
# "discussed X", "raised X", "exchanged views on X", "compared notes on X", "agreed on X".
STRONG_VERBS = frozenset(
    {
        "discussed", "discuss", "discussing", "raised", "raise", "raising", "addressed",
        "address", "talked", "spoke", "touched", "compared", "agreed", "exchanged",
        "briefed", "consulted", "focused", "focussed", "centered", "centred",
    }
)
# "exchanged views on X", "compared notes on X", "had a discussion about X"
STRONG_NOUNS = frozenset(
    {"views", "view", "notes", "opinions", "ideas", "discussion", "discussions", "information"}
)
STRONG_PREPS = frozenset({"on", "about", "regarding", "concerning", "over"})
# Words whose "on" phrase is a basis, a resource or an addressee, not a subject: "the
# Relationship Based on Common Interests", "draw on China's experience", "called on all
# parties to ...", "depends on".
ON_ARGUMENT_WORDS = frozenset(
    {
        "based", "base", "bases", "basing", "depend", "depends", "depended", "depending",
        "dependent", "rely", "relies", "relied", "relying", "reliant", "draw", "draws", "drew",
        "drawing", "call", "calls", "called", "calling", "count", "counts", "counted",
        "counting", "insist", "insists", "insisted", "hinge", "hinges", "hinged", "rest",
        "rests", "rested", "premised", "predicated", "capitalize", "capitalise",
    }
)
# Verbs of a sentence that reports what was said or agreed (a lead's second sentence
# "The two leaders underlined that ...", "They also discussed ...", "The two went over ...").
REPORT_VERBS = frozenset(
    {
        "discussed", "discuss", "underlined", "underscored", "stressed", "emphasized",
        "emphasised", "reaffirmed", "affirmed", "agreed", "exchanged", "talked", "went",
        "covered", "reviewed", "raised", "welcomed", "highlighted", "centered", "centred",
        "focused", "focussed", "expressed", "noted", "compared", "explored", "addressed",
        "conveyed", "pledged", "committed", "condemned", "shared",
    }
)
# Layout "PREP X": "views on X", "concerns about X", "cooperation in X",
# "the situation in X", "including X", "such as X", "regarding X".
CUE_PREPS = frozenset(
    {
        "on", "about", "regarding", "concerning", "over", "including", "like", "as",
        "in", "of", "toward", "towards", "to", "for", "with", "through",
    }
)
# Prepositions that are cues only after these heads ("cooperation in health",
# "the situation in Myanmar", "resumption of whaling"); elsewhere "in"/"of"/"to"
# mostly mark places, times and owners.
WEAK_PREPS = frozenset({"in", "of", "to", "for", "with", "toward", "towards", "as", "through"})
WEAK_PREP_HEADS = frozenset(
    {
        "cooperation", "cooperating", "collaboration", "situation", "situations",
        "developments", "resumption", "resolution", "issue", "issues", "efforts", "effort",
        "fields", "areas", "field", "area", "progress", "support", "response", "approach",
        "dialogue", "talks", "consultations", "partnership", "work", "working", "policy",
        "policies", "commitment", "importance", "role", "concern", "concerns", "such",
        "deployment", "proposal", "use", "question", "questions", "matters", "matter",
        "cooperate", "together", "affairs", "tensions", "reform", "process",
        # "an appeal for political dialogue", "the build-up of Russian troops"
        "appeal", "appeals", "build-up", "buildup",
        # "called for the early removal of X" (MOFA), "asked for support for X"
        "called", "calling", "asked", "vision", "assessments", "assessment",
        # "the management of strategic risks"
        "management", "handling",
        # "the search for a diplomatic solution", "an improvement in the humanitarian
        # situation", "priorities for its G7 Presidency", "opposition to economic coercion",
        # "companies interested in zero-emission vehicles"
        "search", "pursuit", "improvement", "priorities", "opposition", "interest",
        "interested",
    }
)

# Prepositions that join an issue noun to the name it concerns ("interoperability with NATO",
# "sanctions against Russia"): the two make one label.
NAME_PREPS = frozenset({"with", "on", "against", "of"})
# Nouns of strife that need a qualifier to say which: "the war in Ukraine" is one label;
# a bare "the war", "the conflict" (its name said elsewhere) is not a subject of its own.
CONFLICT_NOUNS = frozenset(
    {"war", "wars", "conflict", "conflicts", "crisis", "crises", "fighting", "hostilities"}
)
# Acts of strife whose "against" phrase names the party suffering them, a subject of the
# talks: "the war against Ukraine", "aggression against X", "attacks against civilians".
VICTIM_HEADS = CONFLICT_NOUNS | frozenset(
    {"aggression", "invasion", "attack", "attacks", "violence", "sanctions", "coercion"}
)
# Nouns of a dispute or its settlement whose "between" phrase names the parties:
# "a lasting political settlement between X and Y", "tensions between X and Y".
BETWEEN_HEADS = VICTIM_HEADS | frozenset(
    {
        "settlement", "dispute", "disputes", "tensions", "peace", "reconciliation",
        "normalization", "normalisation", "ceasefire", "truce", "border", "negotiations",
    }
)
# "X among the themes", "Afghanistan among them": X is one of the subjects listed.
AMONG_CUES = frozenset({"themes", "topics", "issues", "subjects", "them", "items", "matters"})
# Nouns of a class of subjects whose items follow in apposition ("were also on the agenda:
# Afghanistan, strategic stability, and ...", "priorities: recovery, trade and ...").
LIST_HEADS = frozenset(
    {
        "themes", "topics", "issues", "subjects", "items", "matters", "areas", "fields",
        "priorities", "questions", "sectors", "domains",
    }
)
# "on the margins of X", "on the sidelines of X": X is the occasion of the talks.
SETTING_HEADS = frozenset({"margins", "margin", "sidelines", "sideline", "occasion"})
# Prepositions of the place of a state of affairs: "peace and stability across the Taiwan
# Strait", "the situation in X" (a subject after PLACE_TOPIC_HEADS, see _has_cue).
PLACE_PREPS = frozenset({"in", "across", "throughout", "within"})
# Heads whose "for"/"on"/"toward" phrase names their object, while their "in" phrase
# names a place ("negotiations for a Code of Conduct", "negotiations in New York").
PURPOSE_HEADS = frozenset({"negotiations", "negotiation", "consultations", "preparations"})
PURPOSE_PREPS = frozenset({"for", "of", "toward", "towards", "to"})
# "the situation in X", "tensions in X": after these "in X" is a subject, not the
# place where the talks were held.
PLACE_TOPIC_HEADS = frozenset(
    {
        "situation", "situations", "developments", "crisis", "conflict", "tensions", "peace",
        "stability", "security", "cooperation", "investment", "presence", "affairs", "issues",
        "issue", "war", "elections", "coup", "violence", "fight", "humanitarian", "reconstruction",
        "democracy", "progress",
        # "the forces that remain deployed in and near X", "troops stationed in X"
        "deployed", "stationed", "forces", "troops", "deployment",
    }
)
# Where the talks were held, layout "<meeting or travel word> ... in/at/to X": a place
# hanging from one of these (through a few prepositional steps) is the setting, wherever
# the sentence stands: "met in London", "the meeting held in London yesterday", "meetings
# in Kuala Lumpur and Putrajaya", "the summit in Portsmouth", "a working visit to Manila",
# "took place at the official residence in Carlton Gardens", "the Embassy in Beijing",
# "the December meeting on climate change in Copenhagen". (Word forms: the pipeline runs
# spaCy without its lemmatizer.)
SETTING_VERBS = frozenset(
    {
        "meet", "meets", "met", "meeting", "hold", "holds", "held", "holding", "host", "hosts",
        "hosted", "hosting", "visit", "visits", "visited", "visiting", "arrive", "arrives",
        "arrived", "arriving", "travel", "travels", "travelled", "traveled", "convene",
        "convened", "convenes", "gather", "gathered", "receive", "receives", "received",
        "receiving", "stay", "stayed", "staying", "reside", "resides", "resided",
    }
)
# "took place at X"
_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})
SETTING_NOUNS = frozenset(
    {
        "meeting", "meetings", "talks", "summit", "summits", "visit", "visits", "trip", "trips",
        "tour", "conference", "conferences", "residence", "embassy", "consulate", "dinner",
        "lunch", "luncheon", "breakfast", "reception", "ceremony", "session", "sessions",
        "forum", "headquarters", "office", "secretariat", "ministry", "stay", "arrival",
        "venue", "gathering", "retreat", "banquet", "round", "consultations",
    }
)
# "travelled to London", "a visit to Manila", "From Paris, the minister continued on to
# Brussels": "to"/"from" mark the setting only after these.
TRAVEL_WORDS = frozenset(
    {
        "visit", "visits", "visited", "visiting", "trip", "trips", "travel", "travelled",
        "traveled", "travelling", "traveling", "came", "come", "coming", "arrival", "tour",
        "journey", "return", "returned", "returning", "welcome", "welcomed", "went", "go",
        "going", "flew", "fly", "flying", "headed", "heading", "continued", "continue",
        "continuing", "proceeded", "proceed", "left", "leave", "leaving", "departed", "depart",
        "on",  # "continued on to Brussels"
    }
)
GEO_HEADS = lexicon.GEO_HEADS  # "Senkaku Islands", "Taiwan Strait"
# Values every readout pledges ("peace and stability", "prosperity"): a label made
# only of these says nothing about what this meeting discussed.
BOILERPLATE = frozenset(
    {
        "peace", "stability", "prosperity", "development", "security", "friendship", "cooperation",
        "dialogue", "trust", "progress", "growth", "unity", "and", "partnership", "coordination",
        "collaboration", "exchanges", "communication", "understanding", "benefits", "benefit",
        "success", "relations",
    }
)
# Words of scope: with a generic head they make a section title, not a subject
# ("Regional issues", "international challenges", "bilateral relations").
SCOPE_WORDS = frozenset(
    {
        "regional", "international", "global", "worldwide", "bilateral", "multilateral", "domestic",
        "opening", "closing", "and", "other", "various",
        # "diplomatic efforts", "diplomatic channels": by what means, not about what
        "diplomatic",
    }
)
# Heads that alone say nothing about the subject ("the meeting", "the two sides",
# "cooperation"); a chunk with such a head is kept only when a specific word
# modifies it ("security cooperation", "abductions issue", "India-China relations").
GENERIC_HEADS = frozenset(
    {
        "meeting", "meetings", "talk", "talks", "side", "sides", "minister", "ministers", "leader",
        "leaders", "view", "views", "importance", "way", "ways", "need", "needs", "hope", "fact",
        "fashion", "facts", "success", "efforts", "effort", "future", "time", "times",
        "year", "years",
        "month", "months", "week", "weeks", "day", "days", "today", "outset", "response",
        "overview", "part", "parts", "end", "result", "results", "regard", "light", "line", "lines",
        "matter", "matters", "subject", "subjects", "area", "areas", "field", "fields", "issue",
        "issues", "question", "questions", "relation", "relations", "relationship", "relationships",
        "cooperation", "partnership", "partnerships", "dialogue", "communication", "consultation",
        "consultations", "discussion", "discussions", "exchange", "exchanges", "agreement",
        "agreements", "situation", "situations", "development", "developments", "interest",
        "interests", "support", "understanding", "recognition", "confidence", "expectation",
        "expectations", "satisfaction", "appreciation", "gratitude", "congratulations",
        "commitment", "commitments", "intention", "intentions", "vision", "priority", "priorities",
        "role", "work", "visit", "visits", "stay", "call", "calls", "conversation", "opinion",
        "people", "generation", "generations", "stage", "level", "levels", "occasion", "occasions",
        "host", "chance", "weight", "region", "regions", "world", "community", "partner",
        "partners", "friendship", "ties", "tie", "country", "countries", "nation", "nations",
        "counterpart", "counterparts", "government", "governments", "president", "prime",
        "secretary", "other", "others", "following", "point", "points", "remarks",
        "remark", "statement", "statements", "readout", "release", "thing", "things", "lot", "kind",
        "kinds", "number", "sort", "opportunity", "opportunities", "basis", "context", "aspect",
        "aspects", "topic", "topics", "agenda", "progress", "step", "steps", "measure", "measures",
        "approach", "action", "actions", "idea", "ideas", "proposal", "proposals", "position",
        "positions", "stance", "manner", "term", "terms", "significance", "value", "values",
        "challenge", "challenges", "problem", "problems",
        "concern", "concerns", "framework", "frameworks", "mechanism", "mechanisms", "process",
        "wish", "wishes", "thanks", "welcome", "invitation",
        "hospitality", "courtesy", "schedule", "plan", "plans", "goal", "goals", "aim", "aims",
        "purpose", "outcome", "outcomes", "direction", "state", "status", "spirit", "trust",
        "event", "events", "session", "sessions", "conference", "delegation", "margins",
        "margin", "sidelines", "case", "cases", "message", "messages", "preparation",
        "preparations", "service", "image", "staff", "experience", "hopes", "place", "date",
        "dates", "appointment", "reappointment", "assumption", "honor", "honour", "pleasure",
        "condolences", "sympathy", "details", "note", "notes", "range", "breadth",
        "table", "search", "moment", "period", "phase", "round", "rounds",
        "chairmanship", "presidency",
        # meals at which a meeting went on: the setting, not the subject
        "dinner", "dinners", "lunch", "luncheon", "breakfast", "reception", "banquet",
        "trip", "trips", "tour", "colleague", "colleagues", "decision", "decisions", "sign",
        "signs", "task", "tasks", "determination", "resolve", "regret", "reality", "realities",
        # "its global impacts", "the adverse impact of X": the subject is what has them
        "impact", "impacts", "effect", "effects", "implications", "consequences",
        "repercussions",
        # "with exceptional warmth and candour", "in a spirit of solidarity": the tone
        # of the talks, not their subject
        "warmth", "candour", "candor", "frankness", "cordiality", "openness", "sincerity",
        "solidarity",
        # "the cornerstone of peace", "the main pillars of the partnership": what a thing
        # is to the relationship, not what was discussed
        "cornerstone", "cornerstones", "foundation", "foundations", "pillar", "pillars",
        "bedrock", "linchpin", "lynchpin", "anchor", "backbone", "keystone", "beacon",
    }
)
_VAGUE_WORDS = SCOPE_WORDS | GENERIC_HEADS
# Adjectives and determiners that are trimmed from the front of a chunk: they grade
# or count, they do not name ("further cooperation", "close coordination").
GENERIC_MODIFIERS = frozenset(
    {
        "further", "close", "closer", "strong", "stronger", "good", "great", "deep", "deeper",
        "various", "other", "such", "mutual", "both", "all", "every", "each", "two", "three",
        "four", "five", "several", "their", "its", "his", "her", "our", "my", "your", "this",
        "that", "these", "those", "same", "whole", "full", "frank", "constructive", "candid",
        "active", "specific", "concrete", "practical", "wide", "broad", "respective", "next",
        "last", "recent", "current", "present", "continued", "continuing", "early", "high",
        "important", "more", "most", "many", "much", "new", "significant", "bilateral", "common",
        "overall", "steady", "steadily", "major", "key", "substantive", "productive",
        "fruitful", "useful", "warm", "cordial", "friendly", "heartfelt", "sincere", "serious",
        "grave", "firm", "solid", "robust", "long", "positive", "excellent", "additional",
        "possible", "appropriate", "relevant", "latest", "ongoing", "further-more", "certain",
        "enhanced", "increased", "growing", "greater", "deepest", "strongest", "closest", "best",
        "shared", "in-depth", "in", "depth", "regular", "frequent", "above", "mentioned",
        "aforementioned", "a", "an", "the", "particular", "notably", "especially", "including",
        "own", "how", "what", "which", "whether", "first", "second", "third", "initial",
        "immediate", "successful", "prompt", "working", "official",
        # "the upcoming meeting", "the adverse impact": when, or how bad, not what
        "upcoming", "forthcoming", "coming", "previous", "past", "adverse",
        # "the phone talks", "a video conference": the medium, not the subject
        "phone", "telephone", "video", "virtual", "online",
        # "topical issues", "the proposed Summit", "in the longer term": how current,
        # how certain or how far off, not what
        "topical", "proposed", "planned", "longer", "shorter", "exceptional",
        # "the urgent need", "pressing problems": how soon, not what
        "urgent", "pressing", "crucial", "vital", "utmost", "paramount",
    }
)
# The vocabulary of policy subjects: a chunk holding one of these words names an
# issue ("food security", "palm oil", "missile launch"), not a courtesy or a manner.
ISSUE_WORDS = frozenset(
    {
        "trade", "investment", "investments", "economy", "economic", "economies", "energy",
        "climate", "environment", "environmental", "health", "healthcare", "medical", "medicines",
        "pandemic", "covid-19", "coronavirus", "vaccine", "vaccines", "vaccination", "recovery",
        "security", "defence", "defense", "military", "maritime", "cyber", "terrorism",
        "counter-terrorism", "terrorist", "nuclear", "missile", "missiles", "denuclearization",
        "denuclearisation", "disarmament", "non-proliferation", "proliferation", "sanctions",
        "rights", "democracy", "migration", "refugees", "refugee", "deportation", "humanitarian",
        "infrastructure", "connectivity", "supply", "chains", "chain", "technology", "technologies",
        "digital", "innovation", "agriculture", "food", "fisheries", "whaling", "tourism",
        "culture", "cultural", "education", "students", "travel", "visa", "visas", "border",
        "borders", "boundary", "territorial", "sovereignty", "peace", "stability", "ceasefire",
        "conflict", "war", "crisis", "disaster", "disasters", "weapons", "chemical", "submarine",
        "submarines", "frigate", "navy", "naval", "exercises", "shipping", "navigation", "arms",
        "competition", "tariffs", "exports", "imports", "export", "import", "beef", "oil", "gas",
        "lng", "minerals", "semiconductors", "space", "arctic", "abduction", "abductions",
        "hostages", "detainees", "prisoners", "multilateralism", "reform", "elections",
        "corruption", "drugs", "crime", "smuggling", "anniversary", "olympic", "olympics",
        "paralympic", "expo", "finance", "financial", "currency", "taxation", "water", "ocean",
        "oceans", "biodiversity", "emissions", "carbon", "renewable", "hydrogen", "transport",
        "railway", "aviation", "ports", "port", "labour", "labor", "employment", "jobs", "business",
        "intelligence", "espionage", "provocation", "provocations", "launch",
        "launches", "test", "tests", "reconstruction", "resilience", "pandemic-related",
        "quarantine-free", "quarantine", "deterrence", "deterrent", "troops", "forces",
        "capabilities", "pandemics", "epidemic", "tariff", "sovereign", "order",
        "battlefield", "frontline", "front", "interoperability",
        # acts of war named with their target ("aggression against X", "attacks on X")
        "aggression", "invasion", "attack", "attacks", "occupation", "annexation",
        # development finance ("a yen loan for flood control", "debt relief")
        "loan", "loans", "debt",
    }
)
# Prefixes glued onto an issue word ("cybersecurity", "counterterrorism",
# "nonproliferation"): the rest of the word is looked up in ISSUE_WORDS.
ISSUE_PREFIXES = ("cyber", "counter", "non", "anti", "bio", "geo")
# Words that are a name's generic part, never a name alone: a capitalised "Treaty"
# left over from "the Treaty on the Non-Proliferation of ...", "Peninsula" from
# "Korean Peninsula", "Economic" from a cut title, "Jr" after a name.
NAME_PARTS = frozenset(
    {
        "treaty", "agreement", "statement", "declaration", "convention", "charter", "accord",
        "protocol", "resolution", "council", "committee", "commission", "summit", "forum",
        "peninsula", "strait", "straits", "sea", "seas", "island", "islands", "ocean", "gulf",
        "region", "federal", "economic", "national", "joint", "strategic", "jr", "sr",
        "plan", "initiative", "programme", "program", "framework", "partnership", "strategy",
        "article", "section", "paragraph", "chapter", "clause", "annex",
        # "deter the North from ...": a compass word alone is a cut name
        "north", "south", "east", "west",
    }
)
# Nouns of an act done to something ("the launch of X", "the removal of import
# restrictions", "reform of the Security Council"): the subject is the "of" phrase; the
# noun alone is not a topic (MOFA/Kantei "welcomed the launch of ...").
ACT_NOUNS = frozenset(
    {
        "launch", "launching", "removal", "lifting", "easing", "relaxation", "application",
        "implementation", "establishment", "signing", "conclusion", "promotion", "protection",
        "reform", "reforms", "strengthening", "realization", "realisation", "achievement",
        "holding", "success", "start", "resumption", "expansion", "acceleration", "release",
        "adoption", "entry", "withdrawal", "normalization", "normalisation", "resolution",
        "settlement", "revision", "review", "enhancement", "creation", "development",
        "building", "maintenance", "restoration", "early", "defense", "defence",
        "management", "handling",
    }
)
# Words about the release itself, its page and its translation ("the original press
# release in Japanese", "Cover picture for the article"): never what was discussed.
DOC_WORDS = frozenset(
    {
        "release", "releases", "translation", "picture", "pictures", "photo", "photos",
        "website", "webpage", "cover", "transcript", "readout", "byline", "news", "newsroom",
    }
)
# News agencies whose name signs off or datelines a wire story ("(Xinhua)", "./.VNA",
# "— Reuters"): the source, never a subject.
NEWS_AGENCIES = frozenset(
    {
        "xinhua", "xinhua news agency", "reuters", "afp", "ap", "associated press", "vna",
        "bernama", "antara", "yonhap", "kyodo", "jiji", "tass", "ria novosti", "sputnik",
        "interfax", "pna", "pti", "ani", "ians", "efe", "ansa", "dpa", "kpl", "akp", "mna",
        "irna", "wam", "spa", "qna", "kuna", "mena", "apa", "ukrinform", "cna", "bss", "rss",
        "kcna", "nna", "bna", "ona", "petra", "sana", "anadolu", "aa", "pap", "ctk", "mti",
    }
)
# Nouns of fixed prepositions, layout "in order to", "in light of", "on behalf of",
# "in line with": the noun is part of a connective, not a subject.
CONNECTIVE_NOUNS = frozenset(
    {
        "order", "light", "view", "behalf", "line", "terms", "spite", "accordance", "addition",
        "lieu", "favour", "favor", "regard", "respect", "case", "place", "front",
    }
)
CONNECTIVE_BEFORE = frozenset({"in", "on", "with", "by"})
CONNECTIVE_AFTER = frozenset({"to", "of", "with", "that", "for"})
# A state's term at the head of a body ("the Philippine chairmanship of ASEAN", "India's G20
# Presidency"): a subject even though the only word before it is a state.
CHAIR_HEADS = frozenset({"chairmanship", "presidency", "chairship"})
# Name words a number completes ("UNSC Resolution 2270", "ASEAN Community Vision 2045").
NUMBERED_HEADS = frozenset(
    {"resolution", "resolutions", "vision", "agenda", "article", "section", "chapter"}
)
# Parts of an instrument ("Article 5 of the ... Treaty").
ARTICLE_WORDS = frozenset({"article", "section", "paragraph", "chapter", "clause", "annex"})
# Fixed phrases that open with a grading adjective trimmed elsewhere ("good offices" of the
# UN Secretary-General, "good governance", "high seas"): the adjective is part of the term.
FIXED_PHRASES = frozenset(
    {
        "good offices", "good governance", "good faith", "high seas", "high technology",
        "common market", "common security", "new energy",
    }
)

# Seats of government that stand for the publisher ("the White House said"), never a subject.
SEATS_OF_GOVERNMENT = frozenset(
    {
        "white house", "kremlin", "downing street", "10 downing street", "number 10",
        "elysee", "élysée", "elysee palace", "élysée palace", "blue house", "zhongnanhai",
        "prime minister's office", "pmo", "kantei", "quai d'orsay", "foggy bottom",
    }
)
# Heads of institutions: "Ministry of Foreign Affairs", "Office of the Spokesperson",
# "Bureau of South and Central Asian Affairs" are publishers, not subjects.
INSTITUTION_HEADS = frozenset(
    {
        "ministry", "office", "bureau", "department", "embassy", "consulate", "agency",
        "secretariat", "cabinet", "government", "parliament", "affairs", "commonwealth",
        "administration", "spokesperson", "republic", "kingdom", "state", "states", "federation",
        "tags",
    }
)
# Heads of a state's own executive bodies: in Title Case after a demonym or country
# ("Chinese Government", "Indonesian Foreign Ministry") they name who speaks, not a subject.
PUBLISHER_HEADS = frozenset(
    {"ministry", "government", "office", "embassy", "consulate", "cabinet", "administration"}
)
# Words of office and address: a phrase holding one names a person's post, not a
# topic ("Foreign Minister", "Secretary of State"). An event named after such
# people ("Foreign Ministers' Meeting") is kept by EVENT_HEADS.
OFFICE_WORDS = frozenset(
    {
        "minister", "ministers", "minister's", "ministers'", "secretary", "secretary-general",
        "president", "vice-president", "prime", "premier", "chancellor", "ambassador",
        "ambassadors", "spokesperson", "spokesman", "spokeswoman", "king", "queen", "emperor",
        "prince", "princess", "sultan", "councilor", "councillor", "chairman", "chairperson",
        "chair", "director", "director-general", "commissioner", "envoy", "mr", "mrs", "ms", "dr",
        "h.e", "excellency", "honourable", "honorable", "hon", "senator", "governor", "mayor",
        "deputy", "undersecretary", "under-secretary", "representative", "high", "fm", "pm",
        "eam", "hrvp", "sg", "unsg",
        "advisor", "adviser", "counsellor", "counselor",
        # "the Hon. Jane Doe MP"; "between the two Presidents"
        "mp", "mps", "presidents", "secretaries", "chancellors", "premiers", "envoys",
        # "DPM/FM" (Thai and Singapore releases): Deputy Prime Minister, Deputy FM
        "dpm", "dfm",
    }
)
EVENT_HEADS = lexicon.MEETING_HEADS | frozenset(
    {
        "consultations", "council", "assembly", "session", "ministerial", "games", "expo",
        "week", "year",
    }
)
# Words that stay lower case inside a Title Case name ("Belt and Road",
# "ASEAN Outlook on the Indo-Pacific", "Tokyo Olympic and Paralympic Games").
TITLE_CONNECTORS = frozenset({"and", "of", "on", "for", "the", "&", "in", "to", "de"})
# Where an over-long Title Case run is cut ("Commemorative Summit for the 50th
# Year of ASEAN-Japan Friendship and Cooperation" -> "Commemorative Summit").
TITLE_CUTS = ("for", "of", "on", "in", "to")
# Capitalised words that do not start a name: months, days, sentence openers.
NOT_NAME_WORDS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    }
)
# Headings of sections that say nothing about the subject ("1. Opening remarks").
GENERIC_HEADINGS = frozenset(
    {
        "opening remarks", "closing remarks", "overview", "introduction", "summary",
        "other", "others", "other issues", "other matters", "bilateral relations",
        "regional situation", "regional affairs", "international affairs",
        "regional and international affairs", "regional and international situation",
        "regional situations", "international situation", "concluding remarks",
        "bilateral issues", "bilateral cooperation", "general remarks", "opening",
        "outline", "beginning", "conclusion", "closing",
        # headings that name a part of the programme, not a subject (MOFA/Kantei
        # "5. Dinner", "Working lunch", "Small-group meeting")
        "dinner", "working dinner", "lunch", "working lunch", "luncheon", "breakfast",
        "working breakfast", "reception", "banquet", "small-group meeting", "small group meeting",
        "very small-group meeting", "tete-a-tete meeting", "plenary meeting", "extended meeting",
    }
)
# Plural nouns of a class of actors: names listed after them ("countries including X
# and Y", "partners such as X") are examples of the class, not subjects of the talks.
ACTOR_CLASSES = frozenset(
    {
        "countries", "partners", "nations", "states", "members", "allies", "economies",
        "neighbours", "neighbors", "donors", "organizations", "organisations", "stakeholders",
        "governments", "democracies", "actors", "players", "friends",
    }
)
# Countries as a topic: a country printed only as a participant's own state
# ("Minister for Foreign Affairs of Japan", "the Japanese side") is not one.
_COUNTRY_FORMS: dict[str, str] = {}
for _c in lexicon.COUNTRIES:
    _COUNTRY_FORMS[_c.casefold()] = _c
for _d, _c in lexicon.DEMONYMS.items():
    _COUNTRY_FORMS.setdefault(_d.casefold(), _c)
for _b, _s in lexicon.BODIES.items():
    _COUNTRY_FORMS.setdefault(_b.casefold(), _s)
_CITY_KEYS = frozenset(c.casefold() for c in lexicon.CITIES)
_COUNTRY_KEYS = frozenset(c.casefold() for c in lexicon.COUNTRIES)
_COUNTRY_NAMES = _COUNTRY_KEYS | frozenset(b.casefold() for b in lexicon.BODIES)
_DEMONYM_FORMS = frozenset(d.casefold() for d in lexicon.DEMONYMS) - _COUNTRY_NAMES
# Short forms the lexicon prints differently from the long ones.
_SAME_STATE: tuple[frozenset[str], ...] = (
    frozenset({"united states", "u.s.", "us", "usa", "united states of america", "america"}),
    frozenset({"republic of korea", "rok", "korea", "south korea"}),
    frozenset({"people's republic of china", "prc", "china"}),
    frozenset({"united kingdom", "uk", "u.k.", "britain", "great britain"}),
    frozenset({"russian federation", "russia"}),
    frozenset({"turkey", "türkiye", "turkiye", "republic of turkey", "republic of türkiye"}),
    frozenset({"viet nam", "vietnam", "socialist republic of viet nam"}),
    frozenset({"european union", "eu"}),
    frozenset({"united nations", "un", "u.n."}),
    frozenset({"asean", "association of southeast asian nations"}),
)

_HONORIFIC_WORDS = frozenset(
    w.casefold().rstrip(".") for h in lexicon.HONORIFICS for w in h.split() if len(w) > 1
) - {"the", "of", "he", "general", "lady", "lord", "seri", "sri", "paduka", "professor"}

# Words that frame or grade a subject without naming another: "COVID-19 situation",
# "successful ASEAN Chairmanship", "Indo-Pacific region" are each one subject.
_FRAME_WORDS = (
    GENERIC_MODIFIERS | GENERIC_HEADS | SCOPE_WORDS | {"successful", "stable", "affairs"}
) - CHAIR_HEADS

# Nouns of the kind of a disease's spread: beside the disease's name ("COVID-19", "the
# pandemic", "the COVID-19 pandemic") they say the same subject less precisely.
DISEASE_KINDS = frozenset(
    {"pandemic", "pandemics", "epidemic", "epidemics", "outbreak", "outbreaks"}
)
# Names of diseases that such a noun stands for (a lexicon, not a corpus list).
DISEASE_NAMES = frozenset(
    {
        "covid-19", "covid", "covid19", "coronavirus", "sars", "mers", "ebola", "zika", "mpox",
        "monkeypox", "h1n1", "h5n1", "cholera", "influenza", "flu", "polio", "malaria",
    }
)

# fmt: on

# Unions of the tables above, built once (they are tested per token and per candidate).
_GENERIC_OR_OFFICE = GENERIC_HEADS | OFFICE_WORDS
_CONNECTORS_OR_HYPHEN = TITLE_CONNECTORS | {"-"}
_CONNECTORS_OR_ARTICLE = TITLE_CONNECTORS | {"a", "an"}

# --- regexes ----------------------------------------------------------------

# Quoted names, straight or curly: “WA Project 2.0”, "Free and Open Indo-Pacific".
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{2,80})[\"”]")
# An acronym defined in parentheses after its long form: "(WMCC)", "(TICAD7)".
# Also a short name led by one, with an edition or a place: "(WAW! Tokyo 2014)", "(TICAD 8)".
_ACRONYM = re.compile(
    r"\(([A-Z][A-Za-z0-9&+\-]{1,11})(!?(?: (?:[A-Z][a-z]+|[0-9]{1,4}))?(?: [0-9]{1,4})?)\)"
)
_WORD = re.compile(r"[\w']+")
# an abbreviation with inner dots ending right at the label's end ("U.S.", "U.K.")
_ABBREV_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,3}[A-Z]\.$")
_ABBREV_CUT = re.compile(r"[A-Z]\.(?:[A-Z]\.)+")
_HWORD = re.compile(r"\w+(?:-\w+)+")  # hyphenated words: "counter-terrorism", "COVID-19"
_SPACE = re.compile(r"\s+")
# the hyphens and dashes that join a pair of states ("UK-Ireland", "Japan – China")
_DASH = re.compile(r"[-–]")
_SPACED_DASH = re.compile(r"\s*[-–—]\s*")
# A hyphen with a space after it but none before ("China- Lao PDR"): a pair of names
# typed apart; alone it is a fragment of the compound it qualifies.
_BROKEN_PAIR = re.compile(r"\w-\s")
# A news agency's sign-off glued to the last word of a paragraph: "economy./.VNA",
# "cooperation.-- Reuters", "Cooperation (Xinhua" (an unclosed bracket), "cooperation — AFP".
# (a dot after a capital ends an abbreviation: "U.S.-Japan Alliance")
_GLUED_END = re.compile(r"(?<![A-Z])\.(?=/|--|[–—(])|\s*\((?![^()]*\))|\s+[–—]+\s")
# A capitalised word after a space: the name a hyphenated word began goes on.
_NAME_GOES_ON = re.compile(r" ([A-Z][a-z]+)")
_EDGE_PUNCT = " \t\n.,;:!?()[]{}\"'“”‘’–—-"


@dataclass(frozen=True)
class TopicsResult:
    topics: list[Topic] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Cand:
    key: str  # folded label: case and spacing ignored
    start: int
    end: int
    score: float
    regions: set[int] = field(default_factory=set)  # 0 = lead, i = point i
    occurrences: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0
    named: bool = False  # a name, a heading or a quoted phrase, not a common-noun chunk
    hidden: bool = False  # merged into longer labels but never a label itself
    # an issue word offered on its own from inside a longer uncued phrase ("trade" of
    # "unfair trade and economic practices"): kept beside that phrase, not merged into it
    offered: bool = False


@dataclass(frozen=True)
class _Region:
    seg: Seg
    index: int  # 0 for the lead, else the point's 1-based index
    heading: bool = False


# The label helpers below are memoised: a release offers the same few hundred labels
# again and again (each occurrence of a phrase, each rule that asks about it), and the
# same words recur from release to release.
@lru_cache(maxsize=8192)
def _key(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'")
    words = _WORD.findall(s.casefold())
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=8192)
def _nwords(s: str) -> int:
    return len(_WORD.findall(s))


def _regions(an: Analyzed) -> list[_Region]:
    seg = an.seg
    out: list[_Region] = []
    seen: set[tuple[int, int]] = set()

    def point_regions(p: PointSeg) -> Iterator[_Region]:
        # segs() is the point's whole text: heading, body, sub-points, later paragraphs
        for s in p.segs():
            if s.text.strip():
                yield _Region(s, p.index, heading=s is p.heading)

    for p in seg.points:
        for r in point_regions(p):
            if (r.seg.start, r.seg.end) not in seen:
                seen.add((r.seg.start, r.seg.end))
                out.append(r)
    if seg.lead is not None and (seg.lead.start, seg.lead.end) not in seen:
        out.insert(0, _Region(seg.lead, 0))
    if out:
        return out
    # No lead and no points (a layout the segmenter did not recognise): fall back on
    # the body paragraphs, or on the prose blocks of the text, all counted as lead.
    paras = list(seg.paragraphs) or list(_prose_blocks(seg.text))
    return [_Region(p, 0) for p in paras]


# Official names of states: "Federal Republic of Germany", "Kingdom of Thailand",
# "Commonwealth of Australia"; "French Republic" (demonym + form of state).
_STATE_FORMS = r"(?:republic|kingdom|commonwealth|federation|state|sultanate|union|emirates?)"
_OFFICIAL_NAME = re.compile(
    rf"^(?:[\w' ]*? )?{_STATE_FORMS} of (?:the )?(.+)$|^(\w+) {_STATE_FORMS}$"
)


# A prose block: a blank-line separated stretch with a full sentence in it.
_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_SENTENCE_END = re.compile(r"[a-z0-9)\]”\"'][.!?][\"”’']?(?:\s|$)")


def _prose_blocks(text: str) -> Iterator[Seg]:
    for m in _BLOCK.finditer(text[:200_000]):
        block = m.group(0)
        if len(block.split()) >= 12 and _SENTENCE_END.search(block):
            yield Seg(m.start(), m.end(), block)


# --- exclusions -------------------------------------------------------------


@lru_cache(maxsize=4096)
def _states(name: str) -> frozenset[str]:
    """The spellings of one state or body (folded). Memoised: the same few names are
    looked up for every candidate of a release."""
    n = name.casefold().strip()
    if n.startswith("the "):
        n = n[4:]
    out = {n}
    m = _OFFICIAL_NAME.match(n)
    # "Federal Republic of Germany" is Germany, "French Republic" France; but the
    # Democratic People's Republic of Korea is not Korea
    if m and "democratic" not in n:
        out.add(m.group(1) or _COUNTRY_FORMS.get(m.group(2) or "", "").casefold())
    for x in list(out):
        c = _COUNTRY_FORMS.get(x)
        if c:
            out.add(c.casefold())
    out.discard("")
    for group in _SAME_STATE:
        if out & group:
            out |= group
    return frozenset(out)


@dataclass(frozen=True)
class _Excluded:
    name_words: frozenset[str]  # participants' name words (folded)
    own_states: frozenset[str]  # participants' organizations, every spelling


def _excluded(participants: list[Person]) -> _Excluded:
    words: set[str] = set()
    states: set[str] = set()
    for p in participants:
        # the name itself; aliases hold offices and bodies ("ASEAN Secretary-General")
        for n in (p.name, p.family_name or "", p.given_name or ""):
            for w in _WORD.findall(n.casefold()):
                if w not in OFFICE_WORDS and len(w) > 1:
                    words.add(w)
        if p.organization:
            states |= _states(p.organization)
    return _Excluded(frozenset(words), frozenset(states))


# The other side named by its demonym: "met with his American counterpart".
_COUNTERPART = re.compile(r"\b(?:his|her|their|its)\s+([A-Z][\w-]+)\s+counterparts?\b")
# A side named by the demonym of its minister's office: "Irish Foreign Minister",
# "Turkish Foreign Minister Hakan Fidan", "the Australian Prime Minister".
_DEMONYM_OFFICE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:(?:Foreign|Defen[cs]e|Deputy|Prime|Vice|Trade|Finance|External|"
    r"Affairs|State)\s+){0,3}(?:Minister|President|Secretary|Chancellor|Premier)\b"
)
# A state named beside its own allies: "the UK and its allies", "Canada and our partners"
# (the side that publishes the release).
_WITH_ALLIES = re.compile(
    r"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s+and\s+(?:its|our)\s+"
    r"(?:allies|partners|friends|international partners)\b"
)
# Two states joined by "and" ("between the UK and Ireland"), not inside a longer list.
_STATE_AND = re.compile(
    r"(?<![,\w] )(?<![\w,])(?:[Tt]he\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s+and\s+"
    r"(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})(?![\w-])(?!\s*,)"
)


# A pair of states naming a meeting of theirs: "the Australia–New Zealand Leaders' Meeting",
# "the Japan-Philippines Summit Meeting".
_PAIR_MEETING = re.compile(
    r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?\s?[-–]\s?[A-Z][\w.]*(?: [A-Z][\w.]*)?)"
    r"(?: [A-Z][\w']*){0,3} (?:Meeting|Summit|Talks|Dialogue|Consultations)\b"
)
# A state at the end of a site-name line above the release: "Prime Minister of Canada",
# "Office of the President, Republic of Korea", "MINISTRY OF FOREIGN AFFAIRS, MALAYSIA".
_PUBLISHER_STATE = re.compile(r"(?:\bof|,)\s+((?:[A-Za-z][\w.']*\s?){1,5})$", re.M)


def _publisher_states(an: Analyzed) -> set[str]:
    """The state of the office that publishes the release, named in the site-name lines
    above its section, title and lead: one side of the talks."""
    starts = [s.start for s in (an.seg.section, an.seg.title, an.seg.lead) if s is not None]
    if not starts:
        return set()
    out: set[str] = set()
    for line in an.text[: min(starts)].splitlines()[:4]:
        m = _PUBLISHER_STATE.search(line.strip())
        if m and _state_of(m.group(1).strip()):
            out |= _states(m.group(1).strip())
    return out


def _state_of(words: str) -> str | None:
    w = words.strip().rstrip(".") if words.strip().casefold() not in _COUNTRY_FORMS else words
    return _COUNTRY_FORMS.get(w.strip().casefold())


def _side_states(an: Analyzed, participants: list[Person], ex: _Excluded) -> frozenset[str]:
    """The states of the two sides that no participant's organization names. The other
    side by its demonym ("his American counterpart"); the sides of the release's title pair
    ("UK-Ireland talks"); a minister's demonym ("the Irish Foreign Minister"). When a side
    has no organization (the publisher's own minister is
    often named by office alone: "The Foreign Secretary met ..."), also the state paired
    with a known side ("the unique UK-Ireland relationship", "between the UK and Ireland")
    and the state named beside its allies ("the UK and its allies")."""
    text = an.text
    out: set[str] = set()
    for m in _COUNTERPART.finditer(text):
        c = lexicon.DEMONYMS.get(m.group(1))
        if c:
            out |= _states(c)
    title = an.seg.title.text if an.seg.title is not None else ""
    for m in _PAIR.finditer(title):
        parts = [p.strip() for p in _DASH.split(m.group(0))]
        if len(parts) == 2 and all(_state_of(p) for p in parts):
            for p in parts:
                out |= _states(p)
    for m in _STATE_AND.finditer(title):
        # "Australia and New Zealand reset ties at ...": the title's pair of states
        if _state_of(m.group(1)) and _state_of(m.group(2)):
            out |= _states(m.group(1)) | _states(m.group(2))
    for m in _PAIR_MEETING.finditer(text):
        # "held the annual Australia–New Zealand Leaders' Meeting": the meeting's own pair
        parts = [p.strip() for p in _DASH.split(m.group(1))]
        if len(parts) == 2 and all(_state_of(p) for p in parts):
            for p in parts:
                out |= _states(p)
    out |= _publisher_states(an)
    t0 = an.seg.title.start if an.seg.title is not None else -1
    for m in _DEMONYM_OFFICE.finditer(text):
        c = lexicon.DEMONYMS.get(m.group(1))
        # the participant's own office ("Turkish Foreign Minister Hakan Fidan"), or the
        # title's ("Meeting with Irish Foreign Minister"); not "the next Afghan President"
        after = {w.casefold() for w in _WORD.findall(text[m.end() : m.end() + 40])[:3]}
        if c and (after & ex.name_words or t0 <= m.start() < t0 + len(title)):
            out |= _states(c)
    if len({p.organization for p in participants if p.organization}) >= 2:
        return frozenset(out)  # both sides have their states
    known = ex.own_states | out
    for m in _PAIR.finditer(text):
        parts = [p.strip() for p in _DASH.split(m.group(0))]
        if len(parts) == 2 and all(_state_of(p) for p in parts):
            sides = [_states(p) for p in parts]
            if sides[0] & known or sides[1] & known:
                out |= sides[0] | sides[1]
    for m in _STATE_AND.finditer(text):
        a, b = m.group(1), m.group(2)
        if _state_of(a) and _state_of(b):
            sa, sb = _states(a), _states(b)
            if sa & known or sb & known:
                out |= sa | sb
    for m in _WITH_ALLIES.finditer(text):
        if _state_of(m.group(1)):
            out |= _states(m.group(1))
    return frozenset(out)


def _office_states(doc: Doc, ex: _Excluded, ents: list[SpacySpan] | None = None) -> frozenset[str]:
    """States named as a participant's own in the apposition after the name ("Mr. Erik
    Lunde, Minister of Foreign Affairs of Norland", "Prime Minister Lena Dahl of Norland"),
    for a state the lexicon does not know and so no organization was set for."""
    out: set[str] = set()
    if not ex.name_words:
        return frozenset()
    for ent in doc.ents if ents is None else ents:
        if ent.label_ not in ("GPE", "ORG", "LOC") or len(ent) > 4:
            continue
        if _COUNTRY_FORMS.get(_key(ent.text)) is not None:
            continue  # a known state: who.py sets it as the organization when it is one
        # (the words before it, taken one by one: no Span made for them)
        near = (doc[k] for k in range(max(0, ent.start - 12), ent.start))
        if any(t.lower_ in ex.name_words for t in near) and _in_office_phrase(ent):
            out |= _states(ent.text)
    return frozenset(out)


def _is_person_or_office(toks: Iterable[Token], ex: _Excluded) -> bool:
    toks = list(toks)
    low = [t.lower_ for t in toks]
    if any(_person(t) and t.pos_ == "PROPN" and t.is_alpha for t in toks):
        return True
    if any(w.rstrip(".") in _HONORIFIC_WORDS for w in low):
        return True
    if any(w in ex.name_words for w in low if w[:1].isalpha() and len(w) > 2):
        return True
    # "High" is an office word only in "High Representative" / "High Commissioner"
    has_office = any(
        w in OFFICE_WORDS and (w != "high" or low[k + 1 : k + 2] != ["-"])
        for k, w in enumerate(low)
    )
    # "Secretary-General to the General Assembly", "Secretary of State for Defence": an
    # office and the body it serves, not the body's meeting
    words = "".join(t.text_with_ws for t in toks).casefold().split()
    if len(words) > 2 and words[0] in OFFICE_WORDS and words[1] in ("to", "of", "for", "at"):
        return True
    return has_office and low[-1] not in EVENT_HEADS


def _is_own_state(label: str, ex: _Excluded) -> bool:
    """A bare name of a participant's own country/body, or its demonym."""
    return bool(_states(label) & ex.own_states) and _nwords(label) <= 4


def _is_own_pair(label: str, ex: _Excluded) -> bool:
    """ "Japan-China", "Korea-U.S.": a pair made only of the participants' own states names
    the meeting itself; with a noun after it ("Japan-China relations") it is a subject."""
    parts = [p for p in _SPACED_DASH.split(label.strip()) if p]
    return len(parts) >= 2 and all(_states(p) & ex.own_states for p in parts)


# --- candidates -------------------------------------------------------------


def _trim(toks: list[Token]) -> list[Token]:
    """Drop determiners, possessives, pronouns, punctuation and grading adjectives
    from the front; punctuation and possessive markers from the end."""
    i, j = 0, len(toks)
    while i < j:
        t = toks[i]
        pos = t.pos_  # (read once: spaCy looks the name up on every access)
        if (
            pos in ("DET", "PRON", "PUNCT", "NUM", "CCONJ", "ADP", "PART", "ADV")
            and not (
                pos == "NUM"
                and t.text[:1].isupper()
                and i + 1 < j
                and toks[i + 1].text[:1].isupper()
            )
        ) or (
            t.lower_ in GENERIC_MODIFIERS
            and not _name_word(toks, i, j)
            and not (i + 1 < j and f"{t.lower_} {toks[i + 1].lower_}" in FIXED_PHRASES)
        ):
            i += 1
            continue
        if (
            t.lower_ in _VERB_FORMS
            and t.tag_ in ("VBD", "VBN")
            and (i == 0 or toks[i - 1].pos_ != "DET")
        ):
            i += 1  # "discussed climate change" tagged as one phrase
            continue
        # "Ghana's development": the owner is not part of the subject
        k = next((k for k in range(i, j) if toks[k].tag_ == "POS" or toks[k].dep_ == "case"), None)
        if k is not None and k + 1 < j:
            i = k + 1
            continue
        break
    while j > i and (toks[j - 1].pos_ in ("PUNCT", "PART", "DET", "CCONJ", "ADP")):
        j -= 1
    return toks[i:j]


# Verbs of talk that the tagger may glue to the front of their object as a participle.
_VERB_FORMS = (REPORT_VERBS | STRONG_VERBS) - {"shared", "agreed"}


def _name_word(toks: list[Token], i: int, j: int) -> bool:
    """A capitalised word followed by another: part of a name ("Five Eyes")."""
    return toks[i].text[:1].isupper() and i + 1 < j and toks[i + 1].text[:1].isupper()


def _chunk_ok(toks: list[Token]) -> bool:
    if not toks:
        return False
    head = toks[-1]
    if head.pos_ not in ("NOUN", "PROPN") and not head.text[:1].isupper():
        return False
    words = [t.lower_ for t in toks]
    if any(not _WORD.search(w) for w in words if w not in ("-", "&", "+")):
        return False
    if _is_date(toks):
        return False
    specific = [w for w in words[:-1] if w not in GENERIC_MODIFIERS and w not in GENERIC_HEADS]
    if head.lower_ in GENERIC_HEADS and not specific:
        return False
    if head.lower_ in TIME_UNITS:
        return False  # "two and a half hours", "local time"
    # "the US side", "the U.S. commitment", "China's position": one state's generic
    # thing; a pair of states ("Japan-China relations") names a subject
    if (
        head.lower_ in GENERIC_HEADS
        and head.lower_ not in CHAIR_HEADS
        and all(w in _COUNTRY_FORMS for w in specific)
    ):
        return False
    return not (len(words) == 1 and (len(words[0]) < 3 or words[0] in GENERIC_MODIFIERS))


def _is_date(toks: list[Token]) -> bool:
    """ "April", "Monday", "this year": a date or time, never a topic."""
    head = toks[-1]
    if head.lower_ in NOT_NAME_WORDS or head.lower_.rstrip(".") in _DAY_ABBREVS:
        return True
    return all(t.ent_type_ in _TIME_ENTS for t in toks)


TIME_UNITS = frozenset(
    {"hour", "hours", "minute", "minutes", "time", "times", "o'clock", "a.m", "p.m", "am", "pm"}
)
_TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Abbreviations of days and zones printed beside times ("Mon", "JST").
_DAY_ABBREVS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun", "jst", "gmt", "utc"})


def _is_institution(toks: list[Token]) -> bool:
    """ "Ministry of Foreign Affairs", "Federal Republic", "State": a publisher's or
    an office's name, not a subject."""
    if len(toks) > 2 and toks[0].lower_ in INSTITUTION_HEADS and toks[1].lower_ in ("of", "for"):
        return True
    head = toks[-1].lower_
    if head in PUBLISHER_HEADS and all(t.text[:1].isupper() or t.is_punct for t in toks):
        # "Indonesian Foreign Ministry", "Chinese Government": a state's own body, which
        # publishes or speaks, named in Title Case with its demonym
        return True
    return (
        head in INSTITUTION_HEADS and not any(_COUNTRY_FORMS.get(t.lower_) for t in toks[:-1])
    ) or (len(toks) == 1 and toks[0].lower_ in _GENERIC_OR_OFFICE)


def _root_of(toks: list[Token]) -> Token:
    """The root of the words from the first of ``toks`` to the last. One word is its own
    root, found without making a Span (which costs more than the rules that ask)."""
    first, last = toks[0], toks[-1]
    if first.i == last.i:
        return first
    return _span(first.doc, first.i, last.i + 1).root


@lru_cache(maxsize=1)
def _span_type() -> type[SpacySpan]:
    from spacy.tokens import Span as SpacySpan

    return SpacySpan


def _span(doc: Doc, start: int, end: int) -> SpacySpan:
    """``doc[start:end]``, made directly when 0 <= start <= end <= len(doc) (a Doc's slice
    first checks its bounds in Python, which costs twice the Span itself)."""
    if 0 <= start <= end <= len(doc):
        return _span_type()(doc, start, end)
    return doc[start:end]


def _governor(tok: Token) -> Token:
    """The word a phrase hangs from, through coordination ("X, Y and Z")."""
    t = tok
    for _ in range(6):
        # (a noun that spaCy hangs from a verb as "conj" is that verb's listed object)
        if t.dep_ in ("conj", "appos") and t.head.i != t.i and t.head.pos_ not in ("VERB", "AUX"):
            t = t.head
        else:
            break
    return t


# the key of the memo of _has_cue's answers (by the root's index) in Doc.user_data
_CUE_MEMO = "pressparse.topics.cues"


def _has_cue(root: Token) -> int:
    """The cue level of the phrase headed by ``root`` (see _cue), memoised per document:
    an entity, a name and a noun chunk often share their root."""
    memo: dict[int, int] = root.doc.user_data.setdefault(_CUE_MEMO, {})
    level = memo.get(root.i)
    if level is None:
        level = memo[root.i] = _cue(root)
    return level


def _cue(root: Token) -> int:
    """Whether the phrase headed by ``root`` follows a discussion cue: 0 (no), 1 (a cue),
    STRONG (the object of a verb of discussion: "discussed X", "exchanged views on X",
    "raised X", "compared notes on X", also through an act noun: "discussed the management
    of X"). A cue inside a relative clause ("relations, which mark their 30th anniversary")
    only qualifies the noun the clause hangs from, so it counts as none."""
    t = _governor(root)
    if t.i != root.i and t.lower_ in LIST_HEADS:
        return 1  # "subjects ...: Afghanistan, strategic stability, and ...": listed items
    head = t.head
    if head.i == t.i:
        return 0
    if t.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.lower_ in CUE_VERBS:
        if head.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP", "WP$") for c in head.children):
            return 0
        return STRONG if head.lower_ in STRONG_VERBS else 1
    if t.dep_ == "pobj" and head.lower_ == "against" and head.head.lower_ in VICTIM_HEADS:
        return 1  # "Russia's aggression against Ukraine": the state attacked is a subject
    if t.dep_ == "pobj" and head.lower_ == "between" and head.head.lower_ in BETWEEN_HEADS:
        return 1  # "a settlement between Armenia and Azerbaijan": the parties are subjects
    if (
        t.dep_ == "pobj"
        and head.dep_ == "conj"
        and head.lower_ not in CUE_PREPS
        and head.head.lower_ in PLACE_PREPS
    ):
        head = head.head  # "deployed in and near X": the first preposition governs
    if t.dep_ == "pobj" and head.lower_ in PLACE_PREPS:
        # "peace and stability across the Taiwan Strait", "the fight against terrorism in
        # Mindanao", "stability and development in the South China Sea": the place of a
        # state of affairs is a subject (the governor may be any item of a coordination)
        gov = head.head
        heads = PLACE_TOPIC_HEADS if head.lower_ == "in" else PLACE_TOPIC_HEADS | WEAK_PREP_HEADS
        if _hyphen_word(gov) in heads or _hyphen_word(_governor(gov)) in heads:
            return 1
    if t.dep_ == "pobj" and head.lower_ in CUE_PREPS:
        gov = head.head
        if head.lower_ not in WEAK_PREPS:
            if head.lower_ == "on" and gov.lower_ in ON_ARGUMENT_WORDS:
                return 0  # "based on X", "called on X to ...": a basis or an addressee
            # "views on X", "notes on X", "agreed on X", "talked about X"
            strong = gov.lower_ in STRONG_VERBS or (
                gov.lower_ in STRONG_NOUNS and gov.head.lower_ in CUE_VERBS
            )
            return STRONG if strong and head.lower_ in STRONG_PREPS else 1
        gw = _hyphen_word(gov)
        if gw in PURPOSE_HEADS and head.lower_ in PURPOSE_PREPS:
            return 1  # "the negotiations for a Code of Conduct" ("in New York" is a place)
        if gw in WEAK_PREP_HEADS or (head.lower_ == "of" and gw in ACT_NOUNS):
            # "discussed the management of X": X is what was discussed
            if head.lower_ == "of" and gov.dep_ == "dobj" and gov.head.lower_ in STRONG_VERBS:
                return STRONG
            return 1
        # "such as X", "as well as X" are listing cues ("such" may hang from "as")
        return int(
            head.lower_ == "as"
            and (gov.lower_ in ("such", "well") or any(c.lower_ == "such" for c in head.lefts))
        )
    if t.dep_ == "conj" and head.lower_ in CUE_VERBS and t.pos_ in ("NOUN", "PROPN"):
        # "discussed the response to X, climate change, and ...": spaCy may hang a listed
        # noun from the verb itself; it is still the verb's object
        return STRONG if head.lower_ in STRONG_VERBS else 1
    # "The leaders affirmed that the Alliance has never been stronger" (White House): the
    # subject of what was affirmed is a subject of the talks
    # (also passive: "agreed that the abductions issue must be resolved")
    if (
        t.dep_ in ("nsubj", "nsubjpass")
        and head.dep_ == "ccomp"
        and head.head.lower_ in REPORT_VERBS
    ):
        return 1
    # "with EU-Japan cooperation among the themes", "files ..., Afghanistan among them"
    if any(
        c.lower_ == "among" and any(g.lower_ in AMONG_CUES for g in c.children)
        for c in _children_among(t, _AMONG_WORD)
    ):
        return 1
    # "X is discussed", "Syria ... was also on the agenda", "... were on the table"
    return int(t.dep_ == "nsubj" and _holds_agenda(head))


# Rare words that the cue rules ask about for every phrase (see _has_cue), by group:
# "X was on the agenda", "... were on the table"; "Afghanistan among them".
_AGENDA_WORDS = "agenda"
_AMONG_WORD = "among"
_MARKED_WORDS: dict[str, tuple[str, ...]] = {
    _AGENDA_WORDS: ("agenda", "table"),
    _AMONG_WORD: ("among",),
}
# the key of the memo of their token indices in Doc.user_data
_POSITIONS_MEMO = "pressparse.topics.marked_words"


def _positions(doc: Doc, group: str) -> tuple[int, ...]:
    """The indices of the tokens of ``doc`` that are one of the words of ``group`` (lower
    case), found for all groups in one pass over the document (the rules ask about them
    for every phrase)."""
    memo: dict[str, tuple[int, ...]] | None = doc.user_data.get(_POSITIONS_MEMO)
    if memo is None:
        from spacy.attrs import LOWER

        # (the words' hashes: spaCy fills the array faster for a list of attributes
        # than for a single one; a scan of plain ints costs less than numpy's few steps)
        lower = doc.to_array([LOWER]).ravel().tolist()
        memo = {}
        for name, words in _MARKED_WORDS.items():
            hashes = {doc.vocab.strings[w] for w in words}
            memo[name] = tuple(i for i, h in enumerate(lower) if h in hashes)
        doc.user_data[_POSITIONS_MEMO] = memo
    return memo[group]


def _children_among(t: Token, group: str) -> list[Token]:
    """The children of ``t`` that are one of the words of ``group``, in order (as
    ``t.children`` would give them, without walking all of them)."""
    doc = t.doc
    return [doc[i] for i in _positions(doc, group) if i != t.i and doc[i].head.i == t.i]


def _holds_agenda(head: Token) -> bool:
    """Whether the subtree of ``head`` holds "agenda" or "table": such a word is ``head``
    or one of its descendants (a few ancestor walks, not a scan of the subtree on every
    call)."""
    found = _positions(head.doc, _AGENDA_WORDS)
    if not found:
        return False
    doc = head.doc
    lo, hi = head.left_edge.i, head.right_edge.i
    return any(lo <= i <= hi and (i == head.i or head.is_ancestor(doc[i])) for i in found)


def _setting(root: Token) -> bool:
    """An event named as the occasion of the talks: "on the margins of the UN General
    Assembly", "on the sidelines of the G20 Summit and of the ..." (the setting, not a
    subject)."""
    t = _governor(root)
    if t.dep_ != "pobj":
        return False
    p = t.head
    for _ in range(4):
        if p.dep_ == "conj" and p.head.i != p.i:
            p = p.head
        else:
            break
    return p.lower_ == "of" and p.head.lower_ in SETTING_HEADS


def _hyphen_word(tok: Token) -> str:
    """The whole hyphenated word a token ends ("build-up" for "up"), folded."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def _person(tok: Token) -> bool:
    """A token of a PERSON entity, unless the entity follows "the": people take no article,
    regions spaCy mistakes for people do ("the Sahel")."""
    if tok.ent_type_ != "PERSON":
        return False
    doc = tok.doc
    k = tok.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return not (k > 0 and doc[k - 1].lower_ == "the")


def _title_runs(toks: Iterable[Token]) -> Iterator[list[Token]]:
    """Runs of capitalised words, connectors allowed inside."""
    run: list[Token] = []

    def capital(t: Token) -> bool:
        w = t.text
        if not w[:1].isupper() and not (w[:1].isdigit() and any(c.isalpha() for c in w)):
            return False
        if w.casefold() in NOT_NAME_WORDS or t.ent_type_ in ("DATE", "TIME") or _person(t):
            return False
        # a sentence or line opener is capitalised by position, not by name
        opener = t.is_sent_start or t.i == 0 or not t.doc[t.i - 1].is_alpha
        if opener and not t.ent_type_ and (t.tag_ not in ("NNP", "NNPS") or w.endswith("ing")):
            return False
        return not (w.endswith("ing") and not t.ent_type_ and t.tag_ not in ("NNP", "NNPS"))

    def flush() -> Iterator[list[Token]]:
        while run and run[-1].lower_ in _CONNECTORS_OR_HYPHEN:
            run.pop()
        if run:
            yield list(run)
        run.clear()

    for t in toks:
        if not run and not t.text[:1].isupper() and not t.text[:1].isdigit():
            continue  # (outside a run only a capital can start one: the common case, asked first)
        if (
            capital(t)
            or (run and t.text in ("-", "2.0", "+"))
            # "Resolution 2270", "Vision 2045": a number is part of the name it follows
            or (run and t.like_num and run[-1].lower_ in NUMBERED_HEADS)
            # "Foreign Ministers' Meeting": a possessive inside a name
            or (run and t.tag_ == "POS" and t.i + 1 < len(t.doc) and capital(t.doc[t.i + 1]))
        ) or (
            run
            and t.lower_ in TITLE_CONNECTORS
            and (run[-1].lower_ not in TITLE_CONNECTORS or t.lower_ == "the")
        ):
            run.append(t)
            if t.tag_ in _NOUN_TAGS and t.dep_ in _ARG_DEPS:
                yield from flush()  # the head of its phrase: "the pandemic | needs ..."
        elif run:
            yield from flush()
    yield from flush()


_PLACE_ENTS = frozenset({"GPE", "LOC"})


def _split_coordination(run: list[Token]) -> Iterator[list[Token]]:
    """ "Armenia and Azerbaijan", "Japan and the ROK": two names, not one. A name
    that holds "and" itself ("Belt and Road", "Trade and Technology Council") has no
    entity boundary or country on both sides of it."""
    part: list[Token] = []
    i = 0
    while i < len(run):
        t = run[i]
        if t.lower_ in ("for", "to", "in") and part and i + 1 < len(run):
            # "Indo-Pacific to the UK", "Japan for the COVID-19 response": a name,
            # then a country or after a bare country, is two names
            j = i + 1
            while j < len(run) and run[j].lower_ == "the":
                j += 1
            left = " ".join(x.lower_ for x in part)
            if j < len(run) and (
                _COUNTRY_FORMS.get(left) is not None
                or _COUNTRY_FORMS.get(run[j].lower_) is not None
            ):
                yield part
                part = []
                i = j
                continue
        if (
            t.lower_ in ("and", "&", ",")
            and part
            and i + 1 < len(run)
            # in "Year of Culture and Tourism" the "and" belongs to the "of" phrase
            and not any(x.lower_ in ("of", "on", "for") for x in part)
        ):
            j = i + 1
            while j < len(run) and run[j].lower_ == "the":
                j += 1
            left_ends = part[-1].ent_iob_ != "O" and (i + 1 >= len(run) or run[i].ent_iob_ != "I")
            # spaCy may start the entity at its article: "the South China Sea"
            right_starts = j < len(run) and (
                run[j].ent_iob_ == "B" or (j > i + 1 and run[j - 1].ent_iob_ == "B")
            )
            # "Lebanon, the Sahel and the Indo-Pacific": an article after "and" starts
            # a second name ("Belt and Road" has none)
            if j > i + 1:
                yield part
                part = []
                i = j
                continue
            left_country = _COUNTRY_FORMS.get(part[-1].lower_) is not None
            right_country = j < len(run) and _COUNTRY_FORMS.get(run[j].lower_) is not None
            place = _PLACE_ENTS & {part[-1].ent_type_, run[j].ent_type_ if j < len(run) else ""}
            # "Human Rights and UN reform": a body or state ending the run is a second name
            last_country = right_country and j == len(run) - 1
            if last_country or (
                (left_ends or left_country)
                and (right_starts or right_country)
                and (place or left_country or right_country)
            ):
                yield part
                part = []
                i = j
                continue
        part.append(t)
        i += 1
    if part:
        yield part


def _cut_title(run: list[Token]) -> list[Token]:
    """An over-long name is cut at its first "for"/"of": the head of the name."""
    if _nwords(" ".join(t.text for t in run)) <= MAX_WORDS:
        return run
    for i, t in enumerate(run):
        # a connector is lower case; "In" of "In-Flight" is part of a word
        if i >= 2 and t.lower_ in TITLE_CUTS and t.text.islower():
            cut = run[:i]
            # "Relationship Based on ...": the cut leaves no dangling participle
            while cut and (cut[-1].lower_ in TITLE_CONNECTORS or cut[-1].tag_ in ("VBN", "VBG")):
                cut.pop()
            return cut
    # "Canada-France In-Flight Security Officer Treaty": the parties' names before an
    # instrument's name qualify it; without them the name fits
    k = 0
    while k < len(run) and (run[k].text == "-" or _COUNTRY_FORMS.get(run[k].lower_) is not None):
        k += 1
    rest = run[k:]
    if k and len(rest) >= 2 and _nwords(" ".join(t.text for t in rest)) <= MAX_WORDS:
        return rest
    return run[:0]


class _Collector:
    def __init__(self, text: str, ex: _Excluded) -> None:
        self.text = text
        self.ex = ex
        self.cands: dict[str, _Cand] = {}
        self.order = 0
        # acronyms printed as labels of a list or of an office ("(APSC)", "(DSG)"), with
        # their plurals: never a subject, wherever they recur
        self.bad_acronyms: set[str] = set()
        # the dateline's city and the meeting's location: the setting, not a subject
        self.settings: frozenset[str] = frozenset()
        # offsets of the case nouns of "NAME's detention": said by the name's label
        self.case_nouns: set[int] = set()
        # what each offer came to (see add): the candidate's key, its hidden flag and the
        # label's start, or None when it was turned down
        self.offers: dict[tuple[object, ...], tuple[str, bool, int] | None] = {}

    def add(
        self, start: int, end: int, kind: str, region: _Region, cue: int, toks: list[Token]
    ) -> None:
        # A quarter of the offers repeat one already made with the same evidence (an entity,
        # then the noun chunk over the same words). Everything the offer reads is the same
        # again, so it comes to the same: turned down, or the same candidate, score and
        # region, and one more copy of an occurrence (occurrences are read as a set). Only
        # what a later offer may have changed in between is set again: the hidden flag
        # (another spelling of the key), and a case noun found at the label's start.
        call = (start, end, kind, region.index, cue, tuple(t.i for t in toks))
        if call in self.offers:
            done = self.offers[call]
            if done is not None and done[2] not in self.case_nouns:
                self.cands[done[0]].hidden = done[1]
            return
        self.offers[call] = self._offer(start, end, kind, region, cue, toks)

    def _offer(
        self, start: int, end: int, kind: str, region: _Region, cue: int, toks: list[Token]
    ) -> tuple[str, bool, int] | None:
        text = self.text
        # whole words only: "counter-terrorism" is one word to a reader, two to spaCy
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        end0 = end
        while end < len(text) and (text[end].isalnum() or text[end] == "-"):
            end += 1
        if end > end0 and "-" in text[end0:end]:
            goes_on = _NAME_GOES_ON.match(text, end)
            last = text[end0:end].rsplit("-", 1)[-1]
            if goes_on and f"{last} {goes_on.group(1)}".casefold() in _COUNTRY_KEYS:
                # "Malaysia" of "Malaysia-United States Partnership": the word after the
                # hyphen starts a state's name of two words; cut there it names nothing
                end = end0
        while start < end and text[start] in _EDGE_PUNCT:
            start += 1
        glued = _GLUED_END.search(text, start, end)
        if glued:
            end = glued.start()  # "economy./.VNA", "Cooperation (Xinhua": a sign-off
        while end > start and text[end - 1] in _EDGE_PUNCT:
            end -= 1
        if _ABBREV_END.search(text, start, min(end + 1, len(text))):
            end += 1  # "Korea-U.S.": the last dot belongs to the abbreviation
        cut = _ABBREV_CUT.match(text, end - 1) if end > start else None
        if cut and (end - 1 == start or not text[end - 2].isalnum()):
            end = cut.end()  # "Japan-Australia-India-U" cut at the dot inside "U.S."
        if text[start:end].casefold().startswith("the "):
            start += 4
        # a trailing possessive marker belongs to the owner's phrase, not the name
        if text[start:end].endswith(("'s", "’s")):
            end -= 2
        label = text[start:end]
        if start in self.case_nouns:
            return None
        key = _key(label)
        n = _nwords(label)
        if not key or n == 0 or n > MAX_WORDS or "\n" in label:
            return None
        if not any(c.isalpha() for c in label):
            return None
        if _BROKEN_PAIR.search(label) and all(w[:1].isupper() for w in _WORD.findall(label)):
            # "China- Lao PDR": the front of "China- Lao PDR railway", cut from its noun
            return None
        # (the participants' own states first: a cheap test that turns down one offer in
        # ten, before the tests over the words)
        if _is_own_state(label, self.ex):
            return None
        if toks and (
            _is_person_or_office(toks, self.ex) or _is_institution(toks) or _is_date(toks)
        ):
            return None
        if key in SEATS_OF_GOVERNMENT or _agencies(key) or _junk(key, toks):
            return None
        if key in self.settings and toks and not _place_subject(toks):
            return None  # "JAKARTA, 24 April -", "met in London": where, not what
        # an own pair is kept to lend weight to "Japan-China relations", never shown alone
        hidden = _is_own_pair(label, self.ex)
        if not toks and any(w in OFFICE_WORDS for w in key.split()):
            return None  # an acronym of an office ("EAM", "HRVP") stands for a person
        kwords = set(key.split())
        if kwords <= BOILERPLATE or kwords & DOC_WORDS:
            return None
        if key in self.bad_acronyms or (key.endswith("s") and key[:-1] in self.bad_acronyms):
            return None
        after = _BRACKETED.match(text, end)
        if after and _key(after.group(1)) in self.bad_acronyms:
            return None  # "Political-security (APSC)": the label of a list item
        if toks and len(toks) == 1 and _connective(toks[0]):
            return None  # "order" of "in order to"
        if n == 1 and toks and kind == "named" and _name_part(toks[0], key):
            return None
        if toks and _article_of(toks):
            return None
        if toks and _demonyms_only(key):
            return None  # "North Korean", "Australians and New Zealanders": people, not a subject
        root = _root_of(toks) if toks else None
        example = root is not None and kind == "named" and _example_item(toks, root)
        setting = root is not None and _setting(root)
        if example or setting:
            cue = 0
        vague = kwords <= _VAGUE_WORDS
        score = BASE_SCORE[kind] + (CUE_BONUS if cue else 0.0)
        if cue >= STRONG:
            score += STRONG_CUE_BONUS
        if example or setting:
            score -= EXAMPLE_PENALTY
        if toks and kind == "named":
            if key in _COUNTRY_FORMS or toks[-1].ent_type_ == "LOC" or toks[-1].lower_ in GEO_HEADS:
                score += PLACE_BONUS  # a state or region other than the participants'
            elif toks[-1].ent_type_ == "GPE":
                score -= PLACE_BONUS  # a city: where something happened
        if vague:
            # "Regional issues", "global challenges": a heading over subjects, not one
            score -= VAGUE_PENALTY
        elif kind == "chunk" and n == 1 and toks and _act_of(toks[-1]):
            # "the launch of X", "reform of the Council": the subject is X
            score -= ACT_PENALTY
        elif kind == "chunk" and kwords - SCOPE_WORDS <= CONFLICT_NOUNS:
            # "the war", "the global crisis": which one is said by the name beside it
            score -= BARE_PENALTY
        elif _issue(_label_words(label)) or (kind == "chunk" and _state_pair(label)):
            # "food security"; "Japan-China relationship", "Korea-U.S. alliance": the
            # relations of two named states are a subject of their own
            score += ISSUE_BONUS
        elif kind == "chunk" and _graded_generic(toks):
            # "forward-looking relationship", "complex case", "steadfast support": a
            # generic thing with only a grade says how, not what
            score -= GRADED_PENALTY
        elif kind == "chunk" and n == 1:
            # a bare common noun ("service", "image") is a topic only when cued in two
            # points, or to fill up a short readout
            score -= BARE_PENALTY
        c = self.cands.get(key)
        if c is None:
            self.order += 1
            c = _Cand(key, start, end, score, first=self.order)
            self.cands[key] = c
        elif score > c.score:
            c.score = score
        c.named = c.named or kind != "chunk"
        c.hidden = hidden
        c.regions.add(region.index)
        c.occurrences.append((start, end))
        return key, hidden, start


@lru_cache(maxsize=4096)
def _label_words(label: str) -> frozenset[str]:
    """The folded words of a label, hyphenated words also whole ("counter-terrorism")."""
    folded = label.casefold()
    return frozenset(_WORD.findall(folded)) | frozenset(_HWORD.findall(folded))


# (A pair starts where a word does: the look-behind only spares the scan of a long text
# from retrying each word from each of its letters; the matches are the same.)
_PAIR = re.compile(r"(?<![\w.'])[\w.']+(?:\s*[-–]\s*[\w.']+)+")


@lru_cache(maxsize=4096)
def _state_pair(label: str) -> bool:
    """Whether the label holds a pair of states or bodies joined by a hyphen ("EU-Japan",
    "Korea-U.S.")."""
    for m in _PAIR.finditer(label):
        parts = [p.strip().casefold() for p in _DASH.split(m.group(0))]
        if len(parts) >= 2 and all(
            _COUNTRY_FORMS.get(p) is not None or _COUNTRY_FORMS.get(p.rstrip(".")) is not None
            for p in parts
        ):
            return True
    return False


def _connective(tok: Token) -> bool:
    """The noun of a fixed preposition: "in order to", "in light of", "on behalf of"."""
    doc = tok.doc
    return (
        tok.lower_ in CONNECTIVE_NOUNS
        and tok.i > 0
        and tok.i + 1 < len(doc)
        and doc[tok.i - 1].lower_ in CONNECTIVE_BEFORE
        and doc[tok.i + 1].lower_ in CONNECTIVE_AFTER
    )


def _graded_generic(toks: list[Token]) -> bool:
    """A generic or act noun with only adjectives before it ("urgent problems", "progressive
    resumption"); a noun or name before it ("security situation") says what it is about."""
    if len(toks) < 2:
        return False
    head = toks[-1].lower_
    if head not in GENERIC_HEADS and head not in ACT_NOUNS:
        return False
    return all(
        t.pos_ in ("ADJ", "ADV", "PUNCT") or t.tag_ in ("VBN", "VBG") for t in toks[:-1]
    ) and not any(t.lower_ in _COUNTRY_FORMS for t in toks)


def _junk(key: str, toks: list[Token]) -> bool:
    """Words that cannot be a label: a lone adjective or demonym ("Good", "European"), a
    state's possessive that lost its apostrophe in a scraped page ("Chinas malign
    influence"; "the two Koreas" is a name)."""
    words = key.split()
    if any(
        w.endswith("s") and w[:-1] in _COUNTRY_NAMES and w not in _COUNTRY_FORMS and w != "koreas"
        for w in words
    ):
        return True
    if toks and all(t.ent_type_ == "NORP" or t.pos_ in ("CCONJ", "PUNCT") for t in toks):
        return True  # "European and Middle Eastern": peoples, not a subject
    if len(words) != 1 or not toks or key in _COUNTRY_FORMS:
        return False
    t = toks[-1]
    return key in GENERIC_MODIFIERS or t.ent_type_ == "NORP" or (t.tag_ == "JJ" and not t.ent_type_)


@lru_cache(maxsize=4096)
def _agencies(key: str) -> bool:
    """A news agency, or a list of them ("Reuters and AFP"): the source, not a subject."""
    parts = _list_parts(key)
    return bool(parts) and all(p in NEWS_AGENCIES for p in parts)


_LIST_SPLIT = re.compile(r"\s*(?:\band\b|,)\s*")


def _list_parts(key: str) -> list[str]:
    """The items of a list label ("reuters and afp"), split at "and" and commas."""
    if "and" not in key and "," not in key:
        return [key] if key else []  # (no separator: the split would give the key)
    return [p for p in _LIST_SPLIT.split(key) if p]


@lru_cache(maxsize=4096)
def _demonyms_only(key: str) -> bool:
    """A label made only of demonyms ("North Korean", "Australians and New Zealanders")."""
    parts = _list_parts(key)
    if not parts:
        return False
    for p in parts:
        if p in _COUNTRY_NAMES:
            return False
        if p not in _DEMONYM_FORMS and not (p.endswith("s") and p[:-1] in _DEMONYM_FORMS):
            return False
    return True


def _example_item(toks: list[Token], root: Token | None = None) -> bool:
    """A name listed as an example of a class of actors: "like-minded countries, including
    Australia and India", "partners such as the EU". The class is the subject, not the
    names (contrast "regional issues including North Korea", where each item is one)."""
    if root is None:  # (the root of the tokens' span, when the caller has it)
        root = _root_of(toks)
    t = _governor(root)
    if t.dep_ != "pobj" or t.head.lower_ not in ("including", "like", "as"):
        return False
    gov = t.head.head
    if t.head.lower_ == "as" and gov.lower_ == "such":
        gov = gov.head
    return gov.lower_ in ACTOR_CLASSES


def _issue(words: set[str] | frozenset[str]) -> bool:
    """Whether a word of the label is in the issue vocabulary, also glued to a prefix
    ("cybersecurity", "counterterrorism", "nonproliferation")."""
    if words & ISSUE_WORDS:
        return True
    for w in words:
        if not w.startswith(ISSUE_PREFIXES):
            continue
        for pre in ISSUE_PREFIXES:
            if w.startswith(pre) and w[len(pre) :].lstrip("-") in ISSUE_WORDS:
                return True
    return False


def _name_part(tok: Token, key: str) -> bool:
    """A lone capitalised word that is only the generic part of a name or an adjective
    ("Treaty", "Peninsula", "Economic", "Jr"), not a name itself."""
    if key in _COUNTRY_FORMS:
        return False
    return key in NAME_PARTS or (tok.pos_ == "ADJ" and not tok.ent_type_)


def _article_of(toks: list[Token]) -> bool:
    """ "Article 5 of the Treaty", "Section 3 of the Act": a part of the instrument named
    after it, which is the subject."""
    doc = toks[0].doc
    end = toks[-1].i + 1
    return (
        toks[0].lower_ in ARTICLE_WORDS
        and len(toks) <= 2
        and end < len(doc)
        and doc[end].lower_ == "of"
    )


def _act_of(tok: Token) -> bool:
    """ "the launch of X": a noun of an act followed by the "of" phrase naming its object."""
    doc = tok.doc
    return tok.lower_ in ACT_NOUNS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"


def _within(spans: list[SpacySpan], starts: list[int], lo: int, hi: int) -> Iterator[SpacySpan]:
    """The spans (sorted by start) that lie inside tokens [lo, hi)."""
    for k in range(bisect.bisect_left(starts, lo), len(spans)):
        sp = spans[k]
        if sp.start >= hi:
            break
        if sp.end <= hi:
            yield sp


def _tokens(doc: Doc, s: Seg) -> list[Token]:
    # (doc.text would rebuild the whole text on every call)
    doc_end = doc[-1].idx + len(doc[-1].text) if len(doc) else 0
    span = doc.char_span(s.start, min(s.end, doc_end), alignment_mode="contract")
    return list(span) if span is not None else []


# the key of the memo of the document's text in Doc.user_data
_TEXT_MEMO = "pressparse.topics.text"


def _doc_text(doc: Doc) -> str:
    """``doc.text``, memoised per document: spaCy joins all its tokens on every access."""
    text = doc.user_data.get(_TEXT_MEMO)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_MEMO] = doc.text
    return text


# A dateline the segmenter left in the lead: "MANILA – Foreign Affairs Secretary ...".
_LEAD_DATELINE = re.compile(r"([A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3})\s*(?:[–—]|--)\s")


def _setting_keys(an: Analyzed, meeting: Meeting | None) -> frozenset[str]:
    """The places that only say where: the release's dateline ("JAKARTA, 24 April") and each
    part of the meeting's location ("Iikura Guest House, Tokyo")."""
    places: list[str] = []
    seg = an.seg
    if seg.dateline is not None:
        places.extend(seg.dateline.text.split(","))
    elif seg.lead is not None:
        m = _LEAD_DATELINE.match(seg.lead.text)
        if m:
            places.append(m.group(1))
    if meeting is not None and meeting.location:
        places.extend(meeting.location.split(","))
    return frozenset(k for k in (_key(p) for p in places) if k)


def _collect(
    an: Analyzed,
    regions: list[_Region],
    ex: _Excluded,
    settings: frozenset[str] = frozenset(),
    ents: list[SpacySpan] | None = None,
) -> _Collector:
    doc = an.doc
    col = _Collector(an.text, ex)
    col.settings = settings
    # entities and chunks once for the whole document, found per region by bisection
    if ents is None:
        ents = list(doc.ents)
    ent_starts = [e.start for e in ents]
    chunks = list(doc.noun_chunks)
    chunk_starts = [c.start for c in chunks]
    for r in regions:
        for m in _ACRONYM.finditer(r.seg.text):
            if not _acronym_ok(r.seg.text[: m.start()], m.group(1)):
                col.bad_acronyms.add(_key(m.group(1)))
    for n, r in enumerate(regions):
        toks = _tokens(doc, r.seg)
        if not toks:
            continue
        first = n == 0  # the lead (or the first paragraph): it says where they met
        lo, hi = toks[0].i, toks[-1].i + 1
        if r.heading:
            for part in _heading_parts(toks):
                label = an.text[part[0].idx : _tok_end(part[-1])]
                if _key(label) not in GENERIC_HEADINGS and 0 < _nwords(label) <= MAX_WORDS:
                    col.add(part[0].idx, _tok_end(part[-1]), "heading", r, True, part)
        _quoted(col, doc, r)
        for m in _ACRONYM.finditer(r.seg.text):
            word = m.group(1)
            if sum(c.isupper() for c in word) < 2:
                continue
            if _acronym_ok(r.seg.text[: m.start()], word):
                s0, e0 = r.seg.start + m.start(1), r.seg.start + m.end(2)
                col.add(s0, e0, "acronym", r, True, [])
        for ent in _within(ents, ent_starts, lo, hi):
            if ent.label_ not in ENTITY_KINDS:
                continue
            if _in_office_phrase(ent) or (first and _meeting_place(ent)) or _setting_place(ent):
                continue
            etoks = _trim(list(ent))
            if etoks:
                col.add(etoks[0].idx, _tok_end(etoks[-1]), "named", r, _has_cue(ent.root), etoks)
        _person_cases(col, toks, r)
        in_name: set[int] = set()  # tokens inside a Title Case name of 2+ words
        for whole in _title_runs(toks):
            for part in _split_coordination(whole):
                if len(part) > 1:
                    in_name.update(t.i for t in part)
                run = _cut_title(part)
                if not run or (len(run) == 1 and run[0].ent_type_ not in ("", "ORG")):
                    continue
                if len(run) == 1 and run[0].text.isupper() and run[0].pos_ != "PROPN":
                    continue
                span = _span(doc, run[0].i, run[-1].i + 1)
                if (
                    _in_office_phrase(span)
                    or (first and _meeting_place(span))
                    or _setting_place(span)
                ):
                    continue
                col.add(run[0].idx, _tok_end(run[-1]), "named", r, _has_cue(span.root), run)
        spans: set[tuple[int, int]] = set()
        for chunk in _within(chunks, chunk_starts, lo, hi):
            _add_chunk(col, chunk, r, first, in_name)
            spans.add((chunk.start, chunk.end))
        for run in _noun_runs(toks):
            if (run[0].i, run[-1].i + 1) not in spans and not any(
                a <= run[0].i and run[-1].i < b for a, b in spans
            ):
                col.add(run[0].idx, _tok_end(run[-1]), "chunk", r, _has_cue(run[-1]), run)
    return col


# A detained or endangered person's case is a subject, though people are not: layouts
# "the case of NAME", "the release of NAME", "NAME's detention / health", and "NAME (and
# NAME), two citizens held in X, ...". The label is the name(s) alone ("NAME's health"
# is not a subject of health).
CASE_NOUNS = frozenset(
    {
        "case", "cases", "release", "detention", "imprisonment", "arrest", "health", "fate",
        "plight", "trial", "sentencing", "whereabouts", "treatment", "poisoning", "freedom",
    }
)
DETAIN_WORDS = frozenset(
    {
        "held", "detained", "imprisoned", "jailed", "abducted", "kidnapped", "arrested",
        "sentenced", "wrongfully", "unjustly", "arbitrarily", "hostage", "hostages",
    }
)


def _person_run(toks: list[Token], k: int) -> int:
    """The end (exclusive) of the PERSON entity starting at toks[k], or k when none."""
    j = k
    while j < len(toks) and toks[j].ent_type_ == "PERSON" and toks[j].tag_ != "POS":
        if j > k and toks[j].ent_iob_ == "B":
            break
        j += 1
    return j


def _person_cases(col: _Collector, toks: list[Token], r: _Region) -> None:
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.ent_type_ != "PERSON" or t.ent_iob_ != "B":  # (the cheaper test first)
            k += 1
            continue
        # always past this token: an entity that starts on a possessive's "'s" has no
        # words, and standing still on it would loop for ever
        j = max(_person_run(toks, k), k + 1)
        names = toks[k:j]
        if any(x.lower_ in col.ex.name_words for x in names) or not all(
            x.text[:1].isupper() for x in names
        ):
            k = j
            continue
        before = toks[k - 2 : k] if k >= 2 else []
        if len(before) == 2 and before[0].lower_ in CASE_NOUNS and before[1].lower_ == "of":
            col.add(names[0].idx, _tok_end(names[-1]), "named", r, 1, [])  # "case of X"
        elif j + 1 < len(toks) and toks[j].tag_ == "POS" and toks[j + 1].lower_ in CASE_NOUNS:
            # "X's detention": the person is the subject; "detention" alone is not
            col.add(names[0].idx, _tok_end(names[-1]), "named", r, 1, [])
            col.case_nouns.add(toks[j + 1].idx)
        else:
            # "Paul Roe and Ann Lee, two citizens held in X": the names, then their plight
            end = j
            if j + 1 < len(toks) and toks[j].lower_ == "and" and toks[j + 1].ent_type_ == "PERSON":
                end = _person_run(toks, j + 1)
            if end < len(toks) and toks[end].text == ",":
                app = toks[end + 1 : end + 7]
                if (
                    any(x.lower_ in DETAIN_WORDS for x in app)
                    and not any(x.text in (",", ";", ".") for x in app[:-1])
                    and _nwords(col.text[names[0].idx : _tok_end(toks[end - 1])]) <= MAX_WORDS
                ):
                    col.add(names[0].idx, _tok_end(toks[end - 1]), "named", r, 1, [])
        k = j


# Tags of the words of a common-noun phrase: adjectives and nouns before a noun.
_RUN_TAGS = frozenset({"JJ", "NN", "NNS", "HYPH"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
# Roles of a phrase's head in its clause: a noun in one ends its run.
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "ROOT", "dative", "oprd"})


def _noun_runs(toks: list[Token]) -> Iterator[list[Token]]:
    """Runs of adjectives and nouns ending in a noun ("human resource development", "a safe
    and affordable vaccine supply"): the phrases a reader sees, where the parser hung their
    words apart (one word taken for the head of a list, a paragraph's last word glued to the
    next). Only runs no noun chunk covers are read."""
    run: list[Token] = []

    def flush() -> Iterator[list[Token]]:
        while run and run[-1].tag_ not in _NOUN_TAGS:
            run.pop()
        part = _trim(run)
        if len(part) >= 2 and _chunk_ok(part):
            yield part
        run.clear()

    for t in toks:
        if t.tag_ in _RUN_TAGS and not t.ent_type_ and (t.tag_ != "HYPH" or run):
            if run and "\n" in run[-1].whitespace_:
                yield from flush()
            elif run and run[-1].tag_ in _NOUN_TAGS and t.tag_ == "JJ":
                yield from flush()  # an adjective after a noun starts another phrase
            run.append(t)
        elif run:
            yield from flush()
    yield from flush()


def _acronym_ok(before: str, acr: str) -> bool:
    """Whether "(ACR)" is defined by the words before it, from the last comma, dash or
    bracket: its first letter starts one of them ("novel coronavirus disease (COVID-19)",
    "Tokyo International Conference on African Development (TICAD7)"), and they are not an
    office ("Deputy Secretaries General (DSG)", which stands for people). A list of labels
    ("Political-security (APSC), economic (AEC)") defines no subject of its own."""
    cut = max(before.rfind(ch) for ch in ",;:()[]–—\n")
    words = [w.casefold() for w in _LONG_FORM_WORD.findall(before[cut + 1 :])][-14:]
    first = [
        k
        for k, w in enumerate(words)
        if w[:1] == acr[:1].casefold() and w not in _CONNECTORS_OR_ARTICLE
    ]
    if not first:
        return False
    words = words[first[-1] :]  # the long form starts at the acronym's first letter
    low = [w.rstrip("'s") if w.endswith("s'") else w for w in words]
    office = any(w in OFFICE_WORDS or (w.endswith("s") and w[:-1] in OFFICE_WORDS) for w in low)
    return not office or low[-1] in EVENT_HEADS


_BRACKETED = re.compile(r"\s?\(([^()\n]{1,12})\)")
_LONG_FORM_WORD = re.compile(r"[A-Za-z][\w']*")


def _mixed_pair(chunk: SpacySpan, words: list[Token]) -> bool:
    """ "supply chains and COVID-19": a common noun and a name joined in one chunk are two
    subjects (a pair of common nouns, "trade and investment", is one). ``words``: the
    chunk's tokens."""
    sides: list[bool] = []
    for t in words:
        if t.lower_ in ("and", "or") and t.dep_ == "cc":
            sides.append(t.head.pos_ == "PROPN")
        elif t.dep_ == "conj" and t.head.i >= chunk.start:
            sides.append(t.pos_ == "PROPN")
    return len(set(sides)) > 1


def _add_list_items(col: _Collector, chunk: SpacySpan, r: _Region) -> None:
    cue = _has_cue(chunk.root)
    item: list[Token] = []
    for t in [*chunk, None]:
        if t is None or t.text in (",", ";") or t.lower_ in ("and", "or"):
            itoks = _trim(item)
            if _chunk_ok(itoks):
                named = all(x.pos_ == "PROPN" or x.text[:1].isupper() for x in itoks)
                col.add(
                    itoks[0].idx, _tok_end(itoks[-1]), "named" if named else "chunk", r, cue, itoks
                )
            item = []
        else:
            item.append(t)


def _heading_parts(toks: list[Token]) -> list[list[Token]]:
    """A section heading is one subject ("Security and defence cooperation"), unless its
    "and" joins two phrases each with its own article ("The international order and the
    Indo-Pacific") or it is too long for one label: then each side is a subject."""
    text = " ".join(t.text for t in toks)
    cuts = [
        k
        for k, t in enumerate(toks)
        if t.lower_ == "and"
        and 0 < k < len(toks) - 1
        and (toks[k + 1].pos_ == "DET" or _nwords(text) > MAX_WORDS)
    ]
    if not cuts:
        return [toks]
    parts: list[list[Token]] = []
    lo = 0
    for k in [*cuts, len(toks)]:
        part = _trim(toks[lo:k])
        if part:
            parts.append(part)
        lo = k + 1
    return parts


def _issue_with_name(ctoks: list[Token], ex: _Excluded) -> list[Token]:
    """ "interoperability with NATO", "sanctions on Russia": an issue noun and the name its
    preposition joins it to are one subject (layout "N with/on/against/of NAME"), kept when
    short; the name is not a participant's own state ("security of Japan")."""
    root = ctoks[-1]
    doc = root.doc
    j = root.i + 1
    prep = doc[j].lower_ if j < len(doc) else ""
    in_place = prep == "in" and root.lower_ in CONFLICT_NOUNS  # "the war in Ukraine"
    if j >= len(doc) or (prep not in NAME_PREPS and not in_place) or doc[j].head.i != root.i:
        return []
    if not _issue({root.lower_}) and not (root.lower_ in CHAIR_HEADS and doc[j].lower_ == "of"):
        return []
    k = j + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    name: list[Token] = []
    while k < len(doc) and doc[k].pos_ == "PROPN" and len(name) < 3:
        name.append(doc[k])
        k += 1
    if not name or (k < len(doc) and doc[k].text == "-") or name[-1].head.i != j:
        return []
    toks = [*ctoks, doc[j], *name]
    label = doc[ctoks[0].i : name[-1].i + 1].text
    own = _states(" ".join(t.text for t in name)) & ex.own_states
    if _nwords(label) > 5 or (own and root.lower_ not in CHAIR_HEADS):
        return []
    return toks


# The front of a list item's line: "(b) ", "b) ", "2. ", "- ", "• ", then an article.
_ITEM_FRONT = re.compile(r"\s*(?:\(?[a-z0-9]{1,4}[.)]|[-•·*–])?\s*(?:the\s+)?", re.I)


def _listed(chunk: SpacySpan) -> bool:
    """Whether a noun phrase is an item of a list: one of a run of conjoined phrases ("X,
    Y and Z") or the whole text of a list item's line ("(b) the digital economy and ...")."""
    root = chunk.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" and c.i < root.i for c in root.head.children):
        return True
    text = _doc_text(chunk.doc)
    line_start = text.rfind("\n", 0, chunk.start_char) + 1
    m = _ITEM_FRONT.match(text, line_start)
    return m is not None and m.end() >= chunk.start_char and m.end() > line_start


def _add_chunk(
    col: _Collector, chunk: SpacySpan, r: _Region, first: bool, in_name: set[int]
) -> None:
    words = list(chunk)  # (a Span makes new Tokens on every pass over it)
    if any(t.text == "," for t in words) or _mixed_pair(chunk, words):
        # "energy, investment and food security": a list in one chunk, each item a topic
        _add_list_items(col, chunk, r)
        return
    ctoks = _trim(words)
    if not _chunk_ok(ctoks):
        return
    named = all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in ctoks)
    if named and len(ctoks) == 1 and ctoks[0].i in in_name:
        return  # "Culture" of "Year of Culture and Tourism": a piece of a name
    if named and (
        _in_office_phrase(chunk) or (first and _meeting_place(chunk)) or _setting_place(chunk)
    ):
        return
    cue = _has_cue(chunk.root)
    kind = "named" if named else "chunk"
    col.add(ctoks[0].idx, _tok_end(ctoks[-1]), kind, r, cue, ctoks)
    if not named and not cue and len(ctoks) >= 3:
        _offer_issue_words(col, ctoks, r)
    if not named:
        with_name = _issue_with_name(ctoks, col.ex)
        if with_name:
            col.add(with_name[0].idx, _tok_end(with_name[-1]), kind, r, cue, with_name)
        term = _of_term(ctoks)
        if term:
            col.add(term[0].idx, _tok_end(term[-1]), kind, r, cue, term)
    # "trade and investment", "medicines and vaccines": a pair of bare nouns is
    # one subject; the label covers both words.
    if named:
        return  # (a pair of common nouns only: asked first, before walking the children)
    root = chunk.root
    kids = list(root.children)  # (spaCy walks the root's whole subtree for them)
    conj = next((c for c in kids if c.dep_ == "conj"), None)
    cc = next((c for c in kids if c.dep_ == "cc" and c.lower_ in ("and", "or")), None)
    if (
        conj is None
        or cc is None
        or not (root.i < cc.i < conj.i)
        or conj.pos_ != "NOUN"
        or conj.i - ctoks[0].i > 5
    ):
        return
    # the conjoined noun with its own modifiers ("human resource development")
    right = [t for t in conj.subtree if t.i <= conj.i and t.dep_ != "cc"]
    if not right or right[0].i != cc.i + 1 or ctoks[-1].i != root.i or cc.i != root.i + 1:
        return
    if right[0].pos_ == "DET":
        return  # "climate change and the digital economy": an article starts a second subject
    left_text = ctoks[0].doc[ctoks[0].i : ctoks[-1].i + 1].text
    right_text = right[0].doc[right[0].i : right[-1].i + 1].text
    if _nwords(left_text) > 1 and _nwords(right_text) > 1 and _listed(chunk):
        # "..., energy, critical minerals and emerging technologies", "(b) the digital
        # economy and cyber security;": two phrases of their own listed as items are two
        # subjects ("food and energy security", "vaccine raw materials and medicines"
        # share or lack a modifier; a lone "X and Y" in a sentence may name one thing)
        return
    if conj.i + 1 < len(conj.doc) and conj.doc[conj.i + 1].tag_ in ("NN", "NNS"):
        return  # "health and human resource development": the noun goes on
    pair = [*ctoks, cc, *right]
    if _chunk_ok(pair) and not any(t.lower_ in GENERIC_HEADS for t in (root, conj)):
        col.add(pair[0].idx, _tok_end(pair[-1]), kind, r, cue, pair)


# Nouns whose "of" phrase is the subject itself ("the risk of escalation", "the loss of
# life"): no term with it.
OF_TERM_STOPS = frozenset(
    {
        "risk", "risks", "danger", "dangers", "possibility", "possibilities", "prospect",
        "prospects", "lack", "loss", "spread", "sense", "kind", "kinds", "type", "types",
        "number", "series", "host", "array", "variety", "set", "list", "group", "couple",
    }
)


def _of_term(ctoks: list[Token]) -> list[Token]:
    """ "the rule of law", "freedom of navigation", "weapons of mass destruction": a bare
    noun and an "of" phrase without an article make one term (layout "N of [ADJ] N"); the
    noun alone is a fragment of it."""
    if len(ctoks) != 1:
        return []
    root = ctoks[0]
    low = root.lower_
    if (
        root.pos_ != "NOUN"
        or low in GENERIC_HEADS
        or low in ACT_NOUNS
        or low in OF_TERM_STOPS
        or _connective(root)
    ):
        return []
    doc = root.doc
    j = root.i + 1
    if j + 1 >= len(doc) or doc[j].lower_ != "of" or doc[j].head.i != root.i:
        return []
    k = j + 1
    if (
        k + 1 < len(doc)
        and doc[k].dep_ in ("amod", "compound")
        and doc[k].head.i == k + 1
        and doc[k].lower_ not in GENERIC_MODIFIERS  # "the risk of further escalation"
    ):
        k += 1  # "mass destruction"
    obj = doc[k]
    if obj.tag_ not in ("NN", "NNS") or (obj.i > j + 1 and doc[j + 1].head.i != obj.i):
        return []
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ in ("-", "of")):
        return []  # "the rule of law enforcement": a longer phrase, left to the chunks
    return list(doc[root.i : k + 1])


def _offer_issue_words(col: _Collector, ctoks: list[Token], r: _Region) -> None:
    """ "the PRC's unfair trade and economic practices", "global energy supplies": a long
    phrase no cue puts forward may still hold the subject in a noun of the issue vocabulary
    that qualifies its head; that noun is offered as a label of its own, shown only when the
    phrase is not."""
    if _issue({ctoks[-1].lower_}):
        return  # "food and energy security", "missile launch": the phrase is the subject
    for t in ctoks[:-1]:
        if t.pos_ == "NOUN" and t.lower_ in ISSUE_WORDS and t.lower_ not in BOILERPLATE:
            col.add(t.idx, _tok_end(t), "chunk", r, 0, [t])
            c = col.cands.get(_key(t.text))
            if c is not None:
                c.offered = True


def _quoted(col: _Collector, doc: Doc, r: _Region) -> None:
    for m in _QUOTED.finditer(r.seg.text):
        s0, e0 = r.seg.start + m.start(1), r.seg.start + m.end(1)
        qt = doc.char_span(s0, e0, alignment_mode="expand")
        if qt is None or _nwords(m.group(1)) > MAX_WORDS:
            continue
        # a quoted name is a name: Title Case or an acronym, not a quoted remark
        if not m.group(1)[:1].isupper():
            continue
        col.add(s0, e0, "quoted", r, True, list(qt))


def _tok_end(t: Token) -> int:
    return t.idx + len(t.text)


# the key of the memo of the span tests below in Doc.user_data: an entity, a Title Case
# name and a noun chunk often cover the same words, and each asks them
_SPAN_MEMO = "pressparse.topics.span_tests"
_PLACE_LABELS = ("GPE", "FAC", "LOC")


def _span_test(
    span: SpacySpan, test: Callable[[SpacySpan], bool], placed: bool = False
) -> bool:
    """``test(span)``, memoised per document by the test, the span's words and ``placed``
    (whatever else of the span the test reads)."""
    memo: dict[tuple[str, int, int, bool], bool] = span.doc.user_data.setdefault(_SPAN_MEMO, {})
    key = (test.__name__, span.start, span.end, placed)
    got = memo.get(key)
    if got is None:
        got = memo[key] = test(span)
    return got


def _setting_place(span: SpacySpan) -> bool:
    """:func:`_setting_place_of`, memoised by the span's words and whether its label is a
    place's (all it reads of the label)."""
    return _span_test(span, _setting_place_of, span.label_ in _PLACE_LABELS)


def _setting_place_of(span: SpacySpan) -> bool:
    """A place named as where the talks were held, anywhere in the text: "in/at X" hanging
    (through at most four steps) from a verb or noun of meeting or travel ("met in London",
    "the meeting held in London", "the summit in Portsmouth", "the official residence in
    Carlton Gardens"), "to X" after a word of travel ("a working visit to Manila"), the object
    of "visited". "The situation in X" stops the climb: X is then a subject."""
    if not _place_like(span):
        return False
    # "meeting again in Vientiane, Lao PDR": the country after a place and a comma shares
    # that place's role (the parse often hangs it elsewhere)
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_:
        # the entity that ends right before the comma, found from its tokens' IOB tags
        # (walking back over it, not scanning every entity of the text)
        a = span.start - 2
        while a > 0 and doc[a].ent_iob_ == "I":
            a -= 1
        before = doc[a : span.start - 1]
        if _setting_place(before):
            return True
    t = _governor(span.root)
    # a city travelled to is a stop of the journey; a country or region travelled to may be
    # the subject ("their trips to the Middle East", "travel to New Caledonia")
    city = _key(span.text) in _CITY_KEYS
    if t.dep_ == "dobj" and t.head.lower_ in ("visit", "visits", "visited", "visiting"):
        return city  # "visited Jakarta"
    if t.dep_ != "pobj":
        return False
    prep = t.head
    word = prep.lower_
    if word in ("to", "from"):
        return city and prep.head.lower_ in TRAVEL_WORDS
    if word not in ("in", "at"):
        return False
    h = prep.head
    for _ in range(4):
        if h.lower_ in PLACE_TOPIC_HEADS:
            return False
        if h.lower_ in SETTING_NOUNS or (h.pos_ in ("VERB", "AUX") and _setting_verb(h)):
            return True
        if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
            return False  # another verb ("discussed ... in X"): not known as the setting
        if h.dep_ == "pobj" and h.head.lower_ in STRONG_PREPS and not city:
            # "talks on the ceasefire in Gaza": what the talks were about; a city there is
            # still where ("the meeting on climate change in Copenhagen")
            return False
        h = h.head
    return False


def _setting_verb(h: Token) -> bool:
    # "took place at X": "take" is a verb of meeting only with its object "place"
    if h.lower_ in _TAKE:
        return any(c.lower_ == "place" for c in h.children)
    return h.lower_ in SETTING_VERBS


def _place_like(span: SpacySpan) -> bool:
    """A span spaCy marks as a place or facility, or a city of the lexicon."""
    if span.label_ in _PLACE_LABELS or span.root.ent_type_ in _PLACE_LABELS:
        return True
    key = _key(span.text)
    return key in _CITY_KEYS or key in _COUNTRY_KEYS  # "Lao PDR", which the tagger may not mark


def _place_subject(toks: list[Token]) -> bool:
    """A place discussed as a subject: "the situation in X", "tensions in X", or the direct
    object of a verb of discussion ("discussed Jerusalem")."""
    root = _root_of(toks)
    t = _governor(root)
    if t.dep_ == "pobj" and t.head.head.lower_ in PLACE_TOPIC_HEADS:
        return True
    return _has_cue(root) >= STRONG


# nouns after which "in X" still says where they met: the meeting, and the people met
# ("met his counterpart in London")
_MEETING_PLACE_HEADS = SETTING_NOUNS | OFFICE_WORDS | frozenset(
    {"counterpart", "counterparts", "leader", "leaders", "delegation", "delegations",
     "officials", "side", "sides", "ministers"}
)


def _meeting_place(span: SpacySpan) -> bool:
    """A city named as where the meeting took place ("met in Moscow", "talks in Geneva",
    "at the ASEAN Secretariat"): the place of the talks, not their subject. After another
    noun ("a partner in the Indo-Pacific") the place belongs to that noun."""
    if span.label_ not in ("GPE", "FAC", "LOC", "") and span.root.ent_type_ not in (
        "GPE",
        "FAC",
        "LOC",
    ):
        return False
    doc = span.doc
    j = span.start - 1
    if _COUNTRY_FORMS.get(_key(span.text)) is not None:
        # "in Rome, Italy": the country of the meeting's city
        return (
            j >= 1
            and doc[j].text == ","
            and doc[j - 1].ent_type_ == "GPE"
            and _meeting_place(doc[doc[j - 1].i : doc[j - 1].i + 1])
        )
    while j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j >= 1 and doc[j].text == "," and doc[j - 1].ent_type_ in ("GPE", "FAC", "LOC"):
        # "in Nanping City, Fujian Province": the region of the meeting's city
        k = doc[j - 1].i
        while (k > 0 and doc[k - 1].ent_iob_ == "I") or (k > 0 and doc[k].ent_iob_ == "I"):
            k -= 1
        return _meeting_place(doc[k:j])
    if not (j >= 0 and doc[j].lower_ in ("in", "at")):
        return False
    head = doc[j].head
    if head.i != j and head.pos_ == "NOUN" and head.lower_ not in _MEETING_PLACE_HEADS:
        return False  # "a leading partner in the Indo-Pacific": the place of the partner
    return head.lower_ not in PLACE_TOPIC_HEADS


def _in_office_phrase(span: SpacySpan) -> bool:
    """:func:`_in_office_phrase_of`, memoised by the span's words (all it reads)."""
    return _span_test(span, _in_office_phrase_of)


def _in_office_phrase_of(span: SpacySpan) -> bool:
    """A name that only says whose office it is: "Minister for Foreign Affairs
    of Japan", "President of the Republic of Ghana", "Japanese Foreign Minister"."""
    doc = span.doc
    # "<office> of (the) X", the office being a run of capitalised words
    j = span.start - 1
    while j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j >= 1 and doc[j].lower_ in ("of", "for"):
        k = j - 1
        # ("Minister of Foreign Affairs of X": lower-case connectors inside the office)
        while (
            k >= 0
            and k >= j - 6
            and (doc[k].text[:1].isupper() or doc[k].text == "-" or doc[k].lower_ in ("of", "for"))
        ):
            if doc[k].lower_ in OFFICE_WORDS:
                return True
            k -= 1
    # "X Foreign Minister", "X President"
    nxt = span.end
    while nxt < len(doc) and nxt < span.end + 3:
        if doc[nxt].lower_ in OFFICE_WORDS and doc[nxt].lower_ != "high":
            # "Indian External Affairs Minister": a capitalised name right before the
            # office word is the office's own name
            return nxt == span.end or _COUNTRY_FORMS.get(_key(span.text)) is not None
        if doc[nxt].is_punct or doc[nxt].pos_ not in ("PROPN", "NOUN", "ADJ"):
            break
        nxt += 1
    return False


# --- ranking ----------------------------------------------------------------


def _contains(longer: str, shorter: str) -> bool:
    return f" {shorter} " in f" {longer} "


def _link_acronyms(col: _Collector) -> None:
    """ "Regional Comprehensive Economic Partnership (RCEP)": one topic. The label is
    the long form with its acronym when that is short enough, else the acronym."""
    text = col.text
    # the longest name ending before the brackets: "UN Mission in South Sudan (UNMISS)" is
    # linked whole, not by its tail "South Sudan", which stays a subject of its own
    by_end: dict[int, _Cand] = {}
    start_of: dict[int, int] = {}
    for c in col.cands.values():
        if c.named:
            for s, e in c.occurrences:
                if e not in by_end or s < start_of[e]:
                    by_end[e], start_of[e] = c, s
    for acr in list(col.cands.values()):
        if acr.key not in col.cands:
            continue
        for s, e in acr.occurrences:
            if not (text[s - 1 : s] == "(" and text[e : e + 1] == ")"):
                continue
            j = s - 1
            while j > 0 and text[j - 1] == " ":
                j -= 1
            long = by_end.get(j)
            if long is None or long is acr or long.key not in col.cands:
                continue
            ls = min(a for a, b in long.occurrences if b == j)
            both = text[ls : e + 1]
            keep = acr
            if _nwords(both) <= MAX_WORDS and "\n" not in both:
                key = _key(both)
                keep = _Cand(key, ls, e + 1, 0.0, first=min(long.first, acr.first), named=True)
                col.cands[key] = keep
                col.cands.pop(acr.key, None)
            else:
                keep.first = min(long.first, acr.first)
            keep.score = max(long.score, acr.score) + 0.3
            keep.regions = long.regions | acr.regions
            keep.occurrences = long.occurrences + acr.occurrences
            col.cands.pop(long.key, None)
            # pieces of the long form ("World Assembly" of "World Assembly for Women in
            # Tokyo") never said apart from it go with it
            spans = long.occurrences
            for d in list(col.cands.values()):
                if d is not keep and all(
                    any(a <= s1 and e1 <= b for a, b in spans) for s1, e1 in d.occurrences
                ):
                    col.cands.pop(d.key, None)
            break


def _rank(col: _Collector, reported: tuple[tuple[int, int], ...] = ()) -> list[_Cand]:
    """The kept candidates, best first. ``reported`` are the lead's sentences that already
    report what was said (White House, State Department leads): a phrase found there is not
    "only in the lead", which otherwise mostly says who met where."""
    _link_acronyms(col)
    cands = list(col.cands.values())
    # A phrase that only ever appears inside a longer candidate adds to it and goes;
    # one that also stands alone is mentioned wherever the longer one is.
    by_len = sorted(cands, key=lambda c: -len(c.key))
    dropped: set[str] = set()
    for c in by_len:
        if c.key in dropped:
            continue
        for d in cands:
            if d is c or d.key in dropped or len(d.key) >= len(c.key):
                continue
            if not _contains(c.key, d.key):
                continue
            inside = all(
                any(s >= cs and e <= ce for cs, ce in c.occurrences) for s, e in d.occurrences
            )
            if d.hidden:
                # "Japan-China" (the meeting's own pair) lends its weight to the subject
                # it qualifies ("Japan-China economic relations") and is never shown alone;
                # it is printed all over the release, so its points are not the subject's
                c.score = max(c.score, d.score) + 0.3
                continue
            if not inside or (d.named and not c.named) or d.offered:
                # "Belt and Road" and "high-quality Belt and Road cooperation"
                d.regions |= c.regions
                continue
            c.score = max(c.score, d.score) + 0.3
            c.regions |= d.regions
            dropped.add(d.key)
    kept = _merge_disease_kinds([c for c in cands if c.key not in dropped])
    has_points = any(i > 0 for c in kept for i in c.regions)
    for c in kept:
        c.score += POINT_BONUS * max(0, len(c.regions) - 1)
        if (
            has_points
            and not any(i > 0 for i in c.regions)
            and not any(a <= st < b for st, _ in c.occurrences for a, b in reported)
        ):
            c.score -= LEAD_ONLY_PENALTY
    kept = [c for c in kept if not c.hidden]
    kept.sort(key=_order)
    own = frozenset(w for st in col.ex.own_states for w in _WORD.findall(st))
    return _select(kept, own)


def _merge_disease_kinds(cands: list[_Cand]) -> list[_Cand]:
    """ "the pandemic" in a release that names "COVID-19": the same subject, said in more
    points than either form alone shows; the name takes the kind word's points and weight."""
    names = [c for c in cands if set(c.key.split()) & DISEASE_NAMES and not c.hidden]
    if not names:
        return cands
    name = min(names, key=lambda c: (len(c.key.split()), -c.score))
    out: list[_Cand] = []
    for c in cands:
        words = set(c.key.split())
        if c is not name and words & DISEASE_KINDS and words <= DISEASE_KINDS | _FRAME_WORDS:
            name.score = max(name.score, c.score)
            name.regions |= c.regions
            continue
        out.append(c)
    return out


def _order(c: _Cand) -> tuple[float, int, int]:
    """Best first: by score; among equal scores the phrase said more often, then the one
    said first."""
    return (-c.score, -len(set(c.occurrences)), c.first)


def _subject(key: str, own: frozenset[str]) -> frozenset[str]:
    """The words of a label that name its subject: without words that frame or grade it
    ("situation", "further") and without the participants' own states."""
    return frozenset(
        w for w in key.split() if w not in _FRAME_WORDS and w not in own and w not in DISEASE_KINDS
    )


def _same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """ "COVID-19" and "COVID-19 situation", "Japan-France relations" and "Japan-France
    cooperation" (at a Japan-France meeting), "border areas" and "India-China border areas"
    name one subject; "ROK" and "ROK naval vessel" two."""
    return a == b


def _grams(c: _Cand, own: frozenset[str] = frozenset()) -> frozenset[tuple[str, ...]]:
    """The three-word runs of a name's label (none for a common-noun chunk). A run of the
    participants' own states ("Malaysia-United States") qualifies many names of the
    release ("... Comprehensive Partnership", "... Senior Officials' Dialogue") and
    joins none of them."""
    if not c.named:
        return frozenset()
    w = c.key.split()
    grams = (tuple(w[i : i + 3]) for i in range(len(w) - 2))
    return frozenset(g for g in grams if not set(g) <= own)


def _select(ranked: list[_Cand], own: frozenset[str] = frozenset()) -> list[_Cand]:
    """The labels shown, best first. A label that holds a label already chosen, or is held
    by one ("COVID-19" and "COVID-19 response"), says little new and yields to a distinct
    subject. A short readout with few strong candidates is filled up to MIN_TOPICS with
    weaker specific phrases."""
    chosen: list[_Cand] = []
    # a bare common noun that heads another label ("launch" beside "missile launch",
    # "weapons" beside "chemical weapons") is that label's subject said vaguely
    heads = {c.key.rsplit(" ", 1)[-1] for c in ranked if " " in c.key}
    for c in ranked:
        if not c.named and " " not in c.key and c.key in heads:
            c.score -= DUP_PENALTY
    ranked = sorted(ranked, key=_order)
    subj = {c.key: _subject(c.key, own) for c in ranked}
    grams = {c.key: _grams(c, own) for c in ranked}
    if any(set(c.key.split()) & DISEASE_NAMES for c in ranked):
        # "pandemic" beside "COVID-19": the disease's name is the subject
        ranked = [c for c in ranked if subj[c.key] or not set(c.key.split()) & DISEASE_KINDS]
    pool = [c for c in ranked if c.score >= MIN_SCORE]
    spare = [
        c
        for c in ranked
        if FILL_SCORE <= c.score < MIN_SCORE
        and (c.named or " " in c.key or c.score >= 1.0)
        and not set(c.key.split()) <= _VAGUE_WORDS  # "diplomatic efforts" fills nothing
    ]
    def dup_of(c: _Cand, d: _Cand) -> bool:
        # "COVID-19" and "COVID-19 situation", "G20" and "G20 Hangzhou Summit": one subject;
        # two names holding one name of three words or more ("Radio Free Europe/Radio
        # Liberty", "VOA and Radio Free Europe") say one subject twice; "East China Sea"
        # and "South China Sea" share two words and are two
        if _same_subject(subj[c.key], subj[d.key]) or grams[c.key] & grams[d.key]:
            return True
        short, long = (c, d) if len(c.key) < len(d.key) else (d, c)
        if not _contains(long.key, short.key):
            return False
        if long.named and not short.named:
            return False  # "trade" beside "U.S. Trade Expansion Act": a subject and a name
        lw = long.key.split()
        if short.named and len(lw) == 2 + len(short.key.split()) and lw[0] in VICTIM_HEADS:
            # "aggression against Ukraine" beside "Ukraine": the state's plight said again
            return lw[1] in ("against", "in", "on") and long.key.endswith(" " + short.key)
        # "Iran" beside "Iran nuclear deal", "Pacific" beside "Pacific island countries": a
        # place and a subject of its own; "G20" beside "G20 Hangzhou Summit" is its meeting
        extra = set(long.key.split()) - set(short.key.split())
        if short.named and long.named and extra and extra <= GEO_HEADS:
            return True  # "Taiwan" and "Taiwan Strait": one subject, the place said twice
        if short.named and long.named and extra:
            # "ASEAN Community" and "ASEAN Community Vision 2045": two names
            return long.key.rsplit(" ", 1)[-1] in EVENT_HEADS
        extra -= _FRAME_WORDS
        if short.named and extra:
            return long.named and long.key.rsplit(" ", 1)[-1] in EVENT_HEADS
        return True

    # (asked again for the same pair in every round of the choice below; the answer
    # depends only on the two labels)
    dup_memo: dict[tuple[str, str], bool] = {}

    def dup(c: _Cand, d: _Cand) -> bool:
        k = (c.key, d.key)
        v = dup_memo.get(k)
        if v is None:
            v = dup_memo[k] = dup_of(c, d)
        return v

    shadows: list[_Cand] = []  # labels a longer one replaced: still said
    for c in list(pool):
        pair = next(
            (
                d
                for d in pool
                if d is not c
                and c.key.startswith(d.key + " ")
                and _names_pair(d, c)
                and _same_subject(subj[c.key], subj[d.key])
            ),
            None,
        )
        if pair is not None:
            # "Peru-Chile relationship" is shown in the place of "Peru-Chile"
            c.score = max(c.score, pair.score)
            c.first = min(c.first, pair.first)
            pool.remove(pair)
    pool.sort(key=_order)
    while pool and len(chosen) < MAX_TOPICS:
        best_i, best, best_dup = 0, float("-inf"), False
        prior = chosen + shadows  # (neither changes during one round)
        for i, c in enumerate(pool):
            eff = c.score
            if c.offered and any(_contains(d.key, c.key) for d in chosen):
                continue  # "trade" when "unfair trade and economic practices" is shown
            same = next((d for d in prior if _same_subject(subj[c.key], subj[d.key])), None)
            if same is not None and not _names_pair(same, c):
                continue  # "novel coronavirus issue" beside "novel coronavirus"
            is_dup = any(dup(c, d) for d in prior)
            if is_dup:
                eff -= DUP_PENALTY
            if eff > best:  # ties keep the earlier (ranked) candidate
                best_i, best, best_dup = i, eff, is_dup
        if best == float("-inf"):
            break
        best_c = pool[best_i]
        if not best_dup:
            longer = _said_more_precisely(best_c, pool)
            if longer:
                shadows.append(best_c)
                pool.remove(best_c)
                best_i = pool.index(max(longer, key=lambda c: c.score))
        if best_dup and (len(chosen) >= MIN_TOPICS or _held_by_event(best_c, chosen)):
            # a restatement would take a reader's slot for nothing
            pool = [c for c in pool if not any(dup(c, d) for d in chosen + shadows)]
            continue
        chosen.append(pool.pop(best_i))
    for c in spare:
        if len(chosen) >= MIN_TOPICS:
            break
        if not any(_contains(c.key, d.key) or _contains(d.key, c.key) for d in chosen + shadows):
            chosen.append(c)
    return chosen


def _said_more_precisely(c: _Cand, pool: list[_Cand]) -> list[_Cand]:
    """Longer labels of the pool that say the same subject more precisely and are shown in
    its place: "Philippine chairmanship of ASEAN" for "Philippine chairmanship" (a phrase
    with the name it concerns), "G20 Hangzhou Summit" for "G20" (the name of the body's
    meeting says which of its meetings was discussed)."""
    front = c.key + " "
    if not c.named:
        return [d for d in pool if not d.named and d.key.startswith(front) and _adds_name(d, c)]
    return [
        d
        for d in pool
        if d.named and d.key.startswith(front) and d.key.rsplit(" ", 1)[-1] in EVENT_HEADS
    ]


def _held_by_event(c: _Cand, chosen: list[_Cand]) -> bool:
    """ "G20" beside "G20 Hangzhou Summit": a name held by the name of its meeting already
    shown says nothing more, even in a short readout."""
    return c.named and any(
        d.named
        and d.key != c.key
        and _contains(d.key, c.key)
        and d.key.rsplit(" ", 1)[-1] in EVENT_HEADS
        for d in chosen
    )


def _names_pair(d: _Cand, c: _Cand) -> bool:
    """ "Peru-Chile" and "Peru-Chile relationship": the bare pair of states is said better by
    the phrase that names what between them is discussed, which may still follow it."""
    words = d.key.split()
    return len(words) >= 2 and all(w in _COUNTRY_FORMS for w in words) and not c.named


def _adds_name(longer: _Cand, shorter: _Cand) -> bool:
    """Whether the longer label adds a capitalised name to the shorter ("of ASEAN")."""
    extra = set(longer.key.split()) - set(shorter.key.split())
    return any(w in _COUNTRY_FORMS or (w.upper() == w and w.isalpha()) for w in extra) or (
        bool(extra & {"of", "with", "on", "against"}) and len(extra) <= 3
    )


def _lead_reports(an: Analyzed) -> tuple[tuple[int, int], ...]:
    """The lead's sentences after its first that report the talks: a verb of discussion
    ("The two leaders underlined that ...", "They also discussed ...", "The two went over ...").
    Background sentences ("The trip is his fourth to the region") are not among them."""
    lead = an.seg.lead
    if lead is None:
        return ()
    try:
        sents = [
            sn for sn in an.doc.sents if sn.end_char > lead.start and sn.start_char < lead.end
        ]
    except ValueError:  # no sentence boundaries were set
        return ()
    return tuple(
        (sent.start_char, sent.end_char)
        for sent in sents[1:]
        if any(t.lower_ in REPORT_VERBS for t in sent)
    )


# The commonest English function words: in any English release they make up a fifth or
# more of the words; in French, German or Indonesian text (whose nouns spaCy's English
# model would turn into "topics") almost none.
ENGLISH_FUNCTION_WORDS = frozenset(
    {
        "the", "of", "and", "to", "in", "a", "on", "with", "for", "is", "was", "were", "that",
        "by", "at", "as", "an", "this", "their", "his", "her", "they", "it", "from", "be",
        "are", "has", "have", "had", "which", "will", "would", "also", "both", "two",
    }
)
MIN_WORDS_FOR_LANGUAGE = 30  # below this a text is too short to judge
MIN_FUNCTION_SHARE = 0.08
_LOWER_WORD_RE = re.compile(r"[^\W\d_]+")


def _looks_english(text: str) -> bool:
    words = _LOWER_WORD_RE.findall(text[:20_000].lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return True
    counts = Counter(words)  # (counted in one pass in C, then looked up per function word)
    share = sum(counts[w] for w in ENGLISH_FUNCTION_WORDS) / len(words)
    return share >= MIN_FUNCTION_SHARE


def extract(
    an: Analyzed, participants: list[Person], meeting: Meeting | None = None
) -> TopicsResult:
    regions = _regions(an)
    if not regions or an.doc is None:
        return TopicsResult()
    if not _looks_english(an.text):
        return TopicsResult(warnings=["the text does not read as English: no topics extracted"])
    ex = _excluded(participants)
    ents = list(an.doc.ents)  # (read by two steps; spaCy builds the list on every access)
    ex = _Excluded(ex.name_words, ex.own_states | _office_states(an.doc, ex, ents))
    ex = _Excluded(ex.name_words, ex.own_states | _side_states(an, participants, ex))
    col = _collect(an, regions, ex, _setting_keys(an, meeting), ents)
    ranked = _rank(col, _lead_reports(an))
    topics: list[Topic] = []
    spans: list[Span] = []
    point_texts = [(p.index, " ".join(_key(s.text) for s in p.segs())) for p in an.seg.points]
    for c in ranked:
        raw = an.text[c.start : c.end]
        start = c.start + len(raw) - len(raw.lstrip())
        end = c.end - (len(raw) - len(raw.rstrip()))
        if start >= end:
            continue  # nothing but space: no label
        label = _SPACE.sub(" ", an.text[start:end])
        pts = set(c.regions) - {0}
        for idx, body in point_texts:
            if _contains(body, c.key):
                pts.add(idx)
        field = f"topics[{len(topics)}].label"
        topics.append(Topic(label=label, points=sorted(pts)))
        spans.append(Span(field=field, start=start, end=end, text=an.text[start:end]))
    return TopicsResult(topics=topics, spans=spans)
