"""The fast mode: the tokenizer, then entities, tags and the parse from rules."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import pressparse
from pressparse import nlp, shallow_deps
from pressparse.cli import app

SAMPLES = sorted(Path(__file__).resolve().parent.parent.joinpath("samples").glob("*.txt"))


def _fast_doc(text: str) -> object:
    return next(nlp.pipe(nlp.load(None, fast=True), [text], 1))


def test_the_fast_model_runs_no_parser_and_no_tagger() -> None:
    fast = nlp.load(None, fast=True)
    assert fast.pipe_names == []
    assert nlp.is_fast(fast)
    assert not nlp.is_fast(nlp.load(None))
    assert nlp.load() is nlp.load(None) is nlp.load(nlp.DEFAULT_MODEL)  # loaded once


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_the_meeting_and_the_participants_are_those_found_with_the_parser(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    full = pressparse.parse(text)
    fast = pressparse.parse(text, fast=True)
    assert fast.meeting == full.meeting
    # (aliases may be fewer: a bare "Director X" in a point is found through ner's names)
    assert [(p.name, p.title, p.organization) for p in fast.participants] == [
        (p.name, p.title, p.organization) for p in full.participants
    ]
    assert fast.points == full.points
    assert fast.topics  # fewer may be right, but some are found
    for s in fast.spans:
        assert text[s.start : s.end] == s.text


def _chunks(text: str) -> list[str]:
    return [c.text for c in _fast_doc(text).noun_chunks]  # type: ignore[attr-defined]


def _tree(sentence: str) -> dict[str, tuple[str, str]]:
    """word -> (dependency label, head word), for words that occur once."""
    doc = _fast_doc(sentence)
    return {t.text: (t.dep_, t.head.text) for t in doc}  # type: ignore[attr-defined]


def test_a_noun_phrase_hangs_from_its_last_noun_and_is_the_verbs_object() -> None:
    tree = _tree("The ministers discussed regional security cooperation.")
    assert tree["ministers"] == ("nsubj", "discussed")
    assert tree["regional"] == ("amod", "cooperation")
    assert tree["security"] == ("compound", "cooperation")
    assert tree["cooperation"] == ("dobj", "discussed")
    assert tree["discussed"][0] == "ROOT"


def test_a_preposition_hangs_from_the_nearest_noun_and_its_object_from_it() -> None:
    tree = _tree("They exchanged views on the situation in the region.")
    assert tree["views"] == ("dobj", "exchanged")
    assert tree["on"] == ("prep", "views")
    assert tree["situation"] == ("pobj", "on")
    assert tree["in"] == ("prep", "situation")


def test_after_a_noun_of_time_a_place_hangs_from_the_verb() -> None:
    # "met today in London": "in London" says where they met, not which day
    tree = _tree("Secretary Alden met today in Lisbon with Minister Vareo.")
    assert tree["today"] == ("npadvmod", "met")
    assert tree["in"] == ("prep", "met")


def test_listed_items_hang_from_the_one_before() -> None:
    tree = _tree("They discussed trade, energy and climate change.")
    assert tree["trade"] == ("dobj", "discussed")
    assert tree["energy"] == ("conj", "trade")
    assert tree["change"] == ("conj", "energy")
    assert tree["and"] == ("cc", "energy")


def test_a_noun_and_a_compound_share_its_head() -> None:
    # "trade and investment ties": one phrase, as the model parses it
    assert _chunks("They discussed trade and investment ties.") == [
        "They", "trade and investment ties"
    ]
    listed = _chunks("They discussed health, trade and investment ties.")
    assert "trade and investment ties" not in listed


def test_infinitives_that_clauses_and_passives() -> None:
    tree = _tree("The leaders agreed to strengthen cooperation.")
    assert tree["strengthen"] == ("xcomp", "agreed")
    assert tree["to"] == ("aux", "strengthen")
    assert tree["cooperation"] == ("dobj", "strengthen")
    tree = _tree("Both sides noted that the talks were held in good faith.")
    assert tree["held"] == ("ccomp", "noted")
    assert tree["talks"] == ("nsubjpass", "held")
    assert tree["were"] == ("auxpass", "held")


def test_every_sentence_is_one_tree_and_noun_chunks_work() -> None:
    text = "Minister Vareo visited Atlantis.\n\nThe two sides discussed maritime security."
    doc = _fast_doc(text)
    sents = list(doc.sents)  # type: ignore[attr-defined]
    assert [s.root.text for s in sents] == ["visited", "discussed"]
    chunks = [c.text for c in doc.noun_chunks]  # type: ignore[attr-defined]
    assert "maritime security" in chunks


def test_heads_and_deps_never_loop_on_odd_input() -> None:
    words = [",", "and", "of", "the", ".", "that", "to", "is"] * 5
    tags = [",", "CC", "IN", "DT", ".", "IN", "TO", "VBZ"] * 5
    pos = ["PUNCT", "CCONJ", "ADP", "DET", "PUNCT", "SCONJ", "PART", "AUX"] * 5
    heads, deps = shallow_deps.heads_and_deps(words, tags, pos, [0, 13, 27])
    assert len(heads) == len(deps) == len(words)
    for start, end in ((0, 13), (13, 27), (27, len(words))):
        roots = [k for k in range(start, end) if heads[k] == k]
        assert len(roots) == 1 and deps[roots[0]] == "ROOT"
        for k in range(start, end):  # every word reaches its sentence's root
            seen = set()
            while heads[k] != k:
                assert k not in seen and start <= heads[k] < end
                seen.add(k)
                k = heads[k]


def test_cli_fast_option(tmp_path: Path) -> None:
    path = SAMPLES[0]
    result = CliRunner().invoke(app, ["--fast", str(path)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["meeting"] == json.loads(pressparse.parse_file(path).meeting.model_dump_json())


_TAGS = ["DT", "JJ", "NN", "NNS", "NNP", "VBN", "VBG", "VBD", "VB", "IN", "TO", "CC", ",", ".",
         "POS", "PRP", "PRP$", "RB", "MD", "WDT", "CD", "HYPH", "VBZ"]
_WORDS = {"CC": "and", ",": ",", ".": ".", "TO": "to", "IN": "that", "WDT": "which", "POS": "'s",
          "MD": "will", "VBZ": "is", "HYPH": "-"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TAGS), min_size=1, max_size=40), st.data())
def test_any_tag_sequence_gives_one_tree_per_sentence(tags: list[str], data: st.DataObject) -> None:
    words = [_WORDS.get(t, "word") for t in tags]
    pos = ["AUX" if w in ("is", "will") else "X" for w in words]
    cuts = sorted(set(data.draw(st.lists(st.integers(1, len(tags)), max_size=3))) - {len(tags)})
    starts = [0, *cuts]
    spaced = data.draw(st.lists(st.booleans(), min_size=len(tags), max_size=len(tags)))
    heads, _ = shallow_deps.heads_and_deps(words, tags, pos, starts, spaced)
    bounds = [*starts, len(tags)]
    for start, end in itertools.pairwise(bounds):
        assert sum(heads[k] == k for k in range(start, end)) == 1
        for k in range(start, end):
            steps = 0
            while heads[k] != k:
                k = heads[k]
                steps += 1
                assert start <= k < end and steps <= end - start


def test_entities_come_from_the_lexicons_and_the_shape_of_names() -> None:
    doc = _fast_doc(
        "On 12 May 2024 the ministers discussed Burundi, the Democratic Republic of the "
        "Congo, the Middle East, the Velmar Strait and the ASEAN Secretariat in 2025."
    )
    ents = {e.text: e.label_ for e in doc.ents}  # type: ignore[attr-defined]
    assert ents["12 May 2024"] == "DATE"
    assert ents["Burundi"] == "GPE"  # ISO 3166, through pycountry
    assert ents["Democratic Republic of the Congo"] == "GPE"  # "Congo, The Democratic ..."
    assert ents["Middle East"] == "LOC"  # lexicon.REGIONS
    assert ents["Velmar Strait"] == "LOC"  # a Title Case run ending in a geographic word
    assert {e.text for e in _fast_doc("Peace in the Indo-Pacific region.").ents} == {  # type: ignore[attr-defined]
        "Indo-Pacific region"
    }
    assert ents["ASEAN Secretariat"] == "ORG"  # a body's name that goes on
    assert {e.text for e in _fast_doc("The Arctic Council met.").ents} == {"Arctic Council"}  # type: ignore[attr-defined]
    assert ents["2025"] == "DATE"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("They met. Talks followed.", ["They", "Talks"]),
        ('He said "yes." Then they left.', ["He", "Then"]),
        ("Ministry of Foreign Affairs\nThe minister met", ["Ministry", "The"]),
        ("They held talks with\nPresident Vareo today.", ["They"]),  # a hard-wrapped line
        ("Talks with the U.S. side went well.", ["Talks"]),  # an abbreviation's dot
    ],
)
def test_sentence_starts_from_punctuation_and_line_breaks(text: str, starts: list[str]) -> None:
    words = [t.text for t in nlp.load(None, fast=True).make_doc(text)]
    assert [words[i] for i in nlp._sentence_starts(words)] == starts


def test_relative_clauses_hang_from_their_noun_and_the_sentence_goes_on() -> None:
    tree = _tree("Norland, which hosts the summit, will lead the talks.")
    assert tree["hosts"] == ("relcl", "Norland")
    assert tree["which"] == ("nsubj", "hosts")
    assert tree["Norland"] == ("nsubj", "lead")  # the subject waits past the clause
    tree = _tree("The ministers welcomed the progress that both sides made, and agreed to meet.")
    assert tree["made"] == ("relcl", "progress")
    assert tree["agreed"] == ("conj", "welcomed")
    tree = _tree("Sessions separated by a break followed.")
    assert tree["separated"] == ("acl", "Sessions")  # a participle after its noun


def test_words_inside_one_written_word_stay_in_the_noun_phrase() -> None:
    doc = _fast_doc(
        "They discussed the end-of-war declaration, people-to-people exchanges and "
        "Radio Vell/Radio Ostra."
    )
    chunks = [c.text for c in doc.noun_chunks]  # type: ignore[attr-defined]
    assert "the end-of-war declaration" in chunks
    assert "people-to-people exchanges" in chunks
    assert "Radio Vell/Radio Ostra" in chunks


def test_an_owner_after_a_common_noun_starts_a_phrase() -> None:
    # "put on the table X's concern": the owner's name is not the table's compound
    assert _chunks("He put on the table Norland's concern.") == [
        "He", "the table", "Norland's concern"
    ]


def test_an_adjective_after_a_pair_of_names_stays_in_the_phrase() -> None:
    chunks = _chunks("They marked the normalization of Norland-Vell diplomatic relations.")
    assert "Norland-Vell diplomatic relations" in chunks
    assert "TICAD7 next year" not in _chunks("They will hold TICAD7 next year.")


def test_coordinated_prepositions() -> None:
    tree = _tree("Forces remain deployed in and near Norland.")
    assert tree["near"] == ("conj", "in")
    assert tree["and"] == ("cc", "in")
    assert tree["Norland"] == ("pobj", "near")


def test_a_named_meeting_after_the_is_an_event() -> None:
    doc = _fast_doc(
        "They prepared the G7 Velmar Foreign Ministers' Meeting and the Senior Officials' "
        "Dialogue.\n\nNorland-Vell Foreign Ministers' Meeting"
    )
    ents = {e.text: e.label_ for e in doc.ents}  # type: ignore[attr-defined]
    assert ents["G7 Velmar Foreign Ministers' Meeting"] == "EVENT"
    assert ents["Senior Officials' Dialogue"] == "EVENT"
    # a heading without "the" names the meeting itself, which is not a topic
    assert "Norland-Vell Foreign Ministers' Meeting" not in ents


def test_a_manner_phrase_hangs_from_the_verb_and_a_bare_relative_clause_ends_a_phrase() -> None:
    tree = _tree("He stressed settling issues in a reasonable manner.")
    assert tree["in"] == ("prep", "settling")
    chunks = _chunks("He praised the contribution Norland is making.")
    assert "the contribution" in chunks and "Norland" in chunks


def test_the_fast_pipeline_is_the_models_tokenizer_alone() -> None:
    import spacy

    fast = nlp.load(None, fast=True)
    full = nlp.load(None)
    text = "The U.S.-Japan talks (held on 3 May) covered co-operation, e.g. A.I. and \"5G\"."
    assert [t.text for t in fast.make_doc(text)] == [t.text for t in full.make_doc(text)]
    assert nlp._tokenizer_pipeline("no_such_model_anywhere") is None  # falls back to spacy.load
    assert callable(spacy.info)  # spaCy's own import of its command line was skipped, not lost
