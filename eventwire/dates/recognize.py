"""Recognition: regular expressions that find time expressions in clean text.

Each pattern has a name (its ``kind``) that :mod:`eventwire.dates.normalize` turns into a value.
Month and weekday names must be capitalised ("march" and "may" are verbs); the other words are
matched in any case. Overlapping candidates keep the longest, then the earliest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..claims import SPEECH_VERB
from ..lexicon import Needs, fold, needs_of
from ..numbers import DIGITS_RE, NUMBER_WORDS_RE
from .holidays import NAMES_RE as _HOLIDAY

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])")
_WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)")
# Exported for the tense cues ("The vote is on Friday"): one home for the calendar names.
MONTH_RE, WEEKDAY_RE = _MONTH, _WEEKDAY
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
DAY_RE = _DAY
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%])"
_NUM = (rf"(?:{DIGITS_RE}|{NUMBER_WORDS_RE}|several|a\s+few|(?:a\s+)?couple\s+of|few|many|some"
        r"|(?:dozens|hundreds|thousands|millions)\s+of)")
_UNIT = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|year|decade|century)"
_UNITS = r"(?:seconds|minutes|hours|days|nights|weeks|weekends|months|years|decades|centuries)"
_MOD = (r"(?:(?P<mod>early|mid|late|the\s+(?:end|beginning|start|middle|turn)\s+of"
        r"|the\s+(?:early|middle|late)\s+part\s+of)(?:\s+|-))?")
_REL = r"(?:(?P<rel>last|this|next|past|coming|previous|following)\s+)?"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_ZONE = r"(?:\s*(?:GMT|UTC|EST|EDT|PST|PDT|CET|ET|local\s+time))?"
_SEASON = r"(?:spring|summer|autumn|winter|fall)"
_DAYPART = r"(?:morning|afternoon|evening|night)"
_DAYPARTS = r"(?:mornings|afternoons|evenings|nights)"
# The decades named by a word, and their number in the century.
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINALS = "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th)"
# Nouns a part of the day names ("the evening news", "the morning shift"): no time of day.
_NOT_PART_NOUN = (r"(?![-\w])(?!\s+(?:of|before|after|news|papers?|shifts?|rush|prayers?"
                  r"|sessions?|class(?:es)?|editions?|star|show|sun)\b)")
# Units a rate is counted in ("$5 million a year", "six days a week"): not "a second".
_RATE_UNIT = r"(?:minute|hour|day|night|week|fortnight|month|quarter|year)"
# Words after "a year" that make it a length or a date, not a rate ("a year earlier").
_NOT_RATE_AFTER = (r"(?!\s+(?:ago|earlier|later|before|after|from\s+(?:now|then|today)|of|or|to"
                   r"|old|long|and|early|late|ahead|behind|longer|too)\b)(?![-\w'’])")
# Words before a length that bound it ("more than a year": TimeML's mod MORE_THAN).
_DMOD = (r"(?:(?P<dmod>more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around"
         r"|approximately|roughly|at\s+least|at\s+most|just\s+over|just\s+under|well\s+over"
         r"|up\s+to)\s+)?")
# Verbs whose object is a length ("waited weeks", "could take days"): a bare plural unit after
# one is a duration, as it is after "for" or "within".
_LENGTH_BEFORE = ("for", "in", "within", "after", "take", "takes", "took", "taken", "taking",
                  "last", "lasts", "lasted", "lasting", "wait", "waits", "waited", "waiting",
                  "spend", "spends", "spent", "spending", "back")
_BARE_LENGTH = "|".join(_LENGTH_BEFORE)
# "a second man", "a second time": an ordinal, not a length (a length is followed by a
# preposition or nothing: "a second later", "for a second.").
_NOT_ORDINAL = r"(?!(?<=\bsecond)\s+(?!ago\b|later\b|earlier\b|longer\b|before\b|after\b)[a-z])"

# Times of day told by the sun ("at dawn", "after dark") and the words that place an event at one.
_SUN = (r"dawn|daybreak|first\s+light|sunrise|dusk|sunset|nightfall"
        r"|(?<=before\s)dark|(?<=after\s)dark")
_DAYPART_PREP = (r"at|before|after|by|around|just\s+(?:after|before)|shortly\s+(?:after|before)"
                 r"|soon\s+after")
# "changed almost overnight", "did not fall overnight", "an overnight success": suddenly, not
# at night (a negation or hedge up to two words before it, a noun of fame after it).
_SUDDENLY_BEFORE = re.compile(r"\b(?:not|n't|never|almost|virtually|nearly|practically|literally"
                              r"|seemingly|happen)\b(?:\s+\w+){0,2}\s+$", re.I)
_SUDDENLY_CHARS = 40
_NOT_FAME = r"(?!\s+(?:success|sensation|star|celebrity|millionaire|fame|hit)\b)"

# Words after a bare year that show it is a count, not a year ("1,500 people" is a count).
_NOT_AFTER_YEAR = (r"(?!\s+(?:people|persons|men|women|children|soldiers|troops|fighters|"
                   r"civilians|dollars|euros|pounds|miles|kilometers|kilometres|metres|meters|"
                   r"feet|votes|residents|families|homes|houses|cases|deaths|tons|tonnes|points"
                   r"|seats|goals|jobs|shares|barrels|vehicles|cars|workers|employees|patients"
                   r"|students))")

PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # Day and month in either order ("9/11/2024", "26/11/2008"), with a year: a slash pair
    # without one ("9/11", "7/7", "26/11", "24/7") names an attack or is a ratio, not a date.
    ("numeric", r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])"),
    ("dayrange", rf"(?:(?i:between|from)\s+)?(?P<month>{_MONTH})\s+(?P<d1>{_DAY})\s*"
                 rf"(?:-|–|(?i:to|and|through))\s*(?P<d2>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?\b"),
    ("dayrange", rf"(?:(?i:between|from)\s+)?(?P<d1>{_DAY})\s*(?:-|–|(?i:to|and|through))\s*"
                 rf"(?P<d2>{_DAY})(?:\s+of)?\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"),
    ("mdy", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAY})"
            rf"(?:,?\s+(?P<year>{_YEAR}))?\b"),
    ("dmy", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{_DAY})(?:\s+of)?\s+"
            rf"(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"),
    ("month", rf"(?i:{_MOD}{_REL})(?P<month>{_MONTH})(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?"),
    ("season", rf"(?i:{_MOD}{_REL}(?P<season>spring|summer|autumn|winter"
               rf"|(?<=last\s)fall|(?<=this\s)fall|(?<=next\s)fall|fall(?=,?\s+(?:of\s+)?\d))"
               rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?)\b(?!\s+Time)"),
    ("decade", rf"(?i:(?:the\s+)?{_MOD}(?:(?P<dec>1[6-9]\d0|20\d0)'?s|'(?P<short>\d0)s)\b)"),
    # "the Sixties", "the late nineties" (not "in his sixties": an age)
    ("decade", rf"(?i:\bthe\s+{_MOD}(?P<word>{'|'.join(DECADE_WORDS)})\b)"),
    ("century", r"(?i:(?:the\s+)?(?P<mod>early|mid|late)?-?\s*(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
                r"(?:nine|eigh|seven|six)teenth|twentieth|twenty-first)\s+century)"),
    ("yearrange", rf"(?<![\d$£€.,])(?P<y1>{_YEAR})\s*(?P<sep>[-–/])\s*(?P<y2>{_YEAR}|\d\d)"
                  rf"(?![\d%])"),
    ("year", rf"(?i:{_MOD})(?<![\d$£€.,#])(?P<year>{_YEAR}){_NOT_AFTER_YEAR}\b"),
    ("fiscal", rf"(?i:\b(?:the\s+)?(?:fiscal|financial)(?:\s+year)?\s+)(?P<year>{_YEAR})"
               rf"|(?i:\b(?:the\s+)?)(?P<year2>{_YEAR})(?i:\s+(?:fiscal|financial)\s+year)\b"
               rf"|\bFY\s?(?P<year3>{_YEAR}|\d\d)\b"),
    ("quarter", rf"(?i:(?:the\s+)?{_REL}(?P<q>first|second|third|fourth|final)\s+quarter"
                rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>{_YEAR})"
                rf"|(?P<yrel>this|last|next)\s+year))?)"),
    # "the quarter ended Sept. 30", "the year ending March 31": the period by its last day
    ("periodend", rf"(?i:\bthe\s+(?P<unit>quarter|period|half|(?:fiscal\s+|financial\s+)?year)"
                  rf"\s+(?:that\s+)?(?:ended|ending|ends|through)\s+)(?P<month>{_MONTH})\s+"
                  rf"(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"),
    # "Q3 2019", "Q1", "H1 2020" of a results story
    ("quarter", rf"\b(?P<q>Q[1-4])(?:\s+(?P<year>{_YEAR}))?\b(?![&/'’-])"),
    ("half", rf"\bH(?P<h>[12])\s+(?P<year>{_YEAR})"),
    # "on the 14th": a day of the month told about
    ("dom", r"(?i:(?<=\bon\s)the\s+(?P<day>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th))\b"
            r"(?![-\w])(?!\s+(?!and\b|or\b|to\b)[a-z]))"),
    ("weekday", rf"(?i:(?:\b(?P<dmod>early|late)\s+(?:on\s+)?)?{_REL})(?P<wd>{_WEEKDAY})"
                rf"(?i:{_PART})"),
    # Times of day with no clock (normalised in .dayparts): "overnight into Tuesday", "at dawn
    # on Friday", "Friday before dawn", "in the early hours of Sunday", "a predawn raid".
    ("overnight", rf"(?i:\bovernight\b{_NOT_FAME})(?:\s+(?:(?i:from\s+)?"
                  rf"(?P<wd>{_WEEKDAY})\s+)?(?i:(?:into|to)\s+)(?P<into>{_WEEKDAY})"
                  rf"|\s+(?i:on\s+)?(?P<on>{_WEEKDAY}))?"),
    ("overnight", rf"(?P<on>{_WEEKDAY})\s+(?i:overnight)\b{_NOT_FAME}"),
    ("daypart", rf"(?i:\b(?P<prep>{_DAYPART_PREP})\s+(?P<word>{_SUN}))\b"
                rf"(?:,?\s+(?i:on\s+)?(?P<wd>{_WEEKDAY}))?"),
    ("daypart", rf"(?P<wd>{_WEEKDAY}),?\s+(?i:(?P<prep>{_DAYPART_PREP})\s+(?P<word>{_SUN}))\b"),
    ("daypart", rf"(?i:\bthe\s+(?P<hours>early|small|wee)\s+hours\b(?:\s+of\s+(?:"
                rf"the\s+morning\b|(?-i:(?P<wd>{_WEEKDAY}))(?:\s+morning\b)?))?)"),
    ("daypart", r"(?i:\b(?P<word>pre-?dawn|dawn)\b(?=\s+(?:raids?|attacks?|assaults?|strikes?"
                r"|operations?|offensive|swoops?|sweeps?|shelling|bombardment)\b))"),
    ("relday", r"(?i:\b(?P<word>this)\s+(?P<part>morning|afternoon|evening)\b)"),
    ("partofday", rf"(?i:(?:\b(?P<pmod>early|late)\s+in\s+)?\bthe(?:(?<=\bin\sthe)"
                  rf"|(?<=\binto\sthe)|(?<=\bduring\sthe)|(?<=\bthrough\sthe))\s+"
                  rf"(?:(?P<pmod2>early|late)\s+)?"
                  rf"(?P<word>{_DAYPART})\b{_NOT_PART_NOUN})"),
    ("partofday", rf"(?i:\bthe\s+(?P<pmod>middle)\s+of\s+the\s+(?P<word>{_DAYPART})\b"
                  rf"|\b(?P<pmod2>mid)-?(?P<word2>morning|afternoon)\b{_NOT_PART_NOUN})"),
    ("dayof", rf"(?i:\bthe\s+(?P<part>{_DAYPART})\s+of\s+)(?:(?P<wd>{_WEEKDAY})"
              rf"|(?P<month>{_MONTH})\s+(?P<day>{_DAY})|(?P<day2>{_DAY})\s+(?P<month2>{_MONTH}))"
              rf"(?:,?\s+(?P<year>{_YEAR}))?"),
    ("weekend", r"(?i:(?<!\bthis\s)(?<!\blast\s)(?<!\bnext\s)\bthe\s+weekend\b)"),
    ("half", rf"(?i:\b(?:the\s+)?(?P<h>first|second|latter)\s+half\s+of\s+(?:(?P<year>{_YEAR})"
             rf"|(?P<yrel>this|last|next)\s+year|the\s+year)|\bthe\s+(?P<h2>first|second)\s+half"
             rf"\b(?!\s+of\b))"),
    ("relday", r"(?i:\b(?P<word>today|tonight|yesterday|tomorrow)"
               r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
               r"|(?<!\bthe\s)\b(?P<word2>last)\s+(?P<part2>night)\b)"),
    ("ref", r"(?i:\b(?P<word>now|currently|nowadays|at\s+present|presently|recently|lately"
            r"|these\s+days|at\s+the\s+moment|"
            r"(?<=in\s)the\s+past|(?<=in\s)the\s+future"
            r"|the\s+(?:foreseeable|near|immediate|distant|recent)\s+(?:future|past))\b)"
            r"(?!\s+(?:\d|few|several|two|three))(?!-\w)"),     # not "the now-closed plant"
    ("ago", rf"(?i:\b(?P<num>{_NUM}|an?)\s+(?P<unit>{_UNIT}|{_UNITS})\s+ago\b)"),
    ("ago", rf"(?i:\b(?P<unit>{_UNITS})\s+ago\b)"),
    ("relunit", r"(?i:\b(?:(?P<mod>early|late|mid)(?:\s+|-))?"
                r"(?P<rel>last|this|this\s+past|next|the\s+past|the\s+last|the\s+previous"
                r"|the\s+coming"
                r"|the\s+next|the\s+following|earlier\s+this|later\s+this"
                r"|earlier\s+in\s+the|later\s+in\s+the|the\s+same|the\s+current|the\s+latest"
                r"|the\s+preceding|(?P<yago>the\s+(?:year-earlier|year-ago|prior-year)))\s+"
                r"(?P<fiscal>fiscal\s+)?"
                r"(?P<unit>week|weekend|fortnight|month|quarter|year|decade|century|season)\b)"),
    # "the quarter" of a results story, "the year-earlier period": the quarter or year reported
    ("relunit", r"(?i:\b(?P<rel>the)\s+(?P<unit>quarter)\b(?![-\w])(?!\s+of\b)"
                r"|\b(?P<yago>the\s+(?:year-earlier|year-ago|prior-year))\s+(?P<period>period)\b)"),
    # "the same quarter last year": the reported one, a year back
    ("relunit", r"(?i:\bthe\s+same\s+(?P<unit>quarter|month|period)\s+(?P<yago>last\s+year"
                r"|a\s+year\s+(?:earlier|ago|before))\b)"),
    # Told from the last day the text named: "that night", "the same day", "the next morning",
    # "the week before".
    ("toldfrom", rf"(?i:\b(?:that|the\s+same)\s+(?:(?P<part>{_DAYPART})|(?P<unit>day|week|month"
                 rf"|year))\b(?!-)|\bthe\s+(?P<rel>next|following|previous|preceding)\s+"
                 rf"(?P<part2>{_DAYPART})\b|\bthe\s+(?:(?P<part3>{_DAYPART})|(?P<unit2>week|month"
                 rf"|year))\s+before\b(?!\s+\w))"),
    # "the last Sunday in April", "the first Monday of March": a day counted in its month
    ("nthweekday", rf"(?i:\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+)"
                   rf"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                   rf"(?i:\s+(?:of|in)\s+)(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"),
    ("weekof", rf"(?i:\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+)"
               rf"(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"),
    # "the week of June 7": the week of that day
    ("weekofday", rf"(?i:\bthe\s+week\s+of\s+)(?:(?P<month>{_MONTH})\s+(?P<day>{_DAY})"
                  rf"|(?P<day2>{_DAY})\s+(?P<month2>{_MONTH}))(?:,?\s+(?P<year>{_YEAR}))?"),
    ("nextday", r"(?i:\bthe\s+(?:(?P<prev>previous|preceding)\s+day|(?P<next>next|following)\s+day"
                r"|day\s+(?P<before>before)(?!\s+\w)|day\s+(?P<after>after)(?!\s+\w))\b)"),
    ("endof", r"(?i:\bthe\s+(?P<mod>end|beginning|start|middle|turn)\s+of\s+(?:the\s+)?"
              r"(?P<rel>this\s+|last\s+|next\s+)?(?:fiscal\s+|financial\s+)?"
              r"(?P<unit>week|month|quarter|year|decade"
              r"|century)\b)"),
    ("span", rf"(?i:\b(?:the\s+)?(?P<rel>past|last|next|coming|previous|first|final)\s+"
             rf"(?P<num>{_NUM})\s+(?P<unit>{_UNITS}|{_UNIT})\b)"),
    ("span", rf"(?i:\b(?P<rel>recent|coming)\s+(?P<unit>{_UNITS})\b)"),
    ("every", rf"(?i:\b(?:each|every)\s+(?:single\s+)?)(?:(?i:other\s+)?(?P<wd>{_WEEKDAY})"
              rf"|(?P<month>{_MONTH})|(?P<hol>{_HOLIDAY})"
            rf"|(?i:(?P<season>{_SEASON})|(?P<part>{_DAYPART})|(?P<other>other)\s+"
            rf"(?P<unit2>{_UNIT})|(?:(?P<num>{_NUM})\s+)?(?P<unit>{_UNIT}|{_UNITS}|quarter|season)"
            rf"))\b"),
    # A rate: a count of units in each larger one ("six days a week", "12 hours a day"), "400
    # cars per day", "year after year" ("$5 million a year": a length after a quantity, see
    # _as_rate).
    ("ratecount", rf"(?i:\b(?:{_NUM})\s+{_UNITS}\s+(?:an?|per)\s+(?P<unit>{_RATE_UNIT})\b"
              rf"{_NOT_RATE_AFTER})"),
    ("rate", rf"(?i:\bper\s+(?:(?P<unit>{_RATE_UNIT})|(?P<annum>annum))\b"
              rf"|\b(?P<unit2>day|week|month|year)\s+after\s+(?P=unit2)\b)"),
    ("set", r"(?i:\b(?P<adv>annually|daily|weekly|monthly|yearly|hourly|nightly|quarterly"
            r"|fortnightly|semiannually|semi-annually|biennially)\b)"),
    ("freq", rf"(?i:\b(?:once|twice|thrice|(?:{_NUM})\s+times)\s+(?:an?|per|each|every)\s+"
            rf"(?P<unit>{_UNIT})\b)"),
    ("weekdays", r"(?<![\w-])(?P<wds>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays"
            r"|Sundays)\b"),
    # "at weekends", "on weekdays", "Monday mornings", "weekday evenings"
    ("weekdays", rf"(?i:\b(?P<we>weekends|weekdays|weeknights)\b)"
                 rf"|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?i:weekday))"
                 rf"\s+(?i:(?P<part>{_DAYPARTS}))\b"),
    ("duration", rf"(?i:(?<!\bages\s)(?<!\baged\s)\b{_DMOD}(?:the\s+|a\s+mere\s+)?"
                 rf"(?P<num>{_NUM}|an?)\s+(?:more\s+|full\s+|straight\s+|consecutive\s+"
                 rf"|successive\s+)?(?P<unit>{_UNIT}|{_UNITS})\b"
                 rf"(?!-){_NOT_ORDINAL})"),
    ("duration", rf"(?i:\b{_DMOD}(?P<num>half)\s+an?\s+(?P<unit>{_UNIT})\b)"),
    ("hourmin", rf"(?i:\b{_DMOD}(?P<num>\d+|{NUMBER_WORDS_RE}|an?)\s+(?P<unit>hours?)(?:,?\s+and)?"
                 rf",?\s+(?P<num2>\d+|{NUMBER_WORDS_RE})\s+(?P<unit2>minutes?)\b)"),
    ("halfdur", rf"(?i:\b{_DMOD}(?:(?P<num>{_NUM}|an?)(?:\s+|-)and(?:\s+|-)an?(?:\s+|-)"
                 rf"(?P<half>half)(?:\s+|-)(?P<unit>{_UNIT}|{_UNITS})|(?P<num2>an?|one)\s+"
                 rf"(?P<unit2>{_UNIT})\s+and\s+an?\s+(?P<half2>half))\b)"),
    ("duration", r"(?i:\ball[\s-](?P<unit>day|night|week|weekend|month|year)(?:\s+long)?\b"
                 r"(?![\s-]+round))"),
    # A stretch named without a length: "the rest of the year" (not "the days after": those
    # are no time expression, see tests/dates/test_kinds.py).
    ("stretch", r"(?i:\bthe\s+rest\s+of\s+the\s+(?P<unit>day|week|month|year|decade|season)\b)"),
    # "closed for the day", "stopped for the night": the length of one day or night
    ("fortheday", r"(?i:(?<=\bfor\s)the\s+(?P<unit>day|night)\b(?!\s+(?:of|before|after|that|when"
                  r"|on|in)\b)(?![-'’\w]))"),
    # "the final days of the campaign", "in her early years": the end or start of a stretch
    ("stretch", rf"(?i:\b(?:the|its|his|her|their|our|my)\s+(?:final|last|closing|dying|early"
                rf"|first|opening)\s+(?P<unit>{_UNITS})\b)"),
    # "now in its eighth year", "for a third straight month": the length so far; "the 40th
    # day (of a siege)" is a day ("a third year of drought" is neither)
    ("nth", rf"(?i:\b(?P<det>its|their|his|her|a|(?P<the>the))\s+(?P<ord>{_ORDINALS})\s+"
            rf"(?P<run>(?:straight|consecutive|successive|running)\s+)?"
            rf"(?P<unit>day|week|month|year|decade)\b(?P<run2>\s+(?:running|in\s+a\s+row))?"
            rf"(?![-\w])(?!\s+(?:in\s+office|students?|pupils?|anniversary)\b)"
            rf"(?(the)|(?!\s+of\b)))"),
    ("duration", rf"(?i:\b(?P<num>\d+|{NUMBER_WORDS_RE}|half)-(?P<unit>{_UNIT})(?:-long)?\b"
                 rf"(?!-old))"),
    ("duration", r"(?i:\b(?P<unit>(?:day|week|month|year|decade)s?|century|centuries)-long\b)"),
    # "hours later", "days after the attack" (not "the days after": those are a stretch)
    ("duration", rf"(?i:(?<!\bthe\s)\b(?P<tx>(?P<unit>{_UNITS}))\s+(?:later|earlier|after"
                 rf"|before)\b)"),
    # "for weeks or months": the second of two bare lengths
    ("durcoord", rf"(?i:\b{_UNITS}\s+(?:or|and|to)\s+(?P<tx>(?P<unit>{_UNITS}))\b)"),
    ("duration", rf"(?i:\b(?:{_BARE_LENGTH})\s+(?P<tx>(?P<unit>{_UNITS})\b)"
                 rf"|(?<=\bover\s)the\s+(?P<unit2>{_UNITS})\b)"),
    ("time", rf"(?i:(?<![\d.,])\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*"
             rf"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b){_ZONE}"
             rf"|\b(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d){_ZONE}\b"
             rf"|\b(?P<word>noon|midday|midnight)\b)"
             rf"(?:\s+(?:on\s+)?(?P<wd>{_WEEKDAY}))?"),
    ("dotted", r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4})\b"),
    ("holiday", rf"\b(?P<name>{_HOLIDAY})\b"),
)

_UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "month", "year", "decade",
               "centur", "fortnight")
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RATE_WORDS = ("minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year")
_PART_WORDS = ("morning", "afternoon", "evening", "night")
_DAY_WORDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Substrings (of the lower-cased text) without which a pattern cannot match: a pattern is only
# run on sentences that have one. Recognition time halves on news text.
REQUIRED = {
    "ago": ("ago",), "season": ("spring", "summer", "autumn", "winter", "fall"),
    "century": ("century",), "decade": ("0s", "0's", "ties"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"), "weekend": ("weekend",),
    "half": ("half", "h1", "h2"), "dom": tuple(f"on the {d}" for d in "123456789"),
    "duration": _UNIT_WORDS, "span": _UNIT_WORDS,
    "relunit": _UNIT_WORDS + ("quarter", "period", "season"), "nextday": ("day",),
    "endof": _UNIT_WORDS + ("quarter",), "weekof": ("week",), "weekofday": ("week of",),
    "toldfrom": ("that", "same", "next", "following", "previous", "preceding", "before"),
    "set": ("ly",), "every": ("every", "each"), "freq": ("once", "twice", "thrice", "times"),
    "weekdays": ("days", "weekend", "nights", "mornings", "afternoons", "evenings"),
    # a rate's unit after "per", or repeated ("year after year"); "a year" is told in _as_rate
    "periodend": ("ended", "ending", "ends", "through"),
    "rate": tuple(f"per {u}" for u in _RATE_WORDS + ("annum",))
    + tuple(f" after {u}" for u in ("day", "week", "month", "year")),
    "ratecount": tuple(f" a {u}" for u in _RATE_WORDS) + (" an hour", " per "),
    "hourmin": ("minute",), "durcoord": ("s or ", "s and ", "s to "),
    "time": tuple("0123456789") + ("noon", "midday", "midnight"),
    "halfdur": ("and a half", "and-a-half"),
    "stretch": ("rest of", "final ", "last ", "closing ", "dying ", "early ", "first ",
                "opening "),
    # every ordinal ends in st, nd, rd or th: "eighth year", "third straight", "21st day"
    "nth": tuple(f"{end} {w}" for end in ("st", "nd", "rd", "th")
                 for w in ("day", "week", "month", "year", "decade", "straight", "consecutive",
                           "successive", "running")),
    "fortheday": ("for the day", "for the night"),
    "partofday": _PART_WORDS, "dayof": _PART_WORDS,
    "fiscal": ("fiscal", "financial", "fy"),
    "weekday": _DAY_WORDS, "month": _MONTH_WORDS, "mdy": _MONTH_WORDS, "dmy": _MONTH_WORDS,
    "dayrange": _MONTH_WORDS,
    "nthweekday": tuple(f"{n} {d}" for n in ("first", "second", "third", "fourth", "last",
                                             "final") for d in _DAY_WORDS),
    "relday": ("today", "tonight", "yesterday", "tomorrow", "this", "last night"),
    "overnight": ("overnight",),
    "daypart": ("dawn", "daybreak", "light", "sunrise", "dusk", "sunset", "nightfall", "dark",
                "hours"),
}
_COMPILED = tuple((kind, re.compile(p), REQUIRED.get(kind, ())) for kind, p in PATTERNS)
# Every word of REQUIRED, looked for once per text rather than once per pattern naming it.
_REQUIRED_WORDS = tuple(sorted({w for words in REQUIRED.values() for w in words}))
# Kinds whose every pattern has its unit word start a word (after a space, a hyphen or a word
# boundary): they need one of their words there, not anywhere ("Monday" holds "day" and
# "Sunday night" "day", neither a length). On event-dense text naming weekdays this skips most
# length patterns (0.09 of 0.22 CPU s per 100 KB recognising 'varied events').
_WORD_START_KINDS = frozenset({"duration", "span", "relunit", "endof"})
_AT_WORD_START = re.compile("(?<![a-z0-9_])(?:" + "|".join(sorted(
    {w for kind in _WORD_START_KINDS for w in REQUIRED[kind]}, key=len, reverse=True)) + ")")



@lru_cache(maxsize=1)
def _needs() -> tuple[Needs, ...]:
    """What a text must hold for each pattern of :data:`_COMPILED` to match
    (:func:`.lexicon.needs_of`), looked for before a pattern runs: the patterns without words
    in :data:`REQUIRED` (years, numeric dates, holidays) ran on every sentence. Recognising
    the sentences of 128 KB of 'varied events' 0.113 -> 0.095 CPU s per 100 KB, of corpus
    news sentences 0.151 -> 0.128."""
    return tuple(needs_of(regex) for _, regex, _ in _COMPILED)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A recognised time expression before normalisation (offsets into the scanned text)."""

    kind: str
    start: int
    end: int
    match: re.Match[str]

    @property
    def text(self) -> str:
        return self.match.string[self.start:self.end]


def recognize(text: str) -> list[Candidate]:
    """All time expressions of ``text``, non-overlapping, in text order."""
    found: list[Candidate] = []
    low = text.lower()
    folded = fold(text)
    present = {word for word in _REQUIRED_WORDS if word in low}
    starting = set(_AT_WORD_START.findall(low))
    for (kind, regex, required), needs in zip(_COMPILED, _needs(), strict=True):
        if (required and (starting if kind in _WORD_START_KINDS else present).isdisjoint(
                required)) or not needs.may_match_folded(folded):
            continue
        for m in regex.finditer(text):
            # a pattern may read words around the expression: its "tx" group is the expression
            start, end = _trim(text, *(m.span("tx") if m.groupdict().get("tx") else m.span()))
            if end > start and not _in_a_name(text, start, end) \
                    and not (kind == "weekday" and _NAMED_DAY.search(
                        text, max(0, start - _NAMED_DAY_CHARS), start)) \
                    and not _a_speaker(kind, text, start, end) \
                    and not _suddenly(kind, text, start):
                found.append(Candidate(_as_rate(kind, text, start, end), start, end, m))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[Candidate] = []
    taken = bytearray(len(text))          # characters of chosen candidates: one lookup each
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if taken.find(1, cand.start, cand.end) < 0:
            chosen.append(cand)
            taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(chosen, key=lambda c: c.start)


# A capitalised time word before another capitalised word is part of a name ("the Sunday
# Examiner", "Spring Street", "Easter Island") unless a preposition or time word before it
# shows it is a time ("on Monday President X said").
_NAME_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]+)")
_TIME_BEFORE = re.compile(r"\b(?:on|in|during|by|until|till|since|last|next|this|every|each"
                          r"|early|late|mid)\s+$", re.I)
_TIME_BEFORE_CHARS = 8       # the longest word of _TIME_BEFORE and its space: a bounded look
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    {"day", "eve", "morning", "afternoon", "evening", "night", "week", "weekend", "year"})


# A weekday named for what happened on it ("the Bloody Sunday march", "since Black Monday") is
# an event's name, not a day of the week ("Black Friday", a holiday, is matched as one first).
_NAMED_DAY = re.compile(r"(?<![\w-])(?:Bloody|Black)\s+$")
_NAMED_DAY_CHARS = 12       # "Bloody" and a few blanks: a bounded look back


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the one capitalised word ``text[start:end]`` begins a name."""
    word = text[start:end]
    if " " in word or not word[:1].isupper() or any(ch.isdigit() for ch in word):
        return False
    after = _NAME_AFTER.match(text, end)
    if after is None or after.group().strip().lower() in _CALENDAR_WORDS:
        return False
    return not _TIME_BEFORE.search(text, max(0, start - _TIME_BEFORE_CHARS), start)


def _a_speaker(kind: str, text: str, start: int, end: int) -> bool:
    """ "May said ...": a bare month name that a reporting verb follows is a person."""
    if kind != "month" or " " in text[start:end]:
        return False
    follower = re.match(r"\s+(\w+)", text[end:end + 30])
    return bool(follower and SPEECH_VERB.fullmatch(follower.group(1)))


def _suddenly(kind: str, text: str, start: int) -> bool:
    """ "did not change overnight": a hedged or negated "overnight" means suddenly."""
    return kind == "overnight" and text[start:start + 9].lower() == "overnight" and bool(
        _SUDDENLY_BEFORE.search(text, max(0, start - _SUDDENLY_CHARS), start))


# "$5 million a year", "three meals a day": a quantity up to three words before "a year".
_RATE_LENGTH = re.compile(rf"(?i:an?\s+{_RATE_UNIT})")
_QUANTITY_BEFORE = re.compile(rf"(?i:(?:(?<![\d.,])(?!(?:1[6-9]|20)\d\d\b)\$?\d[\d.,]*"
                              rf"|\b{NUMBER_WORDS_RE})"
                              rf"(?:\s*(?:%|[a-z][\w-]*)){{0,3}}\s+$)")
_NOT_RATE_AFTER_RE = re.compile(_NOT_RATE_AFTER)
_QUANTITY_CHARS = 40        # the longest quantity of three words looked for before a rate


def _as_rate(kind: str, text: str, start: int, end: int) -> str:
    """ "rate" for a length of one unit ("a year") after a quantity, else ``kind``."""
    if kind != "duration" or not _RATE_LENGTH.fullmatch(text, start, end) \
            or not _NOT_RATE_AFTER_RE.match(text, end):
        return kind
    before = _QUANTITY_BEFORE.search(text, max(0, start - _QUANTITY_CHARS), start)
    return "rate" if before else kind


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding blanks and a trailing comma from a match."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end
