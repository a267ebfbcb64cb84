"""Segmentation rules, one test per layout family. Names and meetings are invented."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest

from pressparse.segment import find_date, segment

MOFA = """Press Releases

Japan-Freedonia Foreign Ministers' Meeting

March 3, 2023
Foreign Minister Ms. HAYASHIDA and Minister Rufus Firefly at the photo session
The meeting in progress

On March 3, commencing at 4:00 p.m. for approximately 30 minutes, Ms. HAYASHIDA Mariko, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Rufus Firefly, Minister of Foreign Affairs of Freedonia. The overview of the meeting is as follows.

1. Opening remarks

Minister Hayashida welcomed Minister Firefly to Japan.

2. Bilateral relations

(1) The two ministers agreed to deepen economic ties.
(2) They also discussed cultural exchange.
The ministers agreed to meet again.

3. Both ministers exchanged views on the regional situation.

(Note) Freedonia is a fictional country.

Back to Press Releases
"""


def test_mofa_header_title_date_captions_section() -> None:
    s = segment(MOFA)
    assert s.section is not None and s.section.text == "Press Releases"
    assert s.title is not None and s.title.text == "Japan-Freedonia Foreign Ministers' Meeting"
    assert s.date == dt.date(2023, 3, 3)
    assert [c.text for c in s.captions] == [
        "Foreign Minister Ms. HAYASHIDA and Minister Rufus Firefly at the photo session",
        "The meeting in progress",
    ]
    assert s.lead is not None and s.lead.text.startswith("On March 3, commencing")


def test_mofa_headed_sections_subitems_and_trailing_paragraph() -> None:
    s = segment(MOFA)
    assert [p.number for p in s.points] == [1, 2, 3]
    p1, p2, p3 = s.points
    assert p1.heading is not None and p1.heading.text == "Opening remarks"
    assert p1.text == "Minister Hayashida welcomed Minister Firefly to Japan."
    assert p2.heading is not None and p2.heading.text == "Bilateral relations"
    assert [q.number for q in p2.subpoints] == [1, 2]
    assert p2.subpoints[0].body.text == "The two ministers agreed to deepen economic ties."
    # an unnumbered paragraph after the sub-items belongs to the point
    assert "meet again" in p2.text
    assert p3.heading is None and p3.text.startswith("Both ministers")
    # the (Note) list and the footer are not points
    assert all("fictional" not in seg.text for p in s.points for seg in p.segs())


def test_offsets_point_into_the_text() -> None:
    s = segment(MOFA)
    for seg in (s.title, s.lead, s.date_span, *s.captions, *s.body_segs()):
        assert seg is not None
        assert MOFA[seg.start : seg.end] == seg.text


STATE = """Secretary Smithers's Call with Ruritanian Foreign Minister Zenda

READOUT

OFFICE OF THE SPOKESPERSON

JUNE 7, 2022

The below is attributable to Spokesperson Jane Quill:

Secretary of State Waylon Smithers spoke today with Ruritanian Foreign Minister Rudolf Zenda about grain exports and regional security.

Tags: Office of the Spokesperson, Ruritania
"""


def test_state_readout_labels_attribution_single_paragraph() -> None:
    s = segment(STATE)
    assert s.title is not None and s.title.text.startswith("Secretary Smithers's Call")
    assert s.date == dt.date(2022, 6, 7)
    assert s.lead is not None and s.lead.text.startswith("Secretary of State Waylon Smithers")
    # a single-paragraph readout has no points; the attribution line is not the lead
    assert s.points == ()
    assert any("attributable" in c.text for c in s.captions)


PLAIN = """Minister meets Vice-President of Atlantis

12 May 2022

ATLANTIS CITY, 12 May 2022 – Minister for Foreign Affairs Ana Lima today met Vice-President Karl Marsh.

The two discussed trade.

They agreed to keep in touch.

Atlantis City
12 May 2022
"""


def test_plain_body_one_point_per_paragraph_dateline_and_signoff() -> None:
    s = segment(PLAIN)
    assert s.dateline is not None and s.dateline.text == "ATLANTIS CITY"
    assert [p.number for p in s.points] == [None, None]
    assert [p.text for p in s.points] == ["The two discussed trade.", "They agreed to keep in touch."]


KOREA = """Press Releases

Outcome of Freedonia-Sylvania Foreign Ministers' Meeting

Date
2022-11-05

1. Minister of Foreign Affairs Lee Han-sol held a meeting with Sylvanian Foreign Minister Otto Vale on November 5.

 ˚ The meeting had been arranged a week earlier.

2. The two Ministers noted the strong partnership.
"""


def test_lead_printed_as_item_one_with_degree_bullets() -> None:
    s = segment(KOREA)
    assert s.date == dt.date(2022, 11, 5)
    assert s.lead is not None and s.lead.text.startswith("Minister of Foreign Affairs Lee")
    assert [p.number for p in s.points] == [1, 2]
    assert s.points[0].body.text == s.lead.text
    assert len(s.points[0].subpoints) == 1


UK = """Press release

Foreign Secretary meets Ruritanian Prime Minister

The Foreign Secretary held talks with the Prime Minister of Ruritania on trade and energy.

From:
Foreign Office and The Rt Hon Jo Bloggs MP
Published
3 February 2022

The Foreign Secretary, Jo Bloggs, met Ruritanian Prime Minister Emil Zog in Strelsau today.

They discussed energy security.

Media enquiries

Email press@example.org
"""


def test_govuk_summary_and_metadata_block_are_header() -> None:
    s = segment(UK)
    assert s.title is not None and s.title.text == "Foreign Secretary meets Ruritanian Prime Minister"
    assert s.date == dt.date(2022, 2, 3)
    assert s.lead is not None and s.lead.text.startswith("The Foreign Secretary, Jo Bloggs")
    assert [p.text for p in s.points] == ["They discussed energy security."]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("May 23, 2024", dt.date(2024, 5, 23)),
        ("NOVEMBER 16, 2021 • STATEMENTS AND RELEASES", dt.date(2021, 11, 16)),
        ("24 April 2021", dt.date(2021, 4, 24)),
        ("Tuesday, 29 June 2021", dt.date(2021, 6, 29)),
        ("2021/04/01", dt.date(2021, 4, 1)),
        ("13.04.2021 - Press release", dt.date(2021, 4, 13)),
        ("Washington, 14/10/2021 - 23:07", dt.date(2021, 10, 14)),
        ("2021-10-31", dt.date(2021, 10, 31)),
        ("Sept. 9, 2020", dt.date(2020, 9, 9)),
    ],
)
def test_printed_date_forms(text: str, want: dt.date) -> None:
    m = find_date(text)
    assert m is not None and m.date == want


def test_no_title_no_date_gives_none_not_a_guess() -> None:
    s = segment("The two leaders met and talked about the weather at some length today.")
    assert s.date is None
    assert s.title is None
    assert s.lead is not None


@pytest.mark.parametrize("text", ["", "   \n\n  ", "1. 1. 1.", "(1)", "###", "Back to Index"])
def test_degenerate_inputs_do_not_crash(text: str) -> None:
    s = segment(text)
    for seg in s.body_segs():
        assert text[seg.start : seg.end] == seg.text


def test_site_name_line_is_not_the_title() -> None:
    # Indonesia's kemlu prints the ministry's name above a title with no meeting word in it
    text = """Ministry of Foreign Affairs of the Republic of Indonesia

News

Indonesia and Freedonia Commit to Cooperation on Renewable Energy

Friday, 8 July 2022

Bali, Thursday (7/7) - Foreign Minister Sari Wulandari held a bilateral meeting with the \
Foreign Minister of Freedonia, Rufus Firefly, in Bali.

The two Ministers agreed to cooperate on renewable energy.
"""
    s = segment(text)
    assert s.title is not None
    assert s.title.text == "Indonesia and Freedonia Commit to Cooperation on Renewable Energy"


# --- layouts of pages that reprint or scrape a release (real-world audit) --------------------

def test_reprint_credit_line_is_footer_not_metadata() -> None:
    # "Published by X with permission ..." after a one-paragraph story is a credit line, so the
    # paragraph above it is the lead (not a gov.uk summary) and the credit is not a point.
    text = (
        "Valdora, Mar. 4 -- Secretary-General of the Northern Forum, Dr. Ilse Marrow, today "
        "met with H.E. Tomas Brenner, Minister of Fisheries of Freedonia, in Valdora. They "
        "exchanged views on fishing quotas.\n\n"
        "Published by Example Wire Services with permission from Northern News....\n"
    )
    s = segment(text)
    assert s.lead is not None and s.lead.text.startswith("Valdora, Mar. 4")
    assert s.title is None and s.points == ()


def test_spokesperson_line_is_neither_lead_nor_point() -> None:
    text = (
        "Foreign Secretary meeting with the Freedonian Foreign Minister\n\n"
        "Foreign Secretary Alan Whitby met the Freedonian Foreign Minister in London today.\n\n"
        "Following the meeting, a Foreign Office spokesperson said:\n\n"
        "The two ministers discussed trade and fisheries.\n\n"
        "They agreed to meet again in the spring.\n"
    )
    s = segment(text)
    assert s.lead is not None and s.lead.text.startswith("Foreign Secretary Alan Whitby met")
    assert [p.text for p in s.points] == [
        "The two ministers discussed trade and fisheries.",
        "They agreed to meet again in the spring.",
    ]


def test_inline_attribution_and_reprint_note_date() -> None:
    text = (
        "Secretary Dalton's Call with Freedonian Foreign Minister Varga\n\n"
        "The following press release was published by the Office of the Spokesperson on "
        "Mar. 9, 2022. It is reproduced in full below.\n\n"
        "The below is attributable to Spokesperson Jo Kimball: Secretary of State Ruth Dalton "
        "spoke today with Freedonian Foreign Minister Ivo Varga about grain exports.\n\n"
        "More News\n"
    )
    s = segment(text)
    assert s.date == dt.date(2022, 3, 9)
    assert s.lead is not None and s.lead.text.startswith("Secretary of State Ruth Dalton spoke")
    assert s.points == ()


def test_site_slogan_above_title_is_not_the_lead() -> None:
    text = (
        "Welcome to the Northern Forum. It is your forum.\n\n"
        "Readout of the Secretary-General's meeting with the Premier of Freedonia\n\n"
        "Valdora, 3 March 2021\n\n"
        "The Secretary-General met today with Premier Ana Solis of Freedonia. They discussed "
        "fisheries.\n\n"
        "They also discussed the Arctic.\n"
    )
    s = segment(text)
    assert s.title is not None and s.title.text.startswith("Readout of the Secretary-General")
    assert s.lead is not None and s.lead.text.startswith("The Secretary-General met today")
    assert len(s.points) == 1


def test_one_paragraph_per_line_page() -> None:
    # copied with single line breaks: every line is a paragraph, footer lines end the body
    text = (
        "Foreign Secretary's meeting with the Freedonian Foreign Minister, 2 March 2022\n"
        "The Foreign Secretary Alan Whitby and Freedonian Foreign Minister Ivo Varga met today.\n"
        "They discussed fisheries and agreed to deepen cooperation on the Arctic.\n"
        "The Foreign Secretary also welcomed the new trade agreement between the two countries.\n"
        "Original article link: https://example.org/news/1\n"
        "Latest News from the Office\n"
    )
    s = segment(text)
    assert s.title is not None and s.title.text.endswith("2 March 2022")
    assert s.lead is not None and s.lead.text.endswith("met today.")
    assert len(s.points) == 2


def test_section_repeated_in_back_to_footer_is_not_title() -> None:
    text = (
        "Japan-Freedonia Relations\n\n"
        "April 3, 2022\n\n"
        "On April 3, Mr. SATO Ichiro, Minister for Foreign Affairs of Japan, held a telephone "
        "talk with Mr. Ivo Varga, Minister of Foreign Affairs of Freedonia.\n\n"
        "1. The two Ministers discussed fisheries.\n"
        "2. They agreed to stay in touch.\n\n"
        "Back to Japan-Freedonia Relations\n"
    )
    s = segment(text)
    assert s.title is None
    assert s.section is not None and s.section.text == "Japan-Freedonia Relations"


def test_degree_sign_subitems_and_translation_note() -> None:
    text = (
        "Press Releases\n\n"
        "Outcome of Freedonia-Ruritania Foreign Ministers' Telephone Conversation\n\n"
        "Date\n2022-05-02\n\n"
        "1. Foreign Minister Ana Solis held a telephone conversation with Foreign Minister Ivo "
        "Varga on May 1.\n\n"
        "° Minister Solis explained the fisheries plan.\n\n"
        "° Minister Varga welcomed it.\n\n"
        "2. The two ministers agreed to meet soon.\n\n\n"
        "* unofficial translation\n"
    )
    s = segment(text)
    assert [p.number for p in s.points] == [1, 2]
    assert len(s.points[0].subpoints) == 2
    assert s.points[1].subpoints == ()


def test_a_stray_word_is_not_a_title() -> None:
    s = segment("hello\n\nThe two ministers met today in Atlantis and discussed trade.")
    assert s.title is None
    assert s.lead is not None and s.lead.text.startswith("The two ministers")


def test_us_month_first_date_with_a_twelve_hour_clock() -> None:
    # State Department pages print "11/03/2021 04:19 PM EDT": month first
    m = find_date("11/03/2021 04:19 PM EDT")
    assert m is not None and m.date == dt.date(2021, 11, 3)
    # a 24-hour clock goes with the day-first form
    m2 = find_date("Brussels, 11/03/2021 - 16:19")
    assert m2 is not None and m2.date == dt.date(2021, 3, 11)


def test_site_notice_above_the_title_is_not_the_lead() -> None:
    text = (
        "Officials will NEVER ask you for your bank password over the phone. Report any such "
        "call to the fraud hotline at once. Stay safe online.\n\n"
        "Foreign Minister Ana Solis's Telephone Call with Foreign Minister Ivo Varga of "
        "Ruritania, 4 May 2021\n\n"
        "04 May 2021\n\n"
        "Foreign Minister Ana Solis spoke with Foreign Minister Ivo Varga of Ruritania on "
        "4 May 2021 via telephone.\n\n"
        "They discussed fisheries and the regional situation.\n"
    )
    s = segment(text)
    assert s.title is not None and s.title.text.startswith("Foreign Minister Ana Solis's")
    assert s.date == dt.date(2021, 5, 4)
    assert s.lead is not None and s.lead.text.startswith("Foreign Minister Ana Solis spoke")
    assert len(s.points) == 1


def test_a_headline_ending_with_its_date_is_the_title() -> None:
    text = (
        "Press release\n"
        "PM call with President Varga: 18 September 2019\n"
        "The Prime Minister spoke to President Varga this afternoon about the storm damage.\n"
        "They agreed to stay in close contact over the coming weeks.\n"
    )
    s = segment(text)
    assert s.title is not None and s.title.text == "PM call with President Varga: 18 September 2019"
    assert s.date == dt.date(2019, 9, 18)


def test_doubled_full_stop_after_an_item_number() -> None:
    text = (
        "Freedonia-Ruritania Foreign Ministers' Telephone Talk\n\nMay 2, 2022\n\n"
        "On May 2, Minister Ana Solis held a telephone talk with Minister Ivo Varga.\n\n"
        "1. Minister Solis thanked Minister Varga for his support.\n\n"
        "2..Furthermore, the two ministers discussed fisheries.\n\n"
        "3. They agreed to meet soon.\n"
    )
    assert [p.number for p in segment(text).points] == [1, 2, 3]


def test_news_agency_end_mark_keeps_the_last_paragraph() -> None:
    text = (
        "Freedonia, Ruritania discuss fisheries\n\n"
        "Foreign Minister Ana Solis and Foreign Minister Ivo Varga discussed fisheries during "
        "their phone talks.\n\n"
        "Solis thanked Ruritania for its support in the regional forum this year.\n\n"
        "They also agreed to strengthen coordination on maritime issues./.FNA\n"
    )
    s = segment(text)
    assert len(s.points) == 2
    assert s.points[-1].text.endswith("./.FNA")


@pytest.mark.parametrize(
    "banner", ["Prime Minister's Office, 10 Downing Street", "Foreign, Commonwealth & Development Office"]
)
def test_an_office_banner_is_not_a_title(banner: str) -> None:
    s = segment(f"{banner}\n\nThe Prime Minister spoke to President Ana Vell of Norland this evening.\n")
    assert s.title is None


def test_a_headline_with_an_office_word_is_still_a_title() -> None:
    s = segment("Foreign Office Minister Meets Norland Envoy\n\n3 May 2022\n\nThe Minister met the Envoy in London today.\n")
    assert s.title is not None and s.title.text == "Foreign Office Minister Meets Norland Envoy"


# --- issue 3: header layouts --------------------------------------------------------------
# Each test names the layout it covers; many passed before the work and are kept as
# regression tests. The full pipeline (pressparse.parse) is used where a field is an output.

from pressparse import parse  # noqa: E402

_BODY = (
    "Foreign Minister Ana Solis met Foreign Minister Ivo Varga of Ruritania in Valdora today.\n\n"
    "They discussed the region and trade.\n"
)


def test_date_on_its_own_line_after_the_title() -> None:
    r = parse("Freedonia-Ruritania Foreign Ministers' Meeting\n\n12 May 2022\n\n" + _BODY)
    assert r.header.title == "Freedonia-Ruritania Foreign Ministers' Meeting"
    assert r.header.date == "2022-05-12"
    assert r.header.captions == []


def test_date_line_above_the_title() -> None:
    # Australia: the minister's name and office, the date, then the headline
    text = (
        "Senator the Hon Mara Quill\nMinister for Foreign Affairs\n\n12 May 2022\n\n"
        "Meeting with the Foreign Minister of Ruritania\n\n" + _BODY
    )
    r = parse(text)
    assert r.header.title == "Meeting with the Foreign Minister of Ruritania"
    assert r.header.date == "2022-05-12"


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # gov.uk: the headline ends with its date
        ("PM call with President Ivo Varga: 18 September 2019", "2019-09-18"),
        # Singapore MFA: ", <date>" at the end
        ("Foreign Minister Ana Solis's Visit to Ruritania, 22 March 2021", "2021-03-22"),
        # India MEA: the date in brackets after the headline
        (
            "Joint Press Statement – Meeting of the Foreign Ministers of Freedonia and "
            "Ruritania (May 10, 2021)",
            "2021-05-10",
        ),
    ],
)
def test_date_inside_the_title(title: str, want: str) -> None:
    r = parse(title + "\n\n" + _BODY)
    assert r.header.title == title  # the title is kept as printed, date included
    assert r.header.date == want


@pytest.mark.parametrize(
    "block",
    [
        "From:\nForeign Office\nPublished\n3 February 2022",  # gov.uk
        "Date: 03/02/2022\nPosted by: Media Office",  # a CMS's metadata lines
        "Date\n2022-02-03",  # Korea MOFA
    ],
)
def test_date_in_a_metadata_block(block: str) -> None:
    r = parse("Foreign Minister meets Ruritanian counterpart\n\n" + block + "\n\n" + _BODY)
    assert r.header.title == "Foreign Minister meets Ruritanian counterpart"
    assert r.header.date == "2022-02-03"
    assert r.lead is not None and r.lead.startswith("Foreign Minister Ana Solis met")
    assert len(r.points) == 1


def test_dateline_with_a_date_but_no_year_gives_no_date() -> None:
    # State Department style "WASHINGTON, May 3 -": the year is not printed, so no guess
    text = (
        "Secretary Dalton's Meeting with Ruritanian Foreign Minister Varga\n\n"
        "WASHINGTON, May 3 - Secretary of State Ruth Dalton met today with Ruritanian Foreign "
        "Minister Ivo Varga.\n\nThey discussed grain exports and energy.\n"
    )
    s = segment(text)
    assert s.dateline is not None and s.dateline.text == "WASHINGTON"
    assert s.date is None
    r = parse(text)
    assert r.header.date is None and r.meeting.date is None


def test_dateline_line_with_place_and_date() -> None:
    # India MEA: "New Delhi, 12 May 2021" on its own line under the title
    text = (
        "Visit of the Foreign Minister of Ruritania\n\nNew Delhi, 12 May 2021\n\n"
        "External Affairs Minister Ravi Menon met Foreign Minister Ivo Varga of Ruritania "
        "today.\n\nThey discussed trade.\n"
    )
    s = segment(text)
    assert s.date == dt.date(2021, 5, 12)
    assert s.dateline is not None and s.dateline.text == "New Delhi"
    assert s.title is not None and s.title.text == "Visit of the Foreign Minister of Ruritania"
    # a three-word last paragraph is a point, not a sign-off line
    assert [p.text for p in s.points] == ["They discussed trade."]


def test_dateline_opening_the_lead_with_a_full_date() -> None:
    text = (
        "Minister meets Ruritanian envoy\n\n"
        "New Delhi, 12 May 2021: External Affairs Minister Ravi Menon met Ruritanian Envoy "
        "Ivo Varga today.\n\nThey discussed trade and energy.\n"
    )
    s = segment(text)
    assert s.dateline is not None and s.dateline.text == "New Delhi"
    assert s.date == dt.date(2021, 5, 12)


def test_dateline_of_a_place_alone_before_a_dash() -> None:
    # Philippines DFA: "MANILA – ..." with no date; the place is the dateline, not a date
    text = (
        "Secretary Reyes meets Ruritanian Foreign Minister\n\n"
        "MANILA – Foreign Affairs Secretary Ana Reyes met Ruritanian Foreign Minister Ivo Varga "
        "on 9 June 2021.\n\nThey discussed fisheries and trade.\n"
    )
    s = segment(text)
    assert s.dateline is not None and s.dateline.text == "MANILA"
    assert s.date is None
    assert s.lead is not None and s.lead.text.startswith("MANILA –")


def test_a_lead_starting_with_an_acronym_has_no_place_dateline() -> None:
    s = segment("Talks\n\nASEAN and Ruritania held talks in Valdora on trade and energy.\n")
    assert s.dateline is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("2021/04/01", "2021-04-01"),  # China, Japan
        ("13.04.2021 - Press release", "2021-04-13"),  # Germany
        ("Brussels, 14/10/2021 - 23:07, UNIQUE ID: 211014_9", "2021-10-14"),  # EU
        ("14/10/2021 - 23:07", "2021-10-14"),
        ("11/03/2021 04:19 PM EDT", "2021-11-03"),  # State Department page stamp
        ("May 12, 2022 | 3:15 PM", "2022-05-12"),
        ("Last updated: 12 May 2022 - 18:45", "2022-05-12"),
        ("2022-05-12 10:30:00", "2022-05-12"),
    ],
)
def test_publication_stamp_gives_the_date_but_never_the_meeting_time(line: str, want: str) -> None:
    text = "Freedonia-Ruritania Foreign Ministers' Meeting\n\n" + line + "\n\n" + _BODY
    r = parse(text)
    assert r.header.date == want
    # the stamp's clock time is when the page was published, not when the meeting began
    assert r.meeting.start_time is None and r.meeting.end_time is None
    assert r.meeting.date == want


def test_readout_label_line_is_not_part_of_the_title() -> None:
    text = (
        "READOUT\n\nPresident Dalton's Call with Prime Minister Ivo Varga of Ruritania\n\n"
        "MAY 4, 2022\n\nPresident Ruth Dalton spoke today with Prime Minister Ivo Varga of "
        "Ruritania.\n\nThey discussed the region and energy.\n"
    )
    r = parse(text)
    assert r.header.title == "President Dalton's Call with Prime Minister Ivo Varga of Ruritania"


@pytest.mark.parametrize(
    "title",
    [
        # a prefix printed on the headline's own line is part of the headline as printed
        # (the dev corpus keys "Joint Press Statement – ...", "Press statement: ...",
        # "Ruritania: High Representative ... meets ...")
        "Press Statement: Foreign Minister Ana Solis meets Foreign Minister Ivo Varga",
        "Ruritania: High Representative Ana Solis meets Foreign Minister Ivo Varga",
        "Readout of President Dalton's Meeting with Prime Minister Varga of Ruritania",
    ],
)
def test_title_prefix_on_the_headline_line_is_kept(title: str) -> None:
    r = parse(title + "\n\n12 May 2022\n\n" + _BODY)
    assert r.header.title == title


@pytest.mark.parametrize("label", ["FOR IMMEDIATE RELEASE", "Media Release", "PRESS RELEASE"])
def test_release_label_lines_are_not_title_or_captions(label: str) -> None:
    r = parse(label + "\n\nForeign Minister meets Ruritanian counterpart\n\n12 May 2022\n\n" + _BODY)
    assert r.header.title == "Foreign Minister meets Ruritanian counterpart"
    assert label not in r.header.captions


def test_no_title_and_no_date_are_null() -> None:
    r = parse(_BODY)
    assert r.header.title is None and r.header.date is None
    assert r.lead is not None and r.lead.startswith("Foreign Minister Ana Solis")


def test_no_date_gives_null_date_and_keeps_the_title() -> None:
    r = parse("Foreign Minister meets Ruritanian counterpart\n\n" + _BODY)
    assert r.header.title == "Foreign Minister meets Ruritanian counterpart"
    assert r.header.date is None


NOISY = """Home > Media > Press releases

Foreign Minister meets Ruritanian counterpart

12 May 2022

Share this page
Print
Facebook | Twitter | Email

This article was originally published on the Ruritanian Embassy's website.

The Foreign Minister, Ana Solis, met the Foreign Minister of Ruritania, Ivo Varga, today.

Share

They discussed the border.

Print

They agreed to meet again in the autumn.

Back to top

Contact: press office, +1 555 0100
"""


def test_breadcrumb_share_and_repost_lines_are_not_part_of_the_release() -> None:
    r = parse(NOISY)
    assert r.header.title == "Foreign Minister meets Ruritanian counterpart"
    # the breadcrumb's last crumb is the site section
    assert r.header.section == "Press releases"
    assert r.header.date == "2022-05-12"
    assert r.header.captions == []
    assert r.lead is not None and r.lead.startswith("The Foreign Minister, Ana Solis, met")
    assert [p.text for p in r.points] == [
        "They discussed the border.",
        "They agreed to meet again in the autumn.",
    ]
    assert [p.heading for p in r.points] == [None, None]


def test_breadcrumb_ending_with_the_title_gives_the_crumb_before_it() -> None:
    text = (
        "Home › Newsroom › Foreign Minister meets Ruritanian counterpart\n\n"
        "Foreign Minister meets Ruritanian counterpart\n\n12 May 2022\n\n" + _BODY
    )
    s = segment(text)
    assert s.section is not None and s.section.text == "Newsroom"
    assert text[s.section.start : s.section.end] == "Newsroom"
    assert s.title is not None and s.title.text == "Foreign Minister meets Ruritanian counterpart"


@pytest.mark.parametrize(
    "disclaimer",
    [
        "This article was originally published on the Ruritanian Embassy's website.",
        "This story first appeared in the Valdora Gazette on 12 May 2022.",
        "Republished from the Ministry of Foreign Affairs of Ruritania.",
    ],
)
def test_repost_disclaimer_below_the_release_ends_it(disclaimer: str) -> None:
    text = "Foreign Minister meets Ruritanian counterpart\n\n12 May 2022\n\n" + _BODY + "\n"
    r = parse(text + disclaimer + "\n\nRelated stories about Ruritania and more.\n")
    assert [p.text for p in r.points] == ["They discussed the region and trade."]


@pytest.mark.parametrize(
    "footer",
    [
        "Contact: press office, +1 555 0100",
        "Media enquiries: press@example.org",
        "For media inquiries, please contact the press office.",
        "Back to top",
        "Back to Press Releases",
        "Notes to editors\n\n1. Ruritania is a fictional country.",
    ],
)
def test_contact_navigation_and_editor_notes_are_footer(footer: str) -> None:
    text = "Foreign Minister meets Ruritanian counterpart\n\n12 May 2022\n\n" + _BODY + "\n"
    r = parse(text + footer + "\n")
    assert [p.text for p in r.points] == ["They discussed the region and trade."]


def test_gov_uk_banner_line_is_not_the_lead() -> None:
    text = (
        "This was published under the 2010 to 2015 coalition government\n\n"
        "Foreign Secretary meets Ruritanian Prime Minister\n\n"
        "From:\nForeign Office\nPublished\n3 February 2012\n\n" + _BODY
    )
    r = parse(text)
    assert r.header.title == "Foreign Secretary meets Ruritanian Prime Minister"
    assert r.lead is not None and r.lead.startswith("Foreign Minister Ana Solis")


# --- issue 3: points ----------------------------------------------------------------------


def test_lead_printed_as_item_one_is_lead_and_point_one() -> None:
    # India MEA: numbered paragraphs from the first, a place and date sign-off
    text = (
        "Visit of the Foreign Minister of Ruritania to India\n\n"
        "1. The Foreign Minister of Ruritania, Ivo Varga, called on External Affairs Minister "
        "Ravi Menon today.\n\n"
        "2. The two ministers reviewed bilateral relations.\n\n"
        "3. They agreed to meet again.\n\n"
        "New Delhi\nMay 12, 2021\n"
    )
    r = parse(text)
    assert r.lead is not None and r.lead.startswith("The Foreign Minister of Ruritania")
    assert [p.number for p in r.points] == [1, 2, 3]
    assert r.points[0].text == r.lead
    # the sign-off's date is the publication date, and the sign-off is not a point
    assert r.header.date == "2021-05-12"
    assert "New Delhi" not in r.points[-1].text


NOTE_BODY = """Freedonia-Ruritania Foreign Ministers' Meeting

May 2, 2022

On May 2, Minister Ana Solis held a meeting with Minister Ivo Varga.

1. Minister Solis thanked Minister Varga for his support.

2. They agreed to meet again soon.

{note}
1. Ruritania is a fictional country.
2. So is Freedonia.
"""


@pytest.mark.parametrize("note", ["(Note)", "(Notes)", "Note:", "[Note]", "(Reference)"])
def test_note_list_after_the_points_is_neither_points_nor_lead(note: str) -> None:
    r = parse(NOTE_BODY.format(note=note))
    assert r.lead is not None and r.lead.startswith("On May 2")
    assert [p.number for p in r.points] == [1, 2]
    assert all("fictional" not in p.text for p in r.points)
    assert all(not p.subpoints for p in r.points)


def test_numbering_restarting_under_paragraphs_gives_sub_points() -> None:
    # a plain body whose paragraphs introduce lists ("...the following:") that each start at 1
    text = (
        "Freedonia-Ruritania Foreign Ministers' Meeting\n\nMay 2, 2022\n\n"
        "On May 2, Minister Ana Solis held a meeting with Minister Ivo Varga.\n\n"
        "The ministers agreed on the following:\n\n"
        "1. a joint working group on fisheries;\n2. an exchange of students.\n\n"
        "They also noted the following:\n\n"
        "1. the growth of trade;\n2. the new air link.\n"
    )
    r = parse(text)
    assert [p.number for p in r.points] == [None, None]
    assert r.points[0].text == "The ministers agreed on the following:"
    assert [q.number for q in r.points[0].subpoints] == [1, 2]
    assert [q.text for q in r.points[1].subpoints] == ["the growth of trade;", "the new air link."]


def test_numbering_restarting_inside_a_numbered_point() -> None:
    text = (
        "Freedonia-Ruritania Foreign Ministers' Meeting\n\nMay 2, 2022\n\n"
        "On May 2, Minister Ana Solis held a meeting with Minister Ivo Varga.\n\n"
        "1. Minister Solis welcomed Minister Varga to Freedonia.\n\n"
        "2. The two ministers discussed cooperation.\n\n"
        "They agreed on the following:\n\n"
        "1. a joint working group on fisheries;\n"
        "2. an exchange of students;\n"
        "3. a new air link.\n\n"
        "3. They agreed to meet again in Ruritania.\n"
    )
    r = parse(text)
    assert [p.number for p in r.points] == [1, 2, 3]
    assert [q.number for q in r.points[1].subpoints] == [1, 2, 3]
    assert r.points[2].text == "They agreed to meet again in Ruritania."


def test_numbered_points_after_an_as_follows_lead_stay_points() -> None:
    text = (
        "Freedonia-Ruritania Foreign Ministers' Meeting\n\nMay 2, 2022\n\n"
        "On May 2, Minister Ana Solis held a meeting with Minister Ivo Varga. The overview is "
        "as follows:\n\n"
        "1. Minister Solis welcomed Minister Varga to Freedonia.\n\n"
        "2. The two ministers discussed cooperation on fisheries.\n"
    )
    r = parse(text)
    assert [p.number for p in r.points] == [1, 2]


def test_bullets_between_numbered_points_are_sub_points() -> None:
    text = (
        "Freedonia-Ruritania Foreign Ministers' Meeting\n\nMay 2, 2022\n\n"
        "1. On May 2, Minister Ana Solis held a meeting with Minister Ivo Varga.\n\n"
        "2. The ministers agreed on the following points.\n"
        "• a joint working group on fisheries\n• an exchange of students\n\n"
        "3. They agreed to meet again.\n"
    )
    r = parse(text)
    assert [p.number for p in r.points] == [1, 2, 3]
    assert len(r.points[1].subpoints) == 2
    assert r.points[2].subpoints == []


def test_bullet_points_after_a_lead_are_the_points() -> None:
    text = (
        "Freedonia-Ruritania Foreign Ministers' Meeting\n\nMay 2, 2022\n\n"
        "On May 2, Minister Ana Solis held a meeting with Minister Ivo Varga.\n\n"
        "• The ministers discussed fisheries.\n"
        "• They agreed to exchange students.\n"
        "• They will meet again in Ruritania.\n"
    )
    r = parse(text)
    assert len(r.points) == 3 and [p.number for p in r.points] == [None, None, None]


def test_indented_list_inside_a_point_is_its_sub_points() -> None:
    text = (
        "Freedonia-Ruritania Foreign Ministers' Meeting\n\nMay 2, 2022\n\n"
        "On May 2, Minister Ana Solis held a meeting with Minister Ivo Varga.\n\n"
        "1. The ministers agreed on the following:\n"
        "    1. a joint working group on fisheries;\n"
        "    2. an exchange of students.\n"
        "2. They also discussed the region.\n"
        "3. They agreed to meet again.\n"
    )
    r = parse(text)
    assert [p.number for p in r.points] == [1, 2, 3]
    assert [q.text for q in r.points[0].subpoints] == [
        "a joint working group on fisheries;",
        "an exchange of students.",
    ]


def test_indented_dashes_under_a_plain_paragraph_are_sub_points() -> None:
    text = (
        "Foreign Minister meets Ruritanian counterpart\n\n12 May 2022\n\n" + _BODY + "\n"
        "They agreed to:\n  - set up a working group;\n  - exchange students.\n"
    )
    r = parse(text)
    assert len(r.points) == 2
    assert [q.text for q in r.points[1].subpoints] == [
        "set up a working group;",
        "exchange students.",
    ]


@pytest.mark.parametrize(
    "signoff", ["", "\nValdora, 3 May 2022\n", "\nMinistry of Foreign Affairs\n"]
)
def test_single_paragraph_readout_has_no_points(signoff: str) -> None:
    text = (
        "Secretary Dalton's Call with Ruritanian Foreign Minister Varga\n\nMAY 3, 2022\n\n"
        "Secretary of State Ruth Dalton spoke today with Ruritanian Foreign Minister Ivo Varga "
        "about grain exports and agreed to stay in close touch.\n" + signoff
    )
    r = parse(text)
    assert r.lead is not None and r.lead.startswith("Secretary of State Ruth Dalton")
    assert r.points == []


def test_noise_line_pattern_is_linear_on_long_input() -> None:
    # share/print words repeated with and without separators must not backtrack
    for junk in ("share " * 5000 + "x", "a" * 50000 + "b", "download pdf " * 3000 + "?"):
        segment(junk + "\n\nThe two ministers met today in Valdora and discussed trade.\n")


def test_spans_of_new_header_fields_point_into_the_text() -> None:
    r = parse(NOISY)
    for sp in r.spans:
        assert NOISY[sp.start : sp.end] == sp.text


# --- corpus2 layouts (round 2); every text below is invented ------------------------------


def test_pib_posted_on_line_is_the_release_date_not_a_caption() -> None:
    # India PIB: upper-case month, a posting time and the issuing office after the date
    text = (
        "Prime Minister's Office\n\n"
        "PM's telephone conversation with the Prime Minister of Ruritania\n\n"
        "Posted On: 14 MAR 2022 9:05PM by PIB Delhi\n\n"
        "Prime Minister Arjun Mehra spoke on the phone today with Prime Minister Ivo Varga "
        "of Ruritania.\n\n"
        "The two leaders discussed trade and agreed to stay in touch.\n"
    )
    s = segment(text)
    assert s.date == dt.date(2022, 3, 14)
    assert s.date_span is not None and s.date_span.text == "14 MAR 2022"
    assert s.captions == ()
    r = parse(text)
    assert r.header.date == "2022-03-14"
    # the posting time is not when the call started
    assert r.meeting.start_time is None


UN_PRESS = """Meetings Coverage and Press Releases

Secretary-General's Meeting with Prime Minister of Ruritania

SG/SM/30123
12 May 2022

The following readout was issued today by the Spokesperson for UN Secretary-General:

The Secretary-General met today with Ivo Varga, Prime Minister of Ruritania, and discussed the humanitarian situation in the region.

They also exchanged views on climate finance.

For information media. Not an official record.
"""


def test_un_press_section_label_and_document_code_are_not_the_title() -> None:
    s = segment(UN_PRESS)
    assert s.title is not None
    assert s.title.text == "Secretary-General's Meeting with Prime Minister of Ruritania"
    assert s.section is not None and s.section.text == "Meetings Coverage and Press Releases"
    assert all("SG/SM" not in c.text for c in s.captions)
    assert s.date == dt.date(2022, 5, 12)


@pytest.mark.parametrize(
    "code", ["SG/SM/30123", "SC/15001", "STATEMENT/24/1187", "Press release 207/23"]
)
def test_document_code_line_is_a_label(code: str) -> None:
    text = (
        f"{code}\n\nChancellor meets Ruritanian President in Valdora\n\n3 May 2022\n\n"
        "The Chancellor met President Ivo Varga in Valdora today and discussed energy.\n"
    )
    s = segment(text)
    assert s.title is not None and s.title.text.startswith("Chancellor meets")


def test_un_disclaimer_banner_is_not_a_point() -> None:
    s = segment(UN_PRESS)
    assert s.lead is not None and s.lead.text.startswith("The Secretary-General met today")
    assert [p.text for p in s.points] == ["They also exchanged views on climate finance."]
    # printed above the release, it is not the lead either
    top = "For information media. Not an official record.\n\n" + UN_PRESS
    t = segment(top)
    assert t.lead is not None and t.lead.text.startswith("The Secretary-General met today")


@pytest.mark.parametrize(
    "attribution",
    [
        "Government spokesperson Hanna Lindqvist issued the following statement:",
        "The following statement is attributable to the Spokesperson for the Chancellor:",
        "Deputy spokesperson Ola Brandt released the following readout:",
    ],
)
def test_attribution_line_ending_with_colon_is_not_the_lead(attribution: str) -> None:
    # Germany: "<spokesperson> issued the following statement:" between the date and the lead
    text = (
        "Press release 207/23\n03.05.2023\n\n"
        "Federal Chancellor speaks by telephone with Ruritanian President\n\n"
        f"{attribution}\n\n"
        "This morning the Federal Chancellor held a telephone conversation with the President "
        "of Ruritania, Ivo Varga.\n\n"
        "The two discussed energy security.\n\n"
        "They agreed to stay in contact.\n"
    )
    s = segment(text)
    assert s.lead is not None and s.lead.text.startswith("This morning the Federal Chancellor")
    assert len(s.points) == 2
    assert s.title is not None and s.title.text.startswith("Federal Chancellor speaks")


def test_last_paragraph_ending_in_agency_tag_is_a_point() -> None:
    # Philippines PCO: the news agency's tag "(PND)" after the last sentence
    text = (
        "NEWS RELEASE\n\nPresident, Ruritanian PM hold bilateral talks in Valdora\n\n"
        "June 2, 2023\n\n"
        "VALDORA, June 2 – President Ramon Dizon and Ruritanian Prime Minister Ivo Varga held "
        "a bilateral meeting on Friday.\n\n"
        "The two leaders discussed maritime security.\n\n"
        "After the meeting, the two leaders witnessed the signing of agreements on trade and "
        "agriculture. (PND)\n"
    )
    s = segment(text)
    assert len(s.points) == 2
    assert s.points[-1].text.endswith("(PND)")


@pytest.mark.parametrize(
    "label", ["Media statement", "Media release", "Press release", "Statement", "Readout"]
)
def test_label_line_above_the_date_is_not_the_title(label: str) -> None:
    # New Zealand Beehive: minister's name and office, a label, the date, then the headline
    text = (
        "HON MARA TEWHATA\nMINISTER OF FOREIGN AFFAIRS\n\n"
        f"{label}\nFriday, 4 August 2023\n\n"
        "New Zealand and Ruritania deepen ties at annual talks\n\n"
        "Today in Wellington I held talks with Foreign Minister Ivo Varga of Ruritania.\n\n"
        "We agreed to expand trade.\n"
    )
    s = segment(text)
    assert s.title is not None
    assert s.title.text == "New Zealand and Ruritania deepen ties at annual talks"
    assert s.date == dt.date(2023, 8, 4)


def test_summary_before_a_dateline_paragraph_is_not_the_lead() -> None:
    # gov.uk copied without its "From:" / "Published" block: the summary under the title, then
    # the body, which opens with a dateline
    text = (
        "Foreign Secretary meets Ruritanian counterpart in London\n\n"
        "Foreign Secretary Alan Brightwater welcomed his Ruritanian counterpart and discussed "
        "trade and security.\n\n"
        "LONDON, 3 May 2023 - Foreign Secretary Alan Brightwater met Ruritanian Foreign "
        "Minister Petra Kovalska in London today.\n\n"
        "The two ministers discussed trade and the security of the region.\n\n"
        "They agreed to meet again next year.\n"
    )
    s = segment(text)
    assert s.lead is not None and s.lead.text.startswith("LONDON, 3 May 2023")
    assert len(s.points) == 2
    assert [c.text[:20] for c in s.captions] == ["Foreign Secretary Al"]


def test_one_line_lead_without_a_dateline_after_it_stays_the_lead() -> None:
    text = (
        "Foreign Secretary meets Ruritanian counterpart\n\n3 May 2023\n\n"
        "Foreign Secretary Alan Brightwater met Foreign Minister Petra Kovalska today.\n\n"
        "The two ministers discussed trade.\n"
    )
    s = segment(text)
    assert s.lead is not None and s.lead.text.startswith("Foreign Secretary Alan")
    assert len(s.points) == 1


def test_agency_code_before_an_accented_dateline() -> None:
    # Viet Nam VGP: "VGP - Hà Nội, April 15 – ..."
    text = (
        "Prime Minister receives Ruritanian Foreign Minister\n\n15/04/2023 12:05\n\n"
        "VGP - Hà Nội, April 15 – The Prime Minister on Saturday received Ruritanian Foreign "
        "Minister Ivo Varga.\n\nThey discussed trade.\n"
    )
    s = segment(text)
    assert s.dateline is not None and s.dateline.text == "Hà Nội"


# --- robustness: no input hangs the segmenter, junk gets honest output -------------------


def _cpu_time(fn: Callable[[], object]) -> float:
    """The least CPU time of two runs (steadier than one on a loaded machine)."""
    best = float("inf")
    for _ in range(2):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _numbered(n: int) -> str:
    return "Ministers hold talks\n\nMay 3, 2021\n\n" + "".join(
        f"{i}. Text of point number {i} here.\n" for i in range(1, n + 1)
    )


def _assert_linear(make: Callable[[int], str], small: int) -> None:
    # 4x the input may cost at most 8x the time (linear is 4x; quadratic was 16x and more);
    # the 0.3 s of slack keeps short runs on a busy machine from failing
    t_small = _cpu_time(lambda: segment(make(small)))
    t_big = _cpu_time(lambda: segment(make(4 * small)))
    assert t_big < 8 * t_small + 0.3, (t_small, t_big)


def test_ten_thousand_numbered_points_take_linear_time() -> None:
    # every line was re-scanned with the growing block it joined: 18 s for 10,000 points
    _assert_linear(_numbered, 2500)
    s = segment(_numbered(10000))
    assert [p.number for p in s.points] == list(range(1, 10001))


def test_many_continuation_lines_under_one_item_take_linear_time() -> None:
    def make(n: int) -> str:
        return "Talks\n\n1. The ministers met.\n" + "more text of the item\n" * n

    _assert_linear(make, 2000)


def test_one_huge_line_takes_linear_time() -> None:
    # a line of capitalised words with sentence breaks and no final full stop is a header
    # line: the two-sentence test scanned to its end from every break (7 s at 100 KB)
    def caps(n: int) -> str:
        return ("Xabc. Def Ghi " * (n // 14 + 1))[:n]

    def prose(n: int) -> str:
        return ("The ministers discussed trade and more. " * (n // 40 + 1))[:n]

    _assert_linear(caps, 100_000)
    _assert_linear(prose, 100_000)


def test_a_four_digit_number_is_an_item_only_when_it_continues_the_list() -> None:
    text = (
        "Ministers hold talks\n\nMay 3, 2021\n\n"
        "The ministers met in the capital and discussed trade in depth at the talks held in\n"
        "2021. They agreed to meet again.\n\n"
        "They also discussed energy.\n"
    )
    s = segment(text)
    assert s.lead is not None and "2021. They agreed" in s.lead.text
    assert all(p.number is None for p in s.points)
    assert [p.number for p in segment(_numbered(1001)).points][-2:] == [1000, 1001]


def test_a_lower_number_after_a_higher_one_is_text_of_the_point() -> None:
    text = (
        "Ministers hold talks\n\nMay 3, 2021\n\n"
        "Foreign Minister Ilse Varga met Foreign Minister Tomas Brandt in Ostburg today.\n\n"
        "(2) They agreed on trade.\n(1) They agreed on energy.\n"
    )
    s = segment(text)
    assert [p.number for p in s.points] == [2]
    assert "(1) They agreed on energy." in s.points[0].text
    text2 = (
        "Ministers hold talks\n\n"
        "4) Foreign Minister Ilse Varga met Foreign Minister Tomas Brandt in Ostburg today.\n"
        "0) They agreed on trade.\n"
    )
    assert [p.number for p in segment(text2).points] == [4]


def test_a_list_restarting_under_an_item_keeps_the_points_in_order() -> None:
    text = (
        "Ministers hold talks\n\nMay 3, 2021\n\n"
        "Foreign Minister Ilse Varga met Foreign Minister Tomas Brandt in Ostburg today.\n\n"
        "1. They discussed trade.\n\n2. They agreed on the following:\n\n"
        "1. a joint committee\n2. a visit\n\n3. They discussed energy.\n"
    )
    s = segment(text)
    # (this gave points 1, 2, 1, 2, 3; the list under item 2 is now its text)
    assert [p.number for p in s.points] == [1, 2, 3]
    assert "1. a joint committee" in s.points[1].text


def test_a_lead_cut_off_before_its_full_stop_is_still_the_lead() -> None:
    text = (
        "Foreign Minister Varga Meets Secretary-General Brandt\n\nMarch 4, 2024\n\n"
        "On March 4, commencing at 2:00 p.m. for approximately 30 minutes, Ms. Ilse Varga, "
        "Minister for Foreign Affairs of Ruritania, held a meeting with"
    )
    for t in (text, text + "\n"):
        s = segment(t)
        assert s.lead is not None and s.lead.text.startswith("On March 4")
        assert s.captions == ()
        rel = parse(t)
        assert rel.meeting.start_time == "14:00"
        assert rel.meeting.duration_minutes == 30


def test_a_headline_as_the_last_line_is_not_a_cut_off_lead() -> None:
    text = "Press Releases\n\nForeign Minister Varga Holds Talks with Secretary-General Brandt\n"
    s = segment(text)
    assert s.title is not None and s.title.text.startswith("Foreign Minister Varga")
    assert s.lead is None


SOURCE_CODE = """import sys


def main(argv):
    x = parse(argv[1])
    if x is None:
        return 1
    print(x)
    return 0
"""
RECIPE = """Ingredients
- 200 g flour
- 100 g sugar
- 2 eggs

Mix everything and bake for 20 minutes.
"""
CSV_ROWS = """id,date,name,amount
1,2021-05-03,alpha,42
2,2021-05-04,beta,17
"""


@pytest.mark.parametrize("text", [SOURCE_CODE, RECIPE, CSV_ROWS])
def test_junk_gives_no_header_and_says_so(text: str) -> None:
    s = segment(text)
    assert s.title is None and s.section is None and s.date is None
    assert s.captions == ()
    assert "no title found" in s.warnings


def test_headline_with_brackets_and_a_colon_is_still_the_title() -> None:
    text = (
        "Readout: Foreign Minister Varga's Call with Foreign Minister Brandt (May 3, 2021)\n\n"
        "Foreign Minister Ilse Varga spoke with Foreign Minister Tomas Brandt today.\n"
    )
    s = segment(text)
    assert s.title is not None and s.title.text.startswith("Readout:")
    assert s.date == dt.date(2021, 5, 3)
    assert "no title found" not in s.warnings


def test_sub_points_run_in_order_like_points() -> None:
    seg = segment(
        "Lead paragraph. The ministers met in Vienna.\n\n"
        "5. They reviewed the following.\n(2) the second item\n(1) an item out of order\n"
    )
    (p,) = seg.points
    assert [s.number for s in p.subpoints] == [2]
    assert "(1) an item out of order" in p.subpoints[0].text
    two_lists = segment(
        "Lead paragraph. The ministers met in Vienna.\n\n"
        "1. First point:\n(1) a\n(2) b\n2. Second point:\n(1) c\n(2) d\n"
    )
    assert [[s.number for s in p.subpoints] for p in two_lists.points] == [[1, 2], [1, 2]]


def test_every_date_form_needs_a_year_of_19_or_20() -> None:
    # find_date skips a line holding neither "19" nor "20": a date form without such a year
    # would be skipped silently, so adding one must change that guard too
    from pressparse.segment import DATE_PATTERNS, find_date

    assert all("(?P<y>(?:19|20)\\d\\d)" in p.pattern for p in DATE_PATTERNS)
    assert find_date("Meeting of 3 May") is None
    assert find_date("Meeting of 3 May 2021") is not None
