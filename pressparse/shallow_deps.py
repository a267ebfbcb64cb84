"""Dependency rules for the fast mode: a parse of readout English without spaCy's parser.

The fast mode runs no statistical component (:mod:`pressparse.nlp`); the tags come from
:mod:`pressparse.shallow` and the dependency tree from the rules here, so the stages that
read the parse (topics' noun chunks and discussion cues, when's place attachment) run
unchanged. The rules cover the sentence shapes of readouts, and give the labels and
attachments spaCy's English parser gives them (which the stages were written against):
noun phrases (a run of determiners, adjectives and nouns ends at its head; "X's Y" hangs
the owner from Y; "trade and investment ties" and "regional and global issues" are one
phrase), subjects before their verb, objects after it, a preposition hanging from the
nearest noun or verb before it (from the verb after a comma or a noun of time: "met today
in London"), "X, Y and Z" lists as a chain (each item under the one before), the items
after a colon beside the main clause's noun, "to"-infinitives, "that"-clauses under their
verb, relative clauses and participles under their noun. Each sentence gets one tree,
whose root is its first verb (or, without one, its first noun phrase).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc


NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# words that may stand inside a noun phrase, before its head
PREMOD = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "HYPH", "VBN", "VBG", "NFP"})
PREMOD_DEP = {
    "DT": "det", "PDT": "predet", "PRP$": "poss", "CD": "nummod", "JJ": "amod", "JJR": "amod",
    "JJS": "amod", "HYPH": "punct", "VBN": "amod", "VBG": "amod", "NFP": "punct",
    "NN": "compound", "NNS": "compound", "NNP": "compound", "NNPS": "compound",
}
# words that only start a noun phrase ("a", "the", "their", "all" of "all the")
_STARTERS = frozenset({"DT", "PDT", "PRP$"})
_ADJ = frozenset({"JJ", "JJR", "JJS"})
_BARE = frozenset({"NN", "NNS"})
# pronouns that are only subjects: "said he was", never the object of "said"
_NOMINATIVE = frozenset({"i", "he", "she", "we", "they"})
# participles that work as prepositions: "fields including health", "talks regarding X"
PREP_VERBS = frozenset({
    "including", "regarding", "concerning", "following", "excluding", "considering",
    "according", "involving", "pending", "given",
})
VERBS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re"})
PREPS = frozenset({"IN", "TO"})
SUBORD = frozenset({"that", "whether", "if", "because", "while", "as", "since", "although"})
REL = frozenset({"which", "who", "whom", "whose", "where", "when"})
# nouns of time and measure: "met today in London", "lasting 55 minutes at the Palace" —
# a phrase after them hangs from the verb, and they are adverbials, not objects
TIME_NOUNS = frozenset({
    "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
    "minutes", "minute", "hours", "hour", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "time", "times",
})


def heads_and_deps(lowers: Sequence[str], tags: Sequence[str], pos: Sequence[str],
          starts: Sequence[int], spaced: Sequence[bool] | None = None,
          ) -> tuple[list[int], list[str]]:
    """Heads (absolute indexes) and dependency labels for every token; ``starts`` are the
    sentence start indexes (ascending, the first 0); ``spaced``: whether white space
    follows each token (without it, every token is taken as followed by a space)."""
    n = len(lowers)
    heads = list(range(n))
    deps = ["dep"] * n
    glued = _glued_words(lowers, tags, spaced) if spaced is not None else frozenset()
    bounds = [*starts, n]
    for k in range(len(bounds) - 1):
        _sentence(lowers, tags, pos, bounds[k], bounds[k + 1], heads, deps, glued)
    return heads, deps


def _glued_words(lw: Sequence[str], tg: Sequence[str], spaced: Sequence[bool]) -> frozenset[int]:
    """Words that stand inside one written word: the function words of "end-of-war",
    "people-to-people", "state-of-the-art" (between hyphens, no space around), and the
    slash of "Radio Free Europe/Radio Liberty" (between two nouns). Such a word does not
    end the noun phrase around it."""
    out = set()
    for k in range(1, len(lw) - 1):
        if spaced[k - 1] or spaced[k]:
            continue
        hyphened = tg[k - 1] == "HYPH" and tg[k + 1] == "HYPH" and lw[k].isalpha()
        if hyphened or (lw[k] == "/" and tg[k - 1] in NOUNS and tg[k + 1] in NOUNS):
            out.add(k)
    return frozenset(out)


def _sentence(lw: Sequence[str], tg: Sequence[str], ps: Sequence[str], s: int, e: int,
              heads: list[int], deps: list[str], glued: frozenset[int] = frozenset()) -> None:
    # 1. noun phrases: (start, head) of maximal premodifier runs ending in a noun/pronoun
    np_head = {}  # token index -> index of the head of its noun phrase
    heads_of: list[int] = []  # noun-phrase heads, in order
    i = s
    while i < e:
        t = tg[i]
        # a past participle starts a phrase only before its noun ("shared values"), else it
        # is a verb ("were held in"); a gerund starts none ("including China", "making
        # vaccines"), though it may stand inside one ("the growing threat")
        lone_participle = t == "VBN" and not (i + 1 < e and tg[i + 1] in NOUNS)
        # a gerund after a preposition or a determiner and before its noun modifies it
        # ("use of existing mechanisms", "the following four", "the growing threat")
        modifier = (
            t == "VBG" and i > s and tg[i - 1] in ("IN", "DT", "PRP$")
            and i + 1 < e and (tg[i + 1] in NOUNS or tg[i + 1] in _ADJ or tg[i + 1] == "CD")
        )
        if (t == "VBG" and not modifier) or lone_participle or (
            lw[i] in PREP_VERBS and not modifier
        ):
            i += 1
            continue
        shared = _shared_head(tg, lw, i, e)
        if shared:
            # one phrase whose first part is coordinated with the second's modifiers; the
            # chunk spans both, as in the model's parse
            a, k, h = shared
            for x in range(i, a - 1):
                heads[x], deps[x] = a - 1, "compound" if tg[x] in NOUNS else "amod"
            heads[a - 1], deps[a - 1] = h, "nmod" if tg[a - 1] in NOUNS else "amod"
            heads[a], deps[a] = a - 1, "cc"
            heads[a + 1], deps[a + 1] = a - 1, "conj"
            for x in range(a + 2, h):
                heads[x], deps[x] = h, PREMOD_DEP.get(tg[x], "compound")
            for x in range(i, k):
                np_head[x] = h
            heads_of.append(h)
            i = k
            continue
        if t in PREMOD or t in NOUNS or t == "POS":
            j = i
            while j < e and (
                tg[j] in PREMOD or tg[j] in NOUNS or tg[j] == "POS" or (j > i and j in glued)
            ):
                if j > i and j in glued:
                    j += 1
                    continue
                if j > i and tg[j] in ("VBN", "VBG") and (
                    not (j + 1 < e and tg[j + 1] in NOUNS) or lw[j] in PREP_VERBS
                ):
                    break  # "the talks held in": the participle is a verb
                if j > i and tg[j] in _STARTERS and tg[j - 1] not in _STARTERS:
                    break  # a determiner after a word starts a phrase: "at length the issue"
                if j > i and tg[j] in _ADJ and tg[j - 1] in NOUNS and not (
                    j - 2 >= i and tg[j - 2] == "HYPH"
                ):
                    break  # so does an adjective after a noun: "TICAD7 next year" (not
                    # after a pair of names: "Japan-China diplomatic relations")
                if j > i and tg[j] in ("NNP", "NNPS") and tg[j - 1] in _BARE:
                    k = j
                    while k < e and tg[k] in ("NNP", "NNPS"):
                        k += 1
                    if k < e and tg[k] == "POS":
                        break  # and an owner's name after a common noun: "on the table
                        # Washington's concern"
                    if _finite_after(tg, ps, k, e):
                        break  # and a name with its verb: "the contribution Australia is
                        # making" (a relative clause without "that")
                j += 1
            if j == i:  # (cannot happen after the test above; never loop on it)
                i += 1
                continue
            # the head is the last noun (or number, pronoun) of the run
            h = j - 1
            while h >= i and tg[h] not in NOUNS and tg[h] != "CD":
                h -= 1
            if h < i:  # no noun: adjectives alone ("is important"), determiners alone
                h = j - 1
                if tg[h] in ("DT", "HYPH", "NFP", "POS"):
                    i = j
                    continue
            # "the Prime Minister's visit": the owner's phrase hangs from the head as poss
            seg_start = i
            for m in range(i, h + 1):
                if tg[m] == "POS" and m > seg_start:
                    owner = m - 1
                    for x in range(seg_start, owner):
                        heads[x] = owner
                        deps[x] = PREMOD_DEP.get(tg[x], "compound")
                    heads[m] = owner
                    deps[m] = "case"
                    heads[owner] = h
                    deps[owner] = "poss"
                    seg_start = m + 1
            for x in range(seg_start, h):
                heads[x] = h
                deps[x] = PREMOD_DEP.get(tg[x], "compound")
            for x in range(i, j):
                np_head[x] = h
            # words after the head in the run (a trailing adjective): hang from the head
            for x in range(h + 1, j):
                heads[x] = h
                deps[x] = "amod" if tg[x].startswith("JJ") else "dep"
            heads_of.append(h)
            i = j
        elif t == "PRP" or t == "EX" or (t == "WP" and lw[i] not in REL):
            np_head[i] = i
            heads_of.append(i)
            i += 1
        else:
            i += 1

    # 2. clauses, left to right
    root = -1
    verb = -1  # the verb of the current clause
    subj = -1  # a noun phrase waiting for its verb
    prep = -1  # a preposition waiting for its object
    last_np = -1  # the head of the last noun phrase attached
    coord = -1  # a pending "and"/"or"
    comma = False
    auxes: list[int] = []
    mark = -1  # "that", "which", "whether" waiting for its clause's verb
    mark_kind = ""
    rel_head = -1  # the noun a relative clause modifies
    outer = (-1, -1)  # the subject and the verb waiting past a relative clause
    to_mark = -1
    colon_head = -1  # the noun that the phrase after a colon stands beside
    i = s
    while i < e:
        t, w = tg[i], lw[i]
        if i in np_head:
            h = np_head[i]
            end = i
            while end + 1 < e and np_head.get(end + 1) == h:
                end += 1
            if (coord >= 0 or comma) and subj >= 0 and prep < 0:
                # "Korea, China and Japan should ...": a subject of several items
                heads[h], deps[h] = last_np, "conj"
                if coord >= 0:
                    heads[coord], deps[coord] = last_np, "cc"
                    coord = -1
                comma = False
                last_np = h
                i = end + 1
                continue
            new_clause = verb >= 0 and subj < 0 and _finite_after(tg, ps, end + 1, e)
            if (coord >= 0 or comma) and new_clause:
                # "... discussed trade, and the ministers agreed ...": a phrase before a
                # finite verb starts a clause of its own (its verb takes the "and")
                subj = h
                last_np = h
                comma = False
                prep = -1
                i = end + 1
                continue
            if coord >= 0 and last_np >= 0 and prep < 0:
                # "X, Y and Z": each listed item hangs from the one before it, and so does
                # the "and" (the chain spaCy's parser builds, which topics reads)
                heads[h] = last_np
                deps[h] = "conj"
                heads[coord] = last_np
                deps[coord] = "cc"
                coord = -1
                comma = False
                last_np = h
                i = end + 1
                continue
            if comma and last_np >= 0 and prep < 0 and verb >= 0 and deps[last_np] in (
                "dobj", "pobj", "conj", "nsubjpass", "attr", "appos"
            ):
                heads[h] = last_np
                deps[h] = "conj"
                comma = False
                last_np = h
                i = end + 1
                continue
            comma = False
            if colon_head >= 0 and prep < 0 and not _finite_after(tg, ps, end + 1, e):
                heads[h], deps[h] = colon_head, "appos"
                colon_head = -1
                last_np = h
                i = end + 1
                continue
            if lw[h] in TIME_NOUNS and (prep < 0 or lw[prep] not in ("of", "for")):
                heads[h] = prep if prep >= 0 else (verb if verb >= 0 else h)
                deps[h] = "pobj" if prep >= 0 else "npadvmod"
                prep = -1
                i = end + 1
                continue
            if prep >= 0:
                heads[h] = prep
                deps[h] = "pobj"
                prep = -1
                last_np = h
            elif verb >= 0 and subj < 0 and mark < 0 and lw[h] not in _NOMINATIVE:
                heads[h] = verb
                deps[h] = "attr" if lw[verb] in BE else "dobj"
                last_np = h
            else:
                subj = h
                last_np = h
            i = end + 1
            continue
        if w in ("and", "or", "nor") or (t == "CC" and w != "but"):
            coord = i
            # "discussed X and agreed to Y": a verb after it starts a coordinated clause
            i += 1
            continue
        if w == ":" and last_np >= 0:
            # "subjects on which ... could serve: Afghanistan, strategic stability": the
            # items after a colon stand beside the main clause's noun (or the last noun)
            main = [x for x in heads_of if s <= x < i and heads[x] == root and x != root
                    and deps[x] in ("nsubj", "dobj", "attr", "nsubjpass")]
            colon_head = main[-1] if main else last_np
            heads[i], deps[i] = colon_head, "punct"
            i += 1
            continue
        if w == "," and outer != (-1, -1) and verb >= 0 and deps[verb] in ("relcl", "ccomp"):
            # the relative clause ends: its noun is again the subject waiting for a verb,
            # and the clause before it goes on
            heads[i], deps[i] = verb, "punct"
            if outer[0] >= 0:
                subj = last_np = outer[0]
            verb = outer[1]
            outer = (-1, -1)
            comma = True
            i += 1
            continue
        if w == ",":
            comma = True
            heads[i] = last_np if last_np >= 0 else (verb if verb >= 0 else i)
            deps[i] = "punct"
            i += 1
            continue
        if t == "TO" and i + 1 < e and tg[i + 1] == "VB":
            to_mark = i
            i += 1
            continue
        if (
            (t in PREPS and w not in SUBORD)
            or (w == "as" and i + 1 < e and tg[i + 1] != "VBZ")
            or (w in PREP_VERBS and t in ("VBG", "VBN"))
        ):
            # a preposition hangs from the nearest noun or verb before it; after a comma,
            # from the verb ("welcomed X, Y, to Ottawa", ", in line with X"); right after another
            # preposition, from that one ("including through X")
            gov = max(last_np, verb)
            if lw[i - 1] == "," and verb >= 0 and i > s and (
                w not in PREP_VERBS or (i + 1 < e and tg[i + 1] in PREPS)
            ):
                # (but "partners, including X and Y": examples of the noun; "reviewed the
                # situation, including in X" is the verb's again)
                gov = verb
            if prep >= 0 and prep == i - 1:
                gov = prep
            if w == "in" and verb >= 0 and _manner_after(lw, tg, i + 1, e):
                gov = verb  # "settling issues in a reasonable manner": how the act is done
            if w == "as" and i > s and lw[i - 1] in ("such", "well"):
                gov = i - 1
                if lw[i - 1] == "such" and last_np >= 0:
                    heads[i - 1] = last_np
                    deps[i - 1] = "amod"
            if prep >= 0 and coord == i - 1 and prep == i - 2:
                # "deployed in and near X": the second preposition is the first's conjunct,
                # and the object is the second's (spaCy's parse)
                heads[coord], deps[coord] = prep, "cc"
                heads[i], deps[i] = prep, "conj"
                prep = i
                coord = -1
                i += 1
                continue
            if gov >= 0:
                heads[i] = gov
            deps[i] = "prep"
            prep = i
            coord = -1
            i += 1
            continue
        if w == "so" and i + 1 < e and lw[i + 1] == "that":
            heads[i], deps[i] = i + 1, "mark"  # "so that": the "that" marks the clause
            i += 1
            continue
        if w in SUBORD or t == "WDT" or w in REL:
            mark = i
            relative = (t in ("WDT", "WP", "WP$") or w in REL) and w != "that"
            # "the progress that ... made": "that" right after a noun starts a relative
            # clause, except after a noun whose content it states ("the view that ...")
            after_noun = (
                last_np == i - 1 >= 0 and tg[last_np] in NOUNS and lw[last_np] not in CONTENT_NOUNS
            )
            mark_kind = "rel" if relative or (w == "that" and after_noun) else "that"
            if mark_kind == "rel":
                rel_head = last_np
                if outer == (-1, -1):
                    # "Syria, where the Secretary insisted ..., and X were on the agenda",
                    # "welcomed the progress that they made, and agreed": the subject and
                    # the verb wait past the clause (to its comma)
                    pending = subj if i > s and lw[i - 1] == "," else -1
                    outer = (pending, verb)
                    if pending >= 0:
                        subj = -1
                    verb = -1
            i += 1
            continue
        if ps[i] == "AUX" or t == "MD":
            k = i + 1
            while k < e and tg[k].startswith("RB"):  # "were also held", "was not on"
                k += 1
            nxt = tg[k] if k < e else ""
            if nxt in VERBS or nxt == "MD" or (nxt and ps[k] == "AUX"):
                auxes.append(i)
                i += 1
                continue
            t = "VB"  # a copula with no verb after it is the clause's verb
        reduced = not auxes and to_mark < 0 and mark < 0  # no clause is waiting for its verb
        if t == "VBN" and reduced and last_np >= 0 and last_np == i - 1:
            # "two sessions separated by a break", "the progress made": a participle after
            # its noun modifies it; it is not the clause's verb
            heads[i], deps[i] = last_np, "acl"
            prep = -1
            i += 1
            continue
        if t in VERBS or (ps[i] == "AUX" and t == "VB"):
            v = i
            for a in auxes:
                heads[a] = v
                deps[a] = "auxpass" if lw[a] in BE and tg[v] == "VBN" else "aux"
            passive = any(lw[a] in BE for a in auxes) and tg[v] == "VBN"
            auxes = []
            if to_mark >= 0:
                heads[to_mark] = v
                deps[to_mark] = "aux"
            if to_mark >= 0 and verb >= 0:
                heads[v] = verb
                deps[v] = "xcomp"
            elif mark >= 0 and mark_kind == "rel" and rel_head >= 0:
                heads[v] = rel_head
                deps[v] = "relcl"
                heads[mark] = v
                deps[mark] = "nsubj" if subj < 0 else (
                    "advmod" if lw[mark] in ("where", "when") else "dobj"
                )
            elif mark >= 0 and verb >= 0:
                heads[v] = verb
                deps[v] = "ccomp"
                heads[mark] = v
                deps[mark] = "mark"
            elif coord >= 0 and verb >= 0:
                heads[v] = verb
                deps[v] = "conj"
                heads[coord] = verb
                deps[coord] = "cc"
            elif root < 0:
                root = v
            elif verb >= 0:
                heads[v] = verb
                deps[v] = "advcl"
            else:
                heads[v] = root
                deps[v] = "advcl"
            if subj >= 0:
                heads[subj] = v
                deps[subj] = "nsubjpass" if passive else "nsubj"
                subj = -1
            to_mark = -1
            mark = -1
            coord = -1
            prep = -1
            comma = False
            verb = v
            i += 1
            continue
        if t.startswith("RB"):
            heads[i] = verb if verb >= 0 else i
            deps[i] = "advmod"
        i += 1
    # 3. the root: the first verb, else the first noun phrase; unattached words hang from it
    if root < 0:
        root = heads_of[0] if heads_of else s
    heads[root] = root
    deps[root] = "ROOT"
    for x in range(s, e):
        if heads[x] == x and x != root:
            heads[x] = root  # (keeps its label: "npadvmod", "advmod", or "dep")
    _no_cycles(heads, deps, s, e, root)


# nouns whose content a "that"-clause states: "expressed the hope that ..."
CONTENT_NOUNS = frozenset({
    "hope", "hopes", "view", "views", "belief", "fact", "concern", "concerns", "expectation",
    "confidence", "understanding", "recognition", "assurance", "assurances", "agreement",
    "news", "idea", "possibility", "need", "position", "conviction", "determination",
})


def _shared_head(
    tg: Sequence[str], lw: Sequence[str], i: int, e: int
) -> tuple[int, int, int] | None:
    """For "N1 and N2 N3" (a bare common noun, "and"/"or", then nouns and adjectives of
    two words or more ending in a common noun: "trade and investment ties") and "A1 and A2
    N" (adjectives, hyphenated or not: "regional and global issues", "summit-level and
    high-level exchanges"): the place of the "and", the end of the stretch and its head."""
    if i > 0 and (tg[i - 1] in NOUNS or tg[i - 1] in _ADJ or tg[i - 1] in _STARTERS
                  or lw[i - 1] == ","):
        return None  # only a phrase's first word, not a list's item ("X, energy and ...")
    a = i
    if tg[i] in _BARE:
        a = i + 1
    else:
        while a < e and (tg[a] in _ADJ or (tg[a] == "HYPH" and a > i)):
            a += 1
        if a == i:
            return None
    if a + 2 >= e or lw[a] not in ("and", "or"):
        return None
    k = a + 1
    while k < e and (tg[k] in _BARE or tg[k] in _ADJ or tg[k] == "HYPH"):
        k += 1
    if tg[k - 1] not in _BARE or k - (a + 1) < 2:
        return None
    if tg[i] in _BARE and tg[a + 1] not in _BARE:
        return None  # "trade and economic relations": two phrases
    if tg[i] not in _BARE and tg[a + 1] not in _ADJ:
        return None
    return a, k, k - 1


_MANNER_NOUNS = frozenset({"manner", "way", "fashion"})


def _manner_after(lw: Sequence[str], tg: Sequence[str], k: int, e: int) -> bool:
    """Whether "a/an/the" and adjectives then "manner"/"way"/"fashion" start at k."""
    if k >= e or tg[k] != "DT":
        return False
    k += 1
    while k < e and (tg[k] in _ADJ or tg[k] == "HYPH" or tg[k].startswith("RB")):
        k += 1
    return k < e and lw[k] in _MANNER_NOUNS


def _finite_after(tg: Sequence[str], ps: Sequence[str], k: int, e: int) -> bool:
    """Whether a finite verb (or a modal, an auxiliary) comes at k, after any adverbs."""
    while k < e and tg[k].startswith("RB"):
        k += 1
    return k < e and (tg[k] in ("VBD", "VBZ", "VBP", "MD") or ps[k] == "AUX")


def _no_cycles(heads: list[int], deps: list[str], s: int, e: int, root: int) -> None:
    """Every token reaches the root: a word caught in a loop hangs from the root."""
    for x in range(s, e):
        seen = set()
        y = x
        while y != root and y not in seen:
            seen.add(y)
            y = heads[y]
        if y != root:
            heads[x] = root
            deps[x] = "dep"


def parse(
    doc: Doc,
    starts: Sequence[int],
    columns: tuple[Sequence[str], Sequence[str], Sequence[str]],
    spaced: Sequence[bool],
) -> Doc:
    """Set heads and dependency labels on a tagged document, one tree for each sentence
    (``starts``: the index of each sentence's first token, ascending, from 0); the
    entities are kept. ``columns``: the tokens' ``lower_``, ``tag_`` and ``pos_``, and
    ``spaced``: whether white space follows each token, as the tagger hands them back
    (:func:`pressparse.shallow.tag_columns`)."""
    import numpy
    from spacy.attrs import DEP, HEAD

    n = len(doc)
    if n == 0:
        return doc
    strings = doc.vocab.strings
    starts = [k for k in starts if 0 < k < n]
    starts.insert(0, 0)
    heads, deps = heads_and_deps(*columns, starts, spaced)
    ents = list(doc.ents)
    # (filled by columns: numpy's assignment of one item at a time costs more than the rules)
    arr: Any = numpy.empty((n, 2), dtype="uint64")
    # HEAD is stored relative to the token, as unsigned: -1 is 2**64 - 1
    arr[:, 0] = (numpy.array(heads, dtype="int64") - numpy.arange(n, dtype="int64")).view("uint64")
    ids = {d: strings.add(d) for d in set(deps)}
    arr[:, 1] = [ids[d] for d in deps]
    doc.from_array([HEAD, DEP], arr)
    doc.set_ents(ents, default="outside")
    return doc
