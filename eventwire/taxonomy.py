"""The event taxonomies eventwire speaks: ACLED-style sub-types, CASE 2021 extras, PLOVER.

Source of truth in code; checked against ``../shared/reference/taxonomy.md`` by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from .errors import EventwireError
from .records import EventType


@dataclass(frozen=True, slots=True)
class LabelInfo:
    label: str
    event_type: str | None
    sub_event_type: str | None
    plover_type: str            # default PLOVER type when nothing finer is known
    plover_mode: str | None
    disorder_type: str | None   # ACLED's disorder_type column


_PV = "Political violence"
_DEM = "Demonstrations"
_SD = "Strategic developments"
_BAT = "Battles"
_EXP = "Explosions/Remote violence"
_VAC = "Violence against civilians"

_ROWS = (
    # label, event_type, sub_event_type, PLOVER type, PLOVER mode, disorder_type
    ("ARMED_CLASH", _BAT, "Armed clash", "ASSAULT", "firearms", _PV),
    ("GOV_REGAINS_TERIT", _BAT, "Government regains territory", "ASSAULT", "firearms", _PV),
    ("NON_STATE_ACTOR_OVERTAKES_TER", _BAT, "Non-state actor overtakes territory", "ASSAULT",
     "firearms", _PV),
    ("CHEM_WEAP", _EXP, "Chemical weapon", "ASSAULT", "cbrn", _PV),
    ("AIR_STRIKE", _EXP, "Air/drone strike", "ASSAULT", "aerial", _PV),
    ("SUIC_BOMB", _EXP, "Suicide bomb", "ASSAULT", "explosives", _PV),
    ("ART_MISS_ATTACK", _EXP, "Shelling/artillery/missile attack", "ASSAULT", "explosives", _PV),
    ("REM_EXPLOS", _EXP, "Remote explosive/landmine/IED", "ASSAULT", "explosives", _PV),
    ("GRENADE", _EXP, "Grenade", "ASSAULT", "explosives", _PV),
    ("SEX_VIOL", _VAC, "Sexual violence", "ASSAULT", "sexual", _PV),
    ("ATTACK", _VAC, "Attack", "ASSAULT", "firearms", _PV),
    ("ABDUCT_DISSAP", _VAC, "Abduction/forced disappearance", "ASSAULT", "abduct", _PV),
    ("PEACE_PROTEST", "Protests", "Peaceful protest", "PROTEST", "demo", _DEM),
    ("PROTEST_WITH_INTER", "Protests", "Protest with intervention", "PROTEST", "demo", _DEM),
    ("FORCE_AGAINST_PROTEST", "Protests", "Excessive force against protesters", "COERCE",
     "suppress", _DEM),
    ("VIOL_DEMONSTR", "Riots", "Violent demonstration", "PROTEST", "riot", _DEM),
    ("MOB_VIOL", "Riots", "Mob violence", "ASSAULT", "beat", _PV),
    ("AGREEMENT", _SD, "Agreement", "AGREE", None, _SD),
    ("ARREST", _SD, "Arrests", "COERCE", "arrest", _SD),
    ("CHANGE_TO_GROUP_ACT", _SD, "Change to group/activity", "MOBILIZE", None, _SD),
    ("DISR_WEAP", _SD, "Disrupted weapons use", "COERCE", "seize", _SD),
    ("HQ_ESTABLISHED", _SD, "Headquarters or base established", "MOBILIZE", None, _SD),
    ("PROPERTY_DISTRUCT", _SD, "Looting/property destruction", "COERCE", "destroy", _SD),
    ("NON_VIOL_TERRIT_TRANSFER", _SD, "Non-violent transfer of territory", "CONCEDE", None, _SD),
    ("OTHER", _SD, "Other", "COOPERATE", None, _SD),
    # CASE 2021 labels outside ACLED: no ACLED type, a PLOVER type always.
    ("ORG_CRIME", None, None, "ASSAULT", None, None),
    ("NATURAL_DISASTER", None, None, "AID", None, None),
    ("MAN_MADE_DISASTER", None, None, "AID", None, None),
    ("DIPLO", None, None, "CONSULT", None, None),
    ("ATTRIB", None, None, "ACCUSE", None, None),
)

LABELS: MappingProxyType[str, LabelInfo] = MappingProxyType(
    {r[0]: LabelInfo(*r) for r in _ROWS})
ACLED_LABELS: tuple[str, ...] = tuple(r[0] for r in _ROWS if r[1] is not None)
EXTRA_LABELS: tuple[str, ...] = tuple(r[0] for r in _ROWS if r[1] is None)
# Labels whose victims are civilians by definition (ACLED "Violence against civilians").
# The event types of political violence (ACLED's Battles, Explosions/Remote violence and
# Violence against civilians), and those of crowds (a gathering the parse reads is one of them).
VIOLENT_TYPES = frozenset({_BAT, _EXP, _VAC})
CROWD_TYPES = frozenset({"Protests", "Riots"})
CIVILIAN_LABELS = frozenset(label for label, info in LABELS.items()
                            if info.event_type == "Violence against civilians")

# Labels of acts that kill no one: an event of one carries no fatalities, as ACLED codes them
# ("a man was arrested on suspicion of murder after a woman was found dead": the arrest's
# dead are the murder's, another event).
HARMLESS_LABELS = frozenset({"PEACE_PROTEST", "ARREST", "DIPLO", "AGREEMENT",
                             "CHANGE_TO_GROUP_ACT", "HQ_ESTABLISHED", "NON_VIOL_TERRIT_TRANSFER"})

# Labels of officials meeting or talking: where they met is more often a place their sentence
# names in passing ("speaking in X after meeting Y") than the article's main place, the place
# of its other news (:meth:`eventwire.places.locate.DocumentPlaces.event_locations`).
CONTACT_LABELS = frozenset({"DIPLO"})

# Demonstration events (ACLED disorder type "Demonstrations"): protests and violent demonstrations.
PROTEST_LABELS: tuple[str, ...] = tuple(r[0] for r in _ROWS if r[5] == _DEM)

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

# ACLED actor categories ("inter" codes).
INTER_CODES: MappingProxyType[int, str] = MappingProxyType({
    1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces"})


def event_type(label: str, plover_type: str | None = None,
               plover_mode: str | None = None) -> EventType:
    """The full :class:`EventType` for a label, with an optional finer PLOVER type/mode."""
    try:
        info = LABELS[label]
    except KeyError:
        raise EventwireError(
            f"unknown event label {label!r}: use one of {', '.join(LABELS)}") from None
    if plover_type is not None and plover_type not in PLOVER_TYPES:
        raise EventwireError(f"unknown PLOVER type {plover_type!r}")
    return EventType(label, info.event_type, info.sub_event_type,
                     plover_type or info.plover_type,
                     plover_mode if plover_type else (plover_mode or info.plover_mode))


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, smaller first (10*a + b)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    a, b = sorted((inter1, inter2))
    return a * 10 + b
