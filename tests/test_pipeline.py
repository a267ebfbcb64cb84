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


@pytest.mark.parametrize("unit", ["(", "1. ", "Mr. ", ", ", "a-b "])
def test_spacy_reads_a_bounded_number_of_tokens_of_dense_text(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    out = pipeline.nlp_input(text)
    assert len(out) < len(text)
    # a prefix of the text, long runs broken in place by spaces
    assert all(c == t or c == " " for c, t in zip(out, text, strict=False))
    pieces = len(pipeline._TOKEN_LIKE.findall(out))
    assert pieces <= pipeline.NLP_TOKEN_LIMIT


def test_prose_is_read_whole() -> None:
    from pathlib import Path

    sample = (Path(__file__).resolve().parent.parent / "samples").glob("*.txt")
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(sample))
    assert pipeline.nlp_input(text) == text
    short = "They met. " * 3
    assert pipeline.nlp_input(short) == short


def test_a_spacy_failure_spoils_only_its_own_input(monkeypatch: pytest.MonkeyPatch) -> None:
    from pressparse import nlp as nlp_mod

    real_pipe = nlp_mod.pipe

    def pipe(nlp: object, texts: object, batch_size: int) -> object:
        texts = list(texts)  # type: ignore[call-overload]
        if any("BOOM" in t for t in texts):
            raise RuntimeError("model failure")
        return real_pipe(nlp, texts, batch_size)  # type: ignore[arg-type]

    monkeypatch.setattr(nlp_mod, "pipe", pipe)
    good = "On May 3, 2022, Minister Ana Velkova met Mr. Tomas Rieger in Vienna."
    out = list(pipeline.run_many([(good, None), ("BOOM " + good, None), (good, None)], nlp_mod.load()))
    assert [type(o).__name__ for o in out] == ["Release", "StageError", "Release"]
    err = out[1]
    assert isinstance(err, pipeline.StageError) and err.stage == "nlp"
