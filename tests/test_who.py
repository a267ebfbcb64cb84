"""Tests for the who stage: participants vs. people only mentioned.

Every release below is written for these tests; the people in them are invented.
"""

from __future__ import annotations

import pytest

from pressparse import parse
from pressparse.model import Person, Release
from pressparse.who import _family_given


def _names(people: list[Person]) -> list[str]:
    return [p.name for p in people]


def _person(rel: Release, name: str) -> Person:
    for p in rel.participants:
        if p.name == name:
            return p
    raise AssertionError(f"{name!r} not among participants {_names(rel.participants)}")


MOFA_STYLE = """Press Releases

Japan-Norway Foreign Ministers' Meeting

March 5, 2023

On March 5, commencing at 3:00 p.m. for approximately 45 minutes, Mr. HAYASHI Kenji, \
Minister for Foreign Affairs of Japan, held a meeting with H.E. Ms. Ingrid Solberg Haugen, \
Minister of Foreign Affairs of the Kingdom of Norway, who is visiting Japan. The overview of \
the meeting is as follows.

1. Minister Hayashi welcomed Minister Haugan to Japan. He said that Japan wishes to strengthen \
cooperation with Norway in the Arctic.
2. Minister Haugen replied that Norway appreciated Japan's role and conveyed greetings from \
Prime Minister Erik Dahlberg.
3. The two ministers exchanged views on the Japan-ASEAN partnership.

Back to Press Releases
"""


@pytest.fixture(scope="module")
def mofa() -> Release:
    return parse(MOFA_STYLE)


def test_mofa_participants_and_mentioned(mofa: Release) -> None:
    assert _names(mofa.participants) == ["HAYASHI Kenji", "Ingrid Solberg Haugen"]
    assert _names(mofa.mentioned_people) == ["Erik Dahlberg"]


def test_mofa_surname_in_capitals_gives_name_order(mofa: Release) -> None:
    p = _person(mofa, "HAYASHI Kenji")
    assert (p.family_name, p.given_name) == ("HAYASHI", "Kenji")
    assert p.honorific == "Mr."
    assert p.title == "Minister for Foreign Affairs"
    assert p.organization == "Japan"


def test_appositive_office_and_long_country_form(mofa: Release) -> None:
    p = _person(mofa, "Ingrid Solberg Haugen")
    assert p.honorific == "H.E. Ms."
    assert p.title == "Minister of Foreign Affairs"
    assert p.organization == "Norway"


def test_aliases_merge_office_forms_and_misspelling(mofa: Release) -> None:
    hayashi = _person(mofa, "HAYASHI Kenji")
    assert "Minister Hayashi" in hayashi.aliases
    haugen = _person(mofa, "Ingrid Solberg Haugen")
    assert "Minister Haugen" in haugen.aliases
    assert "Haugan" in haugen.aliases  # misspelt in the points, still the same person


def test_spans_point_at_the_words(mofa: Release) -> None:
    text = MOFA_STYLE
    fields = {s.field for s in mofa.spans}
    for i in range(len(mofa.participants)):
        assert f"participants[{i}].name" in fields
        assert f"participants[{i}].title" in fields
        assert f"participants[{i}].organization" in fields
    assert "mentioned_people[0].name" in fields
    for s in mofa.spans:
        assert text[s.start: s.end] == s.text
    name_span = next(s for s in mofa.spans if s.field == "participants[0].name")
    assert name_span.text == "HAYASHI Kenji"


STATE_READOUT = """Secretary Quill's Call with Kenyan Cabinet Secretary Odhiambo

READOUT

OFFICE OF THE SPOKESPERSON

JUNE 3, 2022

The below is attributable to Spokesperson Nathaniel Crowe:

Secretary of State Mara J. Quill spoke today with Kenyan Cabinet Secretary for Foreign \
Affairs Peter Mwangi Odhiambo. Secretary Quill thanked Cabinet Secretary Odhiambo for \
Kenya's leadership and said that President Harlan Whitby looks forward to welcoming him to \
Washington.
"""


def test_readout_spokesperson_is_not_a_participant() -> None:
    rel = parse(STATE_READOUT)
    assert _names(rel.participants) == ["Mara J. Quill", "Peter Mwangi Odhiambo"]
    assert "Nathaniel Crowe" in _names(rel.mentioned_people)
    assert "Harlan Whitby" in _names(rel.mentioned_people)


def test_readout_publisher_and_demonym_give_organizations() -> None:
    rel = parse(STATE_READOUT)
    sec = _person(rel, "Mara J. Quill")
    assert sec.title == "Secretary of State"
    assert sec.organization == "United States"  # the State Department's own principal
    kenyan = _person(rel, "Peter Mwangi Odhiambo")
    assert kenyan.title == "Cabinet Secretary for Foreign Affairs"
    assert kenyan.organization == "Kenya"
    assert "Secretary Odhiambo" in kenyan.aliases


FIRST_PERSON = """Senator the Hon Gwendolyn Marsh
Minister for Foreign Affairs

Media release
2 May 2022

Australia–Fiji Ministerial Consultations

Today in Suva I held talks with my Fijian counterpart, the Hon Ratu Josefa Vuniwai, Minister \
for Foreign Affairs. Minister Vuniwai and I discussed climate change and maritime security.

Tomorrow I will meet Prime Minister Semisi Qarase Tuilagi.

Media enquiries
"""


def test_first_person_release_takes_speaker_from_header() -> None:
    rel = parse(FIRST_PERSON)
    assert _names(rel.participants) == ["Gwendolyn Marsh", "Ratu Josefa Vuniwai"]
    marsh = _person(rel, "Gwendolyn Marsh")
    assert marsh.honorific == "Senator the Hon"
    assert marsh.title == "Minister for Foreign Affairs"
    assert marsh.organization == "Australia"  # the headline's pair, less Fiji
    vuniwai = _person(rel, "Ratu Josefa Vuniwai")
    assert vuniwai.organization == "Fiji"  # "my Fijian counterpart"
    # a meeting planned for tomorrow is not part of this release's meeting
    assert _names(rel.mentioned_people) == ["Semisi Qarase Tuilagi"]


def test_unnamed_side_only_named_person_is_a_participant() -> None:
    rel = parse(
        "Prime Minister's call with President of Finland\n\n"
        "The Prime Minister spoke with President Mikael Lindqvist of Finland this afternoon.\n\n"
        "The leaders discussed support for Ukraine.\n"
    )
    assert _names(rel.participants) == ["Mikael Lindqvist"]
    p = rel.participants[0]
    assert (p.title, p.organization) == ("President", "Finland")


def test_relative_clause_person_is_only_mentioned() -> None:
    rel = parse(
        "Outcome of Foreign Ministers' Meeting\n\n"
        "Minister of Foreign Affairs Seo Min-jun, who is accompanying President Baek Sang-ho to "
        "the summit, held a meeting with Canadian Foreign Minister Claire Dubois on May 2 in "
        "Paris.\n\n"
        "The two Ministers discussed supply chains.\n"
    )
    assert _names(rel.participants) == ["Seo Min-jun", "Claire Dubois"]
    assert _names(rel.mentioned_people) == ["Baek Sang-ho"]
    assert rel.participants[1].organization == "Canada"


def test_plural_counterparts_and_publisher_header() -> None:
    rel = parse(
        "Federal Foreign Office\n\n"
        "First consultations between Germany and Norway\n\n"
        "13.04.2021 - Press release\n\n"
        "Germany and Norway held talks today: Foreign Minister Ulrike Brandt and Federal "
        "Minister of Defence Jonas Falk met their Norwegian counterparts, Foreign Minister "
        "Sigrid Lunde and Defence Minister Olav Rygg, by video conference.\n\n"
        "Regional security was high on the agenda.\n"
    )
    orgs = {p.name: p.organization for p in rel.participants}
    assert orgs == {
        "Ulrike Brandt": "Germany",
        "Jonas Falk": "Germany",
        "Sigrid Lunde": "Norway",
        "Olav Rygg": "Norway",
    }
    assert _person(rel, "Jonas Falk").title == "Federal Minister of Defence"


def test_people_discussed_in_points_are_mentioned() -> None:
    rel = parse(
        "Japan-Chile Summit Telephone Talk\n\n"
        "June 14, 2019\n\n"
        "On June 14, commencing at 10:20 p.m. for approximately 30 minutes, Mr. TAKEDA Ren, Prime "
        "Minister of Japan, held a summit telephone talk with H.E. Mr. Rafael Ortega Campos, "
        "President of the Republic of Chile.\n\n"
        "1. Prime Minister Takeda expressed concern over the administration of President Luis "
        "Mendez Arroyo and called for dialogue.\n"
        "2. President Ortega said he had passed on a message from Mr. Tomas Vidal Pardo.\n"
    )
    assert _names(rel.participants) == ["TAKEDA Ren", "Rafael Ortega Campos"]
    assert set(_names(rel.mentioned_people)) == {"Luis Mendez Arroyo", "Tomas Vidal Pardo"}
    chile = _person(rel, "Rafael Ortega Campos")
    assert chile.organization == "Chile"
    assert "President Ortega" in chile.aliases


def test_suffix_and_initials_keep_the_fullest_form() -> None:
    rel = parse(
        "Readout of President Whitcombe's Meeting with President Anand of India\n\n"
        "President Harold T. Whitcombe, Jr. held a virtual meeting with President Vikram Anand of "
        "India. President Whitcombe welcomed the chance to talk.\n"
    )
    assert _names(rel.participants) == ["Harold T. Whitcombe, Jr.", "Vikram Anand"]
    p = rel.participants[0]
    assert (p.family_name, p.given_name) == ("Whitcombe", "Harold T.")
    assert "President Whitcombe" in p.aliases


def test_countries_and_groupings_are_not_people() -> None:
    rel = parse(
        "Japan-ASEAN Foreign Ministers' Meeting\n\n"
        "On July 4, Mr. ONO Daichi, Minister for Foreign Affairs of Japan, attended the "
        "Japan-ASEAN Foreign Ministers' Meeting (AMM) in Viet Nam with the foreign ministers of "
        "ASEAN.\n\n"
        "Minister Ono said that Japan supports ASEAN centrality.\n"
    )
    assert _names(rel.participants) == ["ONO Daichi"]
    assert rel.mentioned_people == []


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [
        ("KAMIYA Rika", "KAMIYA", "Rika"),
        ("Ingrid Solberg Haugen", "Haugen", "Ingrid Solberg"),
        ("Seo Min-jun", None, None),  # Korean order, not in capitals: not guessed
        ("Yeo Han-koo", None, None),
        ("CHOI Min-jun", "CHOI", "Min-jun"),
        ("Wang Jianming", None, None),  # order not stated: not guessed
        ("Hisham bin Tun Ali", None, None),  # patronymic, no family name
        ("Marsh", None, None),
    ],
)
def test_family_and_given_names(name: str, family: str | None, given: str | None) -> None:
    assert _family_given(name) == (family, given)


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n", "Mr. " * 2000, "H.E. " * 500 + "X", "Minister for Foreign Affairs " * 500,
     "\x00\x01 garbage ¶¶¶ \u202e", "Prime Minister Prime Minister Prime Minister",
     # one long line of appositives and future clauses (kept linear: see APPOSITIVE_LIMIT)
     "Foreign Minister Ana Ruiz met Bo Lind, Minister of Trade, and will meet Al Roy, " * 300,
     "ISLAMABAD, JUL 14 – " + "DPM/FM invited him to visit " * 300],
)
def test_never_crashes(text: str) -> None:
    rel = parse(text)
    for s in rel.spans:
        assert s.start <= s.end


# --- held-out layouts: appositive offices, "newly appointed", "between X and Y" ------------

CANADA_STYLE = """Minister Tremblay meets with French counterpart

Readout

March 14, 2023 - Paris, France - Global Affairs Canada

The Honourable Claire Tremblay, Minister of Foreign Affairs, met yesterday with \
Jean-Baptiste Le Goff, France's Minister for Europe and Foreign Affairs.

The ministers discussed support for Ukraine and the situation in the Sahel.
"""


def test_appositive_office_after_a_name_makes_a_participant() -> None:
    # "X, France's Minister for ..." names a person whatever spaCy calls the name
    rel = parse(CANADA_STYLE)
    p = _person(rel, "Jean-Baptiste Le Goff")
    assert p.title == "Minister for Europe and Foreign Affairs"
    assert p.organization == "France"


def test_office_after_a_comma_before_another_name_is_not_an_apposition() -> None:
    text = """Foreign Minister meets partners

May 2, 2023

Foreign Minister Anna Lindqvist met Prime Minister Oskar Brandt of Norland in Oslo today. \
Meanwhile, Prime Minister Oskar Brandt thanked Sweden for its support.
"""
    rel = parse(text)
    assert "Meanwhile" not in _names(rel.participants) + _names(rel.mentioned_people)


def test_newly_appointed_office_gives_the_organization() -> None:
    text = """Secretary-General of ASEAN receives new Permanent Representative

4 June 2023

JAKARTA, 4 June 2023 – Secretary-General of ASEAN Dr. Somchai Rattana today received \
H.E. Maria Santos, the newly appointed Ambassador and Permanent Representative of the \
Philippines to ASEAN, at the ASEAN Secretariat.

The two discussed ASEAN Community building.
"""
    rel = parse(text)
    assert _person(rel, "Maria Santos").organization == "Philippines"


def test_between_pair_in_the_body_gives_the_remaining_state() -> None:
    text = """Press Releases

Telephone conversation between EAM and Secretary of State

June 9, 2023

External Affairs Minister Dr. R. Venkatesh held a telephone conversation this evening with \
Mr. Paul D. Harlan, Secretary of State of the United States of America.

The two Ministers committed to deepening the strategic partnership between India and the \
United States.
"""
    rel = parse(text)
    assert _person(rel, "R. Venkatesh").organization == "India"


# --- real-world layouts (audit) --------------------------------------------------------------

def test_post_nominal_after_comma_then_office() -> None:
    rel = parse(
        "Japan-Norway Foreign Ministers' Telephone Talk\n\nMay 2, 2022\n\n"
        "On May 2, Mr. Kenji Arata, Minister for Foreign Affairs, held a telephone talk with the "
        "Hon. Maria Castell, MP, Minister for Foreign Affairs of Norway. The overview is as "
        "follows.\n"
    )
    p = _person(rel, "Maria Castell")
    assert p.title == "Minister for Foreign Affairs" and p.organization == "Norway"
    assert _person(rel, "Kenji Arata").organization == "Japan"


def test_former_office_in_apposition() -> None:
    rel = parse(
        "Telephone Conversation with the Foreign Minister of Freedonia\n\nMay 2, 2011\n\n"
        "On May 2, Mr. Kenji Arata, former Minister for Foreign Affairs of Japan, had a "
        "telephone conversation with Mr. Ivo Varga, Minister of Foreign Affairs of Freedonia.\n"
    )
    assert _person(rel, "Kenji Arata").title == "former Minister for Foreign Affairs"


def test_office_subject_in_lead_is_the_person_named_in_byline() -> None:
    rel = parse(
        "Valdora\n\n3 March 2021\n\n"
        "Readout of the Secretary-General's meeting with H.E. Mr. Ivo Varga, Prime Minister of "
        "Freedonia\n\n"
        "Ilse Marrow, Secretary-General\n\n"
        "The Secretary-General met today H.E. Mr. Ivo Varga, Prime Minister of Freedonia.\n\n"
        "They discussed fisheries and the situation in the Arctic.\n"
    )
    assert _names(rel.participants) == ["Ivo Varga", "Ilse Marrow"]


def test_names_in_page_footer_are_not_people_of_the_release() -> None:
    rel = parse(
        "Secretary Dalton's Call with Freedonian Foreign Minister Varga\n\n"
        "Secretary of State Ruth Dalton spoke today with Freedonian Foreign Minister Ivo Varga "
        "about grain exports.\n\n"
        "Latest News from the Office\n"
        "Ambassador Carl Penrose highlights the grain crisis.\n"
    )
    assert _names(rel.mentioned_people) == []


def test_institution_name_after_office_is_not_a_person() -> None:
    rel = parse(
        "Valdora, Mar. 4 -- Secretary-General of ASEAN, Dr. Ilse Marrow, today met with H.E. "
        "Tomas Brenner, Minister of Fisheries of Freedonia and incoming Chair of the ASEAN "
        "Fisheries Community Council, in Valdora.\n"
    )
    assert _names(rel.participants) == ["Ilse Marrow", "Tomas Brenner"]
    p = _person(rel, "Ilse Marrow")
    assert p.title == "Secretary-General" and p.organization == "ASEAN"


def test_honorific_name_in_apposition_before_and() -> None:
    rel = parse(
        "Readout of the meeting between the Secretary-General and the President of the Swiss "
        "Confederation\n\n3 March 2012\n\n"
        "The Secretary-General met today in Bern with the President of the Swiss Confederation, "
        "Ms. Anna Keller and members of the government.\n"
    )
    p = _person(rel, "Anna Keller")
    assert p.title == "President" and p.organization == "Switzerland"


def test_storm_name_is_not_a_person() -> None:
    rel = parse(
        "Japan-Freedonia Foreign Ministers' Telephone Talk\n\nMay 2, 2020\n\n"
        "On May 2, Mr. Kenji Arata, Minister for Foreign Affairs of Japan, held a telephone talk "
        "with Mr. Ivo Varga, Minister of Foreign Affairs of Freedonia.\n\n"
        "1. The Ministers discussed the damage done by Cyclone Marla to the islands.\n"
    )
    assert "Cyclone Marla" not in _names(rel.mentioned_people)
    assert "Marla" not in _names(rel.mentioned_people)


def test_summary_line_under_title_reports_the_meeting() -> None:
    rel = parse(
        "News story\n\nForeign Secretary meeting with Irish Foreign Minister\n\n"
        "The Foreign Secretary met Tánaiste Sean Dwyer today for a meeting on bilateral "
        "relations.\n\nPublished 3 February 2019\n\n"
        "The Foreign Secretary and the Irish Foreign Minister discussed trade.\n\n"
        "They agreed to keep in close contact.\n"
    )
    p = _person(rel, "Sean Dwyer")
    assert p.title == "Tánaiste"
    assert str(rel.meeting.date) == "2019-02-03"


def test_state_pair_in_body_is_not_a_secretary_general_s_organization() -> None:
    rel = parse(
        "Secretary-General Ilse Marrow\n\n"
        "Readout of the Secretary-General's meeting with President Ana Solis of Freedonia\n\n"
        "Valdora, 3 March 2013\n\n"
        "The Secretary-General met today with President Ana Solis of Freedonia.\n\n"
        "They discussed relations between Freedonia and Ruritania.\n"
    )
    # the states of the pair are not hers; the UN readout headline names her body
    assert _person(rel, "Ilse Marrow").organization in (None, "United Nations")


def test_head_of_a_named_body_keeps_body_in_title_and_country_as_organization() -> None:
    # "<Name>, Director of the Office of <named body> of <country>" (State Department style)
    rel = parse(
        "Secretary of State Mara Quill met today in Geneva with Tomas Orlov, Director of the "
        "Office of the Northern Policy Commission of the Republic of Korea, on the margins of "
        "the conference."
    )
    p = _person(rel, "Tomas Orlov")
    assert p.title == "Director of the Office of the Northern Policy Commission"
    assert p.organization == "Republic of Korea"


def test_portfolio_words_before_an_appositive_are_not_a_person() -> None:
    rel = parse(
        "Freedonia-EU Foreign Ministers' Telephone Talk\n\nNovember 16, 2020\n\n"
        "On November 16, Ms. Ana SOLIS, Minister for Foreign Affairs of Freedonia, held a "
        "telephone talk with Mr. Piet Janssen Vos, High Representative of the European Union "
        "for Foreign Affairs and Security Policy, Vice-President of the European Commission.\n"
    )
    assert _names(rel.participants) == ["Ana SOLIS", "Piet Janssen Vos"]


def test_a_clock_pm_and_its_zone_are_not_a_person() -> None:
    rel = parse(
        "Secretary Ruiz's Call with Freedonian Foreign Minister Solis\n\n"
        "11/03/2021 04:19 PM EDT\n\n"
        "Secretary of State Carla Ruiz spoke today with Freedonian Foreign Minister Ana Solis.\n"
    )
    assert "EDT" not in _names(rel.participants) + _names(rel.mentioned_people)


def test_office_after_a_name_ending_in_jr() -> None:
    rel = parse(
        "Freedonia-Ruritania Foreign Ministers' Telephone Talk\n\nMay 21, 2020\n\n"
        "On May 21, Mr. SOLIS Ana, Minister for Foreign Affairs of Freedonia, held a telephone "
        "talk with Hon. Ivo P. Varga Jr., Secretary of Foreign Affairs of the Republic of the "
        "Philippines, for approximately 20 minutes.\n\n"
        "1. Minister Solis thanked Minister Varga.\n"
    )
    p = _person(rel, "Ivo P. Varga Jr")
    assert p.title == "Secretary of Foreign Affairs"
    assert p.organization == "Philippines"


def test_offices_joined_by_a_slash_share_the_article() -> None:
    rel = parse(
        "Freedonia, China discuss trade\n\n"
        "The Minister of Foreign Affairs of Freedonia, Ana Solis, held a bilateral meeting with "
        "the State Councilor/Minister of Foreign Affairs of China, Li Wen, in Atlantis today.\n"
    )
    assert _person(rel, "Li Wen").organization == "China"


def test_last_office_of_an_appositive_list() -> None:
    rel = parse(
        "Ministers agree to expand trade\n\n"
        "On 6 December 2023, H.E. Mr. Ana Solis, Deputy Prime Minister and Minister of Foreign "
        "Affairs, met with H.E. Mr. Li Wen, Member of the Standing Committee of the Party, "
        "Director of the Office of the Central Commission for Foreign Affairs, and Minister of "
        "Foreign Affairs of the People's Republic of China, in Beijing.\n"
    )
    p = _person(rel, "Li Wen")
    assert p.title == "Minister of Foreign Affairs"
    assert p.organization == "China"


def test_publisher_from_a_reprint_link_and_un_readout_headline() -> None:
    rel = parse(
        "Secretary Ruiz's Call with Freedonian Foreign Minister Solis\n\n"
        "Secretary of State Carla Ruiz spoke today with Freedonian Foreign Minister Ana Solis "
        "about the situation at sea.\n"
        "Official news published at https://www.state.gov/secretary-ruizs-call/\n"
    )
    assert _person(rel, "Carla Ruiz").organization == "United States"
    rel2 = parse(
        "New York\n\n21 September 2017\n\n"
        "Readout of the Secretary-General's meeting with H.E. Mr. Ivo Varga, Minister for "
        "Foreign Affairs of Ruritania\n\n"
        "Ana Solis, Secretary-General\n\n"
        "Today, the Secretary-General met with H.E. Mr. Ivo Varga, Minister for Foreign Affairs "
        "of Ruritania.\n\nThey discussed fisheries.\n"
    )
    assert _person(rel2, "Ana Solis").organization == "United Nations"


@pytest.mark.parametrize(
    ("phrase", "org"),
    [("the future of China-Chilean cooperation", "China"),
     ("the special nature of the Indo-Chilean ties", "India")],
)
def test_pairs_with_a_demonym_or_combining_form(phrase: str, org: str) -> None:
    rel = parse(
        "Ministers meet\n\nMay 9, 2022\n\n"
        "Foreign Minister Li Wen met Chilean Foreign Minister Ana Solis today in Atlantis.\n\n"
        f"They discussed {phrase}.\n"
    )
    assert _person(rel, "Li Wen").organization == org
    assert _person(rel, "Ana Solis").organization == "Chile"


def test_arabic_article_surname_and_ayn_apostrophe() -> None:
    rel = parse(
        "Readout of the President's Call with Prime Minister Karim Taha' al-Hassani of Iraq\n\n"
        "President Ana Ruiz spoke today with Prime Minister Karim Taha' al-Hassani of Iraq to "
        "discuss regional developments. The President thanked the Prime Minister's team.\n"
    )
    p = _person(rel, "Karim Taha' al-Hassani")
    assert p.title == "Prime Minister"
    assert p.organization == "Iraq"
    # a plural possessive before an ordinary noun still ends the name
    rel2 = parse(
        "Ministers meet\n\nMay 9, 2022\n\n"
        "Foreign Minister Ana Ruiz met Foreign Minister Bo Lind today in Atlantis. "
        "Minister Lind' remarks were welcomed.\n"
    )
    assert "Bo Lind" in _names(rel2.participants)


def test_state_department_attribution_line_names_the_publisher() -> None:
    # a reprint that kept the readout's opening line but not the page's header
    rel = parse(
        "Secretary Quill's Call with Kenyan Foreign Minister Zenda\n\n"
        "The below is attributable to Spokesperson Tom Reed:\n\n"
        "Secretary of State Mara J. Quill spoke today with Kenyan Foreign Minister Rudolf "
        "Zenda. The Secretary and the Foreign Minister discussed grain exports.\n"
    )
    assert _person(rel, "Mara J. Quill").organization == "United States"
    assert _person(rel, "Rudolf Zenda").organization == "Kenya"
    assert "Tom Reed" not in _names(rel.participants)


# --- issue 3: bylines, first person, other times, introductions, name forms, aliases ---------


def test_issued_by_line_names_no_participant() -> None:
    # "issued by <office> on <date>" under the headline (State Department, EU layouts)
    rel = parse(
        "Foreign Minister Ruiz's Meeting with Norwegian Foreign Minister Lind\n\n"
        "Statement issued by Deputy Spokesperson Lena Ortiz on May 3, 2022\n\n"
        "Foreign Minister Ana Ruiz met Norwegian Foreign Minister Bo Lind in Atlantis today. "
        "The ministers discussed fisheries.\n"
    )
    assert _names(rel.participants) == ["Ana Ruiz", "Bo Lind"]
    assert "Lena Ortiz" not in _names(rel.participants)


def test_issued_by_office_without_a_name() -> None:
    rel = parse(
        "Readout of the Minister's call with the Foreign Minister of Norway\n\n"
        "Issued by the Office of the Spokesperson on 3 May 2022\n\n"
        "Foreign Minister Ana Ruiz spoke today with Foreign Minister Bo Lind of Norway.\n"
    )
    assert _names(rel.participants) == ["Ana Ruiz", "Bo Lind"]
    assert _person(rel, "Bo Lind").organization == "Norway"


def test_readout_by_the_spokesperson_is_not_a_participant() -> None:
    rel = parse(
        "Readout by the Spokesperson Karl Veit on the call between Foreign Minister Ana Ruiz "
        "and Foreign Minister Bo Lind of Norway\n\n"
        "Foreign Minister Ana Ruiz held a telephone call today with Foreign Minister Bo Lind of "
        "Norway. They discussed Arctic research.\n"
    )
    assert _names(rel.participants) == ["Ana Ruiz", "Bo Lind"]
    assert "Karl Veit" in _names(rel.mentioned_people)


def test_press_secretary_statement_line_is_not_a_participant() -> None:
    rel = parse(
        "Readout of the President's Call with Prime Minister Lind of Norway\n\n"
        "The following is attributable to Press Secretary Jo Marlow:\n\n"
        "President Ana Ruiz spoke today with Prime Minister Bo Lind of Norway about energy.\n"
    )
    # in order of first mention: the headline names the Prime Minister first
    assert _names(rel.participants) == ["Bo Lind", "Ana Ruiz"]
    assert "Jo Marlow" in _names(rel.mentioned_people)


NZ_FIRST_PERSON = """Hon Aroha Tane
Minister of Foreign Affairs

12 March 2023

Talks with Norwegian Foreign Minister

Today in Wellington I held talks with Norwegian Foreign Minister Ivo Varga. We discussed \
fisheries, climate change and our cooperation in Antarctica.

Next week I will meet Prime Minister Lena Kova in Canberra.
"""


def test_first_person_speaker_named_in_header_takes_part() -> None:
    rel = parse(NZ_FIRST_PERSON)
    assert _names(rel.participants) == ["Aroha Tane", "Ivo Varga"]
    tane = _person(rel, "Aroha Tane")
    assert tane.title == "Minister of Foreign Affairs"
    assert tane.organization is None  # no state is stated for her: not guessed
    assert _person(rel, "Ivo Varga").organization == "Norway"
    assert _names(rel.mentioned_people) == ["Lena Kova"]


def test_first_person_speaker_without_honorific() -> None:
    rel = parse(NZ_FIRST_PERSON.replace("Hon Aroha Tane", "Aroha Tane"))
    assert _names(rel.participants) == ["Aroha Tane", "Ivo Varga"]


def test_unnamed_prime_minister_is_no_participant() -> None:
    rel = parse(
        "PM call with President of Norland: 4 May 2022\n\n"
        "The Prime Minister spoke to President Ivo Varga of Norway this afternoon.\n\n"
        "They discussed energy security.\n"
    )
    assert _names(rel.participants) == ["Ivo Varga"]


@pytest.mark.parametrize(
    "later",
    [
        "Minister Ruiz will meet Prime Minister Carl Dorn tomorrow.",
        "Later today, Minister Ruiz will call on Prime Minister Carl Dorn.",
        "Minister Ruiz will meet Prime Minister Carl Dorn next week in Oslo.",
        "Tomorrow, she is scheduled to meet Prime Minister Carl Dorn.",
    ],
)
def test_people_met_at_another_time_are_only_mentioned(later: str) -> None:
    rel = parse(
        "Foreign Ministers' Meeting\n\nMay 2, 2022\n\n"
        "Foreign Minister Ana Ruiz held talks with Norwegian Foreign Minister Bo Lind in "
        f"Atlantis today. {later}\n\nThe two ministers discussed fisheries.\n"
    )
    assert _names(rel.participants) == ["Ana Ruiz", "Bo Lind"]
    assert _names(rel.mentioned_people) == ["Carl Dorn"]


def test_future_clause_in_the_meeting_sentence() -> None:
    rel = parse(
        "Foreign Ministers' Meeting\n\nMay 2, 2022\n\n"
        "Foreign Minister Ana Ruiz held talks with Norwegian Foreign Minister Bo Lind in "
        "Atlantis today, and will meet Prime Minister Carl Dorn tomorrow.\n\n"
        "The two ministers discussed fisheries.\n"
    )
    assert _names(rel.participants) == ["Ana Ruiz", "Bo Lind"]
    assert _names(rel.mentioned_people) == ["Carl Dorn"]


# introductions: "<Country> <office> <Name>", "<office> <Name>", "<Name>, <office> of <country>",
# "his <country> counterpart <Name>", "<Name>, <Country>'s <office>"
@pytest.mark.parametrize(
    ("sentence", "name", "title", "org"),
    [
        ("External Affairs Minister Dr. R. Venkatesh met Norwegian Foreign Minister Dr. K. Lind "
         "in New Delhi today.", "K. Lind", "Foreign Minister", "Norway"),
        ("External Affairs Minister Dr. R. Venkatesh met Foreign Minister Sven Lind of Norway "
         "in New Delhi today.", "Sven Lind", "Foreign Minister", "Norway"),
        ("External Affairs Minister Dr. R. Venkatesh met Sven Lind, Minister of Foreign Affairs "
         "of Norway, in New Delhi today.", "Sven Lind", "Minister of Foreign Affairs", "Norway"),
        ("External Affairs Minister Dr. R. Venkatesh met his Norwegian counterpart Sven Lind in "
         "New Delhi today.", "Sven Lind", None, "Norway"),
        ("External Affairs Minister Dr. R. Venkatesh met Sven Lind, Norway's Minister of Foreign "
         "Affairs, in New Delhi today.", "Sven Lind", "Minister of Foreign Affairs", "Norway"),
        ("External Affairs Minister Dr. R. Venkatesh met with the Foreign Minister of Norway, "
         "Sven Lind, in New Delhi today.", "Sven Lind", "Foreign Minister", "Norway"),
    ],
)
def test_introduction_forms(sentence: str, name: str, title: str | None, org: str) -> None:
    rel = parse(f"EAM meets Norwegian Foreign Minister\n\nMay 2, 2022\n\n{sentence}\n\n"
                "The ministers discussed trade and climate.\n")
    assert _names(rel.participants) == ["R. Venkatesh", name]
    p = _person(rel, name)
    assert (p.title, p.organization) == (title, org)


def test_demonym_office_with_honorific_and_initial() -> None:
    rel = parse(
        "Foreign Minister meets Indian External Affairs Minister\n\nMay 2, 2022\n\n"
        "Foreign Minister Ana Ruiz held talks with Indian External Affairs Minister Dr. R. K. "
        "Venkatesh in Oslo today.\n"
    )
    p = _person(rel, "R. K. Venkatesh")
    assert (p.honorific, p.title, p.organization) == ("Dr.", "External Affairs Minister", "India")


@pytest.mark.parametrize(
    ("printed", "name", "family", "given"),
    [
        ("Secretary of State Marcus T. Hollings", "Marcus T. Hollings", "Hollings", "Marcus T."),
        ("Secretary of Foreign Affairs Rodrigo L. Santos, Jr.", "Rodrigo L. Santos, Jr.",
         "Santos", "Rodrigo L."),
        ("Minister of Defence Dato' Seri Azmir bin Tun Razak", "Azmir bin Tun Razak", None, None),
        ("Prime Minister Trần Văn Bình", "Trần Văn Bình", None, None),
        ("European Commission President Ingrid von der Hallen", "Ingrid von der Hallen",
         "von der Hallen", "Ingrid"),
        ("Prime Minister Sheikh Nasser bin Khalifa Al Marri", "Nasser bin Khalifa Al Marri",
         None, None),
        ("Secretary of State Marcus HOLLINGS", "Marcus HOLLINGS", "HOLLINGS", "Marcus"),
        ("Minister for Europe and Foreign Affairs Jean-Luc LE BRETON", "Jean-Luc LE BRETON",
         "LE BRETON", "Jean-Luc"),
    ],
)
def test_name_forms(printed: str, name: str, family: str | None, given: str | None) -> None:
    rel = parse(f"Ministers meet\n\nMay 2, 2022\n\nForeign Minister Ana Ruiz met {printed} in "
                "Atlantis today.\n\nThe two discussed trade.\n")
    assert _names(rel.participants) == ["Ana Ruiz", name]
    p = _person(rel, name)
    assert (p.family_name, p.given_name) == (family, given)


def test_abbreviated_office_aliases() -> None:
    rel = parse(
        "EAM meets EU High Representative\n\nMay 2, 2022\n\n"
        "External Affairs Minister Dr. R. Venkatesh met High Representative/Vice-President Ilse "
        "Marrow in Brussels today.\n\n"
        "EAM and HRVP Marrow discussed the Indo-Pacific. HRVP thanked EAM.\n"
    )
    eam = _person(rel, "R. Venkatesh")
    assert "EAM" in eam.aliases
    hrvp = _person(rel, "Ilse Marrow")
    assert hrvp.organization == "European Union"
    assert "HRVP Marrow" in hrvp.aliases


def test_sg_with_honorific_alias() -> None:
    rel = parse(
        "Foreign Minister meets ASEAN Secretary-General\n\nMay 2, 2022\n\n"
        "Foreign Minister Ana Ruiz met Secretary-General of ASEAN Dr. Lim Bo Han in Jakarta "
        "today.\n\nSG Dr. Lim thanked the Minister for her support.\n"
    )
    sg = _person(rel, "Lim Bo Han")
    assert sg.organization == "ASEAN"
    assert "SG Dr. Lim" in sg.aliases


def test_the_secretary_and_secretary_surname_aliases() -> None:
    rel = parse(
        "Secretary Quill's Call with Norwegian Foreign Minister Lind\n\n"
        "Secretary of State Mara J. Quill spoke today with Norwegian Foreign Minister Bo Lind. "
        "The Secretary thanked the Foreign Minister for Norway's support. Secretary Quill and "
        "Foreign Minister Lind discussed energy.\n"
    )
    quill = _person(rel, "Mara J. Quill")
    assert "the Secretary" in quill.aliases
    assert "Secretary Quill" in quill.aliases


def test_readout_issued_by_a_named_press_secretary_on_the_call() -> None:
    rel = parse(
        "Readout issued by Jo Marlow, Press Secretary, on the President's call with Prime "
        "Minister Bo Lind of Norway\n\n"
        "President Ana Ruiz spoke today with Prime Minister Bo Lind of Norway about energy.\n"
    )
    assert sorted(_names(rel.participants)) == ["Ana Ruiz", "Bo Lind"]


def test_senator_printed_as_an_office_with_its_state() -> None:
    # UN readouts: "United States Senator Mr. X" in the headline, "Senator X" in the lead
    rel = parse(
        "New York\n\n25 September 2012\n\n"
        "Readout of the Secretary-General's meeting with United States Senator Mr. Tom Hale\n\n"
        "The Secretary-General met with Senator Tom Hale.\n"
        "They discussed the UN budget.\n"
    )
    p = _person(rel, "Tom Hale")
    assert (p.title, p.organization) == ("Senator", "United States")


def test_senator_the_hon_stays_an_honorific() -> None:
    rel = parse(
        "Japan-Australia Foreign Ministers' Telephone Talk\n\nMay 2, 2022\n\n"
        "On May 2, Mr. ARATA Kenji, Minister for Foreign Affairs of Japan, held a telephone talk "
        "with Senator the Hon Gwen Marsh, Minister for Foreign Affairs of Australia.\n"
    )
    p = _person(rel, "Gwen Marsh")
    assert (p.honorific, p.title, p.organization) == (
        "Senator the Hon", "Minister for Foreign Affairs", "Australia")


@pytest.mark.parametrize(
    ("publisher", "org"),
    [
        ("From: Prime Minister's Office, 10 Downing Street", "United Kingdom"),
        ("Following the call, a Downing Street spokesperson said:", "United Kingdom"),
        ("Ministry of External Affairs\nGovernment of India", "India"),
        ("Government of India", "India"),
        ("(Source: Norwegian Embassy in Atlantis)", "Norway"),
    ],
)
def test_publisher_line_gives_the_own_side(publisher: str, org: str) -> None:
    rel = parse(
        f"Prime Minister's call with President Varga\n\n{publisher}\n\n"
        "Prime Minister Ana Ruiz spoke to President Ivo Varga of Chile this afternoon.\n\n"
        "They discussed energy security and trade.\n"
    )
    assert _person(rel, "Ana Ruiz").organization == org
    assert _person(rel, "Ivo Varga").organization == "Chile"


def test_prime_minister_s_office_alone_names_no_state() -> None:
    rel = parse(
        "Prime Minister's call with President Varga\n\nPrime Minister's Office\n\n"
        "Prime Minister Ana Ruiz spoke to President Ivo Varga of Chile this afternoon.\n"
    )
    assert _person(rel, "Ana Ruiz").organization is None


def test_publisher_state_and_a_body_pair_give_the_other_side() -> None:
    rel = parse(
        "PM call with President Varga: 4 May 2022\n\n"
        "From: Prime Minister's Office, 10 Downing Street\n\n"
        "The Prime Minister spoke to President Ivo Varga this afternoon.\n\n"
        "They discussed the strong partnership between the United Kingdom and Chile.\n"
    )
    assert _person(rel, "Ivo Varga").organization == "Chile"


def test_headline_demonym_names_the_sole_counterpart() -> None:
    # gov.uk: the headline calls the other side "Irish Foreign Minister", the lead by name
    rel = parse(
        "News story\n\nForeign Secretary meeting with Irish Foreign Minister\n\n"
        "The Foreign Secretary met Tánaiste Sean Dwyer today for a meeting on bilateral "
        "relations.\n\nPublished 3 February 2019\n\n"
        "The Foreign Secretary and the Irish Foreign Minister discussed trade and the UK-Ireland "
        "relationship.\n"
    )
    assert _person(rel, "Sean Dwyer").organization == "Ireland"


def test_person_invited_to_join_the_call_takes_part() -> None:
    rel = parse(
        "Readout of President Ruiz's Call with Prime Minister Ivo Varga of Chile\n\n"
        "President Ana Ruiz spoke today with Prime Minister Ivo Varga of Chile.\n\n"
        "The President took the opportunity of His Majesty King Omar of Jordan's visit to invite "
        "him to join the call. King Omar stressed Jordan's support.\n"
    )
    assert _names(rel.participants) == ["Ana Ruiz", "Ivo Varga", "Omar"]
    king = _person(rel, "Omar")
    assert (king.title, king.organization) == ("King", "Jordan")


def test_dateline_capital_gives_the_own_side_when_corroborated() -> None:
    # a ministry's reprint: "ISLAMABAD, JUL 14 – Foreign Minister X met ..." (Pakistan, DFA)
    rel = parse(
        "ISLAMABAD, JUL 14 – On the sidelines of a conference in Tashkent, Foreign Minister "
        "Karim Sadiq met Foreign Minister of Norway Ivo Lind.\n\n"
        "Foreign Minister Sadiq briefed his Norwegian counterpart on Pakistan's approach to "
        "regional trade.\n"
    )
    assert _person(rel, "Karim Sadiq").organization == "Pakistan"
    assert _person(rel, "Ivo Lind").organization == "Norway"


@pytest.mark.parametrize(
    "lead",
    [
        # the state of the dateline is named nowhere else: no evidence
        "ISLAMABAD, JUL 14 – Foreign Minister Karim Sadiq met Foreign Minister of Norway Ivo "
        "Lind.\n\nThe two discussed regional trade.\n",
        # the own side is visiting: the dateline is the place visited
        "OSLO, JUL 14 – Foreign Minister Karim Sadiq, on his official visit to Norway, met "
        "the Secretary-General of NATO, Ivo Lind.\n\nThey discussed Norway's role.\n",
    ],
)
def test_dateline_without_corroboration_or_on_a_visit_names_no_state(lead: str) -> None:
    rel = parse(lead)
    assert _person(rel, "Karim Sadiq").organization is None


THAI_STYLE = """Deputy Prime Minister and Minister of Foreign Affairs meets China's Minister of \
Foreign Affairs

On 6 May 2023, H.E. Mr. Somchai Prasert, Deputy Prime Minister and Minister of Foreign Affairs, \
met with H.E. Mr. Li Wen, Minister of Foreign Affairs of the People's Republic of China, in \
Beijing.

Both sides discussed the Thailand-China railway and its link with the China-Lao PDR railway.

DPM/FM invited China's Foreign Minister to visit Thailand at an early date.
"""


def test_two_offices_joined_by_and_and_their_slash_abbreviation() -> None:
    p = _person(parse(THAI_STYLE), "Somchai Prasert")
    assert p.title == "Deputy Prime Minister and Minister of Foreign Affairs"
    assert "DPM/FM" in p.aliases


def test_inviting_the_other_side_to_visit_names_the_host_state() -> None:
    # the body's country pairs disagree (Thailand, Laos); the invitation settles it
    assert _person(parse(THAI_STYLE), "Somchai Prasert").organization == "Thailand"


def test_being_invited_to_visit_names_no_state() -> None:
    text = THAI_STYLE.replace("DPM/FM invited China's Foreign Minister to visit Thailand",
                              "DPM/FM was invited to visit Thailand")
    assert _person(parse(text), "Somchai Prasert").organization is None


# --- round 2: bylines in capitals, Malay styles, apposition in lists, same-day meetings,
# --- publisher banners

BEEHIVE_STYLE = """RT HON MARAMA TEWHATU
PRIME MINISTER

Media statement
Monday, 6 March 2023

Fiji and New Zealand deepen ties at annual talks

This morning in Suva I held the annual Fiji–New Zealand Leaders' Talks with Prime Minister \
Josaia Ravuvu, our first formal meeting since his election.

I raised once again New Zealand's support for regional security cooperation. Prime Minister \
Ravuvu told me Fiji welcomes it.

ENDS
"""


def test_first_person_speaker_named_in_a_capitals_byline() -> None:
    rel = parse(BEEHIVE_STYLE)
    p = _person(rel, "MARAMA TEWHATU")
    assert p.title == "Prime Minister"
    assert p.honorific == "RT HON"


def test_first_person_speaker_states_own_country_and_pair_gives_the_other() -> None:
    rel = parse(BEEHIVE_STYLE)
    assert _person(rel, "MARAMA TEWHATU").organization == "New Zealand"
    assert _person(rel, "Josaia Ravuvu").organization == "Fiji"


MALAYSIA_STYLE = """MINISTRY OF FOREIGN AFFAIRS, MALAYSIA

PRESS RELEASE

The Minister of Foreign Affairs, YB DATO' SRI AHMAD RIZAL HAMID, today received H.E. \
LUCAS MERTENS, Minister of Foreign Affairs of the Kingdom of Belgium, at Wisma Putra, \
Putrajaya. Minister Mertens is in Malaysia on a working visit.

2.  The two Ministers discussed trade and investment.

3.  Later in the afternoon, Minister Mertens will pay a courtesy call on the Prime Minister, \
YAB TAN SRI HASSAN OMAR, at the Parliament building.

WISMA PUTRA
PUTRAJAYA
15 May 2023
"""


def test_malay_styles_in_capitals_are_honorifics_not_names() -> None:
    rel = parse(MALAYSIA_STYLE)
    p = _person(rel, "AHMAD RIZAL HAMID")
    assert p.honorific == "YB DATO' SRI"
    assert p.title == "Minister of Foreign Affairs"
    assert "HASSAN OMAR" in _names(rel.mentioned_people)


def test_a_ministry_building_is_not_a_participant() -> None:
    rel = parse(MALAYSIA_STYLE)
    assert sorted(_names(rel.participants)) == ["AHMAD RIZAL HAMID", "LUCAS MERTENS"]
    assert not any("Putra" in n or "PUTRA" in n for n in _names(rel.mentioned_people))


EU_STYLE = """European Commission - Press corner

Statement

Brussels, 3 March 2025

The President of the European Commission, Helga van der Berg, and the President of the \
European Council, Rui Matos, held a joint telephone call today with Arjun Mehta, Prime \
Minister of India.

The Presidents discussed trade with Prime Minister Mehta.
"""


def test_offices_in_apposition_before_names_in_a_list_stay_with_their_names() -> None:
    rel = parse(EU_STYLE)
    vdb = _person(rel, "Helga van der Berg")
    assert (vdb.title, vdb.organization) == ("President", "European Commission")
    matos = _person(rel, "Rui Matos")
    # the office after the verb ("..., Prime Minister of India") is Mehta's, not Matos's
    assert (matos.title, matos.organization) == ("President", "European Council")
    assert _person(rel, "Arjun Mehta").title == "Prime Minister"


def test_office_of_a_body_then_a_name_with_particles() -> None:
    text = EU_STYLE.replace(
        "The President of the European Commission, Helga van der Berg, and the President of the "
        "European Council, Rui Matos, held a joint",
        "President of the European Commission Helga van der Berg held a")
    rel = parse(text)
    assert _person(rel, "Helga van der Berg").title == "President"


UN_STYLE = """Meetings Coverage and Press Releases

Secretary-General's Visit to Kenya

SG/SM/99999
3 May 2024

The following readout was issued today by the Spokesperson for UN Secretary-General Maria \
Oyelaran:

The Secretary-General held a working meeting in Nairobi today with H.E. Mr. Tomas Kimani, \
Minister for Foreign Affairs of Kenya.

They discussed humanitarian access and the protection of civilians in the region at length.

In the afternoon, the Secretary-General was received at State House by H.E. Mr. Ivo Otieno, \
President of Kenya. They discussed the evacuation of civilians.

The Secretary-General will meet Mr. Paul Wanjiru, Prime Minister of Kenya, tomorrow.

In the evening, the Secretary-General said that she had met Ms. Lena Mwangi last year.
"""


def test_a_second_meeting_the_same_day_counts_but_not_future_or_past_ones() -> None:
    rel = parse(UN_STYLE)
    assert "Ivo Otieno" in _names(rel.participants)
    assert _person(rel, "Ivo Otieno").organization == "Kenya"
    assert "Paul Wanjiru" not in _names(rel.participants)
    assert "Lena Mwangi" not in _names(rel.participants)


def test_a_headline_of_meetings_names_participants() -> None:
    text = UN_STYLE.replace("Secretary-General's Visit to Kenya",
                            "Secretary-General's Meetings in Nairobi with President Otieno")
    text = text.replace("In the afternoon, the Secretary-General was received at State House by",
                        "Separately the Secretary-General thanked")
    assert "Ivo Otieno" in _names(parse(text).participants)


@pytest.mark.parametrize(("banner", "org"), [
    ("Blue House - Office of the President, Republic of Korea", "Republic of Korea"),
    ("Prime Minister of Canada", "Canada"),
    ("ONLINE NEWSPAPER OF THE GOVERNMENT OF THE SOCIALIST REPUBLIC OF VIET NAM", "Viet Nam"),
    ("Republic of the Philippines", "Philippines"),
])
def test_a_publisher_banner_names_the_own_sides_state(banner: str, org: str) -> None:
    text = f"""{banner}

Readouts

June 2, 2023

Prime Minister Dana Whitfield held a bilateral meeting today with Prime Minister Kenji Arakawa \
of Japan. The two leaders discussed trade and supply chains.
"""
    rel = parse(text)
    assert _person(rel, "Dana Whitfield").organization == org
    assert _person(rel, "Kenji Arakawa").organization == "Japan"


def test_a_banner_does_not_name_the_counterparts_state() -> None:
    text = """Prime Minister of Canada

Readouts

June 2, 2023

Prime Minister Dana Whitfield held a bilateral meeting today with Prime Minister Kenji Arakawa. \
The two leaders discussed trade and supply chains.
"""
    rel = parse(text)
    assert _person(rel, "Dana Whitfield").organization == "Canada"
    assert _person(rel, "Kenji Arakawa").organization is None


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State A’",  # a possessive's mark cut off at the end
        "On May 3, Minister Ana Velkova met Ruritania High Representative the Hon. D",
        "Home > News\n\nMinister O'N",
    ],
)
def test_a_name_cut_off_by_truncation_is_no_person(text: str) -> None:
    rel = parse(text)
    for p in rel.participants + rel.mentioned_people:
        assert p.name[-1] not in "'’"
        assert any(len(w.strip(".'’")) >= 2 for w in p.name.split()), p.name


# ", [the] [modifier] [state['s]] <office>" after a name: what the appositive-office rule
# takes in each list of names and offices (the comma opens it; a state needs "'s" or a
# demonym; "the United States'" and an unknown office are not taken).
APPOSITIVE_CASES = (
    (
        "Mr. Ivo Marek, the newly appointed Foreign Minister of Latvia, met Dr. Lena Ortiz, "
        "Chile's Minister of Foreign Affairs, and Trade, and Ms. Ana Bell, former Secretary.",
        [", the newly appointed Foreign Minister", ", Chile's Minister of Foreign Affairs, and Trade",
         ", former Secretary"],
    ),
    (
        "Tomas Vale, Deputy Prime Minister and Minister of Foreign Affairs, thanked Rui Sato, "
        "the Japanese Ambassador,Kenji Ono, European Union's High Representative, Ola Berg,"
        " the incoming European Commissioner, and Ida Lund, Head of the Presidential Office of "
        "Japan, and Eva Noor, the United States' Secretary of State",
        [", Deputy Prime Minister", ", the Japanese Ambassador",
         ", European Union's High Representative", ", Head of the Presidential Office"],
    ),
    (
        "A, B, C,the Minister, Minister-designate, Ministers, the the Minister, new  Prime Minister,"
        "\tacting\tPresident, Indian's President",
        [", new  Prime Minister", ",\tacting\tPresident", ", Indian's President"],
    ),
)


@pytest.mark.parametrize(("text", "offices"), APPOSITIVE_CASES)
def test_appositive_offices_after_a_comma(text: str, offices: list[str]) -> None:
    from pressparse import who

    assert [m.group() for m in who._APPOS_OFFICE.finditer(text)] == offices
