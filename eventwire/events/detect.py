"""Event detection: which sentences report an event that happened, of what type, how sure.

:meth:`Detector.is_candidate` is the cheap prefilter the pipeline runs on every sentence
before spaCy (one regex of event words, no parse). :meth:`Detector.detect` takes the parsed
candidates of a batch with their article context; for each it reads the rules' events (one per
clause naming a distinct event, typed by :mod:`.classify`, with the realis checks below) and
the learned model's judgement (:mod:`.model`), which decides: whether the sentence reports a
real event in scope, of which label, and with what calibrated confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from ..lexicon import event_cues, word_regex
from ..nlp import text_of, token_at
from ..records import EventMention, Sentence
from ..taxonomy import EXTRA_LABELS, event_type
from .anniversaries import remembered_only
from .battles import CANDIDATE_WORDS as BATTLE_WORDS
from .airstrikes import carried_only, flight_only
from .brawls import brawl, mob_beating
from .captives import captives_released, people_taken
from ..claiming import CANDIDATE_WORDS as CLAIMED_ACT_WORDS
from .claimed import claimed_acts, further_acts, is_claimed, unread_acts
from .classify import Classification, classify
from .clauses import (WHERE, lead_clause, lead_over_sequence, main_clause_news,
                      own_time_or_place, same_word, tells_further)
from .contacts import CANDIDATE_WORDS as CONTACT_WORDS
from .contacts import measures_only
from .crowds import MOB, asked_or_denied
from .devices import blast_of_failed_device, worn_device
from .features import SentenceInContext, featurize
from .fight_parts import FIGHT_PARTS, fight_verb, in_clause_of, weapon_of_traded_fire
from .gatherings import CANDIDATE_WORDS as DEMAND_WORDS
from .headlines import HEADLINE_CONFIDENCE, headline_label
from .interceptions import foiled_over_strike
from .model import Sure
from .movement_bans import CANDIDATE_WORDS as BAN_WORDS
from .nonevents import flouted_agreement, told_as_no_event
from .overrides import (
    ONE_ACT_PAIRS,
    Reading,
    act_kind,
    arrest_over_planned_protest,
    blockade_over_riot,
    dispersal_over_change,
    failed_blast_over_explosion,
    goods_over_ground,
    intervention_over_arrest,
    mourning_over_force,
    one_act,
    over_model,
    parse_readings,
    protest_over_arrest,
)
from .plover import main_verb, plover_type, read_plover, words_after
from .policing import POLICE_FORCE_WORDS
from .rammings import CANDIDATE_WORDS as RAMMING_WORDS
from .rule_mentions import irrealis_labels, mention_of, rule_mentions
from .realis import realis
from .responsibility import RESPONSIBILITY_CONFIDENCE
from .property import CANDIDATE_WORDS as PROPERTY_WORDS
from .violent_acts import violence_over_contact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .encoder import Encoder
    from .model import EventModel, Judgement

# Labels whose cue words are too common to make a sentence a candidate on their own.
_WEAK_CANDIDATE_CUES = frozenset({"OTHER"})
# Feature cues (lower-case names in events_cues.tsv) that also make a sentence a candidate:
# besides territory and attack verbs, the words of bases, protests and their policing,
# meetings, withdrawals and seizures. They let about 0.93 of the real events in scope of the
# corpus's aside split reach the model instead of 0.86 (``python benchmarks/detector.py``
# prints the share), for about a third more sentences parsed in news.
_CANDIDATE_FEATURES = frozenset({
    "territory", "attack_verb", "hq_verb", "protest", "protester_violence", "force_soft",
    "force_lethal", "meeting", "nonviolent", "unopposed", "disrupt_verb"})
# Words of events the cue lexicon names in other words, which make a sentence a candidate for
# the model alone (they weigh in no cue score, so the model reads them as it was trained):
# people taken away ("hijacked five tankers and held the drivers for ransom", "deprived of
# liberty", "bundled into a van"), a group's change announced, a river in flood, roads and
# gates blocked (a blockade with no protest word: "farmers blocked motorways with tractors").
_OTHER_WORDS = (
    r"hijack(?:s|ed|ing|ers?)?|for (?:a )?ransom|deprived (?:\w+ ){0,3}of (?:their |his |her |the )?"
    r"liberty|bundled (?:\w+ ){0,3}into|(?:taken|took|dragged|seized|snatched|led) "
    r"(?:\w+ ){0,3}(?:away )?from "
    r"(?:their|his|her) (?:homes?|houses?|cars?|vehicles?|offices?|beds?)|whereabouts "
    r"(?:remain|are|is) unknown|(?:was|were) taken away|took (?:\w+ ){0,2}away|announced (?:the )?"
    r"(?:formation|creation|establishment|dissolution|merger)|burst (?:its|their) banks|"
    r"overflowed|swept away|(?:block(?:ed|ing)?|blockaded|barricaded) (?:\w+ ){0,3}"
    r"(?:roads?|streets?|highways?|motorways?|bridges?|entrances?|junctions?|roundabouts?|"
    r"ports?|railway|tracks?|border crossings?)|go-slow")


# The pipeline keeps events down to this confidence so that a user can lower the output
# threshold later without re-reading (``--min-confidence``); below it an event would cost
# actor, place and date work and, the confidence being calibrated, fewer than 1 in 20 is real.
KEEP_CONFIDENCE = 0.05
# The model's ordinary-crime probability above which an event's scope is "crime".
CRIME_SCOPE = 0.5
# Above this probability a real event is told as history or context (``background``).
BACKGROUND = 0.5
# Labels the model gives craft that only move or watch (:func:`.airstrikes.flight_only`), and
# those of them it gives craft that only carry people (:func:`.airstrikes.carried_only`: a
# movement of troops by air stays a movement).
_FROM_CRAFT = frozenset({"AIR_STRIKE", "ART_MISS_ATTACK", "CHANGE_TO_GROUP_ACT"})
_STRIKE_FROM_CRAFT = frozenset({"AIR_STRIKE", "ART_MISS_ATTACK"})
# Labels the model gives a blast of explosives worn on the body, which is a suicide bombing
# (:func:`.devices.worn_device`).
_BLAST_OR_ATTACK = frozenset({"REM_EXPLOS", "ATTACK"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A parsed candidate sentence and the parts of its article the model reads."""

    parsed: Doc
    sentence: Sentence
    context: SentenceInContext


def _at(m: EventMention, cand: Candidate, at: int) -> bool:
    """The mention's trigger covers the sentence offset ``at``."""
    start, end = (x - cand.sentence.start for x in m.trigger_span)
    return start <= at < end


class Detector:
    """Finds and types the events sentences report.

    ``model`` and ``encoder`` load on first use unless given (tests pass fakes);
    ``rules_only`` reads events from the rules alone, with their own rough confidence;
    ``include_crime`` keeps events of ordinary crime and policing whose confidence with crime
    counted (:meth:`EventModel.confidence_with_crime`) reaches :data:`KEEP_CONFIDENCE`.
    """

    def __init__(self, model: EventModel | None = None, encoder: Encoder | None = None, *,
                 rules_only: bool = False, include_crime: bool = False) -> None:
        self._model = model
        self._encoder = encoder
        self.rules_only = rules_only
        self.include_crime = include_crime

    @property
    def model(self) -> EventModel:
        if self._model is None:
            from .model import load_model
            self._model = load_model()
        return self._model

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            from .encoder import load_encoder
            self._encoder = load_encoder()
        return self._encoder

    def wrap_encoder(self, wrap: Callable[[Encoder], Encoder]) -> Encoder:
        """Encode through ``wrap(encoder)`` from now on, and return it (ingest's workers
        record the vectors they compute for the writer: :mod:`eventwire.parallel`)."""
        self._encoder = wrap(self.encoder)
        return self._encoder

    @cached_property
    def _candidate_regex(self) -> re.Pattern[str]:
        parts = [c.words for c in event_cues()
                 if c.name.isupper() and c.name not in _WEAK_CANDIDATE_CUES and c.weight >= 2]
        parts += [c.words for c in event_cues() if c.name in _CANDIDATE_FEATURES]
        # what a parse rule reads and no cue names
        parts += [BATTLE_WORDS, CONTACT_WORDS, PROPERTY_WORDS, DEMAND_WORDS, RAMMING_WORDS,
                  _OTHER_WORDS, POLICE_FORCE_WORDS, BAN_WORDS, CLAIMED_ACT_WORDS]
        # One word boundary around all the rows rather than one around each: a sentence has
        # a match where one row's regex would match (the boundaries are the same for every
        # row), and the engine tests them once per position instead of once per row (1.5x
        # faster on 55,000 news and corpus sentences, the same sentences found).
        return word_regex("|".join(f"(?:{p})" for p in parts))

    def is_candidate(self, sentence_text: str) -> bool:
        """Cheap prefilter: does the sentence name any event word at all (high recall)."""
        return self._candidate_regex.search(sentence_text) is not None

    def detect(self, candidates: Sequence[Candidate], *,
               recognise: Callable[[Sequence[Doc]], None] | None = None
               ) -> list[tuple[EventMention, ...]]:
        """The events each candidate reports, with calibrated confidence (one batch: the
        encoder runs once over all of it). Candidates may be parsed without their named
        entities if ``recognise`` adds them: they are read only where the rules read several
        events (see :func:`.clauses.own_time_or_place`)."""
        rules = [self.rule_mentions(c.parsed, c.sentence) for c in candidates]
        if self.rules_only or not candidates:
            return rules
        if recognise is not None:
            recognise([c.parsed for c, r in zip(candidates, rules, strict=True) if len(r) > 1])
        contexts = [replace(c.context, detected=tuple(m.type.label for m in r))
                    for c, r in zip(candidates, rules, strict=True)]
        # A sentence whose rules read events only after its main clause has that clause judged
        # alone. It, and a sentence the rules read several events in, is also judged clause
        # by clause: the sentence's judgement gives its main event, each clause's the event
        # it tells.
        leads = [(i, _lead_context(c, span))
                 for i, (c, r) in enumerate(zip(candidates, rules, strict=True))
                 if (span := lead_clause(c.parsed, c.sentence.start, r)) is not None]
        led = {i for i, _ in leads}
        clauses = [(i, k, _clause_context(c, m))
                   for i, (c, r) in enumerate(zip(candidates, rules, strict=True))
                   if len(r) > 1 or i in led for k, m in enumerate(r)]
        features = featurize(contexts + [x for _, _, x in clauses] + [x for _, x in leads],
                             self.encoder)
        judged = self.model.judge(features)

        def sure(j: Judgement) -> Sure:
            return Sure(j, self.model.confidence(j.score), self.model.confidence_with_crime(j))

        by_clause = {(i, k): sure(judged[len(contexts) + n])
                     for n, (i, k, _) in enumerate(clauses)}
        by_lead = {i: sure(judged[len(contexts) + len(clauses) + n])
                   for n, (i, _) in enumerate(leads)}
        return [self._decide(c, r, sure(judged[i]),
                             [by_clause.get((i, k)) for k in range(len(r))], by_lead.get(i))
                for i, (c, r) in enumerate(zip(candidates, rules, strict=True))]

    def _decide(self, cand: Candidate, rules: tuple[EventMention, ...], judged: Sure,
                clauses: list[Sure | None], lead: Sure | None = None
                ) -> tuple[EventMention, ...]:
        """The model decides whether the sentence holds a real event and of which label; the
        rules give the trigger words, and the clauses of their further events are judged on
        their own; so is the main clause (``lead``) when the rules read events only after it
        (:func:`.clauses.lead_clause`), and its judgement is the sentence's where the model
        read the sentence as one of those events (:func:`.clauses.lead_over_sequence`)."""
        out: list[EventMention] = []
        main = None
        read = self._read(cand, rules, lead_over_sequence(judged, lead, rules))
        if read is None:
            return ()
        judged, readings, fight = read
        j = judged.judgement
        kept = self._kept(judged)
        # A label the rules read only as a plan, threat or wish is dropped, unless a parse
        # rule read it: a reading checked its own verb's realis ("a blast hurt nine workers and
        # was probably caused by a faulty boiler").
        if (kept >= KEEP_CONFIDENCE and all(m.type.label != j.label for m in rules)
                and all(r.label != j.label for r in readings)
                and j.label in irrealis_labels(cand.parsed)):
            return ()
        if kept >= KEEP_CONFIDENCE:
            main = self._main_mention(cand, rules, j.label, readings)
            out.append(self._typed(main, replace(judged, judgement=j)))
        labels = {m.type.label for m in out}
        if main is not None:
            out.extend(self._read_besides(cand, rules, j, readings, labels))
        for m, clause in zip(rules, self._vouched(cand, rules, clauses), strict=True):
            # One clause tells one event: the main event's clause gives no second one, nor
            # does a clause with no time or place of its own (one event per what, where, when:
            # "the army recovered five rifles" after a clash is the clash).
            at = m.trigger_span[0] - cand.sentence.start
            # a clause telling a further happening of a label told ("and a second device went
            # off at a checkpoint") gives it, at its own time or place
            another = tells_further(cand.parsed, cand.sentence.start, m)
            if clause and clause.judgement.label in FIGHT_PARTS and (
                    (fight is not None and in_clause_of(fight, at))
                    or weapon_of_traded_fire(cand.parsed, at)):
                continue                    # the arms the fight's losers left are the fight's
            if (main is not None and not same_word(m, main) and clause
                    and self._kept(clause) >= KEEP_CONFIDENCE
                    and (clause.judgement.label not in labels or another)
                    and not (one_act(clause.judgement.label, j.label) and not another
                             and not own_time_or_place(cand, m, main, WHERE))
                    and not blast_of_failed_device(j.label, clause.judgement.label)
                    and not flouted_agreement(cand.parsed, clause.judgement.label)
                    and own_time_or_place(cand, m, main)):
                labels.add(clause.judgement.label)
                out.append(self._typed(m, clause))
        return tuple(self._claimed_unread(cand, judged, out))

    def _vouched(self, cand: Candidate, rules: tuple[EventMention, ...],
                 clauses: list[Sure | None]) -> list[Sure | None]:
        """The clauses' judgements, each act a claim in the sentence claims as sure as the
        claim and of its rule's label (:mod:`.claimed`)."""
        spans = claimed_acts(cand.parsed, realis, self._context(cand)) if any(clauses) else ()
        return [over_model(c, [Reading(m.type.label, RESPONSIBILITY_CONFIDENCE, outranks=True)])
                if c is not None and is_claimed(m, cand.sentence, spans) else c
                for m, c in zip(rules, clauses, strict=True)]

    def _claimed_unread(self, cand: Candidate, judged: Sure, out: list[EventMention]
                        ) -> list[EventMention]:
        """``out`` with the further acts a claim names that no mention of it holds, each typed
        by its own words and as sure as the claim (:func:`.claimed.further_acts`,
        :func:`.claimed.unread_acts`); one of a label ``out`` holds makes that one as sure."""
        spans = further_acts(cand.parsed, realis, self._context(cand))
        start = cand.sentence.start
        read = [(s - start, e - start) for s, e in (m.trigger_span for m in out)]
        for offset, c in unread_acts(text_of(cand.parsed), spans, read):
            sure = Sure(replace(judged.judgement, label=c.label, crime=0.0),
                        RESPONSIBILITY_CONFIDENCE, RESPONSIBILITY_CONFIDENCE)
            known = next((k for k, m in enumerate(out) if m.type.label == c.label), None)
            if known is None:
                out.append(self._typed(mention_of(c, offset, cand.sentence), sure))
            elif out[known].confidence < sure.confidence:
                out[known] = replace(out[known], confidence=round(sure.confidence, 3))
        return out

    def _read(self, cand: Candidate, rules: tuple[EventMention, ...], judged: Sure
              ) -> tuple[Sure, Sequence[Reading], Token | None] | None:
        """The model's judgement of the sentence read with the parse rules (which may change
        its label), the rules' readings, and the verb of the fight the sentence tells its act
        inside (:func:`.fight_parts.fight_verb`); None when the sentence tells no event."""
        j = judged.judgement
        if told_as_no_event(cand.parsed, j.label, realis) or (
                j.label == "DIPLO" and measures_only(cand.parsed)) or (
                j.label in _FROM_CRAFT and flight_only(cand.parsed)) or (
                j.label in _STRIKE_FROM_CRAFT and carried_only(cand.parsed)):
            return None                     # "the EU adopted its 21st package of sanctions"
        j = protest_over_arrest(j, rules, cand.sentence.text)
        j = arrest_over_planned_protest(j, cand.parsed, realis)
        j = asked_or_denied(intervention_over_arrest(j, cand.parsed, realis), cand.parsed, realis)
        j = goods_over_ground(failed_blast_over_explosion(j, cand.sentence.text), cand.parsed)
        j = mourning_over_force(j, cand.parsed)    # "a vigil for the villagers killed"
        j = main_clause_news(cand.parsed, cand.sentence.start, rules, j)
        j = people_taken(j, cand.parsed)    # "armed men seized six travellers": abducted
        j = captives_released(j, cand.parsed)      # "rebels freed the four engineers"
        j = dispersal_over_change(blockade_over_riot(j, cand.sentence.text), cand.sentence.text)
        j = foiled_over_strike(j, cand.parsed)     # "air defences shot down 18 drones"
        context = self._context(cand)
        fight = fight_verb(cand.parsed, realis, context)
        if j.label in FIGHT_PARTS and (fight is not None or any(
                weapon_of_traded_fire(cand.parsed, m.trigger_span[0] - cand.sentence.start)
                for m in rules if m.type.label == j.label)):
            # "killed by mortar fire in the fighting", "where the sides traded artillery fire"
            j = replace(j, label="ARMED_CLASH")
        elif j.label == "ARMED_CLASH" and brawl(cand.parsed, realis):
            j = replace(j, label=MOB)               # "party supporters fought with sticks"
        elif j.label == "ATTACK" and mob_beating(cand.parsed, realis):
            j = replace(j, label=MOB)               # "about 30 men beat them with sticks"
        elif j.label in _BLAST_OR_ATTACK and worn_device(cand.parsed, realis):
            j = replace(j, label="SUIC_BOMB")       # "a bomber detonated an explosives belt"
        violence = violence_over_contact(j, cand.parsed, cand.sentence.text)
        # violence done at a meeting stays the violence: no contact is read there
        readings = parse_readings(cand.parsed, violence.label, rules, realis,
                                  contacts=violence is j, context=context)
        if fight is not None:               # the rifles the losing side left are the fight's
            readings = [r for r in readings if r.label not in FIGHT_PARTS]
        judged = replace(judged, judgement=violence)
        headline = headline_label(cand.parsed, rules, judged, realis)
        if headline is not None and all(r.label != headline for r in readings):
            readings = [*readings, Reading(headline, HEADLINE_CONFIDENCE)]
        judged = over_model(judged, readings)
        if (remembered_only(cand.parsed, judged.judgement.label)
                and all(r.label != judged.judgement.label for r in readings)):
            return None                     # "ten years since a blast killed nine": no news
        return judged, readings, fight

    @staticmethod
    def _context(cand: Candidate) -> str:
        """The words around a sentence that may say what it tells: its title, the sentence
        before."""
        return f"{cand.context.title} {cand.context.before}"

    def _read_besides(self, cand: Candidate, rules: tuple[EventMention, ...], j: Judgement,
                      readings: Sequence[Reading], labels: set[str]) -> list[EventMention]:
        """The events a parse rule reads beside the sentence's main event, of another kind
        ("the truce brokered by Turkey collapsed as shelling resumed": the shelling, and the
        agreement), each as sure as its rule; ``labels`` gains theirs."""
        out = []
        for r in readings:
            if (r.label in labels or act_kind(r.label) == act_kind(j.label)
                    or (r.label, j.label) in ONE_ACT_PAIRS):
                continue
            labels.add(r.label)
            m = next((x for x in rules if x.type.label == r.label),
                     None) or self._model_mention(cand, r.label, r.at)
            out.append(self._typed(m, Sure(replace(j, label=r.label, crime=0.0),
                                           r.confidence, r.confidence)))
        return out

    def _kept(self, judged: Sure) -> float:
        """The confidence that decides whether an event is kept at all."""
        return judged.with_crime if self.include_crime else judged.confidence

    @staticmethod
    def _typed(m: EventMention, judged: Sure) -> EventMention:
        """The mention with the model's label, confidences, scope and background."""
        j = judged.judgement
        ptype, mode = plover_type(m.trigger, j.label, words_after(m.sentence, m.trigger_span))
        return replace(m, type=event_type(j.label, ptype, mode),
                       confidence=round(judged.confidence, 3),
                       confidence_with_crime=round(judged.with_crime, 3), scope=scope_of(j),
                       background=j.background >= BACKGROUND)

    def _main_mention(self, cand: Candidate, rules: tuple[EventMention, ...], label: str,
                      readings: Sequence[Reading] = ()) -> EventMention:
        """The trigger of the sentence's main event: the rules' mention of its label, else of
        one act with it, else the word a parse reading of it read it on, else the sentence's
        main verb. Not an unrelated rule's: its dates, numbers and actors would be read around
        another word ("shot dead by police after she drove at officers at a checkpoint" is no
        checkpoint's); nor the word a reading of another label read ("forces, who launched an
        offensive to retake X, have captured villages": the offensive is not the capture's)."""
        at = next((r.at for r in readings if r.label == label and r.at is not None), None)
        others = {r.at for r in readings if r.label != label and r.at is not None}
        rules = tuple(m for m in rules if m.trigger_span[0] - cand.sentence.start not in others)
        if at is not None and not any(m.type.label == label and _at(m, cand, at) for m in rules):
            return self._model_mention(cand, label, at)
        return next((m for m in rules if m.type.label == label),
                    next((m for m in rules if one_act(m.type.label, label)),
                         None) or self._model_mention(cand, label, at))

    def _model_mention(self, cand: Candidate, label: str, at: int | None = None
                       ) -> EventMention:
        """A mention for an event the model reads where no rule fired: the word at ``at``
        (a parse reading's own: "claimed" in "pressure has grown since the group claimed the
        attacks in X"), else the sentence's main verb is its trigger (dates, numbers and actors
        are read around it), what a reporting root reports ("The blast destroyed two floors,
        the ministry said": "destroyed")."""
        root = (token_at(cand.parsed, at) if at is not None else None) or (
            main_verb(cand.parsed)
            or next((t for t in cand.parsed if t.dep_ == "ROOT"), cand.parsed[0]))
        start = cand.sentence.start + root.idx
        return EventMention(event_type(label), root.text, (start, start + len(root.text)),
                            cand.sentence)

    def rule_mentions(self, sent: Doc, sentence: Sentence) -> tuple[EventMention, ...]:
        """The events the rules read in ``sent`` (:func:`.rule_mentions.rule_mentions`)."""
        return rule_mentions(sent, sentence)

    def classify_snippet(self, doc: Doc) -> str:
        """The label of the snippet's main event (one of the 30 labels): the model's, read
        with the rules' events as evidence; the rules' alone with ``rules_only``."""
        if self.rules_only:
            return classify(doc.text).label
        sentence = Sentence(doc.text, 0, len(doc.text))
        rules = self.rule_mentions(doc, sentence)
        context = SentenceInContext(doc.text, detected=tuple(m.type.label for m in rules))
        j = self.model.judge(featurize([context], self.encoder))[0]
        read = self._read(Candidate(doc, sentence, context), rules,
                          Sure(j, self.model.confidence(j.score),
                               self.model.confidence_with_crime(j)))
        return j.label if read is None else read[0].judgement.label

    def classify_text(self, text: str) -> Classification:
        """Typing without a parse (what the speed benchmark measures)."""
        return classify(text)

    def plover_snippet(self, doc: Doc) -> str:
        """The PLOVER type of the snippet's main event."""
        found = read_plover(doc.text, doc)
        return found[0] if found else plover_type(doc.text, classify(doc.text).label)[0]

    def snippet_actors(self, doc: Doc) -> tuple[str | None, str | None]:
        """Source and target actor text of the snippet's main event: the main verb's subject
        and object, else the actors of the first detected event."""
        from ..actors import ActorExtractor
        from .plover import clause_roles
        source, target = clause_roles(doc)
        if source is not None:
            return source, target
        sentence = Sentence(doc.text, 0, len(doc.text))
        mentions = (self.rule_mentions(doc, sentence)
                    or (mention_of(classify(doc.text), 0, sentence),))
        a1, a2 = ActorExtractor().actors(doc, sentence, mentions[0])
        return (a1.text if a1 else None), (a2.text if a2 else target)


def scope_of(j: Judgement) -> str:
    """The scope of the event the model judged: ordinary crime, one of the extra labels, or
    ACLED's core."""
    return ("crime" if j.crime >= CRIME_SCOPE
            else "extended" if j.label in EXTRA_LABELS else "core")


def _lead_context(cand: Candidate, span: tuple[int, int]) -> SentenceInContext:
    """The model's view of the sentence's main clause (``span``, characters into it)."""
    return replace(cand.context, text=cand.sentence.text[span[0]:span[1]], detected=())


def _clause_context(cand: Candidate, m: EventMention) -> SentenceInContext:
    """The model's view of the clause a rule mention was read in."""
    start, end = (m.clause or (cand.sentence.start, cand.sentence.end))
    s0 = cand.sentence.start
    return replace(cand.context, text=cand.sentence.text[start - s0:end - s0],
                   detected=(m.type.label,))
