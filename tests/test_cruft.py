"""Cruft lines and datelines, on lines written for these tests."""

from __future__ import annotations

import pytest

from eventwire.cruft import Dateline, is_cruft, read_dateline, split_dateline, strip_notice


@pytest.mark.parametrize("line", [
    "IE 11 is not supported. For the best experience use a different browser.",
    "Your browser is out of date and some features may not work.",
    "Please enable JavaScript to view this page.",
    "We apologize, this video has expired.",
    "This video is no longer available.",
    "Share this article",
    "Share",
    "Tweet",
    "Sign up for our morning newsletter",
    "Subscribe to Example Wire",
    "We use cookies to improve your experience on our site. By continuing you accept them.",
    "Accept all cookies",
    "Cookie settings",
    "Image: Protesters outside the governor's office",
    "Photo 3 of 12 | Firefighters at the scene",
    "Video: The moment the bridge gave way",
    "Rescue workers search the rubble.Example Wire / AFP - Getty Images File",
    "Smoke rises over the harbour after the blast (AP Photo/Jane Roe)",
    "/ Source: Associated Press",
    "Source: Example Wire",
    "By Jane Roe and John Doe, Example Wire",
    "By Example Wire staff",
    "Copyright 2021 Example Wire. All rights reserved.",
    "© 2021 Example Wire",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Advertisement",
    "Story continues below advertisement",
    "Read more: Five things to know about the vote",
    "Related",
    "Most read",
    "Home | World | Africa | Congo",
    "4 min read",
    "Example Wire writers Jane Roe in Kinshasa and John Doe in Kigali contributed to this report.",
    "Reporting by Jane Roe in Goma; Additional reporting by John Doe; Editing by Ann Poe",
    "(Reporting by Jane Roe in Goma; Writing by John Doe; Editing by Ann Poe)",
    "[Editing by Ann Poe]",
])
def test_cruft(line):
    assert is_cruft(line)


@pytest.mark.parametrize("line", [
    "Rebels shelled a camp on Sunday, killing four people, aid workers said.",
    "The company said it had lost 2 million subscribers after the price rise.",
    "Police said the bakery's cookies had been poisoned, and two people were in hospital.",
    "Photographs of the site showed burned vehicles.",
    "By Tuesday, the troops had withdrawn from the town.",
    "Sources said the minister would resign.",
    "Militants seize northern town after hours of fighting",
    "Home Office to review asylum rules after protests",
    "Related charges were filed against two other men on Monday.",
    "Shares of the airline fell 4 percent, Reuters reported, after the strike was announced.",
    "Reporting on the war has become dangerous, the press union said.",
    "Villagers contributed to the reconstruction of the school after the raid.",
])
def test_story_lines_are_not_cruft(line):
    assert not is_cruft(line)


@pytest.mark.parametrize("paragraph, place, rest", [
    ("BEIRUT — Militants shelled the port.", "BEIRUT", "Militants shelled the port."),
    ("BEIRUT (AP) — Militants shelled the port.", "BEIRUT", "Militants shelled the port."),
    ("BEIRUT (AP) -- Militants shelled.", "BEIRUT", "Militants shelled."),
    ("WASHINGTON, Nov. 17 (Reuters) - The Senate voted.", "WASHINGTON", "The Senate voted."),
    ("SAN JUAN, Puerto Rico (AP) — Floods hit.", "SAN JUAN", "Floods hit."),
    ("PORT-AU-PRINCE, Haiti — Gangs blocked roads.", "PORT-AU-PRINCE", "Gangs blocked roads."),
    ("Idlib, Syria — Warplanes struck a market.", "Idlib", "Warplanes struck a market."),
    ("Geneva (AFP) - Talks resumed.", "Geneva", "Talks resumed."),
    ("KABUL: A bomb exploded near the ministry.", "KABUL", "A bomb exploded near the ministry."),
    ("GAZA CITY — \"We ran,\" she said.", "GAZA CITY", "\"We ran,\" she said."),
    ("MOGADISHU, MARCH 3 (AFP) - Gunmen stormed a hotel.", "MOGADISHU", "Gunmen stormed a hotel."),
    ("kano, nigeria (reuters) - gunmen killed five people.", "kano", "gunmen killed five people."),
    ("port harcourt, nov. 2 (pti) — a tanker exploded.", "port harcourt", "a tanker exploded."),
    # agencies that write no dash after a day and their tag
    ("Islamabad, Jan 5 (PTI) Militants attacked a police post.", "Islamabad",
     "Militants attacked a police post."),
    ("NEW DELHI, Jan 5 (PTI) The ministry said.", "NEW DELHI", "The ministry said."),
    ("Kuala Lumpur, Dec 3 (Bernama) Floods hit.", "Kuala Lumpur", "Floods hit."),
    ("Mumbai, Oct. 12 (IANS) Police said.", "Mumbai", "Police said."),
])
def test_datelines(paragraph, place, rest):
    assert split_dateline(paragraph) == (place, rest)


@pytest.mark.parametrize("paragraph", [
    "Police said — without giving details — that two men were held.",
    "Rebel fighters are digging trenches around the port.",
    "UPDATE — The death toll has risen to 12.",
    "BREAKING: Explosion reported near the airport.",
    "DEAR READER: My neighbour keeps parking across my drive.",
    "Paris: the city of light.",
    "Monday — a day of mourning — began quietly.",
    "The UN — and the aid groups — asked for access.",
    "kano, the city said — quietly — that it would wait.",
    "however, police said - without details - that two men were held.",
    "Smith, Jan 5 (left) The photo shows the square.",
    "Sunday, Jan 5 (PTI) Police said.",
    "Paris, the report said (AFP) Police said.",
])
def test_not_datelines(paragraph):
    assert split_dateline(paragraph) == (None, paragraph)


@pytest.mark.parametrize(("paragraph", "place", "when", "rest"), [
    ("KABUL, March 3 (Reuters) - Taliban fighters attacked a post.", "KABUL", "March 3",
     "Taliban fighters attacked a post."),
    ("Islamabad, Jan 5 (PTI) Militants attacked a checkpoint.", "Islamabad", "Jan 5",
     "Militants attacked a checkpoint."),
    ("WASHINGTON, Nov. 17, 2025 (AP) — The Senate voted.", "WASHINGTON", "Nov. 17, 2025",
     "The Senate voted."),
    ("GENEVA, 3 March (IPS) - Talks broke down.", "GENEVA", "3 March", "Talks broke down."),
    ("Nairobi, Kenya, 12 March 2026 (Xinhua) -- Police fired tear gas.", "Nairobi",
     "12 March 2026", "Police fired tear gas."),
    ("KANO, Nigeria, Tuesday, 4 June 2026 (Reuters) - Gunmen struck.", "KANO",
     "Tuesday, 4 June 2026", "Gunmen struck."),
    # the day as a stamp between two dashes
    ("LAGOS, Nigeria — Tuesday, 4 June 2026 — Gunmen attacked a village.", "LAGOS",
     "Tuesday, 4 June 2026", "Gunmen attacked a village."),
    ("BAGHDAD — March 3, 2026 — Police said.", "BAGHDAD", "March 3, 2026", "Police said."),
    ("LONDON, 3 March 2026 - Police arrested two.", "LONDON", "3 March 2026",
     "Police arrested two."),
    ("port harcourt, nov. 2 (pti) — a tanker exploded.", "port harcourt", "nov. 2",
     "a tanker exploded."),
    # no day written
    ("ABUJA (Reuters) - Gunmen killed five.", "ABUJA", None, "Gunmen killed five."),
    ("Kano, Monday — Gunmen killed five.", "Kano", None, "Gunmen killed five."),
    ("BAGHDAD — 3 killed as police said.", "BAGHDAD", None, "3 killed as police said."),
    # a clock time after a number is no day
    ("BEIRUT, Lebanon (AP) — Israeli jets struck.", "BEIRUT", None, "Israeli jets struck."),
])
def test_a_dateline_gives_the_day_it_writes(paragraph, place, when, rest):
    assert read_dateline(paragraph) == Dateline(place, when, rest)
    assert split_dateline(paragraph) == (place, rest)


@pytest.mark.parametrize("paragraph", [
    "Monday, March 3 — a day of mourning — began quietly.",
    "March 3, 2026 — the day the dam broke — is remembered.",
    "Police said on March 3 (Tuesday) that two men were held.",
    "The attack, March 3 (a Tuesday), killed five.",
])
def test_a_day_opening_a_sentence_is_no_dateline(paragraph):
    assert read_dateline(paragraph) is None


def test_a_story_on_one_line_ending_in_a_photo_credit_is_kept():
    story = " ".join(["Police said the suspect fled on foot after the shooting downtown."] * 8)
    assert not is_cruft(story + " (AP Photo/City Police Department)")
    assert is_cruft("Officers at the scene of the shooting. (AP Photo/City Police Department)")


# ----------------------------------------------------------------------------- wire items

STORY = "Gunmen killed five people at a market in the north on Friday, police said."


@pytest.mark.parametrize("notice", [
    "(c) 2024 Reuters",
    "(C) 2023 Agence France-Presse",
    "© AFP 2024",
    "©2024 The Associated Press",
    "Copyright 2024 The Associated Press. All rights reserved.",
    "Copyright 2024 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "(c) Copyright Thomson Reuters 2024. Click For Restrictions - "
    "https://agency.example/en/copyright.html",
    "Copyright © 2022 Example News Agency",
    "All rights reserved.",
    "— AP",
    "– Reuters",
    "- AFP",
    "-- dpa",
    "— (Xinhua)",
    "— Associated Press",
])
def test_a_notice_closing_story_text_is_stripped(notice):
    assert strip_notice(f"{STORY} {notice}") == STORY


@pytest.mark.parametrize("paragraph", [
    STORY,
    "The court upheld the claim of the copyright holder.",
    "Lawyers said the case would test copyright law in the region, which has no rules yet.",
    "The publisher said all rights reserved by the author would revert to her estate.",
    "Prices rose 5-10 percent.",
    "He said the material may not be published until the trial ends.",
    "Officials met reporters from AP",             # a story naming an agency, no sign-off
    "Two teams, AFP and Reuters, covered the march.",
    "The group calls itself A-Team",
])
def test_story_text_without_a_notice_is_left_alone(paragraph):
    assert strip_notice(paragraph) == paragraph


@pytest.mark.parametrize("notice", ["(c) 2024 Reuters", "© AFP 2024", "All rights reserved.",
                                    "Copyright 2024 The Associated Press."])
def test_a_paragraph_that_is_only_a_notice_stays_cruft(notice):
    assert strip_notice(notice) == notice and is_cruft(notice)


@pytest.mark.parametrize("item", [
    f"{STORY} (c) 2024 Reuters",
    f"KABUL, Afghanistan (AP) — {STORY} Copyright 2024 The Associated Press. All rights reserved.",
    f"{STORY}\n\n(c) 2024 Reuters",
    f"Five killed at market\n\n{STORY} © AFP 2024",
    f"{STORY} All rights reserved. This material may not be published, broadcast, rewritten "
    "or redistributed.",
    f"{STORY} — AP",
])
def test_a_short_wire_item_keeps_its_text(item):
    from eventwire.clean import clean
    from eventwire.records import RawDocument

    doc = clean(RawDocument("wire.txt", item, "text"))
    assert doc.text == STORY
