"""spaCy's attribute ruler, run without its Matcher: the same rules, the same annotations.

The English pipeline's ``attribute_ruler`` maps each fine-grained tag to its part of speech and
morphology, and fixes a few words by their dependency ("that" as a pronoun, "do" as a verb):
179 rules of one or two tokens. spaCy runs them through its general token Matcher, which walks
every rule's state machine over every token: 0.26 CPU s per 100 KB of event-dense text, a fifth
of the parse (``python benchmarks/pathological.py --cpu --stages "varied events"``). Here what
the rules do to a token is worked out once per distinct (tag, lower-case form, is a space) and,
where a rule reads it, dependency label, from the rules that token may open (looked up by one
of its values), and kept; the annotations are written with the ruler's own attribute dicts and
spaCy's own setter, later rules winning as in spaCy. On the 277,000 tokens of the geoparsing
dev texts: 0.75 CPU s against spaCy's 3.8, every tag, part of speech, morphology, lemma and
dependency the same. A ruler holding a pattern this module does not read (an operator, another
attribute or predicate, extension attributes) is left to spaCy.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

RULER = "attribute_ruler"
# The token attributes the rules may test, in the order of a token's row (Doc.to_array).
_READ = ("TAG", "LOWER", "IS_SPACE", "DEP")
_COLUMN = {name: i for i, name in enumerate(_READ)}
_DEP = _COLUMN["DEP"]
# Rows (the four attributes above) whose plan is kept. A 100 KB document has about 4,000
# distinct rows; the cache is emptied when full, so memory stays bounded on any input.
MAX_CACHED_ROWS = 100_000
# A pattern is looked up by the first of these attributes it tests for one value.
_KEYS = ("LOWER", "TAG", "IS_SPACE")
_KEY_COLUMNS = tuple(_COLUMN[name] for name in _KEYS)

# A test of one token's row: true when the token meets one token pattern.
_Test = Callable[[Sequence[int]], bool]


class AttributeRules:
    """The rules of one spaCy ``AttributeRuler``, applied to Docs as spaCy applies them."""

    def __init__(self, ruler: Any, rules: list[_Pattern]) -> None:
        self._attrs = ruler.attrs               # one dict per rule, normalised by spaCy
        self._rules = rules
        # Each pattern is looked up by a value its first token must have, if it has one.
        self._by_key: dict[tuple[int, int], list[int]] = defaultdict(list)
        self._unkeyed: list[int] = []
        for p, pattern in enumerate(rules):
            (self._by_key[pattern.key] if pattern.key else self._unkeyed).append(p)
        # (tag, lower, is_space) -> the plan, or a dict of plans by dependency label when a
        # pattern such a token may open reads the dependency ("that" as a pronoun or not).
        self._cache: dict[tuple[int, int, int], _Plan | dict[int, _Plan]] = {}
        self._cached = 0
        from spacy.attrs import IDS
        from spacy.tokens._retokenize import set_token_attrs
        self._columns = [IDS[name] for name in _READ]
        self._set = set_token_attrs

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place, as the ruler would, and return it."""
        rows = doc.to_array(self._columns).tolist()
        plans = [self._plan(row) for row in rows]
        longer: dict[int, list[int]] = defaultdict(list)    # token -> rules of several tokens
        for start, plan in enumerate(plans):
            for p in plan.starts:
                pattern = self._rules[p]
                end = start + len(pattern.tests)
                if end <= len(rows) and all(
                        t(rows[start + k]) for k, t in enumerate(pattern.tests)):
                    longer[(start if pattern.index >= 0 else end) + pattern.index].append(
                        pattern.rule)
        for i, plan in enumerate(plans):
            attrs = (self._merged(sorted({*plan.rules, *longer[i]})) if i in longer
                     else plan.attrs)
            if attrs:
                self._set(doc[i], attrs)
        return doc

    def _plan(self, row: list[int]) -> _Plan:
        """What the rules do to a token with these attributes (cached: rows repeat)."""
        found = self._cache.get((row[0], row[1], row[2]))
        if type(found) is dict:
            found = found.get(row[_DEP])
        if found is not None:
            return found
        if self._cached >= MAX_CACHED_ROWS:
            self._cache.clear()
            self._cached = 0
        candidates = list(self._patterns_for(row))
        met = [p for p in candidates if self._rules[p].tests[0](row)]
        rules = sorted({self._rules[p].rule for p in met if len(self._rules[p].tests) == 1})
        starts = tuple(sorted(p for p in met if len(self._rules[p].tests) > 1))
        plan = _Plan(tuple(rules), self._merged(rules), starts)
        key = (row[0], row[1], row[2])
        if any(self._rules[p].reads_dep for p in candidates):
            by_dep = self._cache.setdefault(key, {})
            assert isinstance(by_dep, dict)
            by_dep[row[_DEP]] = plan
        else:
            self._cache[key] = plan
        self._cached += 1
        return plan

    def _patterns_for(self, row: list[int]) -> Iterator[int]:
        """The patterns a token with these attributes may open: those keyed by one of its
        values, and those with no key."""
        for column in _KEY_COLUMNS:
            yield from self._by_key.get((column, row[column]), ())
        yield from self._unkeyed

    def _merged(self, rules: Sequence[int]) -> dict[Any, Any]:
        """The rules' attributes as one dict, a later rule's value winning: setting them is
        setting each rule's in turn (each is a field of the token alone)."""
        out: dict[Any, Any] = {}
        for rule in rules:
            out.update(self._attrs[rule])
        return out

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        """Each Doc annotated in turn."""
        for doc in docs:
            yield self(doc)


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One pattern of a rule."""

    rule: int                       # the rule's place in the ruler (later rules win)
    index: int                      # the token of the match the rule annotates
    tests: tuple[_Test, ...]        # one per token of the pattern
    key: tuple[int, int] | None     # a (column, value) its first token must have
    reads_dep: bool                 # whether its first token's test reads the dependency


@dataclass(frozen=True, slots=True)
class _Plan:
    """What the rules do to a token with given attributes."""

    rules: tuple[int, ...]          # the rules of one token it meets, in the ruler's order
    attrs: dict[Any, Any]           # their attributes merged (see AttributeRules._merged)
    starts: tuple[int, ...]         # patterns of several tokens whose first token it meets


def attribute_rules(nlp: Language) -> AttributeRules | None:
    """The fast rules of ``nlp``'s attribute ruler, or None when it has none or holds a
    pattern this module cannot read (spaCy's component then runs)."""
    if RULER not in getattr(nlp, "pipe_names", ()):
        return None
    ruler = nlp.get_pipe(RULER)
    rules: list[_Pattern] = []
    try:
        if len(ruler.attrs) != len(ruler.indices) or any("_" in a for a in ruler.attrs):
            raise _Unreadable           # extension attributes do not merge as fields do
        for rule, position in enumerate(ruler.indices):
            for pattern in ruler.matcher.get(ruler.vocab.strings[str(rule)])[1]:
                tests = tuple(_token_test(spec, nlp.vocab.strings) for spec in pattern)
                if not tests or not -len(tests) <= position < len(tests):
                    raise _Unreadable
                rules.append(_Pattern(rule, position, tests, _key(pattern[0]),
                                      "DEP" in pattern[0]))
    except (_Unreadable, KeyError, TypeError, ValueError):
        return None
    return AttributeRules(ruler, rules)


class _Unreadable(Exception):
    """A pattern this module does not read."""


def _key(spec: dict[str, Any]) -> tuple[int, int] | None:
    """The (column, value) a token pattern is looked up by: the first of :data:`_KEYS` it
    gives one value of."""
    from spacy.strings import get_string_id
    for name in _KEYS:
        value = spec.get(name)
        if isinstance(value, bool):
            return _COLUMN[name], int(value)
        if isinstance(value, str):
            return _COLUMN[name], get_string_id(value)
    return None


def _token_test(spec: dict[str, Any], strings: Any) -> _Test:
    """The test of one token pattern on a token's row; :class:`_Unreadable` for a key or a
    predicate this module does not read."""
    from spacy.strings import get_string_id
    tests: list[_Test] = []
    for name, value in spec.items():
        if name not in _COLUMN:
            raise _Unreadable
        col = _COLUMN[name]
        if isinstance(value, bool):
            tests.append(_equal(col, int(value)))
        elif isinstance(value, str):
            tests.append(_equal(col, get_string_id(value)))
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(
                    isinstance(v, str) for v in arg):
                tests.append(_member(col, frozenset(map(get_string_id, arg)), op == "IN"))
            elif op == "REGEX" and isinstance(arg, str):
                tests.append(_search(col, re.compile(arg), strings))
            else:
                raise _Unreadable
        else:
            raise _Unreadable
    return lambda row: all(t(row) for t in tests)


def _equal(col: int, value: int) -> _Test:
    return lambda row: row[col] == value


def _member(col: int, values: frozenset[int], inside: bool) -> _Test:
    return lambda row: (row[col] in values) is inside


def _search(col: int, regex: re.Pattern[str], strings: Any) -> _Test:
    return lambda row: regex.search(strings[row[col]]) is not None
