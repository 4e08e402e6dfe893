"""Page cruft and datelines: the lines of a scraped page that are not the story.

:func:`is_cruft` recognises one paragraph of page furniture: browser warnings, expired-video
notices, share/subscribe/cookie/newsletter prompts, image captions and photo credits, source and
byline lines, copyright notices. Rules only fire on short lines or on wording no story sentence
uses, so a story sentence that mentions "subscribers" or "cookies" is kept.

:func:`split_dateline` takes the dateline off the first paragraph of a report
("BEIRUT (AP) — ISIS militants..." -> ``("BEIRUT", "ISIS militants...")``);
:func:`read_dateline` also gives the day it writes ("KABUL, March 3 (Reuters) -" -> "March 3"),
which :func:`eventwire.published.dateline_date` reads as the report's publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Furniture lines are short; a longer line is read as a story sentence. Calibrated on the
# founding example and hand-written pages: the longest prompt seen (a two-sentence browser
# warning) is 14 words.
MAX_CRUFT_WORDS = 16
# Captions run one to three sentences; a longer paragraph ending in a credit is a whole story
# pasted on one line (seen in the LGL news texts), and must be kept.
MAX_CAPTION_WORDS = 60
# A byline names a few people and an outlet: "By Jane Doe and John Roe, Example Wire".
MAX_BYLINE_WORDS = 10

# Wording that marks a line as furniture whatever its length.
_ALWAYS_PATTERNS = (
    r"\b(?:IE|Internet Explorer)\s*\d*\s+is\s+(?:not|no\s+longer)\s+supported",
    (r"\byour\s+browser\s+(?:is\s+(?:not|no\s+longer)\s+supported|does\s*n[o']t\s+support|"
     r"is\s+out\s+of\s+date)"),
    r"\b(?:please\s+)?(?:enable|turn\s+on)\s+javascript\b",
    r"\bjavascript\s+is\s+(?:disabled|required)",
    r"\bthis\s+video\s+(?:has\s+expired|is\s+(?:no\s+longer\s+|not\s+|un)available)",
    r"\bwe\s+use\s+cookies\b",
    r"\bthis\s+material\s+may\s+not\s+be\s+published,\s+broadcast",
    r"\ball\s+rights\s+reserved\b",
)
_ALWAYS = re.compile("|".join(_ALWAYS_PATTERNS), re.IGNORECASE)

# Credit lines closing wire stories ("Associated Press writer Jane Roe in Cairo contributed to
# this report."; "(Reporting by Jane Roe; Editing by John Doe)"): they name places and people the
# story is not about. Trailers run up to about 30 words when several writers are credited.
MAX_TRAILER_WORDS = 30
_TRAILER = re.compile(
    r"\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting)\b|"
    r"^[(\[]?(?:additional\s+)?(?:reporting|writing|editing|compiled|edited)\s+by\b",
    re.IGNORECASE)

# Short lines that start like furniture.
_OPENER_PATTERNS = (
    (r"(?:image|photo|picture|video|graphic|caption|gallery|watch|listen)"
     r"(?:\s+\d+\s+of\s+\d+)?\s*[:|]"),
    r"[/|•·-]?\s*source\s*:",
    r"(?:©|\(c\)|copyright\b)",
    (r"(?:share|tweet|email|e-mail|print|save|comment)"
     r"(?:\s+(?:this|on|via|the|article|story|page|link))*\s*[:!]?$"),
    (r"(?:subscribe|sign\s+up|follow\s+us|join\s+us|download\s+(?:our|the)\s+app|"
     r"click\s+here|tap\s+here)\b"),
    r"(?:read|see|view|show)\s+(?:more|also|full|all|next|comments)\b",
    (r"(?:related|recommended|most\s+(?:read|popular|viewed)|trending|more\s+from|"
     r"you\s+may\s+also\s+like)(?:\s+(?:articles?|stories|content|coverage|news|topics|videos?))?"
     r"\s*(?::|$)"),
    (r"(?:advertisement|sponsored\s+content|ad\s+feedback|story\s+continues\s+below|"
     r"continue\s+reading)\b"),
    r"(?:skip\s+to|jump\s+to|back\s+to\s+top)\b",
    r"(?:menu|home|search|close|loading\.*)$",
    r"\d+\s+min(?:ute)?s?\s+read$",
    r"(?:accept|manage|reject)\s+(?:all\s+)?cookies\b",
)
_OPENERS = re.compile(r"^(?:" + "|".join(_OPENER_PATTERNS) + r")", re.IGNORECASE)

# Furniture words anywhere in a short line: "Sign up for our daily newsletter", "Cookie settings".
_KEYWORDS = re.compile(
    r"\b(?:newsletters?|cookie\s+(?:policy|settings|preferences|notice)|privacy\s+policy|"
    r"terms\s+of\s+(?:use|service)|subscribe|sign\s+up|log\s+in|share\s+(?:this|on)|"
    r"follow\s+us)\b", re.IGNORECASE)

# A photo credit closing a caption: "... in the city.HO / Agency - Photo Service File",
# "Example Wire / Photo Desk", "(AP Photo/Hussein Malla)", "Credit: Reuters".
_AGENCY = (r"(?:AP|AFP|Reuters|EPA(?:-EFE)?|Getty\s+Images|Shutterstock|Xinhua|"
           r"Anadolu(?:\s+Agency)?|SIPA|ZUMA(?:\s+Press)?|Alamy|Bloomberg|NurPhoto|dpa|ANP|Pool|"
           r"Handout|Photo\s+Desk|"
           r"Associated\s+Press)")
_CREDIT = re.compile(
    rf"(?:[/|]\s*[\w.&'’ -]*\b{_AGENCY}\b[\w.&'’ /-]*|"
    rf"\(\s*(?:{_AGENCY}\s+)?Photo\s*/[^)]*\)|"
    rf"\b(?:photo|image|picture)?\s*credit\s*:.*)$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\"”’']\s*$")
_WORDY = re.compile(r"\w{2}")

# A copyright or agency notice closing a paragraph of story text (short wire items carry their
# notice on the story's own line): "(c) 2024 Reuters", "© AFP 2024", "Copyright 2024 The
# Associated Press. All rights reserved.", "This material may not be published, broadcast,
# rewritten or redistributed.", "Click For Restrictions - https://...", a sign-off "— AP".
# A notice sentence runs to its full stop or to the end, at most about 15 words.
MAX_NOTICE_CHARS = 100
_AFTER_SENTENCE = r"(?<=[.!?\"”’')\]])\s*"
_NOTICE = re.compile(
    rf"(?:{_AFTER_SENTENCE}(?:\(c\)|©|copyright\b)[^.]{{0,{MAX_NOTICE_CHARS}}}(?:\.|$)|"
    rf"\s+(?:\(c\)|©)[^.]{{0,{MAX_NOTICE_CHARS}}}(?:\.|$)|"
    rf"{_AFTER_SENTENCE}all\s+rights\s+reserved\.?|"
    rf"{_AFTER_SENTENCE}this\s+material\s+may\s+not\s+be\s+published,\s+broadcast[^.]*\.?|"
    rf"{_AFTER_SENTENCE}click\s+for\s+restrictions\b(?:\s*-\s*\S+)?|"
    rf"\s+[—–-]+\s*\(?{_AGENCY}\)?\.?)\s*$", re.IGNORECASE)

_BYLINE = re.compile(r"^By\s+[A-Z]")
_NAV = re.compile(r"(?:\s[|•·»>]\s.*){2,}")      # "Home | World | Middle East"


def _words(line: str) -> int:
    return len(line.split())


def is_cruft(line: str) -> bool:
    """True when one paragraph is page furniture rather than story text."""
    line = line.strip()
    if not line:
        return True
    if _ALWAYS.search(line) or is_caption_credit(line):
        return True
    words = _words(line)
    if words <= MAX_TRAILER_WORDS and _TRAILER.search(line):
        return True
    if words > MAX_CRUFT_WORDS:
        return False
    if _OPENERS.match(line) or _NAV.search(line):
        return True
    if _SENTENCE_END.search(line):
        return False                   # a short sentence of the story
    return bool(_BYLINE.match(line) and words <= MAX_BYLINE_WORDS or _KEYWORDS.search(line))


def strip_notice(paragraph: str) -> str:
    """``paragraph`` without the copyright or agency notice closing it, when story text stands
    before the notice ("Gunmen killed five people, police said. (c) 2024 Reuters" keeps its
    sentence); a paragraph that is only a notice is returned as it is (it is cruft)."""
    text = paragraph
    while (m := _NOTICE.search(text)) and m.start() > 0:
        text = text[:m.start()].rstrip()
    return text if _WORDY.search(text) and len(text) < len(paragraph) else paragraph


def is_caption_credit(line: str) -> bool:
    """True for a caption line that ends with a photo credit."""
    return (_words(line) <= MAX_CAPTION_WORDS and bool(_CREDIT.search(line.strip()))
            and not _SENTENCE_END.search(line))


# ----------------------------------------------------------------------------- datelines

_DASH = r"(?:—|–|--|\s-\s|-\s)"
# A place in capitals ("BEIRUT", "SAN JUAN", "UNITED NATIONS") or in title case.
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z.'’-]+(?:\s+[A-Z][a-z.'’-]+){0,2}"
_REGION = r"(?:,\s*(?P<region>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))?"
# A day as a dateline writes it, its month in title case or capitals, the year optional, a
# weekday before it optional: "Nov. 17", "MARCH 3", "Nov. 17, 2025", "3 March",
# "Tuesday, 4 June 2026". Whether the month is a month is left to the reader of the day
# (published.dateline_date): a place and a number are a dateline's shape either way.
_MONTH_WORD = r"[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?"
_WEEKDAY = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
            r"|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)")
_WEEKDAY_ALONE = re.compile(rf"{_WEEKDAY}$")        # "Monday, March 3 — ..." is a sentence
_DAY = (rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})"
        r"(?:,?\s+(?:19|20)\d\d)?(?![\d:])")
_WHEN = rf"(?:,\s*(?P<when>{_DAY}))?"
_AGENCY_TAG = r"(?:\s*\((?P<agency>[^()]{1,40})\))?"
# The day may stand after the dash, closed by another ("LAGOS, Nigeria — Tuesday, 4 June
# 2026 — Gunmen ..."): a stamp, not the story's first words.
_STAMP = rf"(?:(?P<stamp>{_DAY})\s*{_DASH}\s*)?"
_DATELINE = re.compile(rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}){_REGION}{_WHEN}{_AGENCY_TAG}"
                       rf"\s*(?P<dash>{_DASH}|:)\s*{_STAMP}")
# The agencies' form with no dash, a day and an agency tag before the text ("Islamabad, Jan 5
# (PTI) Militants attacked ...", as Indian and Nigerian agencies write it): both are needed,
# as a paragraph may open with a place, a comma and a day.
_DASHLESS_DATELINE = re.compile(
    r"^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    rf"(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}){_REGION}"
    rf",\s*(?P<when>{_DAY})"
    r"\s*\((?P<agency>[A-Z][\w&.'-]{1,14}(?:\s[A-Z][\w&.'-]{1,14})?)\)\s+(?P<dash>)"
    r"(?=[A-Z\"“‘'])")
# A dateline in a paragraph without capitals (a lower-cased feed: "kano, nigeria (reuters) -"):
# only with an agency tag, as any sentence may open with a word and a comma.
_CASELESS_DATELINE = re.compile(
    r"^(?P<place>[a-z][a-z.'’-]+(?:\s+[a-z][a-z.'’-]+){0,2})"
    r"(?:,\s*(?P<region>[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*){0,3}))?"
    r"(?:,\s*(?P<when>[a-z]{3,9}\.?\s+\d{1,2}))?"
    rf"\s*\((?P<agency>[^()]{{1,40}})\)\s*(?P<dash>{_DASH}|:)\s*")
# Capitalised labels that open a paragraph like a dateline but are not places.
_NOT_PLACES = frozenset({
    "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "LISTEN", "ANALYSIS", "OPINION",
    "EDITOR'S NOTE", "EDITORS NOTE", "NOTE", "CORRECTION", "LIVE", "VIDEO", "PHOTOS", "READ",
    "FILE", "PHOTO", "SOURCE", "ADVERTISEMENT", "BY", "AP", "AFP", "REUTERS"})


@dataclass(frozen=True, slots=True)
class Dateline:
    """A report's dateline: its place as written, the day it writes (None when it writes
    none) and the paragraph's text after it."""

    place: str
    when: str | None
    rest: str


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """``("BEIRUT", rest)`` when the paragraph opens with a dateline, else ``(None, paragraph)``
    (:func:`read_dateline`, place only)."""
    found = read_dateline(paragraph)
    return (found.place, found.rest) if found else (None, paragraph)


def read_dateline(paragraph: str) -> Dateline | None:
    """The dateline the paragraph opens with, else None.

    The place is returned as written (capitals kept); the region and agency
    ("BEIRUT, Lebanon, Nov. 17 (AP) —") are dropped, the day kept as written ("Nov. 17"). A
    title-case place counts only with an agency tag, a day or a region before a dash
    ("Beirut (AFP) -", "Idlib, Syria —"), so an ordinary sentence opening ("Police said —
    ...") is never taken for one. In a paragraph without capitals, a place with an agency tag
    before a dash ("kano, nigeria (reuters) -"); with no dash, a place, a day and an agency
    tag before the text ("Islamabad, Jan 5 (PTI)").
    """
    m = _DATELINE.match(paragraph) or _DASHLESS_DATELINE.match(paragraph)
    if not m and not any(c.isupper() for c in paragraph):
        m = _CASELESS_DATELINE.match(paragraph)
        if m and m["place"].upper() not in _NOT_PLACES:
            return Dateline(m["place"], m["when"], paragraph[m.end():])
    if not m:
        return None
    place = m["place"].strip()
    rest = paragraph[m.end():]
    opens_text = bool(rest) and (rest[0].isalnum() or rest[0] in "\"“'‘")
    if (place.upper() in _NOT_PLACES or place.upper().startswith("DEAR ") or not opens_text
            or _WEEKDAY_ALONE.match(place)):
        return None
    capitals = place.isupper() and len(place.replace(" ", "")) >= 2
    if m["dash"] == ":" and not capitals:
        return None
    if not capitals and not (m["agency"] or m["region"] or m["when"]):
        return None
    stamp = m.groupdict().get("stamp")
    return Dateline(place, m["when"] or stamp, rest)
