"""The pipeline's own rules: what spaCy reads, and how a failing stage is reported."""

from __future__ import annotations

import pytest

import pressparse
from pressparse import pipeline


@pytest.mark.parametrize("n", [1, 63, 64, 65, 127, 128, 129, 1000])
def test_nlp_input_keeps_offsets_and_breaks_long_runs(n: int) -> None:
    text = "On May 2 they met. " + "(" * n + " End."
    out = pipeline.nlp_input(text)
    assert len(out) == len(text)
    assert out.startswith("On May 2 they met. ")
    # no run without white space is longer than the break length
    assert max(len(w) for w in out.split()) <= pipeline.LONG_RUN_BREAK


def test_a_failing_stage_is_reported_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> None:
        raise ValueError("broken rule")

    monkeypatch.setattr(pipeline.who_stage, "extract", boom)
    with pytest.raises(pressparse.ParseError) as info:
        pressparse.parse("The two ministers met in Atlantis on 3 May 2022.")
    assert info.value.code == "internal"
    assert info.value.stage == "who"


def test_parse_many_keeps_order_across_batches() -> None:
    # more texts than one batch, each with its own date
    days = [(m, d) for m in (5, 6) for d in range(1, 21)]
    texts = [f"Minister Ana Ruiz met Minister Bo Lind on {d}/{m}/2022 in Atlantis." for m, d in days]
    out = list(pressparse.parse_many(texts))
    assert len(days) > pipeline.BATCH_SIZE
    assert [r.meeting.date for r in out] == [f"2022-{m:02d}-{d:02d}" for m, d in days]


def test_pos_rules_give_what_spacys_attribute_ruler_gives() -> None:
    """PosRules replaces the attribute ruler for speed: same POS, tags and labels on every token."""
    from pathlib import Path

    import spacy

    from pressparse import nlp as nlp_mod

    repo = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted(repo.glob("samples/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(repo.glob("tests/corpus*/*.txt"))]
    texts.append("It is what I do. There are those that ai n't. But I said you had it, gon na go.")
    reference = spacy.load(nlp_mod.DEFAULT_MODEL, disable=["lemmatizer"])
    ours = nlp_mod.load()
    assert "attribute_ruler" not in ours.pipe_names
    n = 0
    for ref, doc in zip(reference.pipe(texts), nlp_mod.pipe(ours, texts, 8), strict=True):
        assert [(t.pos_, t.tag_, t.dep_) for t in doc] == [(t.pos_, t.tag_, t.dep_) for t in ref]
        n += len(doc)
    assert n > 5_000
