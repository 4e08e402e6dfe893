"""eval actors: the GRIT-style MUC-4 reader, GRIT's scoring, and role fillers from events."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import EvaluationError
from eventwire.evaluate import actors as ev
from eventwire.records import Actor, DocumentRef, Event, Evidence, Target
from eventwire.taxonomy import event_type


def test_normalize_drops_case_articles_and_punctuation():
    assert ev.normalize("THE Farabundo Marti, National  Front.") == "farabundo marti national front"
    assert ev.normalize("an attack") == "attack" and ev.normalize("Anna") == "anna"


def test_one_prediction_matches_one_gold_entity_by_any_of_its_mentions():
    gold = {"PerpOrg": [["Farabundo Marti National Liberation Front", "FMLN"]],
            "Victim": [["peasants", "eight peasants"], ["priest"]]}
    counts = ev.score_document(gold, {"PerpOrg": ["the FMLN", "FMLN rebels"],
                                      "Victim": ["Peasants", "villagers", "peasants"]})
    assert (counts["PerpOrg"].right, counts["PerpOrg"].predicted, counts["PerpOrg"].gold) == (
        1, 2, 1)
    # duplicates collapse; "villagers" is wrong; the second entity is missed
    assert (counts["Victim"].right, counts["Victim"].predicted, counts["Victim"].gold) == (1, 2, 2)
    assert counts["Weapon"].gold == 0 and counts["Weapon"].prf() == (0.0, 0.0, 0.0)


def test_two_predictions_cannot_take_the_same_gold_entity():
    counts = ev.score_document({"PerpInd": [["guerrillas", "rebels"]]},
                               {"PerpInd": ["guerrillas", "rebels"]})
    assert (counts["PerpInd"].right, counts["PerpInd"].predicted) == (1, 2)


def test_the_reader_takes_json_lines_or_a_list_and_mentions_with_or_without_offsets(tmp_path):
    rows = [{"docid": "A", "doctext": "FMLN attacked.", "extracts": {
        "PerpOrg": [[["FMLN", 0]]], "Victim": [], "Weapon": [["bombs"]], "Other": [["x"]]}}]
    lines = tmp_path / "a.jsonl"
    lines.write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    listed = tmp_path / "a.json"
    listed.write_text(json.dumps(rows), encoding="utf-8")
    for path in (lines, listed):
        [doc] = ev.read_muc(path)
        assert doc.gold["PerpOrg"] == (("FMLN",),) and doc.gold["Weapon"] == (("bombs",),)
        assert set(doc.gold) == set(ev.ROLES)


def test_a_broken_gold_file_says_what_is_wrong(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="not JSON Lines"):
        ev.read_muc(bad)
    bad.write_text('{"docid": "x"}\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"bad\.jsonl:1: a document needs 'doctext'"):
        ev.read_muc(bad)


def _event(sentence: str, actor1: Actor | None, actor2: Actor | None) -> Event:
    return Event(id="ew-1", type=event_type("ATTACK"), evidence=Evidence(sentence, (0, 9)),
                 document=DocumentRef("d", None, None, None), actor1=actor1, actor2=actor2,
                 confidence=0.9)


def test_fillers_split_organisations_from_individuals():
    text = ("Shining Path guerrillas killed eight peasants with machetes near a police post. "
            "Gunmen shot a farmer.")
    events = [_event(text[:80], Actor("Shining Path", "Shining Path guerrillas", (0, 23), 2),
                     Actor("Civilians", "peasants", (37, 45), 7)),
              _event(text[81:], Actor("Unidentified Armed Group", "Gunmen", (81, 87), 3),
                     Actor("Civilians", "a farmer", (93, 101), 7))]
    f = ev.fillers(text, events)
    assert f["PerpOrg"] == ["Shining Path"] and f["PerpInd"] == ["Shining Path guerrillas",
                                                                 "Gunmen"]
    assert f["Victim"] == ["peasants", "farmer"]
    assert f["Weapon"] == ["machetes"] and f["Target"] == []    # only near it: no target


def test_a_described_perpetrator_gets_the_group_the_article_names():
    text = "The FMLN said the guerrillas of the front blew up a pylon."
    [event] = [_event(text, Actor("Farabundo Marti National Liberation Front", "guerrillas",
                                  (17, 27), 2), None)]
    f = ev.fillers(text, [event])
    assert f["PerpInd"] == ["guerrillas"] and f["PerpOrg"] == ["FMLN"]


def test_backers_are_perpetrator_organisations_too():
    text = "M23 rebels, backed by Rwanda, seized the town."
    a1 = Actor("March 23 Movement", "M23 rebels", (0, 10), 2, "CD", assoc="Government of Rwanda")
    assert ev.fillers(text, [_event(text, a1, None)])["PerpOrg"] == ["M23",
                                                                      "Government of Rwanda"]


class _StubPipeline:
    """Every document's first sentence is an attack by 'Guerrillas' on 'peasants'."""

    @property
    def nlp(self):                  # a parse without dependencies: no targets
        import spacy
        return spacy.blank("en")

    def cased_text(self, text):
        return text

    def extract(self, documents, batch_size=32):
        for d in documents:
            e = _event(d.text, Actor("Rebel Group", "Guerrillas", (0, 10), 2),
                       Actor("Civilians", "peasants", (20, 28), 7))
            yield type("Result", (), {"document": d, "events": (e,)})()


def test_evaluate_scores_every_document(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"docid": "1", "doctext": "Guerrillas killed peasants.",
         "extracts": {"PerpInd": [[["Guerrillas", 0]]], "Victim": [[["peasants", 18]]]}},
        {"docid": "2", "doctext": "Guerrillas burned a bus.",
         "extracts": {"PerpInd": [[["guerrillas", 0]]], "Target": [[["bus", 20]]]}}]) + "\n",
        encoding="utf-8")
    scores = ev.evaluate_actors(path, pipeline=_StubPipeline())
    j = scores.to_json()
    assert j["documents"] == 2
    assert j["roles"]["PerpInd"]["right"] == 2 and j["roles"]["Victim"]["predicted"] == 2
    assert j["perpetrator_victim"] == {"precision": 0.75, "recall": 1.0, "f1": 0.857,
                                       "right": 3, "predicted": 4, "gold": 3}
    assert "perpetrator+victim" in scores.format_table()


def test_command_reports_a_broken_file_and_exits_non_zero(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["eval", "actors", str(bad)])
    assert run.exit_code != 0 and "not JSON Lines" in run.output


def test_our_test_set_is_in_the_format():
    from pathlib import Path
    here = Path(__file__).resolve().parent.parent / "data" / "muc_actors"
    docs = [d for name in ("dev.jsonl", "aside.jsonl") for d in ev.read_muc(here / name)]
    assert len(docs) == 60
    assert sum(d.text.isupper() for d in docs) == 30
    for d in docs:
        for entities in d.gold.values():
            for mentions in entities:
                assert all(m.lower() in d.text.lower() for m in mentions), (d.docid, mentions)


def test_a_group_and_its_members_fill_each_role_once_in_any_case():
    text = "GUERRILLAS OF THE FMLN ATTACKED A BRIDGE. THE FMLN REBELS THEN BURNED A BUS."
    fmln = "Farabundo Marti National Liberation Front"
    events = [_event(text[:40], Actor(fmln, "GUERRILLAS OF THE FMLN", (0, 22), 2), None),
              _event(text[41:], Actor(fmln, "FMLN REBELS", (45, 56), 2), None)]
    f = ev.fillers(text, events)
    assert f["PerpInd"] == ["GUERRILLAS"] and f["PerpOrg"] == ["FMLN"]


def test_targets_given_and_forces_named_by_a_post_are_targets_not_victims():
    text = "A police post came under attack; two traders were hurt."
    post = Actor("Police Forces", "A police post", (0, 13), 1)
    event = _event(text, None, replace(post, associated=(Actor("Civilians", "two traders",
                                                                (31, 42), 7),)))
    event = replace(event, targets=(Target("post or base", "police post", (2, 13)),))
    f = ev.fillers(text, [event])
    assert f["Target"] == ["police post"] and f["Victim"] == ["two traders"]


def test_targets_are_the_events_own_once_each_as_written():
    text = "REBELS BURNED A BUS. THEY LATER BURNED THE BUS AND A CHURCH."
    bus, again = Target("vehicle", "BUS", (16, 19)), Target("vehicle", "BUS", (44, 47))
    church = Target("place of worship", "CHURCH", (54, 60))
    events = [replace(_event(text[:20], None, None), targets=(bus,)),
              replace(_event(text[21:], None, None), targets=(again, church))]
    assert ev.fillers(text, events)["Target"] == ["BUS", "CHURCH"]
    assert ev.fillers(text, [_event(text, None, None)])["Target"] == []


@pytest.mark.parametrize(("split", "floor"), [("aside", 0.62), ("dev", 0.82)])
def test_own_muc_reports_floor(split, floor):
    """Floors 2-3 points under the level reached (2026-12-04: aside 0.644, dev 0.847 with
    every victim of a list scored), as the README's table says."""
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "data" / "muc_actors" / f"{split}.jsonl"
    f1 = ev.evaluate_actors(path).to_json()["perpetrator_victim"]["f1"]
    assert f1 >= floor, f"{split}: perpetrator+victim F1 {f1} < {floor}"


def test_the_targets_aside_is_in_the_format():
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "data" / "muc_actors" / "targets_aside.jsonl"
    docs = ev.read_muc(path)
    assert len(docs) == 16 and sum(d.text.isupper() for d in docs) == 4
    for d in docs:
        for entities in d.gold.values():
            for mentions in entities:
                assert all(m.lower() in d.text.lower() for m in mentions), (d.docid, mentions)


@pytest.mark.parametrize(("split", "floor"), [("dev", 0.88), ("targets_aside", 0.85)])
def test_own_muc_reports_target_floor(split, floor):
    """Physical targets read from the parse (2026-12-04: dev 0.913, targets_aside 0.882, the
    latter written after the code)."""
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "data" / "muc_actors" / f"{split}.jsonl"
    f1 = ev.evaluate_actors(path).to_json()["roles"]["Target"]["f1"]
    assert f1 >= floor, f"{split}: target F1 {f1} < {floor}"
