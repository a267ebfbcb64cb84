"""The rule-based tagger of the fast mode (pressparse.shallow), one group per rule family.

Sentences are written for these tests (invented names); each asserts the Penn tag spaCy's
English model gives the word in that use.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import pytest

from pressparse import shallow

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@lru_cache(maxsize=1)
def _nlp() -> Language:
    import spacy

    return spacy.blank("en")


def _doc(text: str) -> Doc:
    return shallow.tag(_nlp().make_doc(text))


def tags(text: str) -> dict[str, str]:
    """word -> tag (the last occurrence of a repeated word wins)."""
    return {t.text: t.tag_ for t in _doc(text)}


def pos(text: str) -> dict[str, str]:
    return {t.text: t.pos_ for t in _doc(text)}


# --- the brief's examples ---------------------------------------------------------------


def test_past_tense_adjective_and_noun() -> None:
    got = tags("The ministers discussed regional security.")
    assert got["ministers"] == "NNS"
    assert got["discussed"] == "VBD"
    assert got["regional"] == "JJ"
    assert got["security"] == "NN"


def test_infinitive_after_to() -> None:
    got = tags("They agreed to strengthen cooperation.")
    assert got["agreed"] == "VBD"
    assert got["to"] == "TO"
    assert got["strengthen"] == "VB"
    assert got["cooperation"] == "NN"


def test_gerund_noun_after_noun() -> None:
    got = tags("The two sides stressed the importance of capacity building.")
    assert got["building"] == "NN"
    assert got["stressed"] == "VBD"


def test_passive_participle_and_place_name() -> None:
    got = tags("The meeting was held in Tokyo.")
    assert got["meeting"] == "NN"
    assert got["held"] == "VBN"
    assert got["Tokyo"] == "NNP"
    assert pos("The meeting was held in Tokyo.")["was"] == "AUX"


# --- closed-class words -----------------------------------------------------------------


def test_closed_class_words() -> None:
    got = tags("He said that the visit would deepen their ties with both countries.")
    assert got["He"] == "PRP"
    assert got["that"] == "IN"
    assert got["the"] == "DT"
    assert got["would"] == "MD"
    assert got["deepen"] == "VB"
    assert got["their"] == "PRP$"
    assert got["with"] == "IN"
    assert got["and" if "and" in got else "with"] in ("CC", "IN")


def test_to_before_a_noun_phrase_is_a_preposition() -> None:
    assert tags("The envoy returned to the capital.")["to"] == "IN"


def test_that_as_determiner_and_relative() -> None:
    assert tags("They welcomed that initiative.")["that"] == "DT"
    assert tags("They raised issues that affect the region.")["that"] == "WDT"


def test_possessives() -> None:
    got = tags("Mr. Varnel's visit followed the ministers' meeting.")
    assert got["'s"] == "POS"
    assert got["'"] == "POS"


def test_pronoun_her() -> None:
    assert tags("She thanked her counterpart.")["her"] == "PRP$"
    assert tags("The minister thanked her for the invitation.")["her"] == "PRP"


# --- the readout verb lexicon and noun/verb ambiguity -----------------------------------


def test_noun_verb_words_resolved_by_context() -> None:
    assert tags("Their support was appreciated.")["support"] == "NN"
    assert tags("Both countries support the initiative.")["support"] == "VBP"
    assert tags("Ostravia will support the plan.")["support"] == "VB"
    assert tags("The visit was productive.")["visit"] == "NN"


def test_third_person_verb_and_plural_noun() -> None:
    assert tags("Ostravia supports the roadmap.")["supports"] == "VBZ"
    assert tags("The ministers held phone talks with him.")["talks"] == "NNS"


def test_inflections_generated_by_rule() -> None:
    got = tags("The sides have committed to deepening ties and reaffirmed their pledges.")
    assert got["committed"] == "VBN"
    assert got["deepening"] == "VBG"
    assert got["reaffirmed"] == "VBD"


def test_irregular_forms() -> None:
    got = tags("The leaders met in Valdora and have since spoken twice.")
    assert got["met"] == "VBD"
    assert got["spoken"] == "VBN"


def test_participle_after_have_and_adverb() -> None:
    assert tags("Relations have been greatly strengthened.")["strengthened"] == "VBN"


def test_reduced_relative_participle() -> None:
    assert tags("They reviewed the progress made in the talks.")["made"] == "VBN"


def test_past_tense_after_apposition() -> None:
    got = tags("Minister Ilse Varnel, Foreign Minister of Ostravia, held a meeting.")
    assert got["held"] == "VBD"


def test_ing_forms() -> None:
    assert tags("The meeting of the council ended.")["meeting"] == "NN"
    assert tags("They agreed on strengthening ties.")["strengthening"] == "VBG"
    assert tags("They set up a joint working group.")["working"] == "NN"
    # a gerund with its object after an adjective-like word is still the verb
    assert tags("They agreed on further deepening the partnership.")["deepening"] == "VBG"


def test_has_as_main_verb() -> None:
    assert pos("Ostravia has a plan.")["has"] == "VERB"
    assert pos("Ostravia has agreed.")["has"] == "AUX"


# --- unknown words: suffix rules --------------------------------------------------------


def test_suffix_rules() -> None:
    got = tags("The zentrality of the frobulous plan was quickly brindled.")
    assert got["zentrality"] == "NN"
    assert got["frobulous"] == "JJ"
    assert got["quickly"] == "RB"
    assert got["brindled"] == "VBN"


def test_unknown_plural() -> None:
    assert tags("They discussed the quondrels.")["quondrels"] == "NNS"


# --- capitalisation ---------------------------------------------------------------------


def test_capitalised_words_mid_sentence_are_proper_nouns() -> None:
    got = tags("The talks were hosted by Foreign Minister Aldo Verrin of Ostravia.")
    for w in ("Foreign", "Minister", "Aldo", "Verrin", "Ostravia"):
        assert got[w] == "NNP", w


def test_sentence_start_looks_up_the_lower_case_form() -> None:
    assert tags("Cooperation in energy was discussed.")["Cooperation"] == "NN"
    assert tags("Regional security was discussed.")["Regional"] == "JJ"
    assert tags("Strengthening ties is vital.")["Strengthening"] == "VBG"
    assert tags("Ostravia and Veldor signed a pact.")["Ostravia"] == "NNP"


def test_sentence_start_before_a_name_is_part_of_the_name() -> None:
    assert tags("Foreign Minister Ilse Varnel met him.")["Foreign"] == "NNP"


def test_plural_name_part() -> None:
    assert tags("He met the Minister of Foreign Affairs.")["Affairs"] == "NNPS"


def test_demonyms() -> None:
    assert tags("He met his Japanese counterpart.")["Japanese"] == "JJ"
    assert tags("Peace on the Korean Peninsula was discussed.")["Korean"] == "NNP"


def test_all_caps_acronym() -> None:
    assert tags("The ministers attended the ASEAN meeting.")["ASEAN"] == "NNP"


# --- numbers, punctuation, spaces -------------------------------------------------------


def test_numbers_and_ordinals() -> None:
    got = tags("The 21st session opened on 3 March 2024 with two delegations.")
    assert got["21st"] == "JJ"
    assert got["3"] == "CD"
    assert got["2024"] == "CD"
    assert got["two"] == "CD"
    assert got["March"] == "NNP"


def test_list_numbers() -> None:
    assert [t.tag_ for t in _doc("Points:\n1. The ministers met.")][3] == "LS"


def test_hyphen_and_punctuation() -> None:
    doc = _doc('They sought long-term ties (and trade); "good" results.')
    got = {t.text: t.tag_ for t in doc}
    assert got["-"] == "HYPH"
    assert got["("] == "-LRB-"
    assert got[")"] == "-RRB-"
    assert got[";"] == ":"
    assert got["."] == "."
    assert [t.tag_ for t in doc if t.text == '"'] == ["``", "''"]


def test_whitespace_tokens() -> None:
    doc = _doc("The talks ended.\n\nThe ministers left.")
    sp = [t for t in doc if t.is_space]
    assert sp and all(t.tag_ == "_SP" and t.pos_ == "SPACE" for t in sp)


# --- coarse tags and robustness ---------------------------------------------------------


def test_coarse_tags_follow_the_attribute_ruler() -> None:
    got = pos("Although they could not agree, the ministers will meet again because it is vital.")
    assert got["could"] == "AUX"
    assert got["not"] == "PART"
    assert got["Although"] == "SCONJ"
    assert got["because"] == "SCONJ"
    assert got["is"] == "AUX"
    assert got["ministers"] == "NOUN"
    assert got["meet"] == "VERB"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "!!! ??? ...",
        "ÆØÅ ñ 東京 —– 12:30 a.m. http://example.org x@y.z",
        "a" * 5000,
        "The The The the - - - ' ' \" \" ( ) [ ]",
    ],
)
def test_any_text_gets_tags(text: str) -> None:
    doc = _doc(text)
    for t in doc:
        assert t.tag_ in shallow.TAG_POS, (t.text, t.tag_)
        assert t.pos_, t.text


def test_every_tag_has_its_coarse_tag() -> None:
    doc = _doc("The Minister of Ostravia, Aldo Verrin, welcomed the 3rd round of talks.")
    for t in doc:
        assert t.tag_ in shallow.TAG_POS
        if t.tag_ not in ("IN", "DT", "VBZ", "VBD", "VBP", "VB", "VBN", "VBG", "RB"):
            assert t.pos_ == shallow.TAG_POS[t.tag_], t.text


def test_participles_spelt_as_the_base_after_have() -> None:
    got = tags("Dr. Vareo, who had come to attend, has become a partner.")
    assert got["come"] == "VBN"
    assert got["become"] == "VBN"
    assert tags("They come here.")["come"] == "VBP"


def test_hyphenated_adjectives_before_a_noun() -> None:
    got = tags("They hailed the multi-faceted strategic partnership and in-depth talks.")
    assert (got["multi"], got["faceted"]) == ("JJ", "JJ")
    assert (got["in"], got["depth"]) == ("JJ", "JJ")
    names = tags("They discussed the Japan-China relations.")
    assert (names["Japan"], names["China"]) == ("NNP", "NNP")  # names stay names


def test_a_determiner_standing_for_the_people_before_their_verb() -> None:
    assert tags("Both attach importance to innovation.")["attach"] == "VBP"
    assert tags("Both value an open order.")["value"] == "VBP"
    assert tags("Both support measures and all efforts.")["support"] == "NN"
