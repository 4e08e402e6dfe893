"""The review sets' case files and their scorer, shared by ``benchmarks/reviews.py`` and its test.

A case file (``training/data/reviews/<set>/cases_*.txt``) holds one article a line,
``class ~ register ~ expect ~ title ~ text``; ``#`` lines are comments. A file whose name opens
with ``cases_neg`` holds negatives, any other positives. Cases are numbered per class over the
files in name order (``court-01``, ``A_pick-03``), as the reviews' own ``run.py`` numbered them.

``expect`` is ``none`` or items separated by ``;``, each ``[status:]LABEL|LABEL2[@key][#check]...``:

- status ``req`` (the default) must be found; ``bg``, ``crime`` and ``opt`` are tolerated, neither
  counted for nor against (as the end-to-end scorer leaves out background and crime gold);
- ``LABEL`` ``*`` is any label; items match by family (the ACLED event type, each extra label
  its own);
- ``@key`` a case-insensitive substring of the event's evidence sentence or of a mention's;
- checks on a matched event: ``#date=YYYY-MM-DD`` (the rules say whether the event's range must
  be that one day or only hold it), ``#notdate=YYYY[-MM]`` (its start must not fall there),
  ``#place=A/B`` and ``#a1=A/B`` (the place's name, the actor1's text holds A or B, case and
  accents folded).

Scoring per article at a threshold (``confidence >= t``), events taken most confident first:
**matched** (the first unmatched required item whose key fits, by family), **tolerated** (a
tolerated item fits), **duplicate** (the family is among the article's required ones),
**wronglabel** (an unmatched required item's key fits, the family differs) or **false**.
Wronglabel counts as false.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from pathlib import Path

PUBLISHED = date(2026, 12, 3)   # a Thursday: every review wrote its articles as of this day
RECENT_DAYS = 30    # 'user view': an old event dated within this many days reads as news
TOLERATED = ("bg", "crime", "opt")
CHECKS = ("date", "notdate", "place", "a1")
FALSE_KINDS = frozenset({"false", "wronglabel"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A text that names a span of days as well as a weekday is not dated to that day.
_SPAN = re.compile(r"last (week|month|year)|weekend|overnight|days? ago|since")
_TODAY = re.compile(r"\b(today|this (morning|afternoon|evening))\b")


@dataclass(frozen=True)
class Item:
    """One expected event: its status, labels, evidence key and checks (``key=value``)."""
    status: str
    labels: tuple[str, ...]
    key: str | None = None
    checks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    """One article of a review set and what it expects."""
    id: str
    cls: str
    group: str          # "neg" or "pos", from the file's name
    register: str
    expect: str
    title: str
    text: str
    items: tuple[Item, ...]
    source: str         # the case file's name


@dataclass(frozen=True)
class Observed:
    """One event eventwire read in an article, as the scorer needs it."""
    case: str
    label: str
    family: str
    confidence: float
    confidence_with_crime: float
    scope: str
    background: bool
    place: str          # the location's name, "" when none
    date_start: str     # ISO day, "" when undated
    date_end: str
    actor1: str         # actor1's text, "" when none
    sentences: tuple[str, ...]   # the evidence sentence, then the mentions'


@dataclass(frozen=True)
class Note:
    """Something wrong with a matched or tolerated event: ``kind`` is one of date, place,
    actor1, label, bgmissed, bgnews, crimecore."""
    kind: str
    text: str = ""


@dataclass(frozen=True)
class Outcome:
    kind: str           # matched, tolerated, duplicate, wronglabel, false
    event: Observed
    notes: tuple[Note, ...] = ()

    def noted(self, kind: str) -> bool:
        return any(n.kind == kind for n in self.notes)


@dataclass(frozen=True)
class ArticleScore:
    outcomes: tuple[Outcome, ...]
    missed: tuple[Item, ...]
    required: int

    def count(self, *kinds: str) -> int:
        return sum(o.kind in kinds for o in self.outcomes)


@dataclass(frozen=True)
class Rules:
    """How a set's checks read. r10 wrote ``#date`` as a day inside the event's range; r11 made
    it strict (the range is that day) and dated positives that name one day automatically."""
    strict_day: bool
    auto_day: bool


@dataclass(frozen=True)
class Group:
    """Articles summed in one line: those of the named files, or of classes opening with one of
    the letters."""
    name: str
    files: tuple[str, ...] = ()
    prefixes: str = ""

    def holds(self, case: Case) -> bool:
        return case.source in self.files or (bool(self.prefixes) and case.cls[0] in self.prefixes)


@dataclass(frozen=True)
class ReviewSet:
    """A review set: its folder's name, its rules, and the groups its report summed."""
    name: str
    about: str
    rules: Rules
    areas: tuple[Group, ...]
    batches: tuple[Group, ...]


def _areas(letters: str) -> tuple[Group, ...]:
    return tuple(Group(f"area {a}", prefixes=a) for a in letters)


SETS: Mapping[str, ReviewSet] = {
    "r10": ReviewSet("r10", "H-review10: precision of event detection (353 articles)",
                     Rules(strict_day=False, auto_day=False), (), (
        Group("batch 1 (cases_neg.txt, cases_pos.txt: the planned set)",
              ("cases_neg.txt", "cases_pos.txt")),
        Group("batches 2-3 (targeted probes of the classes batch 1 exposed)",
              ("cases_neg2.txt", "cases_pos2.txt", "cases_neg3.txt", "cases_pos3.txt")))),
    "r11": ReviewSet("r11", "H-review11: protests, strategic developments, local news, registers",
                     Rules(strict_day=True, auto_day=True), _areas("ABCDP"), (
        Group("batch 1 (planned set, areas A-D)", prefixes="ABCD"),
        Group("batch 2 (probes P_*)", prefixes="P"))),
    "r12": ReviewSet("r12", "H-review12: headlines, two events, reported acts, place/date/actor1",
                     Rules(strict_day=True, auto_day=True), _areas("TWRKFL"), (
        Group("batch 1 (planned set)", prefixes="TWRKFL"),
        Group("batch 2 (probes P_*)", prefixes="P"))),
}


def family(label: str) -> str:
    """The end-to-end scorer's family: the ACLED event type, or the extra label itself."""
    from eventwire.taxonomy import EXTRA_LABELS, event_type
    return label if label in EXTRA_LABELS else event_type(label).event_type


def parse_item(raw: str) -> Item:
    """``[status:]LABEL|LABEL2[@key][#check]...`` -> Item (labels and checks validated)."""
    raw = raw.strip()
    status = "req"
    if ":" in raw.split("@")[0].split("#")[0]:
        status, raw = raw.split(":", 1)
    if status not in ("req", *TOLERATED):
        raise ValueError(f"unknown status {status!r} in {raw!r}")
    head, *checks = raw.split("#")
    labels, _, key = head.partition("@")
    item = Item(status, tuple(labels.split("|")), key or None, tuple(checks))
    for check in item.checks:
        if check.partition("=")[0] not in CHECKS:
            raise ValueError(f"unknown check {check!r} in {raw!r}")
    from eventwire.errors import EventwireError
    for label in item.labels:
        try:
            if label != "*":
                family(label)
        except EventwireError as e:
            raise ValueError(f"{e} (in {raw!r})") from None
    return item


def parse_expect(expect: str) -> tuple[Item, ...]:
    """The items of an ``expect`` field; ``none`` is none."""
    if expect.strip() == "none":
        return ()
    return tuple(parse_item(raw) for raw in expect.split(";"))


def told_day(text: str, published: date = PUBLISHED) -> str | None:
    """The day an article names: its one weekday (within the week before publication, the
    publication's weekday being that day) or 'today' / 'this morning|afternoon|evening'. None
    when it names none, several, or a span (a week, a weekend, 'since', 'days ago')."""
    t = text.lower()
    if _SPAN.search(t):
        return None
    days = {d for d in _WEEKDAYS if re.search(rf"\b{d}\b", t)}
    today = _TODAY.search(t)
    if len(days) == 1 and not today:
        back = (published.weekday() - _WEEKDAYS.index(days.pop())) % 7
        return str(published - timedelta(days=back))
    if today and not days:
        return str(published)
    return None


def with_told_day(items: tuple[Item, ...], text: str) -> tuple[Item, ...]:
    """Each required item with no ``#date`` check of its own (a ``#notdate`` one still gets
    it) checks the day the text names."""
    day = told_day(text)
    if day is None:
        return items
    return tuple(i if i.status != "req" or any(c.startswith("date=") for c in i.checks)
                 else Item(i.status, i.labels, i.key, (*i.checks, f"date={day}")) for i in items)


def parse_line(line: str) -> tuple[str, str, str, str, str] | None:
    """class, register, expect, title, text of a case line; None for a blank or comment line."""
    if not line.strip() or line.startswith("#"):
        return None
    parts = [x.strip() for x in line.split(" ~ ", 4)]
    if len(parts) != 5:
        raise ValueError(f"not 'class ~ register ~ expect ~ title ~ text': {line[:80]!r}")
    return parts[0], parts[1], parts[2], parts[3], parts[4]


def read_cases(folder: Path, rules: Rules) -> list[Case]:
    """Every case of a set's folder, numbered per class over its files in name order."""
    cases: list[Case] = []
    seen: dict[str, int] = {}
    for path in sorted(folder.glob("cases_*.txt")):
        group = "neg" if path.name.startswith("cases_neg") else "pos"
        for line in path.read_text(encoding="utf-8").splitlines():
            parsed = parse_line(line)
            if parsed is None:
                continue
            cls, register, expect, title, text = parsed
            seen[cls] = seen.get(cls, 0) + 1
            items = parse_expect(expect)
            if rules.auto_day:
                items = with_told_day(items, text)
            cases.append(Case(f"{cls}-{seen[cls]:02d}", cls, group, register, expect, title,
                              text, items, path.name))
    return cases


def fold(s: str) -> str:
    """Lower case without accents ('Nūh' is 'nuh', the dotless 'ı' an 'i')."""
    s = unicodedata.normalize("NFKD", s.lower().replace("ı", "i"))
    return "".join(c for c in s if not unicodedata.combining(c))


def fits(item: Item, ev: Observed) -> bool:
    """The event is one the item may stand for: its key in a sentence, its family the item's."""
    if item.key and not any(item.key.lower() in s.lower() for s in ev.sentences):
        return False
    return item.labels == ("*",) or ev.family in {family(x) for x in item.labels}


def _names(value: str, name: str) -> bool:
    return any(fold(x) in fold(name) for x in value.split("/"))


def check(item: Item, ev: Observed, rules: Rules) -> list[Note]:
    """What a matched event gets wrong against the item's checks."""
    bad = []
    start, end = ev.date_start, ev.date_end or ev.date_start
    for ch in item.checks:
        kind, _, value = ch.partition("=")
        held = start == value == end if rules.strict_day else bool(start) and start <= value <= end
        if kind == "date" and not held:
            bad.append(Note("date", f"{start or '-'}..{end or '-'} != {value}"))
        if kind == "notdate" and start.startswith(value):
            bad.append(Note("date", f"{start} from {value}"))
        if kind == "place" and not _names(value, ev.place):
            bad.append(Note("place", f"{ev.place or '-'} != {value}"))
        if kind == "a1" and not _names(value, ev.actor1):
            bad.append(Note("actor1", f"{ev.actor1 or '-'} != {value}"))
    if item.labels != ("*",) and ev.label not in item.labels:
        bad.append(Note("label", f"{ev.label} not {'|'.join(item.labels)}"))
    return bad


def tolerated_notes(item: Item, ev: Observed, published: date = PUBLISHED) -> list[Note]:
    """A background item the event does not mark as background (and, when it is dated in the
    last month or undated, a user reads it as news); a crime item read in core scope."""
    notes = []
    if item.status == "bg" and not ev.background:
        notes.append(Note("bgmissed"))
        recent = str(published - timedelta(days=RECENT_DAYS))
        if not ev.date_start or (ev.date_end or ev.date_start) >= recent:
            notes.append(Note("bgnews"))
    if item.status == "crime" and ev.scope != "crime":
        notes.append(Note("crimecore"))
    return notes


def _leftover(ev: Observed, case: Case, taken: set[int]) -> Outcome:
    required = [i for i in case.items if i.status == "req"]
    tolerated = next((i for i in case.items if i.status != "req" and fits(i, ev)), None)
    if tolerated is not None:
        return Outcome("tolerated", ev, tuple(tolerated_notes(tolerated, ev)))
    if ev.family in {family(x) for i in required for x in i.labels if x != "*"}:
        return Outcome("duplicate", ev)
    if any(fits(Item("req", ("*",), i.key), ev) for k, i in enumerate(required) if k not in taken):
        return Outcome("wronglabel", ev)
    return Outcome("false", ev)


def score_article(case: Case, events: Sequence[Observed], threshold: float,
                  rules: Rules) -> ArticleScore:
    """Each event at or above the threshold scored against the case's items."""
    kept = sorted((e for e in events if e.confidence >= threshold), key=lambda e: -e.confidence)
    required = [i for i in case.items if i.status == "req"]
    taken: set[int] = set()
    matched: list[Outcome] = []
    rest: list[Observed] = []
    for ev in kept:
        hit = next((k for k, i in enumerate(required) if k not in taken and fits(i, ev)), None)
        if hit is None:
            rest.append(ev)
            continue
        taken.add(hit)
        matched.append(Outcome("matched", ev, tuple(check(required[hit], ev, rules))))
    leftovers = [_leftover(ev, case, taken) for ev in rest]
    missed = tuple(i for k, i in enumerate(required) if k not in taken)
    return ArticleScore((*matched, *leftovers), missed, len(required))


def score_set(cases: Iterable[Case], events: Iterable[Observed], threshold: float,
              rules: Rules) -> dict[str, ArticleScore]:
    """Each case's score at the threshold."""
    by_case: dict[str, list[Observed]] = {}
    for ev in events:
        by_case.setdefault(ev.case, []).append(ev)
    return {c.id: score_article(c, by_case.get(c.id, []), threshold, rules) for c in cases}


@dataclass(frozen=True)
class Tally:
    """Counts summed over articles: at the main threshold unless named ``_low``."""
    n: int = 0
    false: int = 0
    art: int = 0            # articles with a false event
    false_low: int = 0
    req: int = 0
    miss: int = 0
    miss_low: int = 0
    matched: int = 0
    wfam: int = 0           # false events that are a required event read in the wrong family
    wlab: int = 0           # matched with another label of the right family
    bgmiss: int = 0
    crcore: int = 0
    wplace: int = 0
    wdate: int = 0
    wact: int = 0
    bgnews: int = 0
    neg: int = 0            # negative articles
    neg_false: int = 0      # negative articles with a false event

    def __add__(self, other: Tally) -> Tally:
        return Tally(**{f.name: getattr(self, f.name) + getattr(other, f.name)
                        for f in fields(self)})

    @property
    def precision(self) -> float:
        return self.matched / max(1, self.matched + self.false)

    @property
    def user_precision(self) -> float:
        """Precision with old events a user would read as news counted false too."""
        return self.matched / max(1, self.matched + self.false + self.bgnews)

    @property
    def recall(self) -> float:
        return self.matched / max(1, self.req)


def _noted(score: ArticleScore, kind: str, outcome: str | None = None) -> int:
    return sum(o.noted(kind) for o in score.outcomes if outcome is None or o.kind == outcome)


def tally_article(case: Case, main: ArticleScore, low: ArticleScore) -> Tally:
    """One article's counts from its scores at the main and the low threshold."""
    false = main.count(*FALSE_KINDS)
    neg = case.group == "neg"
    return Tally(
        n=1, false=false, art=int(false > 0), false_low=low.count(*FALSE_KINDS),
        req=main.required, miss=len(main.missed), miss_low=len(low.missed),
        matched=main.count("matched"), wfam=main.count("wronglabel"),
        wlab=_noted(main, "label", "matched"), bgmiss=_noted(main, "bgmissed"),
        crcore=_noted(main, "crimecore"), wplace=_noted(main, "place"),
        wdate=_noted(main, "date"), wact=_noted(main, "actor1"), bgnews=_noted(main, "bgnews"),
        neg=int(neg), neg_false=int(neg and false > 0))


def tally(cases: Iterable[Case], main: Mapping[str, ArticleScore],
          low: Mapping[str, ArticleScore], keep: Callable[[Case], bool] = lambda c: True
          ) -> Tally:
    """The counts of the cases ``keep`` keeps."""
    total = Tally()
    for c in cases:
        if keep(c):
            total = total + tally_article(c, main[c.id], low[c.id])
    return total
