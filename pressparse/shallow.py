"""A cheap rule-based part-of-speech tagger for the fast mode (no model weights).

In fast mode spaCy runs only its tokenizer, so tokens have no ``tag_``/``pos_``. :func:`tag`
assigns Penn Treebank tags (as spaCy's English models use them) and the coarse UD tags the
model's attribute ruler maps them to, from hand-written lexicons, suffix rules and a few
Brill-style contextual rules tuned to the prose of diplomatic readouts.

It works in two passes. The first gives every token a *lexical class*: either a tag, or an
ambiguity class (a noun-or-verb base such as "support", an "-ed" form, an "-ing" form...)
memoised on the token's text and whether it starts a sentence. The second pass resolves the
classes left to right from the previous tag (and, for a few, the next token's class). Tags
are written back with ``Doc.from_array`` (one call, faster than per-token assignment).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NamedTuple

from .lexicon import COUNTRIES, DEMONYMS

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc

__all__ = ["TAG_POS", "tag"]


def _words(text: str) -> frozenset[str]:
    """A word list written as space-separated text (keeps the tables readable)."""
    return frozenset(text.split())


# Penn tag -> coarse UD tag, as the model's attribute ruler maps them (word-specific
# exceptions are in _aux_pos/_sconj below).
TAG_POS: dict[str, str] = {
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "AFX": "ADJ",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "MD": "AUX",
    "DT": "DET",
    "PDT": "DET",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WDT": "PRON",
    "WP": "PRON",
    "WP$": "DET",
    "WRB": "SCONJ",
    "EX": "PRON",
    "IN": "ADP",
    "TO": "PART",
    "CC": "CCONJ",
    "CD": "NUM",
    "RB": "ADV",
    "RBR": "ADV",
    "RBS": "ADV",
    "RP": "ADP",
    "POS": "PART",
    "HYPH": "PUNCT",
    ",": "PUNCT",
    ".": "PUNCT",
    ":": "PUNCT",
    "-LRB-": "PUNCT",
    "-RRB-": "PUNCT",
    "''": "PUNCT",
    "``": "PUNCT",
    "NFP": "PUNCT",
    "SYM": "SYM",
    "$": "SYM",
    "_SP": "SPACE",
    "XX": "X",
    "ADD": "X",
    "LS": "X",
    "FW": "X",
    "UH": "INTJ",
}

# Verb forms that are auxiliaries: pos_ AUX whatever their fine tag.
AUX_WORDS = _words(
    "be is are am was were been being has have had having do does did will would shall "
    "should can could may might must 's 're 've 'd 'll ca wo"
)
# Words tagged IN that the attribute ruler makes SCONJ (subordinators).
SCONJ_WORDS = _words(
    "that if because while since so whether although though unless once whereas whilst "
    "till until upon except despite"
)

# Closed-class words: one tag whatever the context (the ambiguous ones -- that, her, there,
# 's, up/out, as, have/do -- are resolved by _resolve). Keys are lower-case.
_CLOSED: dict[str, str] = {}


def _closed(tag_: str, words: str) -> None:
    for w in words.split():
        _CLOSED[w] = tag_


_closed("DT", "the a an this these those each every some any no another either neither all both")
_closed("PDT", "such")
_closed(
    "PRP",
    "i me you he him she it we us they them myself yourself himself herself "
    "itself ourselves themselves yourselves one's",
)
_closed("PRP$", "my your his its our their")
_closed("WDT", "which whichever whatever")
_closed("WP", "who whom what whoever")
_closed("WP$", "whose")
_closed("WRB", "when where why how whenever wherever whereby")
_closed(
    "IN",
    "of in on at by for with from into onto upon about above across after against "
    "along alongside amid amidst among amongst around before behind below beneath beside "
    "besides between beyond despite during except inside like near outside over per "
    "since through throughout toward towards under underneath unlike until till via "
    "within without because although though whether if while whereas unless than as "
    "whilst once so",
)
_closed("TO", "to")
_closed("CC", "and or but nor & yet plus")
_closed("MD", "will would shall should can could may might must ca wo 'll 'd")
_closed(
    "RB",
    "not n't never also very too still just only even again already always often "
    "soon now then here thus hence however moreover furthermore therefore meanwhile "
    "nevertheless nonetheless instead rather quite almost nearly together ago ahead "
    "abroad away forward back else perhaps well indeed ever yet otherwise likewise "
    "further overseas online thereafter afterwards afterward first",
)
_closed("RBR", "earlier later")
_closed(
    "JJR",
    "more less fewer better worse greater larger smaller higher lower stronger "
    "closer deeper wider broader bigger longer",
)
_closed("JJS", "most least best worst latest greatest largest highest strongest closest earliest")
_closed("EX", "there")
_closed("UH", "yes oh")
_closed("NN", "today yesterday tonight tomorrow %")
_closed(
    "CD",
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred thousand million billion trillion dozen",
)
_closed(
    "JJ",
    "first second third fourth fifth sixth seventh eighth ninth tenth last next "
    "other many much several few own same various such",
)
# the forms of be/have/do: auxiliaries whose tag depends little on context
_closed("VB", "be")
_closed("VBZ", "is has does 's")
_closed("VBP", "are am have do 're 've")
_closed("VBD", "was were had did")
_closed("VBN", "been")
_closed("VBG", "being having doing")
_closed("POS", "'")
# these take their closed tag even when capitalised mid-sentence
_FUNCTION_CAPS = _words(
    "the a an of in on at by for with from to and or but this these that those his her its "
    "their our as into between about after before during"
)
# capitalised forms that are names more often than function words ("May 5", "IT", "US")
_NAME_LIKE = _words("may will can us it mark bill")

# Verbs common in diplomatic readouts; inflections are generated by _inflect.
_VERBS = _words("""
    discuss agree welcome express reaffirm emphasize emphasise stress underline underscore
    highlight note share confirm exchange hold meet congratulate thank invite commit pledge
    call urge condemn support appreciate recognize recognise acknowledge review explore
    expand strengthen deepen enhance promote advance continue work cooperate coordinate
    address raise reiterate convey brief explain state say tell look visit sign launch attend
    receive host accept accompany achieve act add adopt affirm aim allow announce apply
    approve arrange arrive ask assess assist assure attach attack award base become begin
    believe belong benefit boost bring build carry celebrate chair change characterize
    characterise cite close collaborate combine come commend complete concern conclude conduct
    consider consult contribute convene create cut deal decide declare deepen defend deliver
    demand deploy describe develop direct discuss display do draw drive elaborate elevate
    encourage end endorse engage ensure establish evaluate examine expect extend face
    facilitate feature find finalize finalise focus follow form foster give go grant grow guide
    happen help honor honour identify implement improve include increase inform initiate
    inspect intend introduce invest involve issue join keep know lay lead learn leave let
    maintain make manage mark mention monitor move need negotiate notice observe obtain offer
    open organize organise outline participate pass pay plan play point prepare present
    preserve prevent proceed produce propose protect provide publish pursue put reach read
    realize realise recall receive recommend reduce reflect regard reinforce reject release
    remain remember renew report represent request require resolve respect respond resume
    return reveal run safeguard see seek send serve set show solve speak spend stand start
    stay step stop submit suggest take talk tackle target thank think track trade transfer
    travel try turn uphold urge use value view vote want watch win witness write yield
    accelerate broaden bolster build celebrate deliver exchange harness leverage mobilize
    mobilise nurture operationalize pave prioritize prioritise reciprocate revitalize
    revitalise scale sustain upgrade welcome align assert caution clarify commemorate
    counter denounce deplore designate emphasise envisage envision gather greet hand
    hope inaugurate insist lament mourn oppose praise reassure recognise reconfirm regret
    reiterate stress underscore voice wish accord affect agree bear compete connect
    contain cover deter ease enable enter exist expect fail fight hear hit keep kill last
    lose matter mean occur own plan pose prove push rely remove replace rise save sell
    settle share shift signal strike suffer supply threaten understand unite vow warn
    lift handle deport refrain avoid pull recover die catch undermine place match bring
    resolve restore secure protect enforce combat counter tackle mitigate curb halt
    violate breach invade occupy withdraw retreat escalate de-escalate provoke threaten
    sanction impose lift ban negotiate mediate broker accede ratify enact amend adopt
    reform restructure modernize modernise digitalize invest finance fund subsidize
    export import ship produce manufacture process buy purchase procure pay owe borrow
    lend repay grant donate contribute dispatch send deploy station train equip arm
    assist help aid rescue evacuate relocate repatriate return release free detain
    arrest charge sentence convict abduct kidnap kill injure wound hurt harm damage
    destroy attack bomb shell strike shoot fire launch test develop research study
    analyse analyze investigate inspect verify certify guarantee insure ensure assure
    confirm deny refuse decline reject dismiss criticize criticise blame accuse allege
    claim argue insist maintain contend emphasize reflect regard consider deem
    appoint nominate elect install swear succeed replace resign retire depart leave
    arrive land stop transit pass cross enter exit join quit remain stay live reside
    tour travel fly drive walk sail head lead chair co-chair preside moderate
    facilitate enable empower allow permit let forbid prohibit prevent stop block
    restrict limit reduce lower raise increase double triple expand grow extend
    shorten delay postpone cancel suspend resume renew revive reinvigorate energize
    energise invigorate galvanize galvanise catalyze catalyse spur stimulate accelerate
    honor honour regret praise commend salute hail applaud celebrate mark observe
    commemorate remember mourn grieve condole sympathize sympathise console comfort
    pray hope wish desire want need require demand request ask seek look search find
    discover identify locate determine decide resolve settle fix solve address answer
    reply respond react receive welcome greet meet see visit call phone telephone
    contact reach connect link tie bind unite integrate merge combine join gather
    assemble convene summon invite host entertain serve offer provide supply deliver
    distribute allocate assign dedicate devote spend waste save preserve conserve
    sustain maintain keep hold retain carry bear support back endorse favor favour
    prefer choose select pick opt vote elect approve accept adopt embrace
    """)
# Of those, the ones that are also common nouns ("the visit", "their support"): resolved
# by context instead of always verbal.
_NOUN_VERBS = _words("""
    link contact ship reform delay sanction process research study test fire shell bomb
    arm station charge sentence land transit exit head chair tour fund finance export
    import purchase aid release return answer reply claim block limit increase double
    search wish hope need request demand desire waste back favour favor pick vote damage
    harm wound attack strike train lower free cross walk sail phone telephone regard
    ban halt curb breach study host lead issue mark
    support visit work call review address exchange pledge note share hold sign launch host
    brief state look act aim attack award base benefit change close concern cut deal demand
    end face feature focus form grant help increase issue lead mark need offer plan point
    release report request respect return run set show start stay step stop talk trade
    transfer travel use value view vote want watch win witness yield boost counter hand
    hope wish accord cover fight hit matter rise save signal strike supply shift welcome
    process control access experience drive fund progress result impact interest import
    export design test tour answer order place name head chair picture comment reply
    appeal aid visit outline commit respect pass move
    """)

# Irregular verbs: base -> (past, participle); their -s/-ing forms follow the rules.
_IRREGULAR: dict[str, tuple[str, str]] = {
    "be": ("was", "been"),
    "become": ("became", "become"),
    "begin": ("began", "begun"),
    "bring": ("brought", "brought"),
    "build": ("built", "built"),
    "buy": ("bought", "bought"),
    "choose": ("chose", "chosen"),
    "come": ("came", "come"),
    "cut": ("cut", "cut"),
    "deal": ("dealt", "dealt"),
    "do": ("did", "done"),
    "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"),
    "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"),
    "feel": ("felt", "felt"),
    "fight": ("fought", "fought"),
    "find": ("found", "found"),
    "fly": ("flew", "flown"),
    "forget": ("forgot", "forgotten"),
    "get": ("got", "got"),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "grow": ("grew", "grown"),
    "have": ("had", "had"),
    "hear": ("heard", "heard"),
    "hit": ("hit", "hit"),
    "hold": ("held", "held"),
    "keep": ("kept", "kept"),
    "know": ("knew", "known"),
    "lay": ("laid", "laid"),
    "lead": ("led", "led"),
    "leave": ("left", "left"),
    "let": ("let", "let"),
    "lose": ("lost", "lost"),
    "make": ("made", "made"),
    "mean": ("meant", "meant"),
    "meet": ("met", "met"),
    "pay": ("paid", "paid"),
    "put": ("put", "put"),
    "read": ("read", "read"),
    "rise": ("rose", "risen"),
    "run": ("ran", "run"),
    "say": ("said", "said"),
    "see": ("saw", "seen"),
    "seek": ("sought", "sought"),
    "sell": ("sold", "sold"),
    "send": ("sent", "sent"),
    "set": ("set", "set"),
    "shake": ("shook", "shaken"),
    "show": ("showed", "shown"),
    "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"),
    "stand": ("stood", "stood"),
    "strike": ("struck", "struck"),
    "take": ("took", "taken"),
    "teach": ("taught", "taught"),
    "tell": ("told", "told"),
    "think": ("thought", "thought"),
    "understand": ("understood", "understood"),
    "uphold": ("upheld", "upheld"),
    "win": ("won", "won"),
    "write": ("wrote", "written"),
    "bear": ("bore", "borne"),
    "undertake": ("undertook", "undertaken"),
    "withdraw": ("withdrew", "withdrawn"),
    "forgo": ("forwent", "forgone"),
    "arise": ("arose", "arisen"),
    "broadcast": ("broadcast", "broadcast"),
    "spread": ("spread", "spread"),
    "quit": ("quit", "quit"),
    "shed": ("shed", "shed"),
    "sit": ("sat", "sat"),
    "stick": ("stuck", "stuck"),
}

# Verbs whose final consonant doubles before -ed/-ing (stress on the last syllable).
_DOUBLING = _words(
    "commit admit permit submit plan stop ship regret refer prefer occur transfer confer "
    "control equip step drop ban chat sum compel propel expel omit emit transmit acquit "
    "travel signal cancel label model total fulfil patrol rebut abet tap map"
)

# Common nouns without a telling suffix, and nouns whose suffix looks adjectival
# ("initiative", "official", "secretary"): never verbs, never adjectives.
_NOUNS = _words("""
    minister president secretary ministry country region issue area field side party people
    government relation relations tie ties economy investment security peace war crisis
    situation talks agreement year day time world leader counterpart delegation energy
    climate health education technology defense defence sector partnership dialogue
    framework mechanism initiative representative representatives objective executive
    perspective incentive alternative narrative directive relative native archive
    proposal approval arrival renewal removal withdrawal potential official officials
    principal capital hospital festival rival individual journal material survival
    animal tribunal trial criminal memorial editorial total secretary anniversary boundary
    summary library commentary itinerary beneficiary adversary emissary dignitary salary
    military public republic topic traffic logic music clinic critic panic epidemic
    pandemic rhetoric characteristic ambassador envoy embassy counsel council summit
    forum conference session occasion ceremony event course week month morning afternoon
    evening night hour minute member members head chief deputy staff team group family
    city capital nation state states community company business industry market product
    price cost budget tax law rule policy strategy plan project programme program
    network system service infrastructure railway port road airport space ocean sea
    water food agriculture fishery fisheries supply chain chains resilience
    people citizen citizens student students youth women men man woman child children
    life lives death death toll border territory island islands land part parts way
    ways level levels term terms view views step steps effort efforts goal goals
    measure measures action actions role roles opportunity opportunities challenge
    challenges threat threats risk risks concern concerns interest interests region
    regions friend friends friendship partner partners neighbour neighbor ally allies
    alliance coalition bloc union treaty accord pact deal statement readout release
    spokesperson spokesman spokeswoman office department agency authority authorities
    force forces troops army navy police weapon weapons missile missiles attack attacks
    ceasefire hostage hostages refugee refugees aid assistance relief disaster recovery
    vaccine vaccines virus disease medicine research science innovation data cyber
    internet media press news information report reports letter message invitation
    visit trip tour stay talk meeting thing things matter matters case cases
    number numbers amount rate share growth trade investment tourism culture sport
    sports language history heritage people's anniversary order stability prosperity
    democracy freedom rights right justice truth respect trust confidence sovereignty
    integrity independence unity solidarity gratitude appreciation condolences
    importance significance commitment half
    """)
# Adjectives without a telling suffix, and words whose suffix misleads ("friendly", "ongoing").
_ADJS = _words("""
    new good great high low large small big long short important significant relevant
    major minor main joint bilateral multilateral trilateral global close strong stable free
    open fair safe secure recent current future past full broad wide deep warm cordial
    friendly robust vibrant concrete common early late final senior junior former latter
    upcoming ongoing outstanding foreign human humanitarian civil nuclear green clean
    excellent efficient effective urgent serious grave whole entire certain possible
    necessary able unable ready likely unlikely aware available responsible grateful
    pleased happy keen sincere young old poor rich real true clear direct private
    overall numerous timely elderly daily weekly monthly annual quarterly orderly costly
    fellow mutual resilient sustainable inclusive transparent prosperous rapid swift
    steady firm heavy light hard soft dear difficult easy proper present absent due
    consistent different efficient independent permanent prominent sufficient
    distinguished esteemed honourable honorable respective maritime pacific asian
    prime vice acting chief frank glad novel candid non mass unwavering steadfast
    accurate appropriate adequate separate intimate legitimate moderate desperate
    fortunate unfortunate immediate ultimate delicate passionate compassionate
    affectionate considerate proud sorry sure worth alive alone afraid extensive
    in-depth far-reaching high-level top-level wide-ranging
    """)
# "-ing" words that are usually nouns ("the meeting of", "capacity building").
_ING_NOUNS = _words("""
    meeting meetings briefing briefings understanding funding training building buildings
    beginning gathering gatherings hearing hearings opening signing setting reading
    readings warning warnings ruling spending financing peacekeeping wellbeing offering
    proceedings recording recordings housing shipping bombing bombings shooting killing
    killings landing crossing crossings painting wedding morning mornings evening evenings
    thing things ceiling listing planning networking banking teaching learning
    marketing manufacturing fishing mining farming policing clearing dealing dealings
    standing outing screening sitting timing trafficking engineering processing
    something anything nothing everything king kings ring string spring wing feeling
    feelings findings finding clothing sibling siblings
    """)
# "-ly" words that are adjectives ("a friendly exchange", "timely delivery").
_LY_ADJS = _words(
    "friendly likely unlikely early timely elderly daily weekly monthly yearly quarterly "
    "orderly costly lively lovely holy ugly silly"
)
# "-ly" words that are not adverbs (nouns and verbs; their own lexicons decide).
_LY_OTHER = _words("family supply apply rely reply ally fly assembly anomaly")
# Demonyms that are not also country names ("Korean", not "Singapore"): adjectives.
_DEMONYMS = frozenset(DEMONYMS) - frozenset(COUNTRIES)
# Titles after a demonym keep it an adjective ("Japanese Foreign Minister"); before other
# capitalised words it is part of a name ("Korean Peninsula", "Russian Federation").
_TITLE_WORDS = _words(
    "Foreign Minister President Prime Vice PM Cabinet Diet Deputy Defence Defense Trade "
    "Finance Chancellor Premier Ambassador Secretary Leader Leaders Government Delegation "
    "Side Counterpart Ministers Officials"
)
# Names of months and days: proper nouns even where their spelling looks like a suffix rule.
_CALENDAR = _words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
# Capitalised plurals the model tags NNPS ("Foreign Affairs", "Foreign Ministers' Meeting");
# other capitalised plurals are NNP ("United States", "Senkaku Islands").
_NNPS_WORDS = _words(
    "affairs ministers relations people leaders talks forces services resources rights "
    "arts sciences officials"
)
# Capitalised event nouns in headings that the model keeps common nouns.
_EVENT_NOUNS = frozenset({"call"})
# The head after a plural possessive stays common ("the Foreign Ministers' Meeting").
_HEAD_AFTER_POSS = _words("meeting summit conference session dialogue forum")
# Irregular verbs whose past and participle are the base ("set out", "put forward").
_SAME_PAST = _words("set put cut hit let read spread shed quit broadcast cast")
# Participles spelt as the base form but not as the past tense ("had come", "has become")
_BASE_PARTICIPLES = _words("come become overcome run outrun")
# Capitalised plurals inside names the model tags NNP ("United States", "United Nations").
_NNP_PLURALS = _words("states nations releases philippines")
# Nouns that are adjectives before a noun ("military cooperation", "public health").
_ADJ_NOUNS = _words(
    "military public official potential pandemic cyber total courtesy complete particular "
    "regular key future light chief principal executive collective alternative relative "
    "native representative criminal national international commercial"
)

# Suffix rules for unknown lower-case words, longest first: (suffix, tag).
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("tion", "NN"),
    ("sion", "NN"),
    ("ment", "NN"),
    ("ity", "NN"),
    ("ness", "NN"),
    ("ism", "NN"),
    ("ship", "NN"),
    ("ance", "NN"),
    ("ence", "NN"),
    ("ogy", "NN"),
    ("hood", "NN"),
    ("ure", "NN"),
    ("ist", "NN"),
    ("ant", "JJ"),
    ("ent", "JJ"),
    ("ial", "JJ"),
    ("ical", "JJ"),
    ("al", "JJ"),
    ("ive", "JJ"),
    ("ous", "JJ"),
    ("ic", "JJ"),
    ("able", "JJ"),
    ("ible", "JJ"),
    ("ful", "JJ"),
    ("less", "JJ"),
    ("ary", "JJ"),
    ("ese", "JJ"),
    ("ian", "JJ"),
    ("ish", "JJ"),
    ("ize", "VB"),
    ("ise", "VB"),
    ("ify", "VB"),
    ("ate", "VB"),
)
# "-ant"/"-ent" words that are nouns (the suffix rule says adjective).
_ANT_NOUNS = _words(
    "government agreement development president assistant consultant participant "
    "applicant immigrant migrant descendant defendant merchant servant tenant element "
    "event content agent client student parliament department incident accident percent "
    "investment management movement statement commitment settlement arrangement payment "
    "treatment environment equipment achievement announcement engagement enforcement "
    "establishment instrument moment comment document argument judgment judgement "
    "segment amendment advancement endorsement employment deployment procurement "
    "resident respondent correspondent opponent component continent patient talent "
    "plant giant restaurant grant elephant"
)

# Ambiguity classes of the first pass (resolved by _resolve); not Penn tags.
_NV = "<NV>"  # noun-or-verb base: support, visit
_V = "<V>"  # verb base: discuss, strengthen
_VZ = "<VZ>"  # verb -s form: discusses
_NVZ = "<NVZ>"  # noun plural or verb -s: supports, visits
_ED = "<ED>"  # past tense or participle: discussed, held
_VBD_ONLY = "<VBD>"  # past tense only: took, gave
_VBN_ONLY = "<VBN>"  # participle only: taken, given
_ING = "<ING>"  # participle or gerund: strengthening
_ING_N = "<INGN>"  # -ing noun: meeting, building
_THAT = "<THAT>"
_HER = "<HER>"
_THERE = "<THERE>"
_PART = "<RP>"  # up, out, down, off: particle after a verb
_S = "<S>"  # 's: possessive or "is"
_TO_CLS = "<TO>"  # to: infinitive marker before a verb, else preposition
_MORE = "<MORE>"  # more/most: adverb before an adjective, else adjective
_JN = "<JN>"  # adjective before a noun, else noun: military, public
_APOS = "<APOS>"  # ' after a plural: possessive, else a quote
_HAVE = "<HAVE>"  # have/do: VB after a modal or "to", else VBP
_ED_AMBIG = frozenset({_ED})

_NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
_DETLIKE = frozenset({"DT", "PRP$", "POS", "JJ", "JJR", "JJS", "CD", "PDT", "WP$"})
_BE_HAVE = _words(
    "is are am was were be been being has have had having 's 're 've get got gets getting"
)
_BE = _words("is are am was were be been being 's 're")
_MODALISH = frozenset({"MD", "TO"})
_PLURAL_PRP = _words("we they you i")
_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})
_PUNCT_TAGS: dict[str, str] = {
    ",": ",",
    ".": ".",
    "!": ".",
    "?": ".",
    ":": ":",
    ";": ":",
    "...": ":",
    "…": ":",
    "(": "-LRB-",
    "[": "-LRB-",
    "{": "-LRB-",
    ")": "-RRB-",
    "]": "-RRB-",
    "}": "-RRB-",
    "“": "``",
    "‘": "``",
    "”": "''",
    "’": "''",
    "—": ":",
    "–": ":",
    "--": ":",
    "*": "NFP",
    "•": "NFP",
    "/": "SYM",
    "+": "SYM",
    "=": "SYM",
    "#": "$",
    "$": "$",
    "€": "$",
    "£": "$",
    "¥": "$",
    "&": "CC",
    ">": "XX",
    "<": "XX",
    "|": "NFP",
    "@": "IN",
}
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)\Z", re.I)
_NUMBER_RE = re.compile(r"[\d.,:/]*\d[\d.,:/]*\Z")
_LIST_NUM_RE = re.compile(r"(?:\d{1,2}|[a-z])\Z")


def _inflect(base: str) -> tuple[str, str, str, str]:
    """(3sg, past, participle, -ing) of a verb base, by the spelling rules."""
    last = base[-1]
    if base.endswith(("s", "x", "z", "ch", "sh")):
        z = base + "es"
    elif last == "y" and base[-2:-1] not in "aeiou":
        z = base[:-1] + "ies"
    else:
        z = base + "s"
    stem = base + last if base in _DOUBLING else base
    if base in _IRREGULAR:
        past, part = _IRREGULAR[base]
    elif last == "e":
        past = part = base + "d"
    elif last == "y" and base[-2:-1] not in "aeiou":
        past = part = base[:-1] + "ied"
    else:
        past = part = stem + "ed"
    if base.endswith("ie"):
        ing = base[:-2] + "ying"
    elif last == "e" and not base.endswith(("ee", "ye", "oe")) and base != "be":
        ing = base[:-1] + "ing"
    else:
        ing = stem + "ing"
    return z, past, part, ing


def _build_verb_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for base in sorted(_VERBS | set(_IRREGULAR)):
        noun = base in _NOUN_VERBS
        z, past, part, ing = _inflect(base)
        forms.setdefault(base, _NV if noun else _V)
        forms.setdefault(z, _NVZ if noun else _VZ)
        if past == part:
            forms.setdefault(past, _ED)
        else:
            forms.setdefault(past, _VBD_ONLY)
            forms.setdefault(part, _VBN_ONLY)
        forms.setdefault(ing, _ING)
        if base in _DOUBLING:  # American spelling of travel/label/model/signal/cancel
            forms.setdefault(base + "ed", _ED)
            forms.setdefault(base + "ing", _ING)
    return forms


# Every known verb form -> its ambiguity class.
_VERB_FORMS: dict[str, str] = _build_verb_forms()


def _suffix_tag(low: str) -> str | None:
    for suf, t in _SUFFIXES:
        if low.endswith(suf) and len(low) > len(suf) + 2:
            if t == "JJ" and suf in ("ant", "ent") and low in _ANT_NOUNS:
                return "NN"
            return t
    return None


def _plural_of_noun(low: str) -> bool:
    """ "ministers", "relations", "policies": the -s form of a known or suffixed noun."""
    if len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    for stem in (
        low[:-1],
        low[:-2] if low.endswith("es") else "",
        low[:-3] + "y" if low.endswith("ies") else "",
    ):
        if stem and (stem in _NOUNS or stem in _ANT_NOUNS or _suffix_tag(stem) == "NN"):
            return True
    return False


def _lower_class(low: str) -> str:
    """The lexical class of a lower-case word."""
    if low == "that":
        return _THAT
    if low == "to":
        return _TO_CLS
    if low in ("more", "less", "most", "least", "further"):
        return _MORE
    if low in _ADJ_NOUNS:
        return _JN
    c = _CLOSED.get(low)
    if c is not None:
        if low == "that":
            return _THAT
        if low == "her":
            return _HER
        if low == "there":
            return _THERE
        if low in ("'s", "’s"):
            return _S
        if low in ("have", "do"):
            return _HAVE
        return c
    if low in ("her",):
        return _HER
    if low in ("up", "out", "down", "off"):
        return _PART
    if low in ("’s",):
        return _S
    if low in _ING_NOUNS:
        return _ING_N
    if low in _ADJS or low in _LY_ADJS:
        return "JJ"
    if low in _NOUNS and low not in _NOUN_VERBS:
        plural = low.endswith("s") and not low.endswith(("ss", "us", "is", "news"))
        return "NNS" if plural else "NN"
    v = _VERB_FORMS.get(low)
    if v is not None:
        return v
    if low in _NOUNS or low in _ANT_NOUNS:
        plural = low.endswith("s") and not low.endswith(("ss", "us", "is", "news"))
        return "NNS" if plural else "NN"
    if _plural_of_noun(low):
        return "NNS"
    if low.endswith("ly") and len(low) > 4 and low not in _LY_OTHER:
        return "RB"
    if low.endswith("ing") and len(low) > 5:
        return _ING
    if low.endswith("ed") and len(low) > 4:
        return _ED
    s = _suffix_tag(low)
    if s == "VB":
        return _V
    if s is not None:
        return s
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return "NNS"
    return "NN"


def _symbol_class(text: str, start: bool) -> str | None:
    """Tags of punctuation, numbers, URLs and other non-words."""
    p = _PUNCT_TAGS.get(text)
    if p is not None:
        return p
    if text.isspace():
        return "_SP"
    if text == '"':
        return "<QUOTE>"
    if text in ("'", "’"):
        return _APOS
    if text in ("-", "‐"):
        return "<DASH>"
    if text[0].isdigit():
        if _ORDINAL_RE.match(text):
            return "JJ"
        if _NUMBER_RE.match(text):
            return "<NUM>"
        return "CD" if text[-1].isdigit() else "NN"
    if "@" in text or text.startswith(("http", "www.")):
        return "NN"
    if not any(ch.isalnum() for ch in text):
        return "." if text[0] in ".!?" else ":"
    return None


def _lexical(text: str, start: bool) -> str:
    """The first-pass class of a token's text; ``start`` tells whether it begins a sentence."""
    s = _symbol_class(text, start)
    if s is not None:
        return s
    low = text.lower()
    if not text[0].isupper():
        return _lower_class(low)
    # capitalised or all-caps words
    if "-" in text and text[-1].isdigit():
        return "NN"  # disease and product codes: "COVID-19"
    if text.isupper() and len(text) > 1:
        if low in _FUNCTION_CAPS:
            return _lower_class(low)
        return "NNP"  # "US", "ASEAN", "G7"
    if low in _CALENDAR and low != "may":
        return "NNP"
    if text in _DEMONYMS:
        return "<DEM>"  # "the Japanese side": JJ; "Korean Peninsula": NNP
    if low in _FUNCTION_CAPS or (start and low in _CLOSED and low not in _NAME_LIKE):
        return _lower_class(low)
    if not start:
        if low in _EVENT_NOUNS:
            return "NN"  # "Telephone Call", "Foreign Ministers' Meeting"
        if low in _NNPS_WORDS or (_plural_of_noun(low) and low not in _NNP_PLURALS):
            return "NNPS"  # "Foreign Affairs", "Ministers", "Partner Countries"
        return "NNP"
    # at a sentence start: a known word keeps its class, unknown ones are names
    cls = _lower_class(low)
    if (
        low in _NOUNS
        or low in _ADJS
        or low in _ING_NOUNS
        or low in _VERB_FORMS
        or low in _ANT_NOUNS
        or low.endswith("ly")
    ):
        return "<CAP>" + cls
    s2 = _suffix_tag(low)
    if s2 is not None and len(low) > 6 and s2 != "VB":
        return "<CAP>" + cls
    return "NNP"


def _resolve(
    cls: str,
    low: str,
    prev: str,
    prev_low: str,
    nxt: str,
    nxt_low: str,
    nxt2: str,
    finite: bool = False,
) -> str:
    """The tag of an ambiguity class from the previous tag/word, the next class/word, whether
    the sentence already has a finite verb (``finite``), and the
    class after it."""
    if cls == _TO_CLS:
        if nxt in _VERB_BASES or (nxt == "NN" and nxt_low.isalpha() and nxt2 in _OBJ_START):
            return "TO"  # "to strengthen", "to further deepen", "to lift its tariffs"
        return "IN"
    if cls == _MORE:
        if low == "further":
            return "JJ" if nxt in _NOUN_START and nxt != _ED else "RB"  # "further talks"
        sup = low in ("most", "least")
        if nxt in ("JJ", "RB", _ED, _JN, _VBN_ONLY):
            return "RBS" if sup else "RBR"  # "more closely", "most important"
        return "JJS" if sup else "JJR"
    if cls == _JN:
        return "JJ" if nxt in _NOUN_START else "NN"
    if cls == _APOS:
        return (
            "POS" if prev in ("NNS", "NNPS") or (prev == "NNP" and prev_low.endswith("s")) else "''"
        )
    if cls == "<DEM>":
        return "NNP" if nxt == "NNP" and nxt_low.capitalize() not in _TITLE_WORDS else "JJ"
    if cls in (_NV, _V):
        if low in _BASE_PARTICIPLES and prev_low in _BE_HAVE - _BE:
            return "VBN"  # "who had come to attend"
        if low in _SAME_PAST:
            if prev_low in _BE_HAVE or prev_low == "as":
                return "VBN"  # "had been set out", "as set out"
            if prev in ("NNP", "NNS", "PRP"):
                return "VBD"
        if prev in _MODALISH or prev_low in ("do", "did", "does", "not", "n't", "please"):
            return "VB"
        if prev_low in _PRONOUN_DETS and nxt in ("DT", "PRP$", "JJ", "NN", "NNS", "NNP") and (
            nxt not in ("NN", "NNS") or nxt2 in ("IN", "TO", _TO_CLS, ".", ",")
        ):
            return "VBP"  # "both value an order", "both attach importance to": the subject
        if prev in _DETLIKE or prev == "IN" or (prev == "NNP" and cls == _NV):
            return "NN" if cls == _NV or prev != "IN" else "VB"
        if (prev == "PRP" and prev_low in _PLURAL_PRP) or (
            prev == "NNS" and nxt in ("DT", "PRP$", "NNP", "JJ", "CD", "IN", "TO")
        ):
            return "VBP"
        if prev == "CC" or prev == ",":
            return "VB" if cls == _V else "NN"
        if prev == "WDT" or prev == "WP":
            return "VBP"
        if cls == _V:
            return "VB" if prev in ("", ".", ":", "_SP", "RB") else "VBP"
        return "NN"
    if cls in (_NVZ, _VZ):
        if prev in _DETLIKE or (prev == "IN" and cls == _NVZ):
            return "NNS"
        if prev in ("NNP", "PRP", "WDT", "WP", "NN", "RB") and not (
            prev == "NN" and cls == _NVZ and nxt not in ("DT", "PRP$", "NNP", "JJ")
        ):
            return "VBZ"
        return "VBZ" if cls == _VZ else "NNS"
    if cls in (_ED, _VBD_ONLY, _VBN_ONLY):
        if cls == _VBD_ONLY:
            return "VBD"
        if cls == _VBN_ONLY or prev_low in _BE_HAVE:
            return "VBN"
        if nxt_low == "by":
            return "VBN"
        if (
            finite
            and prev in ("NN", "NNS")
            and (nxt in ("IN", ",", ".", "RB") or nxt_low == "last")
        ):
            # a reduced relative once the clause has its verb: "they reviewed the progress
            # made in", "with the countries concerned,"
            return "VBN"
        if prev in ("NN", "NNS", "NNP", "NNPS", "PRP", "WDT", "WP", "EX", "RB", "CC"):
            return "VBD"
        if prev == "," and nxt in _OBJ_START:
            return "VBD"  # "Foreign Minister X, held a meeting": an apposition closed
        return "VBN"
    if cls in (_ING, _ING_N):
        if nxt_low == "of" or prev in ("DT", "PRP$", "POS", "WP$"):
            return "NN" if cls == _ING_N or nxt not in ("NN", "NNS", "JJ", "CD") else "VBG"
        if cls == _ING_N:
            if (
                prev_low in _BE
                or nxt in ("DT", "PRP$", "NNP", "PRP", "RB", _TO_CLS)
                or prev in _FINITE
                or (nxt_low in ("on", "upon") and prev not in _DETLIKE and prev[:2] != "NN")
            ):
                return "VBG"
            return "NN"
        if nxt in ("DT", "PRP$"):
            return "VBG"  # a gerund with its object: "in further deepening the partnership"
        if prev in ("JJ", "NN") and nxt_low in (",", ".", "and", "in", "for", "on", ")"):
            return "NN"  # "capacity building", "nation building in"
        if prev in ("JJ", "VBN") or (prev == "NN" and nxt in ("NN", "NNS")):
            return "NN"  # "a joint working group", "an extended working lunch"
        return "VBG"
    if cls == _THAT:
        if prev in ("NN", "NNS") and nxt in _VERB_TAGS_LEX:
            return "WDT"
        if nxt in ("NN", "NNS", _NV, _ING_N, "JJ") and (
            prev not in _VERB_TAGS or nxt2 in (".", ",", ":")
        ):
            return "DT"  # "that initiative."; but "noted that cooperation has grown"
        return "IN"
    if cls == _HER:
        return "PRP" if nxt in ("IN", "TO", ".", ",", ":", "CC", "_SP", "RB") else "PRP$"
    if cls == _THERE:
        return "EX" if nxt_low in _BE or nxt == "MD" else "RB"
    if cls == _PART:
        if prev in _VERB_TAGS:
            return "RP"
        return "IN" if nxt in ("DT", "PRP$", "NN", "NNP", "CD") else "RB"
    if cls == _S:
        return "VBZ" if prev == "PRP" or prev_low in ("that", "there", "what") else "POS"
    if cls == _HAVE:
        return "VB" if prev in _MODALISH or (prev == "RB" and prev_low in ("not", "n't")) else "VBP"
    return cls


# first-pass classes after "to" that make it the infinitive marker
_VERB_BASES = frozenset({_V, _NV, _HAVE, "VB", "RB"})
# classes that start an object noun phrase ("to lift its tariffs")
_OBJ_START = frozenset({"DT", "PRP$", "PRP", "CD", _HER, "NNP", "JJ"})
# classes that start a noun ("military cooperation", "cyber-security")
_NOUN_START = frozenset(
    {"NN", "NNS", _NV, _NVZ, _ING_N, _ING, "JJ", _JN, "NNP", "NNPS", "<DASH>", _ED}
)

# first-pass classes of capitalised sentence-initial words that may start a name
_NAMEABLE = frozenset({"NN", "NNS", "JJ", _JN, _NV, _ING_N, _NVZ})

# finite and base verb tags ("keep building", "was meeting"): an -ing word after them is verbal
_FINITE = frozenset({"VB", "VBP", "VBZ", "VBD", "VBG"})

# tags an adverb does not separate from the verb they govern ("will now look")
_AUX_LIKE = frozenset({"MD", "TO"})

# finite verb tags: after one, a clause has its verb
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# first-pass classes that read as verbs (for "that" before a verb)
_VERB_TAGS_LEX = frozenset({_VZ, _NVZ, _ED, _VBD_ONLY, "MD", "VBZ", "VBP", "VBD", _V})


def _starts(prev_tag: str, prev_text: str) -> bool:
    return prev_tag in ("", ".", "LS", "NFP", "``", ":") or (
        prev_tag == "_SP" and "\n" in prev_text
    )


def tag(doc: Doc) -> Doc:
    """Set ``tag_`` (Penn Treebank) and ``pos_`` (UD) on every token of ``doc``, a Doc made
    by the tokenizer alone, and return it."""
    return tag_columns(doc).doc


class Tagged(NamedTuple):
    """A document tagged by :func:`tag_columns`, with the columns the tagger read and set,
    one string a token (the parse rules read them again; reading them back from the Doc
    goes through the string store once more for every word)."""

    doc: Doc
    words: list[str]  # the tokens' texts
    spaced: list[bool]  # whether white space follows each
    lows: list[str]  # ... in lower case (spaCy's ``lower_``)
    tags: list[str]  # ``tag_``
    pos: list[str]  # ``pos_``


def tag_columns(doc: Doc) -> Tagged:
    """:func:`tag`, which also hands back the words and the tags it set."""
    import numpy
    from spacy.attrs import ORTH, POS, SPACY, TAG
    from spacy.parts_of_speech import IDS as POS_IDS

    n = len(doc)
    if n == 0:
        return Tagged(doc, [], [], [], [], [])
    arr = doc.to_array([ORTH, SPACY])
    orths: list[int] = arr[:, 0].tolist()
    spaces: list[int] = arr[:, 1].tolist()
    strings = doc.vocab.strings
    if len(_WORDS) > _MEMO_MAX:
        _WORDS.clear()
        _LEX_START.clear()
        _LEX_MID.clear()
    wm = _WORDS
    pairs = [wm.get(h) or _word(h, strings) for h in orths]
    words = [p[0] for p in pairs]
    lows = [p[1] for p in pairs]

    # pass 1: lexical classes (memoised per word and sentence position)
    classes: list[str] = []
    start = True
    for i, h in enumerate(orths):
        memo = _LEX_START if start else _LEX_MID
        c = memo.get(h)
        if c is None:
            c = memo[h] = _lexical(words[i], start)
        if c[0] == "<" and c[:5] == "<CAP>":
            c = c[5:]
            if c in _NAMEABLE:
                # a capitalised noun or adjective at a sentence start is part of a name
                # before another name ("Foreign Minister Taro", "Joint Statement"), and a
                # heading noun before "of" or alone on its line ("Secretary of State")
                nw = words[i + 1] if i + 1 < n else "\n"
                if (nw[:1].isupper() and nw.lower() not in _CLOSED) or (
                    c == "NN" and (nw in ("of", "-") or "\n" in nw)
                ):
                    c = "NNP"
        classes.append(c)
        start = c in _BOUNDARY and (
            (c != "_SP" and c != "-RRB-" and c != "``" and c != "-LRB-")
            or (c == "_SP" and "\n" in words[i])
            or (c == "-RRB-" and i > 0 and classes[i - 1] == "<NUM>")
            or (c in ("``", "-LRB-") and (i == 0 or classes[i - 1] in (".", "_SP")))
        )

    # pass 2: resolve ambiguity classes left to right
    tags: list[str] = []
    prev = ""
    prev_low = ""
    line_start = True
    last_verbal: tuple[str, str] | None = None
    finite = False  # whether the sentence so far has a finite verb
    for i, c in enumerate(classes):
        if c[0] == "<":
            w = words[i]
            nxt = classes[i + 1] if i + 1 < n else ""
            nxt_low = lows[i + 1] if i + 1 < n else ""
            if c == "<NUM>":
                t = "LS" if line_start and nxt in (".", "-RRB-") and len(w) <= 2 else "CD"
            elif c == "<QUOTE>":
                t = "``" if i == 0 or spaces[i - 1] or prev in ("_SP", "-LRB-") else "''"
            elif c == "<DASH>":
                if (
                    i > 0
                    and not spaces[i - 1]
                    and i + 1 < n
                    and not spaces[i]
                    and (prev != "_SP" and nxt != "_SP")
                ):
                    t = "HYPH"
                elif line_start:
                    t = "NFP"
                else:
                    t = ":"
            else:
                if prev == "_SP":
                    # a line break is a boundary; other spaces are skipped
                    j = i - 2
                    if "\n" in words[i - 1] or j < 0:
                        p2, pl2 = "", ""
                    else:
                        p2, pl2 = tags[j], lows[j]
                elif prev == "RB" and last_verbal:
                    p2, pl2 = last_verbal  # "had been highly recognized", "will now look"
                else:
                    p2, pl2 = prev, prev_low
                k = i + 1
                if nxt == "_SP" and i + 2 < n:
                    k = i + 2
                    nxt, nxt_low = classes[k], lows[k]
                nxt2 = classes[k + 1] if k + 1 < n else ""
                t = _resolve(c, lows[i], p2, pl2, nxt, nxt_low, nxt2, finite)
        elif c == "NN" and (prev == "HYPH" or prev in _MODALISH):
            w = words[i]
            if prev == "HYPH" and w.islower() and i > 1 and tags[i - 2] == "NNP":
                t = "NNP"  # the lower-case part of a hyphenated name ("Kim Eun-soo")
            elif prev != "HYPH" and w.isalpha() and w.islower():
                t = "VB"  # "can count on", "to lift": an unknown word after a modal is a verb
            else:
                t = c
        elif (
            c == "NNP"
            and prev == "POS"
            and lows[i] in _HEAD_AFTER_POSS
            and (words[i - 1] in ("'", "’"))
        ):
            t = "NN"  # "the Foreign Ministers' Meeting"
        else:
            t = c
        tags.append(t)
        low = lows[i]
        if t != "RB":
            last_verbal = (t, low) if t in _AUX_LIKE or low in _BE_HAVE else None
        if t == "_SP":
            if "\n" in words[i]:
                line_start = True
        else:
            line_start = line_start and t == "-LRB-"
        if t in _FINITE_TAGS:
            finite = True
        elif t == "." or (t == "_SP" and line_start):
            finite = False
        prev = t
        prev_low = low

    _hyphenated_adjectives(tags, lows)
    pos = [TAG_POS[t] for t in tags]
    for i, low in enumerate(lows):
        if low in _POS_SPECIAL:
            pos[i] = _pos(tags[i], low, tags, i, pos[i])
    ids = {t: strings.add(t) for t in set(tags)}
    out: Any = numpy.empty((n, 2), dtype="uint64")
    out[:, 0] = [ids[t] for t in tags]
    out[:, 1] = [POS_IDS[p] for p in pos]
    doc.from_array([TAG, POS], out)
    return Tagged(doc, words, [bool(x) for x in spaces], lows, tags, pos)


# the last parts that make "X-Y" an adjective before a noun: "multi-faceted partnership",
# "long-standing ties", "high-level exchanges", "people-to-people ties"
_ADJ_LAST_TAGS = frozenset({"VBN", "VBD", "VBG", "JJ"})
_ADJ_LAST_WORDS = frozenset({"level", "term", "people", "scale", "range", "based", "time"})
# ... or whose first part is a particle or an adverb: "in-depth", "up-to-date", "well-known"
_ADJ_FIRST_WORDS = frozenset({
    "in", "up", "on", "off", "out", "over", "well", "long", "high", "low", "far", "full",
    "wide", "all", "cross", "non", "self", "so", "co", "short", "mid", "post", "pre",
})


def _hyphenated_adjectives(tags: list[str], lows: list[str]) -> None:
    """A hyphenated word before a noun (or an adjective, or "and") whose last part is a
    participle, an adjective or a word of measure is an adjective, as the model tags it:
    all its parts become JJ."""
    n = len(tags)
    i = 0
    while i < n:
        if tags[i] != "HYPH" or i == 0:
            i += 1
            continue
        a, b = i - 1, i + 1  # the stretch w (- w)+
        while b + 1 < n and tags[b + 1] == "HYPH":
            b += 2
        nxt = tags[b + 1] if b + 1 < n else ""
        if nxt not in ("NN", "NNS", "JJ") and not (nxt == "CC" and lows[b + 1] in ("and", "or")):
            i = b + 1
            continue
        if tags[a] in ("NNP", "NNPS", "CD") or not lows[a].isalpha():
            i = b + 1
            continue  # "Japan-China relations", "COVID-19 response": names stay names
        if tags[b] in _ADJ_LAST_TAGS or lows[b] in _ADJ_LAST_WORDS or lows[a] in _ADJ_FIRST_WORDS:
            for k in range(a, b + 1):
                if tags[k] != "HYPH":
                    tags[k] = "JJ"
        i = b + 1


# determiners that stand for the people themselves before their verb ("both attach ...")
_PRONOUN_DETS = frozenset({"both", "all", "each"})


# first-pass classes after which a sentence may start (refined in tag())
_BOUNDARY = frozenset({".", ":", "NFP", "_SP", "-RRB-", "``", "-LRB-"})
# memos of the first pass, keyed by the token's ORTH id; cleared when they grow past the cap
_MEMO_MAX = 200_000
_WORDS: dict[int, tuple[str, str]] = {}
_LEX_START: dict[int, str] = {}
_LEX_MID: dict[int, str] = {}


def _word(h: int, strings: StringStore) -> tuple[str, str]:
    w = strings[h]
    e = _WORDS[h] = (w, w.lower())
    return e


# determiners that stand alone as pronouns before a verb, punctuation or "of"
_DET_PRONOUNS = _words("this that these those both all each either neither some any")


def _pos(t: str, low: str, tags: list[str], i: int, default: str) -> str:
    """The coarse tag of a word the attribute ruler names (auxiliaries, subordinators, "not",
    determiners used as pronouns)."""
    if t[0] == "V" and low in AUX_WORDS:
        nt = tags[i + 1] if i + 1 < len(tags) else ""
        if (low[:2] == "ha" and nt not in ("VBN", "RB", "TO")) or (
            (low[:2] == "do" or low == "did") and nt not in ("VB", "RB")
        ):
            return "VERB"  # "has a plan", "did so": the main verb
        return "AUX"
    if t == "IN" and low in SCONJ_WORDS:
        return "SCONJ"
    if t == "RB" and low in ("not", "n't"):
        return "PART"
    if (
        t == "DT"
        and low in _DET_PRONOUNS
        and (i + 1 >= len(tags) or tags[i + 1][0] in "V.,:M" or tags[i + 1] == "IN")
    ):
        return "PRON"  # "this is", "both of", "all agreed"
    return default


# words whose coarse tag _pos may change
_POS_SPECIAL = AUX_WORDS | SCONJ_WORDS | _DET_PRONOUNS | {"not", "n't"}
