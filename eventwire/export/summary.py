"""Summaries of events for people: counts by country, region (admin1, admin2), type and month,
top actors, and a one-line-per-event table (``extract --format table``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

from ..records import Event

if TYPE_CHECKING:
    from . import ExportResult

# Rows of each section of the summary table (the JSON has them all).
TOP = 15
# Widths of the event table's columns; the evidence takes what is left of a 120-column line.
_TABLE = (("date", 10), ("label", 22), ("place", 24), ("actors", 30), ("killed", 6),
          ("conf", 4))
EVIDENCE_WIDTH = 60
UNKNOWN = "(unknown)"


@dataclass(slots=True)
class Summary:
    events: int = 0
    fatalities: int = 0
    undated: int = 0
    by_country: Counter = field(default_factory=Counter)
    # (admin1, country) and (admin2, admin1, country): a region's name alone is ambiguous.
    by_admin1: Counter = field(default_factory=Counter)
    by_admin2: Counter = field(default_factory=Counter)
    by_type: Counter = field(default_factory=Counter)
    by_month: Counter = field(default_factory=Counter)
    actors: Counter = field(default_factory=Counter)

    def add(self, e: Event) -> None:
        self.events += 1
        self.fatalities += (e.fatalities.best or 0) if e.fatalities else 0
        loc = e.location
        country = (loc.country or loc.iso2) if loc and (loc.country or loc.iso2) else UNKNOWN
        self.by_country[country] += 1
        admin1 = (loc.admin1 if loc else None) or UNKNOWN
        self.by_admin1[(admin1, country)] += 1
        self.by_admin2[((loc.admin2 if loc else None) or UNKNOWN, admin1, country)] += 1
        self.by_type[e.type.event_type or f"({e.type.label})"] += 1
        if e.date is not None and e.date.start is not None:
            self.by_month[e.date.start.strftime("%Y-%m")] += 1
        else:
            self.undated += 1
        for a in {a.name for a in (e.actor1, e.actor2) if a is not None}:
            self.actors[a] += 1

    def to_json(self) -> dict[str, Any]:
        def rows(c: Counter, *keys: str) -> list[dict[str, Any]]:
            return [dict(zip(keys, k if len(keys) > 1 else (k,), strict=True), events=n)
                    for k, n in _ranked(c)]
        return {"events": self.events, "fatalities": self.fatalities, "undated": self.undated,
                "by_country": rows(self.by_country, "country"),
                "by_admin1": rows(self.by_admin1, "admin1", "country"),
                "by_admin2": rows(self.by_admin2, "admin2", "admin1", "country"),
                "by_type": rows(self.by_type, "event_type"),
                "by_month": [{"month": m, "events": n} for m, n in sorted(self.by_month.items())],
                "top_actors": rows(self.actors, "actor")}

    def format_table(self) -> str:
        out = [(f"{self.events} events, {self.fatalities} killed (best estimates), "
                f"{self.undated} undated")]
        for title, counter in (("Countries", self.by_country),
                               ("First-level regions (admin1)", self.by_admin1),
                               ("Second-level regions (admin2)", self.by_admin2),
                               ("Event types", self.by_type), ("Top actors", self.actors)):
            out += ["", title] + [f"  {n:>7}  {_label(k)}" for k, n in _ranked(counter)[:TOP]]
            if len(counter) > TOP:
                out.append(f"  … {len(counter) - TOP} more (--json lists them all)")
        out += ["", "Months"] + [f"  {m}  {n:>7}  {'#' * min(n, 60)}"
                                 for m, n in sorted(self.by_month.items())]
        return "\n".join(out)


def _ranked(c: Counter) -> list[tuple[Any, int]]:
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))


def _label(key: str | tuple[str, ...]) -> str:
    """A region with the regions and country it lies in: "Sangamon County, Illinois, US"."""
    return key if isinstance(key, str) else ", ".join(key)


def summarize(events: Iterable[Event]) -> Summary:
    s = Summary()
    for e in events:
        s.add(e)
    return s


def table_lines(events: Iterable[Event]) -> Iterator[str]:
    """A header and one fixed-width line per event, for reading in a terminal."""
    yield "  ".join(name.ljust(w) for name, w in _TABLE) + "  evidence"
    for e in events:
        loc = e.location
        cells = [e.date.start.isoformat() if e.date and e.date.start else "undated",
                 e.type.label, ", ".join(x for x in (loc.name, loc.iso2) if x) if loc else "",
                 " / ".join(a.name for a in (e.actor1, e.actor2) if a),
                 str(e.fatalities.best) if e.fatalities and e.fatalities.best is not None
                 else "", f"{e.confidence:.2f}"]
        line = "  ".join(_fit(c, w) for c, (_, w) in zip(cells, _TABLE, strict=True))
        yield f"{line}  {_fit(' '.join(e.evidence.sentence.split()), EVIDENCE_WIDTH)}"


def _fit(text: str, width: int) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in text)   # no terminal controls
    return text.ljust(width) if len(text) <= width else text[:width - 1] + "…"


def write_table(events: Iterator[Event], out: BinaryIO) -> ExportResult:
    from . import ExportResult

    n = -1
    for n, line in enumerate(table_lines(events)):
        out.write((line + "\n").encode("utf-8"))
    return ExportResult(max(n, 0))
