"""Tests for the when stage: format, kind, date, times, duration, zone and place of the meeting.

Every release below is written for these tests; the people and some countries in them are
invented. Each one follows the layout of a real publisher (MOFA, State Department, White
House, MEA, gov.uk, Korea, China, EEAS, UN, ASEAN, Kemlu).
"""

from __future__ import annotations

from typing import Any

import pytest

from pressparse import parse
from pressparse.model import Release


def _meeting(text: str) -> dict[str, Any]:
    return parse(text).meeting.model_dump()


def _check(text: str, **want: Any) -> Release:
    rel = parse(text)
    got = rel.meeting.model_dump()
    wrong = {k: (v, got[k]) for k, v in want.items() if got[k] != v}
    assert not wrong, f"(want, got): {wrong}"
    return rel


def _span_text(rel: Release, name: str) -> str | None:
    for s in rel.spans:
        if s.field == name:
            return s.text
    return None


# --- Japan MOFA: "On DATE, commencing at T for approximately N, X held a ... with Y" -------

MOFA_TELEPHONE = """Press Releases

Japan-Norland Foreign Ministers' Telephone Talk

March 3, 2022

On March 3, commencing at 4p.m. for approximately 25 minutes, Mr. TANAKA Ichiro, Minister \
for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Erik Sundqvist, Minister of \
Foreign Affairs of Norland. The overview of the talk is as follows.

1. The two ministers exchanged views on regional affairs.
"""


def test_mofa_telephone_talk() -> None:
    rel = _check(
        MOFA_TELEPHONE,
        format="telephone",
        kind="telephone_talk",
        date="2022-03-03",
        start_time="16:00",
        end_time="16:25",
        duration_minutes=25,
        duration_approximate=True,
        location=None,
        timezone=None,
        start="2022-03-03T16:00:00",
    )
    assert _span_text(rel, "meeting.start_time") == "4p.m."
    assert _span_text(rel, "meeting.duration_minutes") == "approximately 25 minutes"
    assert _span_text(rel, "meeting.date") == "March 3"
    assert _span_text(rel, "meeting.format") == "telephone talk"


MOFA_ABROAD = """Press Releases

Japan-Erehwon Summit Meeting

November 14, 2022

On November 13, commencing at 9:20a.m. (local time; 11:20 a.m. on the same day, Japan time) \
for about one hour and 15 minutes, Mr. KISHI Taro, Prime Minister of Japan, who is visiting \
Cambodia to attend the ASEAN-related Summit Meetings, held a summit meeting with Mr. Jon \
Smith, President of Erehwon, in Phnom Penh. The overview of the meeting is as follows.
"""


def test_mofa_local_time_first_and_its_zone_from_the_place() -> None:
    # the home time in brackets is not the start time, and its zone is not the meeting's
    _check(
        MOFA_ABROAD,
        format="in_person",
        kind="summit_meeting",
        date="2022-11-13",
        start_time="09:20",
        end_time="10:35",
        duration_minutes=75,
        location="Phnom Penh",
        timezone="Asia/Phnom_Penh",
        start="2022-11-13T09:20:00+07:00",
    )


def test_mofa_japan_time_stated() -> None:
    text = """Press Releases

G7 Foreign Ministers' Video Conference

May 6, 2022

On May 5, from around 8 p.m. (Japan time) for approximately four hours, Mr. TANAKA Ichiro, \
Minister for Foreign Affairs of Japan, took part in the G7 Foreign Ministers' Meeting. This \
was the first time the meeting has been held by video conference.
"""
    _check(
        text,
        format="video",
        date="2022-05-05",
        start_time="20:00",
        end_time="00:00",
        duration_minutes=240,
        timezone="Asia/Tokyo",
        start="2022-05-05T20:00:00+09:00",
    )


def test_mofa_range_gives_end_and_duration_and_the_dinner_is_not_mixed_in() -> None:
    text = """Press Releases

Japan-Erehwon Foreign Ministers' Meeting

February 1, 2022

On February 1, from 17.00 to 18.30, Mr. SATO Jiro, Minister for Foreign Affairs, held a \
Foreign Ministers' Meeting with Mr. Jon Smith, Minister of Foreign Affairs of Erehwon, who \
was visiting Japan. Following the meeting, Minister Sato hosted a working dinner from 18:45 \
for approximately 90 minutes.
"""
    _check(
        text,
        kind="foreign_ministers_meeting",
        start_time="17:00",
        end_time="18:30",
        duration_minutes=90,
        duration_approximate=False,
        location=None,  # "who was visiting Japan": where the guest came, not the venue
    )


def test_mofa_courtesy_call_at_a_venue() -> None:
    text = """Press Releases

Foreign Minister's Courtesy Call

May 9, 2022

On May 9, from 10:00 a.m. to 10:30 a.m., Mr. ABE Goro, Minister for Foreign Affairs, paid a \
courtesy call on H.E. Mr. Jon Smith, President of Erehwon, at the Presidential Palace. A \
24-hour ceasefire was discussed.
"""
    _check(
        text,
        format="in_person",
        kind="courtesy_call",
        start_time="10:00",
        end_time="10:30",
        duration_minutes=30,
        location="Presidential Palace",
    )


def test_mofa_venue_with_city_and_spoken_durations() -> None:
    text = """Press Releases

Japan-Erehwon Foreign Ministers' Meeting

June 2, 2022

On June 2, from around 5:30 p.m. for about an hour and a half, Mr. SATO Jiro, Minister for \
Foreign Affairs, held a Japan-Erehwon Foreign Ministers' Meeting at the Iikura Guest House in \
Tokyo with H.E. Mr. Jon Smith, Minister of Foreign Affairs of Erehwon.
"""
    _check(
        text,
        start_time="17:30",
        duration_minutes=90,
        location="Iikura Guest House, Tokyo",
        timezone="Asia/Tokyo",
    )


@pytest.mark.parametrize(
    ("phrase", "minutes", "approx"),
    [
        ("for approximately 40 minutes", 40, True),
        ("for about one hour", 60, True),
        ("for an hour and a half", 90, False),
        ("for one hour and 15 minutes", 75, False),
        ("for about two and a half hours", 150, True),
        ("for nearly an hour", 60, True),
        ("for some 25 minutes", 25, True),
        ("for over an hour", 60, True),
        ("for 70 minutes", 70, False),
        ("for 1.5 hours", 90, False),
    ],
)
def test_duration_phrases(phrase: str, minutes: int, approx: bool) -> None:
    text = f"""Press Releases

Meeting

July 7, 2022

On July 7, {phrase} from 10:00 a.m., Mr. SATO Jiro, Minister for Foreign Affairs, held a \
meeting with Mr. Jon Smith, Minister of Foreign Affairs of Erehwon.
"""
    got = _meeting(text)
    assert (got["duration_minutes"], got["duration_approximate"]) == (minutes, approx)
    assert got["start_time"] == "10:00"


@pytest.mark.parametrize(
    ("phrase", "hm"),
    [
        ("commencing at 2:00 p.m.", "14:00"),
        ("commencing at 9:20a.m.", "09:20"),
        ("at 17:30", "17:30"),
        ("at 17.00", "17:00"),
        ("shortly after 5:00 p.m.", "17:00"),
        ("at around 10:20 p.m.", "22:20"),
        ("from around 8 p.m.", "20:00"),
        ("at 12:05 p.m.", "12:05"),
        ("at 0:30 a.m.", "00:30"),
        ("at 1100 hrs", "11:00"),
    ],
)
def test_start_time_layouts(phrase: str, hm: str) -> None:
    text = f"""Press Releases

Meeting

July 7, 2022

On July 7, {phrase}, Mr. SATO Jiro, Minister for Foreign Affairs, held a meeting with \
Mr. Jon Smith, Minister of Foreign Affairs of Erehwon.
"""
    assert _meeting(text)["start_time"] == hm


# --- readouts: State Department, White House, UN -------------------------------------------


def test_state_readout_phone_today() -> None:
    text = """READOUT

OFFICE OF THE SPOKESPERSON

JUNE 8, 2022

The below is attributable to Spokesperson Jane Doe:

Secretary of State Mark Ellison spoke today by phone with Ruritanian Foreign Minister Petra \
Novak. The Secretary and the Foreign Minister discussed regional security.
"""
    _check(text, format="telephone", kind="telephone_talk", date="2022-06-08", location=None)


def test_white_house_call_in_headline_and_weekday_evening() -> None:
    text = """BRIEFING ROOM

Readout of President Carter's Call with Prime Minister Okoro of Nigeria

JULY 6, 2022 • STATEMENTS AND RELEASES

On Monday evening, President Sam Carter spoke with Prime Minister Ade Okoro of Nigeria. The \
leaders discussed energy security.
"""
    # the most recent Monday on or before the release date (a Wednesday)
    _check(text, format="telephone", date="2022-07-04")


def test_virtual_meeting_over_hours() -> None:
    text = """BRIEFING ROOM

Readout of President Carter's Virtual Meeting with President Lind

MARCH 2, 2022 • STATEMENTS AND RELEASES

Yesterday, President Sam Carter held a virtual meeting with President Eva Lind of Norland. \
Over about three and a half hours, the two leaders talked through the relationship.
"""
    _check(
        text,
        format="video",
        kind="video_conference",
        date="2022-03-01",
        duration_minutes=210,
        duration_approximate=True,
    )


def test_un_readout_dateline_is_not_the_place() -> None:
    text = """United Nations Secretary-General

Readout of the Secretary-General's meeting with the Foreign Minister of Erehwon

New York, 5 March 2022

The Secretary-General met today with H.E. Mr. Jon Smith, Minister for Foreign Affairs of \
Erehwon, on the margins of the General Assembly.
"""
    _check(text, format="in_person", date="2022-03-05", location=None)


# --- other publishers -----------------------------------------------------------------------


def test_asean_dateline_place_and_future_meeting_are_not_the_place() -> None:
    text = """Secretary-General of ASEAN receives courtesy call from Ambassador of Erehwon

12 May 2022

JAKARTA, 12 May 2022 – Secretary-General of ASEAN Dato Ali Hassan today received a courtesy \
call from H.E. Jon Smith, Ambassador of Erehwon to ASEAN, at the ASEAN Secretariat. The two \
will be meeting again in Vientiane in July.
"""
    _check(
        text, format="in_person", kind="courtesy_call", date="2022-05-12",
        location="ASEAN Secretariat",
    )


def test_indonesian_day_month_in_brackets_and_local_zone_abbreviation() -> None:
    text = """News

Foreign Minister holds virtual meeting with Erehwon counterpart

Tuesday, 8 March 2022

On Monday (7/3), Foreign Minister Siti Rahma held a virtual meeting with the Foreign Minister \
of Erehwon, Jon Smith. The meeting began at 14.00 WIB and lasted some 45 minutes.
"""
    _check(
        text,
        format="video",
        date="2022-03-07",
        start_time="14:00",
        duration_minutes=45,
        timezone="Asia/Jakarta",
    )


def test_china_place_with_province() -> None:
    text = """Foreign Minister Li Wei Holds Talks with Foreign Minister of Erehwon

2022/03/30

On the afternoon of March 30, 2022, State Councilor and Foreign Minister Li Wei held talks \
with Foreign Minister Jon Smith of Erehwon in Tunxi, Anhui Province.
"""
    _check(text, format="in_person", date="2022-03-30", location="Tunxi, Anhui Province")


def test_korea_video_conference_numbered_lead() -> None:
    text = """Press Releases

Minister Park holds video conference with Foreign Minister of Erehwon

2022-04-05

1. Minister of Foreign Affairs Park Min-ho held a video conference with Foreign Minister of \
Erehwon Jon Smith on April 5 for about 40 minutes from 10:30 a.m. The two Ministers \
discussed bilateral cooperation.
"""
    _check(
        text, format="video", kind="video_conference", date="2022-04-05",
        start_time="10:30", duration_minutes=40, location=None,
    )


def test_eeas_weekday_resolves_against_release_date() -> None:
    text = """Press releases

Brussels, 10/03/2022

High Representative Anna Maria Rossi held a meeting with the Foreign Minister of Erehwon, \
Jon Smith, in Washington on Thursday.
"""
    _check(text, format="in_person", date="2022-03-10", location="Washington")


def test_ukgov_venue_and_topic_place_not_confused() -> None:
    text = """Press release

Foreign Secretary meets Ruritanian counterpart

Published
14 February 2022

The Foreign Secretary, Anna Bell, met Ruritanian Foreign Minister Karl Stein at the Foreign \
Office in London today. They discussed the crisis in Ukraine.
"""
    _check(text, format="in_person", date="2022-02-14", location="Foreign Office, London")


def test_coup_in_a_country_is_not_the_meeting_place() -> None:
    text = """Statement

March 10, 2022

Minister Jon Smith met Minister Ana Lopez today to discuss the coup in Myanmar. The meeting, \
held at around 10:20 p.m., ran for over an hour.
"""
    _check(text, date="2022-03-10", location=None, start_time="22:20", duration_minutes=60)


def test_participant_clause_dates_are_not_the_meeting_date() -> None:
    text = """Statement

May 4, 2022

Foreign Minister Jon Smith, who arrived in Tokyo on Monday, met Foreign Minister Ana Lopez \
today at the Ministry of Foreign Affairs.
"""
    _check(text, date="2022-05-04", location="Ministry of Foreign Affairs")


def test_year_before_release_for_a_december_meeting() -> None:
    text = """Statement

January 5, 2022

On December 30, Minister Jon Smith held talks via video link with Minister Ana Lopez.
"""
    _check(text, format="video", date="2021-12-30")


def test_second_event_in_lead_is_not_mixed_in() -> None:
    text = """Statement

4 May 2022

Minister Jon Smith met Minister Ana Lopez at 3:30 p.m. today. Later, at 7 p.m., Minister \
Smith hosted a dinner lasting two hours.
"""
    _check(text, start_time="15:30", duration_minutes=None, end_time=None)


# --- no meeting, odd input ------------------------------------------------------------------


def test_future_meeting_only_gives_nulls_and_a_warning() -> None:
    text = """Statement

March 10, 2022

Minister Jon Smith will meet Minister Ana Lopez in Geneva next week.
"""
    rel = parse(text)
    assert rel.meeting.format is None and rel.meeting.location is None
    assert "no meeting sentence found" in rel.warnings


@pytest.mark.parametrize("text", ["", "   \n\n", "asdf qwer zxcv", "(" * 500 + "met at 5 p.m."])
def test_odd_input_never_crashes(text: str) -> None:
    parse(text)


def test_every_span_points_at_its_text() -> None:
    for text in (MOFA_TELEPHONE, MOFA_ABROAD):
        rel = parse(text)
        fields = {s.field for s in rel.spans if s.field.startswith("meeting.")}
        assert {"meeting.date", "meeting.start_time", "meeting.duration_minutes",
                "meeting.format", "meeting.kind"} <= fields
        for s in rel.spans:
            assert text[s.start : s.end] == s.text


# --- real-world layouts (audit) --------------------------------------------------------------

def test_during_their_call_in_next_paragraph_makes_it_a_telephone_talk() -> None:
    _check(
        "Minister Arden speaks with Freedonia's Foreign Minister Varga\n\n"
        "March 4, 2022 – Valdora – Global Affairs\n\n"
        "The Honourable Lise Arden, Minister of Foreign Affairs, today spoke with Ivo Varga, "
        "Freedonia's Minister for Foreign Affairs.\n\n"
        "During their call, the Ministers discussed fisheries and Arctic security.\n",
        format="telephone",
    )


def test_met_his_counterpart_in_city_gives_the_place() -> None:
    _check(
        "Foreign Secretary meeting with Secretary Dalton\n\n"
        "Foreign Secretary Alan Whitby met with his American counterpart in London to discuss "
        "trade and the Arctic.\n\n"
        "They agreed to meet again.\n",
        location="London",
    )


def test_summary_under_title_gives_date_and_format_when_body_has_no_meeting_verb() -> None:
    _check(
        "News story\n\nForeign Secretary meeting with Freedonian Foreign Minister\n\n"
        "The Foreign Secretary met Foreign Minister Ivo Varga today for a meeting on fisheries.\n\n"
        "Published 3 February 2019\n\n"
        "The two ministers discussed fisheries quotas in the North Sea.\n\n"
        "They agreed to keep in close contact.\n",
        format="in_person", date="2019-02-03",
    )


@pytest.mark.parametrize(
    ("lead", "fmt"),
    [
        # 10 Downing Street / White House / UN readouts: speaking with someone, no place
        ("The Prime Minister spoke to President Ana Vell of Norland this evening.", "telephone"),
        ("The Secretary-General spoke today with Foreign Minister Bo Tarr of Sylvania.", "telephone"),
        # a place or an event's margins: they were together
        ("The Prime Minister spoke with President Ana Vell in Rome today.", "in_person"),
        ("The Minister spoke with Minister Bo Tarr on the margins of the summit.", "in_person"),
    ],
)
def test_spoke_with_at_no_place_is_a_call(lead: str, fmt: str) -> None:
    assert _meeting(lead)["format"] == fmt


def test_a_capital_the_tagger_misses_is_still_the_place() -> None:
    # "On the sidelines of <event> in <city>, X met Y": the city is a known capital
    m = _meeting(
        "On the sidelines of the Council of Foreign Ministers meeting in Dushanbe, "
        "Foreign Minister Ali Karim met Foreign Minister Bo Tarr of Sylvania."
    )
    assert m["location"] == "Dushanbe"


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("two days ago", "2022-05-07"),
        ("the day before yesterday", "2022-05-07"),
        ("yesterday", "2022-05-08"),
        ("a week ago", "2022-05-02"),
    ],
)
def test_counted_relative_days_resolve_against_the_release_date(phrase: str, day: str) -> None:
    text = f"Ministers meet\n\nMay 9, 2022\n\nMinister Ana Ruiz met Minister Bo Lind {phrase} in Atlantis.\n"
    assert _meeting(text)["date"] == day


def test_a_call_headline_gives_the_format_when_the_lead_has_no_meeting_verb() -> None:
    text = (
        "Secretary Ruiz's Call with Freedonian Foreign Minister Solis\n\n"
        "11/03/2021 04:19 PM EDT\n\n"
        "Secretary of State Carla Ruiz congratulated Freedonian Foreign Minister Ana Solis today "
        "on her new appointment. They discussed the close partnership between the two countries.\n"
    )
    m = _meeting(text)
    assert m["format"] == "telephone"
    assert m["date"] == "2021-11-03"


def test_during_their_recent_phone_talks_is_this_call() -> None:
    text = (
        "Freedonia, Ruritania discuss fisheries\n\n"
        "Foreign Minister Ana Solis and Foreign Minister Ivo Varga have discussed cooperation "
        "during their recent phone talks.\n\n"
        "Solis thanked Ruritania for its support.\n"
    )
    assert _meeting(text)["format"] == "telephone"
    # "since their recent phone call" is another contact; the meeting is in person
    text2 = (
        "Ministers meet\n\nMay 9, 2022\n\n"
        "Minister Ana Ruiz met Minister Bo Lind today in Atlantis, their first meeting since "
        "their recent phone call.\n"
    )
    assert _meeting(text2)["format"] == "in_person"


def test_a_city_whose_name_starts_with_the() -> None:
    text = (
        "Readout of the Secretary-General's meeting with the Foreign Minister of Ruritania\n\n"
        "The Hague, the Netherlands, 28 August 2013\n\n"
        "The Secretary-General met today in The Hague with Mr. Ivo Varga, Foreign Minister "
        "of Ruritania.\n"
    )
    assert _meeting(text)["location"] == "The Hague"


# --- issue 3: relative days, clock layouts, durations, two meetings, format words -----------


def _release(lead: str, date: str = "Wednesday, 30 June 2021") -> str:
    return f"Press Releases\n\nForeign Ministers' Meeting\n\n{date}\n\n{lead}\n"


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Foreign Minister Lina Marsh yesterday held a telephone talk with Foreign Minister "
         "Tomas Vik of Norland.", "2021-06-29"),
        ("On Monday, Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland in "
         "Oslo.", "2021-06-28"),
        ("Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland on Monday "
         "evening.", "2021-06-28"),
        # Kemlu / VNA: day/month in brackets after the weekday, or bare after the place
        ("On Monday evening (28/6), Foreign Minister Lina Marsh held a virtual meeting with "
         "Foreign Minister Tomas Vik of Norland.", "2021-06-28"),
        ("Foreign Minister Lina Marsh held talks with Foreign Minister Tomas Vik of Norland in "
         "Hanoi on Monday (28/6).", "2021-06-28"),
        ("Jakarta (28/6) - Foreign Minister Lina Marsh held a virtual meeting with Foreign "
         "Minister Tomas Vik of Norland.", "2021-06-28"),
        ("Foreign Minister Lina Marsh (29/6) received a courtesy call from Ambassador Tomas Vik "
         "of Norland.", "2021-06-29"),
    ],
)
def test_relative_days_resolve_against_the_header_date(lead: str, day: str) -> None:
    assert _meeting(_release(lead))["date"] == day


def test_last_weekday_in_a_release_of_that_weekday_is_a_week_before() -> None:
    lead = "Last Monday, Foreign Minister Lina Marsh met Foreign Minister Tomas Vik in Oslo."
    assert _meeting(_release(lead, "Monday, 28 June 2021"))["date"] == "2021-06-21"
    lead = "On Monday, Foreign Minister Lina Marsh met Foreign Minister Tomas Vik in Oslo."
    assert _meeting(_release(lead, "Monday, 28 June 2021"))["date"] == "2021-06-28"


def test_a_bracketed_fraction_far_from_the_release_date_is_not_a_day() -> None:
    # "(2/3)" read day first is 2 March, months before the release: a share, not a date
    lead = ("Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland on 29 June. "
            "The two sides agreed that a two-thirds majority (2/3) was needed.")
    assert _meeting(_release(lead))["date"] == "2021-06-29"
    lead = ("Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland to discuss the "
            "quota (2/3) agreed in the treaty.")
    assert _meeting(_release(lead))["date"] == "2021-06-30"  # the release's own day


@pytest.mark.parametrize("phrase", ["last week", "last month", "earlier this week"])
def test_a_stretch_of_time_is_not_a_day_and_gives_a_warning(phrase: str) -> None:
    rel = parse(_release(
        f"Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland {phrase} in Oslo."
    ))
    assert rel.meeting.date is None
    assert any("not a day" in w and phrase in w for w in rel.warnings)
    assert rel.meeting.location == "Oslo"  # the other values still hold


@pytest.mark.parametrize(
    ("clause", "hm", "span"),
    [
        ("at 17.00 hrs", "17:00", "17.00"),
        ("at 1430 hours", "14:30", "1430 hours"),
        ("at 14:30", "14:30", "14:30"),
        ("at 9.30am", "09:30", "9.30am"),
        ("at 15h30", "15:30", "15h30"),
    ],
)
def test_clock_layouts(clause: str, hm: str, span: str) -> None:
    rel = parse(_release(
        f"On 29 June {clause}, Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of "
        "Norland."
    ))
    assert rel.meeting.start_time == hm
    assert _span_text(rel, "meeting.start_time") == span


def test_a_range_in_hrs_gives_the_end_and_the_length() -> None:
    _check(
        _release("Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland from "
                 "1500 to 1600 hrs on 29 June."),
        start_time="15:00", end_time="16:00", duration_minutes=60, duration_approximate=False,
    )


MOFA_LOCAL_AND_JAPAN_TIME = (
    "On October 1, commencing at 5:30 p.m. (local time; 0:30 a.m. on 2 October, Japan time) "
    "for approximately 50 minutes, Mr. ONO Kenta, Minister for Foreign Affairs of Japan, held a "
    "meeting with Mr. Tomas Vik, Minister of Foreign Affairs of Norland{place}. The overview of "
    "the meeting is as follows."
)


def test_local_time_is_the_start_and_its_zone_comes_from_the_stated_place() -> None:
    rel = _check(
        _release(MOFA_LOCAL_AND_JAPAN_TIME.format(place=", in Paris"), "October 2, 2021"),
        date="2021-10-01",  # not the Japan-time day in the brackets
        start_time="17:30",
        end_time="18:20",
        duration_minutes=50,
        duration_approximate=True,
        timezone="Europe/Paris",  # not Asia/Tokyo: Japan time is the restatement
        start="2021-10-01T17:30:00+02:00",
        location="Paris",
    )
    assert _span_text(rel, "meeting.start_time") == "5:30 p.m."


def test_local_time_with_no_place_leaves_the_zone_null_with_a_warning() -> None:
    rel = _check(
        _release(MOFA_LOCAL_AND_JAPAN_TIME.format(place=""), "October 2, 2021"),
        date="2021-10-01", start_time="17:30", timezone=None, start="2021-10-01T17:30:00",
    )
    assert any("local time" in w for w in rel.warnings)


def test_a_publication_time_in_the_header_is_not_the_meeting_start() -> None:
    text = ("News\n\nMinister meets Norland counterpart\n\n14/10/2021 - 23:07\n\n"
            "Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland in Rome on "
            "13 October.\n")
    _check(text, date="2021-10-13", start_time=None, end_time=None, start=None, location="Rome")


@pytest.mark.parametrize(
    ("sentence", "minutes", "approx", "span"),
    [
        ("The meeting lasted nearly an hour.", 60, True, "nearly an hour"),
        ("The talks went on for about three and a half hours.", 210, True,
         "about three and a half hours"),
        ("The call lasted some 25 minutes.", 25, True, "some 25 minutes"),
        ("The meeting ran for over an hour.", 60, True, "over an hour"),
        ("The meeting lasted approximately 1 hour and 10 minutes.", 70, True,
         "approximately 1 hour and 10 minutes"),
        ("The two ministers met for 45 minutes.", 45, False, "45 minutes"),
        ("The talks lasted 1 hr 15 mins.", 75, False, "1 hr 15 mins"),
        ("It was an hour-and-a-half meeting.", 90, False, "an hour-and-a-half"),
        ("The talks lasted 2 hours 30 minutes.", 150, False, "2 hours 30 minutes"),
        ("The meeting lasted around 40 minutes.", 40, True, "around 40 minutes"),
    ],
)
def test_durations_stated_after_the_meeting_sentence(
    sentence: str, minutes: int, approx: bool, span: str
) -> None:
    rel = parse(_release(
        "Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland today. " + sentence
    ))
    assert (rel.meeting.duration_minutes, rel.meeting.duration_approximate) == (minutes, approx)
    assert _span_text(rel, "meeting.duration_minutes") == span


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        # the dinner's length in the meeting sentence is not the meeting's
        ("On June 29, Prime Minister Lina Marsh held a summit meeting with President Tomas Vik "
         "of Norland, followed by a working dinner for approximately 90 minutes.",
         {"kind": "summit_meeting", "duration_minutes": None, "end_time": None}),
        ("On June 29, from 6:00 p.m., Prime Minister Lina Marsh held a summit meeting with "
         "President Tomas Vik of Norland for about 40 minutes, followed by a working dinner for "
         "approximately 90 minutes.",
         {"start_time": "18:00", "duration_minutes": 40, "end_time": "18:40"}),
        ("On June 29, Prime Minister Lina Marsh held a summit meeting with President Tomas Vik of "
         "Norland, after which the two leaders attended a dinner for about two hours.",
         {"duration_minutes": None}),
        ("On June 29, Prime Minister Lina Marsh met President Tomas Vik of Norland at 10 a.m. and "
         "then hosted a lunch in his honour at the Grand Palace for about 90 minutes.",
         {"start_time": "10:00", "duration_minutes": None, "location": None}),
        # the next sentence moves on to the dinner
        ("On June 29, Prime Minister Lina Marsh held a meeting with President Tomas Vik of "
         "Norland. The leaders then attended a dinner that lasted about two hours.",
         {"duration_minutes": None}),
        # what a sentence says before it moves on still counts
        ("Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland on June 29. The "
         "meeting lasted about an hour and was followed by a working dinner.",
         {"duration_minutes": 60, "duration_approximate": True}),
        # MOFA: the working lunch in the next sentence, with its own start and length
        ("On June 29, from 11:30 a.m. for approximately 45 minutes, Mr. ONO Kenta, Prime Minister "
         "of Japan, held a Japan-Norland Summit Meeting with H.E. Mr. Tomas Vik, President of "
         "Norland. Subsequently, from 12:15 p.m. for approximately 1 hour, a working lunch was "
         "held.",
         {"kind": "summit_meeting", "start_time": "11:30", "end_time": "12:15",
          "duration_minutes": 45}),
        # a visit, then the meeting, then a dinner, in two sentences
        ("On June 29, Prime Minister Lina Marsh visited Norland. During the visit, she held a "
         "summit meeting with President Tomas Vik from 10:00 for about 50 minutes, and then "
         "attended a dinner hosted by President Vik for about two hours.",
         {"start_time": "10:00", "duration_minutes": 50}),
        # ", followed by a dinner," is an aside: the venue after it is the meeting's
        ("On June 29, commencing at 5:15 p.m., Mr. ONO Kenta, Minister for Foreign Affairs, "
         "chaired the Foreign Ministers' Meeting, followed by a dinner, at the Grand Palace in "
         "Tokyo, with Mr. Tomas Vik, Minister of Foreign Affairs of Norland.",
         {"start_time": "17:15", "location": "Grand Palace, Tokyo"}),
        # one combined figure for the meeting and the lunch: that figure
        ("On June 29, from 12:00 p.m. for about two hours, Prime Minister Lina Marsh held a "
         "summit meeting and working lunch with President Tomas Vik of Norland.",
         {"start_time": "12:00", "duration_minutes": 120, "end_time": "14:00"}),
    ],
)
def test_two_meetings_are_never_mixed(lead: str, want: dict[str, Any]) -> None:
    _check(_release(lead), **want)


@pytest.mark.parametrize(
    ("verb_phrase", "fmt", "kind"),
    [
        ("held a telephone talk with", "telephone", "telephone_talk"),
        ("held a telephone conversation with", "telephone", "telephone_talk"),
        ("had a phone call with", "telephone", "telephone_talk"),
        ("talked over the phone with", "telephone", "telephone_talk"),
        ("held phone talks with", "telephone", "telephone_talk"),
        ("received a telephone call from", "telephone", "telephone_talk"),
        ("held a video conference with", "video", "video_conference"),
        ("held a video call with", "video", "video_conference"),
        ("held a virtual meeting with", "video", "video_conference"),
        ("held online talks with", "video", "video_conference"),
        ("held a TV conference meeting with", "video", "video_conference"),
        ("held a secure video teleconference with", "video", "video_conference"),
        ("met in person with", "in_person", "meeting"),
        ("held a bilateral meeting on the sidelines of the General Assembly with", "in_person",
         "meeting"),
    ],
)
def test_format_words(verb_phrase: str, fmt: str, kind: str) -> None:
    text = ("Statement\n\nPrime Minister meets President of Norland\n\n30 June 2021\n\n"
            f"Prime Minister Lina Marsh {verb_phrase} President Tomas Vik of Norland today.\n")
    _check(text, format=fmt, kind=kind)


@pytest.mark.parametrize("platform", ["via Zoom", "on Microsoft Teams"])
def test_a_named_video_platform_is_a_video_meeting(platform: str) -> None:
    lead = f"Prime Minister Lina Marsh met President Tomas Vik of Norland {platform} today."
    assert _meeting(_release(lead))["format"] == "video"


def test_a_bare_teleconference_leaves_the_format_null_with_a_warning() -> None:
    # a "teleconference" is a video call for some publishers, a phone conference for others:
    # remote, so never in person, but the medium is not stated
    rel = parse(_release(
        "Prime Minister Lina Marsh held a teleconference with President Tomas Vik of Norland today."
    ))
    assert rel.meeting.format is None
    assert rel.meeting.kind == "teleconference"
    assert any("telephone or video" in w for w in rel.warnings)
    # the headline tells the medium
    text = ("Statement\n\nPrime Minister's Video Conference with President of Norland\n\n"
            "30 June 2021\n\nPrime Minister Lina Marsh held a teleconference with President "
            "Tomas Vik of Norland today.\n")
    _check(text, format="video", kind="video_conference")


def test_sidelines_of_an_event_in_a_city_gives_the_city() -> None:
    _check(
        _release("On the sidelines of the G20 Summit in Rome, Prime Minister Lina Marsh met "
                 "President Tomas Vik of Norland on 29 June."),
        format="in_person", date="2021-06-29", location="Rome",
    )


def test_weekdays_and_clock_layouts_do_not_load_dateparser() -> None:
    # dateparser is only for counted phrases ("two days ago"); a rule answers the rest
    import subprocess
    import sys

    code = (
        "import sys\nfrom pressparse import parse\n"
        "parse('Statement\\n\\nMay 9, 2022\\n\\nOn Monday evening, at 17.00 hrs, Minister Ana "
        "Ruiz met Minister Bo Lind in Atlantis. Yesterday they spoke again. The meeting lasted "
        "nearly an hour.\\n')\n"
        "print('dateparser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize(
    ("clause", "start", "end", "span"),
    [
        ("between 3 and 4 p.m.", "15:00", "16:00", "3"),
        ("from 3:30 to 5 p.m.", "15:30", "17:00", "3:30"),
        ("from 11 to 1 p.m.", "11:00", "13:00", "11"),
        ("from 10:30 to 11:15 a.m.", "10:30", "11:15", "10:30"),
    ],
)
def test_a_range_with_one_am_pm_suffix(clause: str, start: str, end: str, span: str) -> None:
    rel = _check(
        _release(f"On 29 June {clause}, Prime Minister Lina Marsh met President Tomas Vik of "
                 "Norland."),
        start_time=start, end_time=end,
    )
    assert _span_text(rel, "meeting.start_time") == span


def test_the_following_day_counts_from_the_date_before_it() -> None:
    _check(
        _release("On 28 June, Prime Minister Lina Marsh arrived in Oslo. The following day, she "
                 "held a meeting with President Tomas Vik of Norland."),
        date="2021-06-29",
    )


def test_the_previous_day_with_no_stated_day_is_null_with_a_warning() -> None:
    rel = parse(_release("On the previous day, Prime Minister Lina Marsh met President Tomas "
                         "Vik of Norland."))
    assert rel.meeting.date is None
    assert any("relative to no stated day" in w for w in rel.warnings)


# --- round 2: layouts from government portals of Viet Nam, Malaysia, Canada, Korea ---------


@pytest.mark.parametrize("abbrev", ["U.S.", "U.K.", "U.N.", "E.U."])
def test_a_dotted_abbreviation_before_the_office_is_a_received_guest(abbrev: str) -> None:
    # "received U.S. Secretary of State X": the object is an office with a dotted qualifier
    _check(
        _release(f"President Lina Marsh on Tuesday morning received {abbrev} Special Envoy "
                 "Tomas Vik, and the two discussed trade."),
        format="in_person", date="2021-06-29",
    )


def test_agency_code_dateline_is_not_the_meeting_date_and_guest_clause_fixes_the_place() -> None:
    # Viet Nam's portal: "VGP - <city>, <month day> - X on <weekday> received Y, who is in
    # <country> ...": the weekday gives the day; the release's city, in the guest's country,
    # is where the host received the guest.
    text = (
        "News\n\nPresident receives envoy\n\n01/07/2021 10:00\n\n"
        "VGP - Hà Nội, July 1 – President Lina Marsh on Tuesday received U.S. Special Envoy "
        "Tomas Vik, who is in Viet Nam from June 28 to July 2 for talks on trade.\n\n"
        "The two sides discussed cooperation in energy.\n"
    )
    rel = _check(text, format="in_person", date="2021-06-29", location="Hà Nội")
    assert _span_text(rel, "meeting.date") == "on Tuesday"


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        # a host's verb but nothing saying the guest is in the dateline's country: no place
        ("on the occasion of his working visit to the region.", None),
        ("who is on an official visit to the Philippines.", "MANILA"),
    ],
)
def test_a_dateline_is_the_place_only_where_the_guest_is_said_to_be_there(
    tail: str, want: str | None
) -> None:
    text = (
        "MANILA – Secretary Lina Marsh received Foreign Minister Tomas Vik of Norland on "
        f"June 29, {tail}\n"
    )
    assert _meeting(text)["location"] == want


@pytest.mark.parametrize(
    ("venue", "want"),
    [
        ("at Wisma Harmoni, Putrajaya", "Wisma Harmoni, Putrajaya"),
        ("at Istana Cendana", "Istana Cendana"),
        ("at Seri Melati in Putrajaya", "Seri Melati, Putrajaya"),
        ("at Palazzo Verdi, Rome", "Palazzo Verdi, Rome"),
    ],
)
def test_a_venue_named_with_its_city_or_a_head_word_first(venue: str, want: str) -> None:
    # Malaysia: "received H.E. X, <office> of <country>, at <Building>, <City>."
    _check(
        _release("The Minister of Foreign Affairs, Lina Marsh, today received H.E. TOMAS VIK, "
                 f"Minister for Foreign Affairs of Norland, {venue}. Minister Vik is in the "
                 "country on a working visit."),
        format="in_person", location=want,
    )


def test_welcomed_a_guest_to_a_city() -> None:
    # Canada: "welcomed the Prime Minister of X, <Name>, to <City> for a bilateral meeting"
    _check(
        "Readouts\n\nJune 30, 2021\nOttawa, Ontario\n\nToday, Prime Minister Lina Marsh "
        "welcomed the Prime Minister of Norland, Tomas Vik, to Ottawa for a bilateral meeting, "
        "his first visit to the country since taking office.\n",
        format="in_person", location="Ottawa", date="2021-06-30",
    )


def test_to_a_country_on_another_verb_is_not_the_place() -> None:
    # "to Norland" hangs on "expressed gratitude", not on the welcoming verb
    got = _meeting(
        _release("President Lina Marsh received Ambassador Tomas Vik and expressed her "
                 "gratitude to Norland for its support.")
    )
    assert got["location"] is None


@pytest.mark.parametrize(
    ("clause", "zone"),
    [
        ("from 9 p.m. on June 29 (KST)", "Asia/Seoul"),
        ("at 10 a.m. on 29 June, Japan time,", "Asia/Tokyo"),
        ("from 08:10 to 08:40 (Korean time) on June 29", "Asia/Seoul"),
        ("at 3 p.m. (Malaysia time) on June 29", "Asia/Kuala_Lumpur"),
    ],
)
def test_a_zone_after_the_date_or_after_the_range(clause: str, zone: str) -> None:
    rel = _check(
        _release(f"President Lina Marsh held a telephone talk with President Tomas Vik of "
                 f"Norland {clause}."),
        timezone=zone, date="2021-06-29",
    )
    assert rel.meeting.start is not None and rel.meeting.start[-6] == "+"


def test_an_ambassadors_posting_is_not_where_he_was_received() -> None:
    # "Ambassador of X to <country>": the office's "to", not the place of the meeting
    got = _meeting(
        _release("Deputy Prime Minister Lina Marsh received Ambassador of Norland to Ghana "
                 "Tomas Vik in Accra on June 29.")
    )
    assert got["location"] == "Accra"
    got = _meeting(
        _release("Deputy Prime Minister Lina Marsh received Ambassador of Norland to Ghana "
                 "Tomas Vik on June 29.")
    )
    assert got["location"] is None


def test_the_guest_said_to_be_in_the_country_in_a_sentence_of_its_own() -> None:
    text = (
        "NEW DELHI, 29 June 2021 – The Prime Minister received U.K. Foreign Secretary Tomas "
        "Vik today. The Foreign Secretary is in India on an official visit.\n"
    )
    _check(text, format="in_person", date="2021-06-29", location="NEW DELHI")


# --- Places with no entity recognizer (the fast mode) ---------------------------------------
# The words and the lexicons decide where no entity is on the place; each release is read
# both with ner over the whole text and with none at all.


@pytest.fixture
def no_ner() -> Any:
    """Parse in the fast mode: no entity recognizer runs (only lexicon names are marked)."""

    def run(text: str) -> dict[str, Any]:
        return parse(text, fast=True).meeting.model_dump()

    return run


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # a city of the lexicon that is no capital
        ("Foreign Minister Lina Marsh held talks with Foreign Minister Tomas Vik of Norland "
         "in Penang on June 29.", "Penang"),
        # an island with its country after a comma
        ("Foreign Minister Lina Marsh held talks with Foreign Minister Tomas Vik of Norland "
         "in Bali, Indonesia, where both attended the ministerial meeting.", "Bali, Indonesia"),
        # a name the lexicon does not know, placed by its country after a comma
        ("Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland in Port "
         "Marvale, Fiji on June 29.", "Port Marvale, Fiji"),
        # a city with its province ("Ottawa, Ontario")
        ("Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland in Halifax, "
         "Nova Scotia on June 29.", "Halifax, Nova Scotia"),
        # a building after "in", known by its head noun
        ("President Lina Marsh held talks with President Tomas Vik of Norland in the Great "
         "Hall of the Veldmoor Palace on June 29.", "Great Hall of the Veldmoor Palace"),
        # "taking place in": "in" belongs to the verb, not to the noun "place"
        ("Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland on the margins "
         "of the Pledging Conference, taking place in Kuwait City.", "Kuwait City"),
    ],
)
def test_place_after_in_without_entities(no_ner: Any, lead: str, place: str) -> None:
    assert no_ner(_release(lead))["location"] == place
    assert _meeting(_release(lead))["location"] == place


def test_venue_and_its_second_name_or_city_without_entities(no_ner: Any) -> None:
    lead = ("Prime Minister Lina Marsh held a summit meeting with President Tomas Vik of "
            "Norland at the State Guest House, Veldmoor Palace, on June 29.")
    assert no_ner(_release(lead))["location"] == "State Guest House, Veldmoor Palace"
    lead = ("Foreign Minister Lina Marsh received Foreign Minister Tomas Vik of Norland at "
            "Wisma Seroja, Putrajaya on June 29.")
    assert no_ner(_release(lead))["location"] == "Wisma Seroja, Putrajaya"


def test_welcomed_guest_to_a_city_without_a_parse_of_the_to(no_ner: Any) -> None:
    # "welcomed <the office of country, Name>, to <city>": the "to" is the welcome's
    lead = ("Today, Prime Minister Lina Marsh welcomed the Prime Minister of Norland, Tomas "
            "Vik, to Ottawa for a bilateral meeting, his first visit to Canada.")
    assert no_ner(_release(lead))["location"] == "Ottawa"
    assert _meeting(_release(lead))["location"] == "Ottawa"


@pytest.mark.parametrize(
    "lead",
    [
        # a commitment to a country is no destination
        "Prime Minister Lina Marsh met President Tomas Vik and welcomed Norland's commitment "
        "to Japan on June 29.",
        # a heading's phrase and a comma before a country that goes on with a verb
        "Foreign Minister Lina Marsh met Foreign Minister Tomas Vik in Good Faith, Japan said "
        "on June 29.",
        # a place that is what was discussed, not where
        "Foreign Minister Lina Marsh met Foreign Minister Tomas Vik and discussed the "
        "situation in Sabah on June 29.",
        # a future meeting's place
        "Foreign Minister Lina Marsh met Foreign Minister Tomas Vik; they will meet again in "
        "Penang in July.",
    ],
)
def test_no_place_from_words_that_only_look_like_one(no_ner: Any, lead: str) -> None:
    assert no_ner(_release(lead))["location"] is None


@pytest.mark.parametrize(
    ("tail", "place"),
    [
        ("at the Ministry of Foreign Affairs on June 29.", "Ministry of Foreign Affairs"),
        ("at the Great Hall of the People on Tuesday.", "Great Hall of the People"),
        ("in Penang on 29 June.", "Penang"),
    ],
)
def test_the_place_ends_before_on_and_the_date(no_ner: Any, tail: str, place: str) -> None:
    # the capitalised run crosses "on" into "June 29"; the date is no part of the place
    lead = f"Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland {tail}"
    assert _meeting(_release(lead))["location"] == place
    assert no_ner(_release(lead))["location"] == place


@pytest.mark.parametrize(
    ("tail", "place"),
    [
        ("on the sidelines of the ministerial meeting in the Norlandic city of Velmar on "
         "Thursday.", "Velmar"),
        ("in the Black Sea resort of Tosk on Friday.", "Tosk"),
        ("in a beach resort of Velmar.", "Velmar"),
        ("at the Veldmoor State Guesthouse.", "Veldmoor State Guesthouse"),
    ],
)
def test_a_place_the_sentence_calls_a_town(no_ner: Any, tail: str, place: str) -> None:
    # "in the <demonym> city of X": the words say X is a town; no lexicon or label needed
    lead = f"Foreign Minister Lina Marsh met Foreign Minister Tomas Vik of Norland {tail}"
    assert _meeting(_release(lead))["location"] == place
    assert no_ner(_release(lead))["location"] == place


def test_a_town_of_the_future_or_of_a_topic_is_not_the_place(no_ner: Any) -> None:
    lead = ("Foreign Minister Lina Marsh met Foreign Minister Tomas Vik and discussed the "
            "reconstruction of schools in the port city of Velmar.")
    assert no_ner(_release(lead))["location"] is None
    lead = ("Foreign Minister Lina Marsh met Foreign Minister Tomas Vik; they will meet again in "
            "the city of Velmar next year.")
    assert no_ner(_release(lead))["location"] is None
