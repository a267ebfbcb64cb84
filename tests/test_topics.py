"""Topics: labels of what was discussed, with the points they appear in.

The releases below are written for these tests; the people are invented.
"""

from __future__ import annotations

import re

import pytest

from pressparse import parse
from pressparse.model import Release

NUMBERED = """Press Releases

Japan-Norway Foreign Ministers' Meeting

March 3, 2023

On March 3, commencing at 3:00 p.m. for approximately 45 minutes, Mr. TAKEDA Kenji, Minister for Foreign Affairs of Japan, held a meeting with H.E. Ms. Ingrid Solberg-Haug, Minister of Foreign Affairs of the Kingdom of Norway. The overview of the meeting is as follows:

  1. At the outset, Minister Takeda welcomed Minister Solberg-Haug and stated that Japan would like to deepen cooperation with Norway under the "Blue Ocean Partnership 2.0", including on offshore wind energy.
  2. The two ministers exchanged views on climate change and agreed to work together toward the success of the Arctic Science Ministerial.
  3. The two ministers also discussed the situation in Ukraine and the South China Sea, and confirmed close coordination on North Korea, including the abductions issue.

Back to Press Releases
"""

UNNUMBERED = """READOUT

Secretary Marlow's Call with Chilean Foreign Minister Vargas

JUNE 2, 2022

Secretary of State Daniel P. Marlow spoke today with Chilean Foreign Minister Lucia Vargas.

The Secretary and Foreign Minister Vargas discussed food security, the energy transition and the situation in Venezuela.

They also reviewed progress under the Partnership for Critical Minerals (PCM) and agreed to expand trade and investment ties.
"""

HEADINGS = """Japan-Fiji Relations

Japan-Fiji Summit Meeting

July 9, 2019

On July 9, commencing at 6:00 p.m. for approximately 30 minutes, Mr. ONO Hiroshi, Prime Minister of Japan, held a summit meeting with the Hon. Josefa Ratu, Prime Minister of the Republic of Fiji. The overview of the meeting is as follows.

1. Opening remarks

Prime Minister Ono welcomed Prime Minister Ratu to Japan and said that the two countries share a long friendship.

2. Fisheries

Prime Minister Ratu asked for continued support for sustainable tuna fisheries in the Pacific.

Back to Japan-Fiji Relations
"""


@pytest.fixture(scope="module")
def numbered() -> Release:
    return parse(NUMBERED)


@pytest.fixture(scope="module")
def unnumbered() -> Release:
    return parse(UNNUMBERED)


@pytest.fixture(scope="module")
def headings() -> Release:
    return parse(HEADINGS)


def _labels(rel: Release) -> list[str]:
    return [t.label for t in rel.topics]


def _find(rel: Release, needle: str) -> int:
    """Index of the first label holding ``needle`` as whole words (case-insensitive)."""
    pat = re.compile(rf"(?<!\w){re.escape(needle.casefold())}(?!\w)")
    for i, t in enumerate(rel.topics):
        if pat.search(t.label.casefold()):
            return i
    raise AssertionError(f"{needle!r} not in {_labels(rel)}")


def test_named_initiatives_places_and_issues(numbered: Release) -> None:
    for needle in (
        "Blue Ocean Partnership 2.0",
        "climate change",
        "Ukraine",
        "South China Sea",
        "North Korea",
        "abductions issue",
    ):
        _find(numbered, needle)


def test_points_are_the_top_level_indexes(numbered: Release) -> None:
    assert numbered.topics[_find(numbered, "Blue Ocean Partnership 2.0")].points == [1]
    assert numbered.topics[_find(numbered, "climate change")].points == [2]
    assert numbered.topics[_find(numbered, "Ukraine")].points == [3]


def test_coordinated_places_are_separate_topics(numbered: Release) -> None:
    # "the situation in Ukraine and the South China Sea": two subjects, two labels
    assert _find(numbered, "Ukraine") != _find(numbered, "South China Sea")


def test_participants_countries_and_generic_phrases_are_not_topics(numbered: Release) -> None:
    keys = {t.label.casefold() for t in numbered.topics}
    for bad in ("japan", "norway", "kingdom of norway", "the meeting", "cooperation", "outset"):
        assert bad not in keys
    for t in numbered.topics:
        assert "takeda" not in t.label.casefold()
        assert "minister" not in re.findall(r"\w+", t.label.casefold())


def test_labels_are_short_and_few(numbered: Release, unnumbered: Release) -> None:
    for rel in (numbered, unnumbered):
        assert 1 <= len(rel.topics) <= 10
        for t in rel.topics:
            assert 1 <= len(re.findall(r"[\w']+", t.label)) <= 6


def test_every_label_has_a_span_on_its_words(numbered: Release, unnumbered: Release) -> None:
    for rel, text in ((numbered, NUMBERED), (unnumbered, UNNUMBERED)):
        spans = {s.field: s for s in rel.spans if s.field.startswith("topics[")}
        assert len(spans) == len(rel.topics)
        for i, t in enumerate(rel.topics):
            s = spans[f"topics[{i}].label"]
            assert text[s.start : s.end] == s.text == t.label


def test_topics_come_from_the_body_not_the_header(numbered: Release) -> None:
    # "Foreign Ministers' Meeting" is only in the title
    assert not any("foreign ministers" in t.label.casefold() for t in numbered.topics)


def test_unnumbered_readout_cues_and_acronyms(unnumbered: Release) -> None:
    _find(unnumbered, "food security")
    _find(unnumbered, "Venezuela")
    _find(unnumbered, "trade and investment")
    # the long form and its acronym make one topic
    pcm = [t.label for t in unnumbered.topics if "PCM" in t.label or "Critical Minerals" in t.label]
    assert len(pcm) == 1
    assert "Chile" not in _labels(unnumbered)


def test_section_headings_name_topics(headings: Release) -> None:
    i = _find(headings, "Fisheries")
    assert headings.topics[i].points == [2]
    assert not any(t.label.casefold() == "opening remarks" for t in headings.topics)


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n", "x", "Back to Press Releases", "\u0000\u0001 garbage ### ((( ]]]", "a " * 5000],
)
def test_never_crashes(text: str) -> None:
    rel = parse(text)
    assert len(rel.topics) <= 10
    for s in rel.spans:
        if s.field.startswith("topics["):
            assert s.text


def test_lead_only_topic_has_no_points() -> None:
    text = (
        "Press Releases\n\nJapan-Peru Telephone Talk\n\nMay 5, 2021\n\n"
        "On May 5, Mr. SATO Ichiro, Minister for Foreign Affairs of Japan, held a telephone "
        "talk with Mr. Pablo Quispe, Minister of Foreign Affairs of Peru, on the situation "
        "in Myanmar and on maritime security.\n"
    )
    rel = parse(text)
    i = _find(rel, "Myanmar")
    assert rel.topics[i].points == []


def test_lead_sentence_reporting_the_talks_gives_topics() -> None:
    # White House readouts say what was discussed in the lead's second sentence
    text = """BRIEFING ROOM

Readout of President Carter Vance's Call with Prime Minister Lena Dahl of Norland

MAY 04, 2023 • STATEMENTS AND RELEASES

President Carter Vance spoke today with Prime Minister Lena Dahl of Norland. The two \
leaders underlined that the Arctic Partnership Initiative remains central to their ties.

President Vance reaffirmed support for Norland's fisheries reform.

The leaders also discussed energy security.

###
"""
    assert any("Arctic Partnership Initiative" in lab for lab in _labels(parse(text)))


def test_meal_heading_and_office_acronym_and_own_pair_are_not_topics() -> None:
    text = """Japan-Norway Summit Meeting and Dinner

May 5, 2023

On May 5, Mr. TAKEDA Kenji, Prime Minister of Japan, held a Japan-Norway Summit Meeting \
with H.E. Ms. Lena Dahl, Prime Minister of Norway (PM). In the evening, Prime Minister \
Takeda hosted a dinner for Prime Minister Dahl. The overview is as follows.

1. Bilateral relations

The two leaders welcomed the growth of Japan-Norway trade and agreed to promote \
Japan-Norway economic relations.

2. Dinner

Over dinner, the two leaders discussed whaling and the Arctic Council.
"""
    labels = [lab.casefold() for lab in _labels(parse(text))]
    assert "dinner" not in labels
    assert "pm" not in labels
    assert "japan-norland" not in labels
    assert any("arctic council" in lab for lab in labels)


# --- rules added for recall: each test uses sentences written for it ---------------------

SUMMIT_SECTIONS = """Japan-Norland Summit Meeting

June 2, 2023

On June 2, commencing at 10:00 a.m. for approximately 50 minutes, Mr. TAKEDA Kenji, Prime \
Minister of Japan, held a summit meeting with H.E. Mr. Erik Lunde, Prime Minister of Norland. \
The overview of the meeting is as follows.

1. The rules-based order and the Arctic

Prime Minister Takeda stated that the free and open order must be defended. The two leaders \
welcomed the launch of the Polar Research Framework.

2. Security

Prime Minister Lunde expressed his determination to reinforce Norland's coast guard \
capabilities. Prime Minister Takeda explained the situation surrounding the Kuril Islands and \
confirmed the application of Article 7 of the Japan-Norland Fisheries Treaty to the Kuril \
Islands.

3. Regional affairs

The two leaders discussed a missile launch by North Korea and agreed that the launch \
violated UN Security Council resolutions.
"""


@pytest.fixture(scope="module")
def summit_sections() -> Release:
    return parse(SUMMIT_SECTIONS)


def test_heading_joining_two_subjects_gives_both(summit_sections: Release) -> None:
    # "The rules-based order and the Arctic": each side has its own article
    _find(summit_sections, "rules-based order")
    _find(summit_sections, "Arctic")


def test_act_nouns_and_name_parts_are_not_topics(summit_sections: Release) -> None:
    labels = [lab.casefold() for lab in _labels(summit_sections)]
    # "the launch of X": X is the subject ("launch" alone only beside "missile launch")
    _find(summit_sections, "Polar Research Framework")
    assert "launch" not in labels[: labels.index("missile launch")]
    # "Article 7 of the ... Treaty", a lone "Treaty": parts of a name
    assert not any(lab.startswith("article") for lab in labels)
    assert "treaty" not in labels


def test_island_names_and_capabilities_rank_as_subjects(summit_sections: Release) -> None:
    _find(summit_sections, "Kuril Islands")
    _find(summit_sections, "coast guard capabilities")


READOUT_LISTS = """READOUT

Secretary Marlow's Meeting with Foreign Minister Ilse Varga of Estoria

MARCH 9, 2024

Secretary of State Daniel P. Marlow met today with Estorian Foreign Minister Ilse Varga. \
The two affirmed that the Baltic Energy Compact has never been stronger.

The Secretary and Foreign Minister Varga discussed the response to the pandemic, \
cybersecurity ahead of the Tallinn summit, and the situation in Moldova. They compared \
assessments of the build-up of foreign troops near the border.

They also reviewed cooperation on energy, investment and food security, and challenges such \
as supply chains.
"""


@pytest.fixture(scope="module")
def readout_lists() -> Release:
    return parse(READOUT_LISTS)


def test_listed_items_are_separate_topics(readout_lists: Release) -> None:
    # "cooperation on energy, investment and food security": one list, three subjects
    for needle in ("energy", "investment", "food security"):
        _find(readout_lists, needle)


def test_cues_through_clauses_and_hyphenated_heads(readout_lists: Release) -> None:
    # "affirmed that X has never been stronger", "build-up of X", "such as X",
    # "cybersecurity" (an issue word with a prefix)
    for needle in ("Baltic Energy Compact", "foreign troops", "supply chains", "cybersecurity"):
        _find(readout_lists, needle)


def test_fixed_phrase_own_side_and_names_after_articles() -> None:
    text = """READOUT

Secretary Marlow's Call with Foreign Minister Ilse Varga of Estoria

MARCH 9, 2024

Secretary of State Daniel P. Marlow spoke today with Estorian Foreign Minister Ilse Varga.

They traded views on Georgia, the Caucasus and the Black Sea region. The Secretary welcomed \
the US side's support for the UN Secretary-General's good offices.
"""
    rel = parse(text)
    # "Georgia, the Caucasus and the Black Sea region": an article starts another name
    assert _find(rel, "Caucasus") != _find(rel, "Black Sea region")
    # "good offices" is a term: "good" is not trimmed as a grading adjective
    _find(rel, "good offices")
    labels = [lab.casefold() for lab in _labels(rel)]
    assert "us side" not in labels and "side" not in labels


def test_same_subject_is_shown_once() -> None:
    text = """Press Releases

Japan-Peru Foreign Ministers' Telephone Talk

May 5, 2021

On May 5, Mr. SATO Ichiro, Minister for Foreign Affairs of Japan, held a telephone talk with \
Mr. Pablo Quispe, Minister of Foreign Affairs of Peru. The overview is as follows.

1. The two ministers welcomed progress in Japan-Peru relations and agreed to deepen \
Japan-Peru cooperation on the COVID-19 situation.

2. The two ministers discussed COVID-19 vaccines, COVID-19 and the Andean Development Bank.

3. The two ministers confirmed cooperation on the Amazon basin and on the Pacific Alliance.
"""
    labels = [lab.casefold() for lab in _labels(parse(text))]
    # a second label on the same subject comes only after every distinct subject
    distinct = max(labels.index(x) for x in ("andean development bank", "pacific alliance"))
    same = (("japan-peru relations", "japan-peru cooperation"), ("covid-19", "covid-19 situation"))
    for pair in same:
        assert any(x in labels for x in pair)
        assert max(labels.index(x) if x in labels else 99 for x in pair) > distinct
    assert "covid-19 vaccines" in labels


def test_short_readout_is_filled_up() -> None:
    text = """The Prime Minister spoke to President Anna Holm of Norland this morning.

The leaders went over the latest situation on the frontline and the harvest outlook.
"""
    labels = [lab.casefold() for lab in _labels(parse(text))]
    assert "frontline" in labels or "harvest outlook" in labels
    assert "morning" not in labels


def test_region_after_the_is_not_a_person_and_times_are_not_topics() -> None:
    text = """Minister meets counterpart

The Minister of Foreign Affairs, Anna Berg, met yesterday with Luc Martel, Minister for \
Europe and Foreign Affairs of Belgium, for two and a half hours.

They traded views on Lebanon, the Sahel and the Indo-Pacific region. They also discussed \
the China-Malaysia High-Level Committee.
"""
    labels = [lab.casefold() for lab in _labels(parse(text))]
    assert "sahel" in labels
    assert not any("hours" in lab for lab in labels)
    assert any("high-level committee" in lab for lab in labels)


def test_cooperation_through_a_body_and_acts_on_a_state() -> None:
    text = """BRIEFING ROOM

Readout of President Carter Vance's Call with Prime Minister Lena Dahl of Norland

MAY 04, 2023 • STATEMENTS AND RELEASES

President Carter Vance spoke today with Prime Minister Lena Dahl of Norland.

President Vance restated the U.S. commitment to the defense of Norland. The leaders looked \
ahead to deeper cooperation through the Arctic Five and met Estorian External Affairs \
Minister Ilse Varga.
"""
    labels = [lab.casefold() for lab in _labels(parse(text))]
    assert "arctic five" in labels  # "cooperation through X"
    assert "defense" not in labels  # "the defense of <a state>": an act on the state
    assert not any("external affairs" in lab for lab in labels)  # an office's own name


RANKING = """Press Releases

Japan-Norland Foreign Ministers' Meeting on the Margins of the Zeta Assembly

June 2, 2023

1. On June 2, Mr. SATO Ichiro, Minister for Foreign Affairs of Japan, held a meeting with \
Mr. Erik Lunde, Minister of Foreign Affairs of Norland, on the margins of the Zeta Assembly. \
The two ministers exchanged views on maritime security and discussed the management of \
fishing quotas.

2. The two ministers confirmed that Japan and Norland will work with like-minded partners, \
including Brazil, Chile and Peru, toward a rules-based order, and welcomed the steadfast \
support of the two peoples. The Norwegians and Canadians were mentioned.

3. They also talked about whaling, with Arctic shipping among the themes, and welcomed the \
signing of the Japan-Peru Search and Rescue Cooperation Treaty.

4. Minister Sato stressed the importance of interoperability with NATO.
"""


@pytest.fixture(scope="module")
def ranking() -> Release:
    return parse(RANKING)


def test_strongly_discussed_subjects_rank_first(ranking: Release) -> None:
    labels = [lab.casefold() for lab in _labels(ranking)]
    # "exchanged views on X", "discussed the management of X", "talked about X"
    assert set(labels[:2]) == {"maritime security", "whaling"}
    assert "fishing quotas" in labels[:8]
    assert "arctic shipping" in labels  # "with X among the themes"


def test_examples_of_a_class_settings_and_grades_are_not_subjects(ranking: Release) -> None:
    labels = [lab.casefold() for lab in _labels(ranking)]
    top = labels[:6]
    # "like-minded partners, including Brazil, Chile and Peru": examples of the class
    assert not {"brazil", "chile", "peru"} & set(top)
    assert "zeta assembly" not in labels  # "on the margins of X": the occasion
    assert "steadfast support" not in labels  # a generic noun with only a grade
    assert not any("norwegians" in lab for lab in labels)  # demonyms name people


def test_participants_unknown_state_and_long_treaty_name(ranking: Release) -> None:
    labels = [lab.casefold() for lab in _labels(ranking)]
    # a state the lexicon does not know, named in "<office> of X" after a participant
    assert "norland" not in labels
    # "Japan-Peru Search and Rescue Cooperation Treaty" (7 words) loses the parties' names
    assert any(lab == "search and rescue cooperation treaty" for lab in _all_labels(ranking))
    # "interoperability with NATO": an issue noun and the name it concerns
    assert "interoperability with nato" in labels


def _all_labels(rel: Release) -> list[str]:
    return [t.label.casefold() for t in rel.topics]


def test_pair_relations_verb_conjuncts_and_shared_names() -> None:
    text = """Minister meets counterpart

The Minister of Foreign Affairs, Anna Berg, met yesterday with Luc Martel, Minister for \
Europe and Foreign Affairs of Belgium.

Minister Berg counts the Peru-Chile relationship among the region's strongest ties.

They also discussed the global response to the pandemic, climate change ahead of the summit \
in Ostend, and the situation in the Sahel.

They raised the pressure on the Voice of Free Radio and the Voice of Free Radio Service.
"""
    labels = [lab.casefold() for lab in _labels(parse(text))]
    # a noun spaCy hangs from "discussed" as a conjunct is still what was discussed
    assert "climate change" in labels[:4]
    # the relations of two named states are a subject
    assert "peru-chile relationship" in labels
    # two names sharing a three-word name say one subject: the second comes last
    radio = [i for i, lab in enumerate(labels) if "voice of free radio" in lab]
    assert radio and (len(radio) == 1 or radio[1] == len(labels) - 1 or radio[1] >= 4)


AUDIT = """Press Releases

Minister Dahl's Telephone Talk with Minister Vance

June 4, 2024

On June 4, commencing at 9:00 a.m. for approximately 30 minutes, Ms. Lena Dahl, Minister for \
Foreign Affairs of Norway, held a telephone talk with the Hon. Marcus Vance MP, Minister for \
Foreign Affairs of Australia. The overview of the talk is as follows:

  1. The two ministers discussed the Korean Peninsula and agreed to fully implement the UNSC \
Resolution 2718 in order to strengthen pressure on the North.
  2. They discussed the war in Ukraine and its global impacts, particularly on food security, \
and the adverse impact of the drought in the Horn of Africa.
  3. Minister Dahl said the upcoming meeting would focus on the Korean Peninsula situation, \
the novel coronavirus and the novel coronavirus infection in Pacific island countries.
  4. The two ministers welcomed the Japan-Australia-India-U.S. Summit Meeting to be held next \
month and the Norwegian chairmanship of the Arctic Council.
  5. Accompanying the Minister were the Deputy Directors General (DDG) of the three pillars: \
Political-security (APSP), economic (AEP) and socio-cultural (ASCP).

(*This is a provisional translation. The above date denotes the date of the issue of the \
original press release in Norwegian.)
"""


@pytest.fixture(scope="module")
def audit() -> Release:
    return parse(AUDIT)


def test_no_boilerplate_labels(audit: Release) -> None:
    labels = [lab.casefold() for lab in _labels(audit)]
    for junk in ("mp", "order", "north", "upcoming meeting", "global impacts", "adverse impact"):
        assert junk not in labels, junk
    # words about the release itself ("original press release", "translation")
    assert not any("release" in lab or "translation" in lab for lab in labels)


def test_acronyms_of_offices_and_list_labels_are_not_topics(audit: Release) -> None:
    labels = [lab.casefold() for lab in _all_labels(audit)]
    for junk in ("ddg", "apsp", "aep", "ascp", "political-security", "socio-cultural"):
        assert junk not in labels, junk


def test_numbers_and_abbreviations_complete_names(audit: Release) -> None:
    labels = [lab.casefold() for lab in _all_labels(audit)]
    assert "unsc resolution 2718" in labels  # not "UNSC Resolution" and "Resolution 2718"
    assert not any(lab.endswith("-u") for lab in labels)  # not cut inside "U.S."


def test_restatements_do_not_take_slots(audit: Release) -> None:
    labels = [lab.casefold() for lab in _labels(audit)]
    assert sum(lab.startswith("novel coronavirus") for lab in labels) == 1
    assert sum(lab.startswith("korean peninsula") for lab in labels) == 1
    # the chairmanship with the body it heads is one label, shown in full
    assert "norwegian chairmanship of the arctic council" in labels or (
        "norwegian chairmanship" not in labels
    )


def test_acronym_definition_rules() -> None:
    from pressparse.topics import _acronym_ok

    assert _acronym_ok("the Tokyo International Conference on African Development ", "TICAD")
    assert _acronym_ok("the spread of novel coronavirus disease ", "COVID-19")
    assert not _acronym_ok("the Deputy Secretaries General ", "DSG")
    assert not _acronym_ok("of ASEAN – Political-security ", "APSC")
    assert not _acronym_ok("economic (AEC) and socio-cultural ", "ASCC")


# --- settings, the publishing side, leftover weak labels ----------------------

SETTINGS = """MFA Press Statement

Minister Halvorsen's Meeting with Minister Okafor

12 March 2024

KORVALA – Minister for Foreign Affairs Erik Halvorsen met the Minister of Foreign Affairs \
of Nigeria, Ada Okafor, on 12 March 2024 in Lisbon.

The two ministers had a productive meeting in Lisbon and discussed maritime security and the \
situation in Jerusalem. They agreed that the summit in Geneva next month should advance \
cooperation on renewable energy.

Minister Halvorsen will join the Prime Minister's meetings in Vienna and Prague on 13 March. \
From Prague, the Minister continued on to Warsaw.
"""


def test_places_of_the_talks_are_settings_not_topics() -> None:
    labels = _all_labels(parse(SETTINGS))
    # the dateline, the meeting's place, and cities named where people met or travelled
    for place in ("korvala", "lisbon", "geneva", "vienna", "prague", "warsaw"):
        assert not any(place in lab for lab in labels), place
    # a place discussed as a subject stays one
    assert any("jerusalem" in lab for lab in labels)
    assert "maritime security" in labels


def test_setting_place_stops_at_a_subject() -> None:
    text = """Readout

Minister Rask's Call with Minister Doumbia

May 2, 2024

Minister Anton Rask spoke today with Minister of Foreign Affairs of Mali Awa Doumbia.

They held talks on the ceasefire in Gaza and discussed the crisis in Sudan, and agreed \
to meet again in Madrid.
"""
    labels = _all_labels(parse(text))
    assert any("gaza" in lab for lab in labels)  # "talks on the ceasefire in Gaza": a subject
    assert any("sudan" in lab for lab in labels)
    assert not any("madrid" in lab for lab in labels)


OWN_SIDE = """Foreign Secretary meeting with Irish Foreign Minister

The Foreign Secretary met Irish Foreign Minister Ciaran Doyle in London today.

They discussed the unique UK-Ireland relationship, the Middle East Peace Process and the \
hard border. The Foreign Secretary said the UK and its allies would keep supporting Ukraine, \
and that close cooperation between the UK and Ireland on energy security would continue.
"""


def test_the_publishing_side_is_not_a_topic() -> None:
    labels = _all_labels(parse(OWN_SIDE))
    assert "uk" not in labels
    assert "ireland" not in labels
    assert "ukraine" in labels
    assert any("uk-ireland" in lab for lab in labels)  # the pair with a noun is a subject


def test_counterpart_demonym_and_turkiye_spelling() -> None:
    text = """Secretary Marlow's Call with Turkish Foreign Minister Aksoy

The below is attributable to the Spokesperson:

Secretary of State Daniel Marlow spoke today with Turkish Foreign Minister Selin Aksoy. The two \
discussed efforts to free hostages held by the Harrow Front. The Secretary welcomed Turkiye's \
constructive engagement on the Black Sea grain corridor.
"""
    labels = _all_labels(parse(text))
    assert "turkiye" not in labels
    assert any("hostages" in lab for lab in labels)
    other = """Foreign Secretary meeting with Secretary Marlow

Foreign Secretary Helen Ashby met with her American counterpart in London to discuss the \
Iran nuclear deal and the Syrian crisis. They agreed the US would work with the UK on Yemen.
"""
    labels = _all_labels(parse(other))
    assert "us" not in labels
    assert "iran nuclear deal" in labels


WEAK = """Readout of the Secretary-General's call with Prime Minister Talia Renner

New York, 3 October 2025

The Secretary-General spoke with Prime Minister Talia Renner of Belgium.

They discussed the war in Ukraine and diplomatic efforts to end it, and ongoing efforts in \
support of Somalia, Human Rights and UN reform. They also discussed the UN Plan of Action to \
Prevent Violent Extremism to be presented by the Secretary-General to the General Assembly. \
The White House was not consulted. The Prime Minister will meet European and Middle Eastern \
counterparts to counter Chinas malign influence.
"""


def test_leftover_weak_labels() -> None:
    labels = _all_labels(parse(WEAK))
    for junk in (
        "diplomatic efforts",
        "war",
        "white house",
        "european",
        "european and middle eastern",
        "chinas",
        "human rights and un",
        "secretary-general to the general assembly",
    ):
        assert junk not in labels, junk
    assert "war in ukraine" in labels  # the strife with the name that says which
    assert "human rights" in labels
    assert "un reform" in labels


def test_event_name_holds_its_body_even_in_a_short_list() -> None:
    text = """Wang Lin Holds Phone Talks with Secretary Marlow

On August 5, Foreign Minister Wang Lin held phone talks with Secretary Daniel Marlow.

Wang Lin said China-US relations should stay on track. The two discussed preparations for the \
G20 Harbin Summit. He added that the G20 matters for the world economy.
"""
    labels = _all_labels(parse(text))
    assert "g20 harbin summit" in labels
    assert "g20" not in labels


def test_issue_word_offered_from_an_uncued_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    from pressparse import topics

    seen: list[topics._Cand] = []
    select = topics._select

    def spy(ranked: list[topics._Cand], own: frozenset[str] = frozenset()) -> list[topics._Cand]:
        seen.extend(ranked)
        return select(ranked, own)

    monkeypatch.setattr(topics, "_select", spy)
    text = """Readout of President Alder's Call with President Moreau

President Jonah Alder spoke today with President Celine Moreau of France.

President Alder was clear that farmers must be protected from the Republic's unfair trade and \
economic practices. Rising prices have strained global energy supplies. They discussed Arctic \
shipping.
"""
    labels = _all_labels(parse(text))
    offered = {c.key for c in seen if c.offered}
    assert {"trade", "energy"} <= offered
    assert "economic" not in offered  # only nouns of the issue vocabulary stand alone
    # shown only when the phrase holding it is not
    assert not ({"trade", "unfair trade and economic practices"} <= set(labels))


def test_ties_break_by_repetition_then_position() -> None:
    from pressparse.topics import _Cand, _order

    once = _Cand("alpha", 0, 5, 2.0, occurrences=[(0, 5)], first=1)
    twice = _Cand("beta", 10, 14, 2.0, occurrences=[(10, 14), (40, 44)], first=2)
    later = _Cand("gamma", 20, 25, 2.0, occurrences=[(20, 25)], first=3)
    better = _Cand("delta", 30, 35, 2.5, occurrences=[(30, 35)], first=4)
    ranked = sorted([later, once, twice, better], key=_order)
    assert [c.key for c in ranked] == ["delta", "beta", "alpha", "gamma"]


def test_the_country_after_a_meeting_city_is_a_setting_too() -> None:
    # "meeting again in <city>, <country>": where they will meet, not what they discussed
    rel = parse(
        "On June 2, Minister Ana Ruiz held a meeting with Minister Bo Lind. The two ministers "
        "discussed fisheries and the Arctic Council, and they look forward to meeting again in "
        "Vientiane, Lao PDR in July."
    )
    assert "Lao PDR" not in _labels(rel)
    assert "fisheries" in _labels(rel)


def test_tone_grade_and_office_words_are_not_topics() -> None:
    # the manner of the talks, a grade of time or certainty, and an office's acronym
    rel = parse(
        "Foreign Minister Tomas Elvin held a telephone conversation with Foreign Minister Rana "
        "Okoye. The talks were held with exceptional warmth and candour. DPM/FM Elvin discussed "
        "fisheries, topical issues and the proposed Summit, and stressed solidarity in the "
        "longer term."
    )
    labels = _all_labels(rel)
    assert "fisheries" in labels
    junk_labels = ("exceptional warmth and candour", "topical issues", "proposed summit")
    for junk in (*junk_labels, "longer term", "solidarity", "dpm"):
        assert junk not in labels


def test_a_states_own_bodies_are_publishers_not_topics() -> None:
    rel = parse(
        "Minister Sera Voll met Minister Ahmed Karim. The Indonesian Foreign Ministry and the "
        "Chinese Government discussed food security and the Mekong River Commission."
    )
    labels = _all_labels(rel)
    assert "indonesian foreign ministry" not in labels
    assert "chinese government" not in labels
    assert "food security" in labels


def test_a_disease_name_outranks_its_kind_noun() -> None:
    rel = parse(
        "Minister Lena Dorsk spoke with Minister Omar Feld. They discussed the COVID-19 "
        "pandemic, vaccine supply and the recovery after the pandemic."
    )
    labels = _all_labels(rel)
    assert any("covid-19" in lab for lab in labels)
    assert "pandemic" not in labels
    assert "covid-19 pandemic" not in labels or "covid-19" not in labels


def test_kind_noun_alone_is_kept_without_a_disease_name() -> None:
    rel = parse(
        "Minister Lena Dorsk spoke with Minister Omar Feld. They discussed pandemic "
        "preparedness and vaccine supply."
    )
    assert any("pandemic" in lab for lab in _all_labels(rel))


def test_a_pair_typed_apart_is_shown_only_with_its_noun() -> None:
    rel = parse(
        "Minister Ana Brill met Minister Kofi Osei. They discussed the Ghana- Lao PDR rice "
        "corridor and fisheries."
    )
    labels = _all_labels(rel)
    assert "ghana- lao pdr" not in labels
    assert any("rice corridor" in lab for lab in labels)


def test_acronym_links_to_the_whole_long_form() -> None:
    # "<Body> in <Place> (ACR)": the acronym stands for the whole name, and the place
    # said alone elsewhere stays a subject of its own
    rel = parse(
        "Secretary-General Mara Quist met Minister Ilya Dorn. They discussed the situation "
        "in Western Sahara and support for the UN Mission in Western Sahara (MINWES)."
    )
    labels = _all_labels(rel)
    assert "western sahara (minwes)" not in labels
    assert any("minwes" in lab and "mission" in lab for lab in labels)
    assert "western sahara" in labels


# --- issue 3: cues of place and lists, terms, noun runs, sign-offs ------------------


def test_a_place_of_peace_and_stability_is_a_subject() -> None:
    # "peace and stability across X", "aggression against X": the place and the target
    rel = parse(
        "Minister Lena Dorsk spoke with Minister Omar Feld.\n\n"
        "The two ministers stressed the importance of peace and stability across the "
        "Kessel Strait.\n\n"
        "They agreed to deter Vorland's aggression against Estmark."
    )
    _find(rel, "Kessel Strait")
    _find(rel, "aggression against Estmark")


def test_the_pandemic_lends_its_points_to_the_disease_name() -> None:
    rel = parse(
        "Minister Lena Dorsk spoke with Minister Omar Feld.\n\n"
        "They discussed the response to COVID-19.\n\n"
        "They agreed that recovery from the pandemic needs open trade.\n\n"
        "They also discussed supply chains after the pandemic."
    )
    assert rel.topics[_find(rel, "COVID-19")].points == [1, 2, 3]
    assert "pandemic" not in _all_labels(rel)


def test_of_terms_and_acronyms_with_an_edition() -> None:
    rel = parse(
        "Minister Lena Dorsk met Minister Omar Feld.\n\n"
        "They welcomed the Pacific Islands Leaders Meeting (PALM 10) and discussed the rule "
        "of law, freedom of navigation and the spread of weapons of mass destruction."
    )
    labels = _all_labels(rel)
    for term in ("rule of law", "freedom of navigation", "weapons of mass destruction"):
        assert term in labels
    assert "rule" not in labels and "spread of weapons" not in labels
    _find(rel, "PALM 10")


def test_noun_runs_the_parser_split_and_sign_offs() -> None:
    rel = parse(
        "Minister Lena Dorsk met Minister Omar Feld.\n\n"
        "Minister Dorsk said her country would assist in fields including quality "
        "infrastructure, health and human resource development.\n\n"
        "They also discussed climate change and the digital economy./.VNA\n\n"
        "They stressed the urgent need to respond to the global crisis and underlined that "
        "the alliance remains the cornerstone of peace."
    )
    labels = _all_labels(rel)
    _find(rel, "human resource development")
    assert "health and human resource" not in labels
    # an article after "and" starts a second subject; the agency's sign-off is cut off
    assert "climate change" in labels and "digital economy" in labels
    assert not any("vna" in lab or "/" in lab for lab in labels)
    for bad in ("urgent need", "need", "global crisis", "cornerstone of peace", "cornerstone"):
        assert bad not in labels


def test_news_agencies_are_not_topics() -> None:
    rel = parse(
        "Kessel, Estmark hold talks\n\n"
        "KESSEL, Jan. 5 (Xinhua) -- Foreign Minister Lena Dorsk held talks with Foreign "
        "Minister Omar Feld on Thursday, Xinhua reported.\n\n"
        "The two sides discussed the Kessel River Commission and fisheries, according to "
        "Reuters and AFP.\n\n"
        "They agreed to expand trade in rice."
    )
    labels = _all_labels(rel)
    assert not any(a in lab for lab in labels for a in ("xinhua", "reuters", "afp"))
    _find(rel, "Kessel River Commission")


def test_items_listed_after_a_class_of_subjects_and_passive_reports() -> None:
    rel = parse(
        "Minister Lena Dorsk met Minister Omar Feld.\n\n"
        "The two ministers agreed that the fisheries dispute must be resolved without delay. "
        "Also on the agenda were subjects on which the two could work together: Estmark, "
        "maritime safety, and nuclear security."
    )
    for needle in ("fisheries dispute", "Estmark", "maritime safety", "nuclear security"):
        _find(rel, needle)


def test_on_after_based_or_called_is_no_cue() -> None:
    # "a partnership based on X", "called on X to ...": a basis and an addressee; the
    # subjects are what the partnership and the call concern
    rel = parse(
        "Minister Lena Dorsk met Minister Omar Feld.\n\n"
        "They discussed the Blue Reef Initiative, a partnership based on Shared Maritime "
        "Principles, and called on the Kessel Council to end illegal fishing.\n\n"
        "They also discussed illegal fishing and ocean plastics."
    )
    labels = _all_labels(rel)
    _find(rel, "Blue Reef Initiative")
    if "shared maritime principles" in labels:
        assert labels.index("shared maritime principles") > _find(rel, "illegal fishing")


# --- round 2: list items, the publisher's side, cues through nouns, people's cases -------


def test_listed_items_of_two_words_each_are_two_subjects() -> None:
    # "(b) the digital economy and cyber security": two phrases of their own in a list
    # item are two subjects; "trade and investment" (bare nouns) stays one
    rel = parse(
        "MINISTRY OF FOREIGN AFFAIRS, NORLAND\n\nPRESS RELEASE\n\n"
        "The Minister of Foreign Affairs of Norland, Ms. Eva Brandt, today received "
        "Mr. Tomas Reyes, Minister of Foreign Affairs of Chile.\n\n"
        "2.  The Ministers agreed to step up cooperation in the following areas:\n"
        "    (a) trade and investment;\n"
        "    (b) the digital economy and cyber security; and\n"
        "    (c) renewable energy.\n\n"
        "3.  They also looked at cooperation in tourism, fisheries, critical minerals and "
        "emerging technologies."
    )
    labels = _all_labels(rel)
    assert "trade and investment" in labels
    for needle in ("digital economy", "cyber security", "critical minerals"):
        assert needle in labels, labels
    assert not any("economy and cyber" in lab for lab in labels)


def test_publisher_state_and_meeting_pair_are_the_own_side() -> None:
    # the site-name line "Prime Minister of Canada" and "the Canada-Norland Leaders' Meeting"
    # name the sides; a side's country is not a subject when only travelled to
    rel = parse(
        "Prime Minister of Canada\n\nReadouts\n\nMarch 2, 2023\n\n"
        "Today, Prime Minister Dana Marsh welcomed the Prime Minister of Norland, Aksel "
        "Lund, to Ottawa for the annual Canada-Norland Leaders' Meeting, his first visit to "
        "Canada since taking office.\n\n"
        "The leaders talked about clean energy and critical minerals, and a trade mission "
        "will travel to Canada in the spring.\n\n"
        "They went over Norland's priorities for its G7 Presidency."
    )
    labels = _all_labels(rel)
    assert "canada" not in labels and "norland" not in labels, labels
    _find(rel, "G7 Presidency")


def test_hyphen_before_a_two_word_state_does_not_cut_a_name() -> None:
    # "Chile-United States Dialogue": "Chile-United" is no name
    rel = parse(
        "Minister Ivo Marek of Chile met Secretary Jane Holt of the United States.\n\n"
        "They agreed to revive the Chile-United States Senior Officials' Dialogue and "
        "discussed maritime security."
    )
    assert not any(lab.endswith("united") for lab in _all_labels(rel)), _labels(rel)
    _find(rel, "Senior Officials' Dialogue")


def test_cues_through_search_improvement_and_against() -> None:
    # "pressed for progress in the search for X", "condemned the war against Y",
    # "a settlement between A and B"
    rel = parse(
        "Chancellor Mira Holt held a telephone call with President Ivan Dovic.\n\n"
        "The Chancellor pressed for an improvement in the humanitarian situation and for "
        "progress in the search for a diplomatic solution.\n\n"
        "She condemned the war against Estmark and raised the search for a lasting "
        "settlement between Varnia and Oskia."
    )
    for needle in ("diplomatic solution", "humanitarian situation", "Estmark", "Varnia"):
        _find(rel, needle)


def test_a_detained_persons_case_is_a_subject() -> None:
    # "the case of X", "X's health": a detained person's case is discussed; "health" alone
    # is not the subject
    rel = parse(
        "Secretary Ruth Kell met Foreign Minister Pavel Orin.\n\n"
        "The Secretary raised the case of Marek Tolan, a journalist detained since May, "
        "and Lena Vosk's health.\n\n"
        "They also discussed maritime security."
    )
    _find(rel, "Marek Tolan")
    _find(rel, "Lena Vosk")
    assert "health" not in _all_labels(rel)


def test_a_release_in_another_language_gets_no_topics_but_a_warning() -> None:
    text = (
        "Le ministre des Affaires étrangères a rencontré son homologue allemand le 3 mai 2022 "
        "à Paris. Les deux ministres ont discuté de la situation en Ukraine, de la sécurité "
        "énergétique et de la coopération bilatérale. Ils sont convenus de renforcer le "
        "dialogue entre les deux pays et de se revoir à Berlin."
    )
    rel = parse(text)
    assert rel.topics == []
    assert any("English" in w for w in rel.warnings)


def test_labels_carry_no_padding_and_match_their_spans() -> None:
    rel = parse("y d d .\n2) the  s\n\nThey discussed  Acme Inc \n")
    for i, t in enumerate(rel.topics):
        assert t.label == t.label.strip() and t.label
        (span,) = [s for s in rel.spans if s.field == f"topics[{i}].label"]
        assert span.text.strip() == span.text


def test_a_person_entity_on_a_possessive_mark_does_not_hang() -> None:
    # found by the fuzzer: spaCy opened a PERSON entity on a token the run skips, and the
    # scan for detained persons' cases stood still on it for ever
    text = (
        "Statement\n\nMeeting between External Affairs Minister Toma1.5 hourss Moreno and "
        "H.E. Mr. MARL\U0002d1de\U0002aa28\U0001335b"
    )
    rel = parse(text)
    assert all(t.label for t in rel.topics)


@pytest.mark.parametrize("fast", [False, True], ids=["parser", "fast"])
def test_a_place_after_another_noun_is_a_subject_not_the_meeting_place(fast: bool) -> None:
    # "in X" after a noun other than the meeting or the people met places that noun
    lead = (
        "Foreign Minister Lina Marsh held talks with Foreign Minister Tomas Vik of Norland "
        "in Lisbon on 4 May 2023. Minister Marsh said Norland was a leading partner in the "
        "Caribbean, and the two ministers discussed maritime security."
    )
    rel = parse(lead, fast=fast)
    assert _find(rel, "Caribbean") >= 0
    assert not any("Lisbon" in label for label in _labels(rel))  # where they met


@pytest.mark.parametrize("fast", [False, True], ids=["parser", "fast"])
def test_a_place_and_its_strait_are_one_subject_and_a_manner_is_none(fast: bool) -> None:
    text = (
        "Foreign Minister Lina Marsh held talks with Foreign Minister Tomas Vik of Norland "
        "in Lisbon on 4 May 2023.\n\n"
        "1. On Vellmark, the two ministers opposed any attempt to alter the status quo and "
        "stressed peace and stability across the Vellmark Strait.\n\n"
        "2. The ministers agreed to settle trade disputes in a reasonable manner and "
        "discussed fisheries.\n\n"
        "3. They also exchanged views on energy security, climate change and cyber security."
    )
    labels = _labels(parse(text, fast=fast))
    assert len([x for x in labels if x.startswith("Vellmark")]) == 1, labels
    assert not any("manner" in x for x in labels), labels


@pytest.mark.parametrize("fast", [False, True], ids=["parser", "fast"])
def test_a_bodys_meeting_is_shown_in_the_place_of_the_body(fast: bool) -> None:
    text = (
        "Foreign Minister Lina Marsh held a telephone talk with Foreign Minister Tomas Vik of "
        "Norland on 4 May 2023.\n\n"
        "1. The two ministers discussed cooperation in the G20, and agreed to work together "
        "for the success of the G20 Velmar Summit.\n\n"
        "2. They also exchanged views on energy security, climate change, food security and "
        "cyber security."
    )
    labels = _labels(parse(text, fast=fast))
    assert "G20 Velmar Summit" in labels, labels
    assert "G20" not in labels, labels  # one subject, said by its meeting's name
