"""The store keeps apart reports whose sums of money contradict (issue 13) as extract does,
whatever the batching: one run, one report a run, reverse order."""

from __future__ import annotations

from merge_builders import FRIDAY, report

from eventwire.merge import merge
from eventwire.records import Document, event_to_record
from eventwire.store import Store

_TOLD = "Armed robbers blew open a cash van in Raqqa and took {}."
# Two undated robberies told alike, their sums far apart; a report with no sum between them.
ROBBERIES = [report(doc, _TOLD.format(haul), label="ORG_CRIME", actor=None, day=None,
                    published=None)
             for doc, haul in [("s1", "$2 million"), ("l1", "$25 million"), ("bridge", "cash"),
                               ("s2", "about two million dollars"), ("l2", "$24 million")]]


def _doc(name: str) -> Document:
    return Document(id=name, text=f"text of {name}", source=f"{name}.txt",
                    url=f"https://{name}.example/", published=FRIDAY)


def _ingest(runs: list[list[int]]) -> list[dict]:
    with Store.open(":memory:") as s:
        for run in runs:
            s.add_batch([(_doc(ROBBERIES[i].document.id), [ROBBERIES[i]]) for i in run])
        return sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"])


def _groups(records: list[dict]) -> list[list[str]]:
    return sorted(sorted(m["document"]["url"].split("//")[1].split(".")[0]
                         for m in r["mentions"] or [r]) for r in records)


def test_any_batching_keeps_contradicting_sums_apart_as_extract_does():
    n = len(ROBBERIES)
    one = _ingest([list(range(n))])
    assert one == _ingest([[i] for i in range(n)]) == _ingest([[i] for i in reversed(range(n))])
    assert one == sorted((event_to_record(e) for e in merge(ROBBERIES)),
                         key=lambda r: r["event_id"])
    groups = _groups(one)
    assert not any({"s1", "l1"} <= set(g) or {"s2", "l2"} <= set(g) for g in groups)
    assert any({"s1", "s2"} <= set(g) for g in groups)
