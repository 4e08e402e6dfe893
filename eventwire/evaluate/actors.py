"""``eventwire eval actors``: role fillers of conflict reports, in the MUC-4 format of GRIT.

The gold is JSON Lines (or one JSON list), a document a line: ``docid``, ``doctext`` and
``extracts``, which maps each role (``PerpInd``, ``PerpOrg``, ``Target``, ``Victim``,
``Weapon``) to a list of entities, an entity being the list of its mentions (a string, or
``[string, offset]``). Scoring follows GRIT's: a predicted filler is right when, lower-cased
and without articles and punctuation, it equals a mention of a gold entity of its role; each
gold entity matches one prediction at most (one-to-one); precision, recall and F1 are micro
averages over documents and roles.

eventwire fills the roles from its events: actor1 is the perpetrator (the organisation when
the article names one, the individuals when it describes them: "guerrillas", "gunmen"),
actor2 the victim (people; the forces named by a post hit, the target), the targets are the
buildings, facilities and vehicles the pipeline gives each event (``Event.targets``, read by
:mod:`eventwire.actors.targets` from ``data/actors_targets.tsv``), and the weapons are the
instruments the event sentences name (``data/actors_weapons.tsv``).
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from .metrics import prf

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..records import Event

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
# The roles the headline figure sums: who did it and to whom.
PERP_VICTIM = ("PerpInd", "PerpOrg", "Victim")
# Keep events down to this confidence: conflict reports are in scope by construction, so
# recall matters more than in extract's default (0.7); chosen on the dev split of our own
# test set (tests/data/muc_actors/dev.jsonl), not on held-back data.
MIN_CONFIDENCE = 0.3
_ARTICLES = re.compile(r"\b(?:a|an|the)\b")
_PUNCT = re.compile(f"[{re.escape(string.punctuation)}]")
# Plural or singular nouns that describe the individuals who acted, not an organisation.
_INDIVIDUALS = re.compile(
    r"(?:guerrillas?|gunm[ae]n|terrorists?|rebels?|insurgents?|militants?|soldiers?|troops|"
    r"attackers?|assailants?|men|individuals|members|commandos?|fighters|bombers?|"
    r"hit ?m[ae]n|killers?|kidnappers?|paramilitar(?:y|ies)|militiam[ae]n|youths|persons|"
    r"people|police(?:m[ae]n| officers)?|agents|squads?|militias?)$", re.IGNORECASE)
_ROLE_KEYS = {"perpind": "PerpInd", "perpetratorindividual": "PerpInd",
              "perpindividualid": "PerpInd", "perporg": "PerpOrg",
              "perpetratororganization": "PerpOrg", "perporganizationid": "PerpOrg",
              "target": "Target", "physicaltarget": "Target", "victim": "Victim",
              "humantarget": "Victim", "weapon": "Weapon", "instrument": "Weapon"}


def normalize(text: str) -> str:
    """GRIT's comparison form: lower case, no articles, no punctuation, single spaces."""
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(_ARTICLES.sub(" ", text).split())


@dataclass(frozen=True, slots=True)
class MucDoc:
    docid: str
    text: str
    gold: Mapping[str, tuple[tuple[str, ...], ...]]   # role -> entities -> mentions


def read_muc(path: Path) -> tuple[MucDoc, ...]:
    """Documents of a GRIT-style MUC-4 file (JSON Lines, or one JSON list)."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"cannot read {path}: {exc}") from exc
    try:
        rows = json.loads(raw) if raw.lstrip().startswith("[") else [
            json.loads(line) for line in raw.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{path} is not JSON Lines of MUC-4 documents ({exc}): give "
                              "one {docid, doctext, extracts} object a line") from exc
    return tuple(_doc(j, path, n) for n, j in enumerate(rows, 1))


def _doc(j: Mapping[str, Any], path: Path, n: int) -> MucDoc:
    if not isinstance(j, Mapping) or "doctext" not in j:
        raise EvaluationError(f"{path}:{n}: a document needs 'doctext' and 'extracts'")
    gold: dict[str, list[tuple[str, ...]]] = {r: [] for r in ROLES}
    for key, entities in (j.get("extracts") or {}).items():
        role = _ROLE_KEYS.get(re.sub(r"[^a-z]", "", key.lower()))
        if role is None:
            continue
        for entity in entities or ():
            mentions = [m[0] if isinstance(m, list | tuple) else m for m in (
                entity if isinstance(entity, list | tuple) else [entity])]
            gold[role].append(tuple(str(m) for m in mentions if m))
    return MucDoc(str(j.get("docid", n)), str(j["doctext"]),
                  {r: tuple(e for e in v if e) for r, v in gold.items()})


@dataclass
class RoleCounts:
    right: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: RoleCounts) -> None:
        self.right += other.right
        self.predicted += other.predicted
        self.gold += other.gold

    def prf(self) -> tuple[float, float, float]:
        return prf(self.right, self.predicted - self.right, self.gold - self.right)


def score_document(gold: Mapping[str, Sequence[Sequence[str]]],
                   predicted: Mapping[str, Sequence[str]]) -> dict[str, RoleCounts]:
    """Per role: one-to-one matches of predicted fillers to gold entities."""
    out = {}
    for role in ROLES:
        entities = [{normalize(m) for m in e} for e in gold.get(role, ())]
        preds = list(dict.fromkeys(normalize(p) for p in predicted.get(role, ())))
        preds = [p for p in preds if p]
        free = list(range(len(entities)))
        right = 0
        for p in preds:
            hit = next((i for i in free if p in entities[i]), None)
            if hit is not None:
                free.remove(hit)
                right += 1
        out[role] = RoleCounts(right, len(preds), len(entities))
    return out


@dataclass
class ActorScores:
    documents: int
    roles: dict[str, RoleCounts]
    min_confidence: float
    notes: tuple[str, ...] = field(default_factory=tuple)

    def total(self, roles: Iterable[str]) -> RoleCounts:
        t = RoleCounts()
        for r in roles:
            t.add(self.roles[r])
        return t

    def to_json(self) -> dict[str, Any]:
        def row(c: RoleCounts) -> dict[str, Any]:
            p, r, f = c.prf()
            return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                    "right": c.right, "predicted": c.predicted, "gold": c.gold}
        return {"documents": self.documents, "min_confidence": self.min_confidence,
                "roles": {r: row(c) for r, c in self.roles.items()},
                "perpetrator_victim": row(self.total(PERP_VICTIM)),
                "all": row(self.total(ROLES)), "notes": list(self.notes)}

    def format_table(self) -> str:
        j = self.to_json()
        lines = [(f"MUC-4 role fillers, {self.documents} documents (GRIT scoring, events at "
                  f"confidence >= {self.min_confidence})"), "",
                 f"{'role':<20}{'P':>7}{'R':>7}{'F1':>7}{'right':>7}{'pred':>7}{'gold':>7}"]
        rows = [*j["roles"].items(), ("perpetrator+victim", j["perpetrator_victim"]),
                ("all roles (micro)", j["all"])]
        for name, r in rows:
            lines.append(f"{name:<20}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}"
                         f"{r['right']:>7}{r['predicted']:>7}{r['gold']:>7}")
        return "\n".join(lines + [f"note: {n}" for n in self.notes])


def fillers(text: str, events: Sequence[Event]) -> dict[str, list[str]]:
    """MUC role fillers of one document from eventwire's events, as written in ``text``; the
    physical targets are those the pipeline gave each event (``Event.targets``)."""
    out: dict[str, list[str]] = {r: [] for r in ROLES}
    seen: set[str] = set()
    for e in events:
        if e.actor1 is not None and e.actor1.name not in seen:
            if e.actor1.inter in (2, 3, 4):      # a named group's members, told once
                seen.add(e.actor1.name)
            _perpetrator(text, e.actor1, out)
            if e.actor1.assoc:
                out["PerpOrg"].append(e.actor1.assoc)
        if e.actor2 is not None:     # every victim a list names (actors.lists)
            for v in (e.actor2, *e.actor2.associated):
                out["Target" if _is_thing(v) else "Victim"].append(_head(_bare(v.text)))
        out["Weapon"].extend(weapons(e.evidence.sentence))
        out["Target"].extend(t.text for t in e.targets)
    return {r: list(dict.fromkeys(v)) for r, v in out.items()}


def _perpetrator(text: str, actor: Any, out: dict[str, list[str]]) -> None:
    """The organisation when the article names it, the individuals when it describes them
    ("Shining Path guerrillas": both)."""
    written = _bare(actor.text)
    alias = _alias_in(written)
    if alias is not None and alias != written:
        out["PerpOrg"].append(alias)
        out["PerpInd"].append(_head(written))
    elif (alias is not None or not _INDIVIDUALS.search(written)) and not (
            alias == written and _INDIVIDUALS.search(written)):   # "Maoist rebels": people
        out["PerpOrg"].append(written)
    else:
        out["PerpInd"].append(written)
        named = _named_in(text, actor.name)
        if named:
            out["PerpOrg"].append(named)


def _alias_in(written: str) -> str | None:
    """The table alias inside an actor's words, as written."""
    from ..actors.table import bundled_table

    found = [written[s:e] for s, e, _ in bundled_table().find(written)]
    return found[0] if found else None


# Partitive heads keep their group ("members of the ELN"); others stand alone ("guerrillas").
_PARTITIVE_HEAD = re.compile(r"(?:members?|supporters|elements|cadres|followers|units?)$",
                             re.IGNORECASE)


def _head(written: str) -> str:
    """"guerrillas" of "guerrillas of the FMLN"; the whole of "members of the ELN"."""
    of = re.search(r"\s+of\s+", written, re.IGNORECASE)
    if of is None or _PARTITIVE_HEAD.search(written[:of.start()]):
        return written
    return written[:of.start()]


def _named_in(text: str, name: str) -> str | None:
    """The first spelling of the table actor ``name`` in ``text``, if the text names it."""
    from ..actors.table import bundled_table

    entry = bundled_table().get(name)
    if entry is None:
        return None
    found = [(s, text[s:e]) for s, e, hit in bundled_table().find(text) if hit is entry]
    return found[0][1] if found else None


def _is_thing(actor: Any) -> bool:
    """An actor named by the place that was hit ("a police post came under attack"): the post
    is the physical target, the forces that hold it no victim."""
    from ..actors.targets import facility_kind

    words = _bare(actor.text).split()
    return bool(words) and facility_kind(words[-1]) is not None


def _bare(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)


@lru_cache(maxsize=1)
def _weapon_regex() -> re.Pattern[str]:
    from ..lexicon import read_table, word_regex
    return word_regex("|".join(f"(?:{row[0]})" for row in read_table("actors_weapons.tsv")))


def weapons(text: str) -> list[str]:
    """The weapons a sentence names, as written."""
    return [m.group() for m in _weapon_regex().finditer(text)]


def evaluate_actors(path: Path, *, pipeline: Pipeline | None = None,
                    min_confidence: float = MIN_CONFIDENCE) -> ActorScores:
    """Score eventwire's role fillers on a MUC-4 file in GRIT's format."""
    from ..pipeline import Pipeline, clean_or_failure
    from ..records import Failure, RawDocument

    docs = read_muc(path)
    pipeline = pipeline or Pipeline()
    totals = {r: RoleCounts() for r in ROLES}
    failed = 0
    for d in docs:
        doc = clean_or_failure(RawDocument(str(path), d.text, "text", url=f"urn:{d.docid}"),
                               None)
        if isinstance(doc, Failure):
            failed += 1
            events: list[Event] = []
            text = d.text
        else:
            events = [e for r in pipeline.extract([doc]) if not isinstance(r, Failure)
                      for e in r.events if e.confidence >= min_confidence]
            text = doc.text
        found = fillers(text, events)
        for role, c in score_document(d.gold, found).items():
            totals[role].add(c)
    notes = (f"{failed} documents could not be read",) if failed else ()
    return ActorScores(len(docs), totals, min_confidence, notes)
