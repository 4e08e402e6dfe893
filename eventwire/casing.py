"""Case restoration: ALL-CAPS and all-lower-case lines get ordinary case before the NLP stage.

spaCy's tagger and NER, the gazetteer's name recognition and the sentence splitter read case;
wire copy in capitals and scraped lower-case feeds give them none. Each line (a paragraph) is
judged on its own, so an upper-case headline over ordinary text is restored and the text left
alone. Restoration changes the case of letters only, one character for one character: the
restored text has the length of the user's and every span found in it is a span of the user's
text (a letter whose other case is longer, "ß" -> "SS", is left as it is).

The casing of a word comes from ``data/casing.tsv``, built by ``training/build_casing.py`` from
the project's corpus (the casing of each word in the middle of sentences, the training split
only), our lexicons (actor and place names, acronyms) and the gazetteer's names: single words,
names of several words ("New York", "Democratic Republic of the Congo"), the left or right
neighbour that settles an ambiguous word ("the us military" -> US, "told us" -> us), and the
words capitalised next to any name ("Sheridan Street", "President Tinubu"). A word the table
knows neither capitalised nor in lower case (the corpus's words and the English model's
vocabulary) is taken for a name ("Okonjo") unless it ends like English ("regrouped") or is the
plural of a known word, or, in a line in capitals, reads as an acronym ("HRW", "KCNA"); an
acronym the text defines ("... COOPERATION (APEC)") keeps its capitals there too. Sentence
starts get a capital.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal, TypeVar

from .lexicon import table_rows
from .nlp import ends_abbreviation
from .places.names import fold
from .records import DocumentRef, Evidence

T = TypeVar("T")

TABLE_PATH = Path(__file__).resolve().parent / "data" / "casing.tsv"

# One token: a dotted acronym ("u.s.", "a.m.") or a run of letters. The table's builder reads
# the corpus with the same pattern, so keys agree.
WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+")
# A line is judged when it holds at least this many words; a shorter line (a dateline, a
# by-line, a one-word heading) takes the style of its paragraph, else of the whole text.
MIN_WORDS = 4
# ALL CAPS: at least this share of a line's cased letters are capitals. Ordinary English news
# has 3-6 % capitals; a headline in title case ("Air Strike Hits Hospital") about 25 %.
MIN_UPPER_SHARE = 0.9
# lower case: at most this share of a line's words start with a capital. Ordinary news has
# 10-25 % (names, sentence starts); a lower-cased feed none, or a stray "I" or acronym.
MAX_CAPITALISED_SHARE = 0.03
# Words within a name may be joined by these (a space, "al-", "Guinea-Bissau").
NAME_GAPS = frozenset({" ", "-"})
APOSTROPHES = frozenset({"'", "’"})
CONTRACTION_ENDS = frozenset({"s", "t", "m", "d", "re", "ve", "ll"})
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")
# The first letter of a line or of a sentence in it (after opening quotes and marks, other
# languages' too: «¿¡„).
_OPENING = re.compile(r"""(?:^|[.!?]["'”’)\]»]*\s+)["'“‘(\[«¿¡„]?([^\W\d_])""")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# Month names that are also common English words ("they may strike", "a march"): the dates stage
# reads a capitalised one as the month (eventwire/dates/recognize.py), so a caseless one gets
# its capital only where a date stands: next to a number ("may 3", "3 may", "march 2024") or
# after a word that takes a date and never the verb ("in may", "since march", "mid-may").
MONTH_WORDS = frozenset({"may", "march"})
_BEFORE_DATE = frozenset({"in", "on", "since", "until", "till", "by", "of", "from", "to",
                          "through", "during", "early", "late", "mid", "last", "next", "this",
                          "between", "before", "after"})
_NUMBER_AFTER = re.compile(r"\s*\d")
_NUMBER_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s*$")
# "us" opening a sentence or a headline's clause is the country: the object pronoun does not
# start one ("us urges restraint"; within a sentence the table's neighbours settle it: "the us
# military", "told us").
_COUNTRY_US = "US"

# A word of an ALL-CAPS line the table does not know keeps its capitals when it reads as an
# acronym: at most this many letters, and no vowel ("HRW", "SADC") or an opening pair of
# letters fewer than MIN_OPENING_WORDS of the table's words open with ("KCNA", "BNSS"); else
# it is a name ("OKONJO" -> "Okonjo"). On the unknown words of the aside articles
# (`python benchmarks/case.py` measures them), it keeps 19 of the 74 written in capitals and
# wrongly 5 of 1,109 capitalised ones ("Cpl", "Jbeil"); 10 opening words wrongly kept 6, and
# 6 letters also "Iqbal"-like names.
MAX_ACRONYM_LETTERS = 5
MIN_OPENING_WORDS = 5
VOWELS = frozenset("aeiou")

Style = Literal["mixed", "upper", "lower"]


def change_case(text: str, change: Callable[[str], str]) -> str:
    """``text`` with ``change`` (``str.upper``, ``str.lower``) applied to each character whose
    changed form is one character: the result always has the length of ``text``."""
    return "".join(_one(c, change(c)) for c in text)


def _one(original: str, changed: str) -> str:
    return changed if len(changed) == 1 else original


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """The table's key of a word: lower case, each letter's diacritics dropped as the
    gazetteer drops them ("reyhanlı" and "Reyhanli" meet) when it stays one letter."""
    return "".join(f if len(f := fold(c)) == 1 else c for c in word.lower())


def line_style(line: str) -> Style | None:
    """How a line is cased; ``None`` when it holds too few words to tell."""
    words = WORD.findall(line)
    if len(words) < MIN_WORDS:
        return None
    upper = sum(map(str.isupper, line))
    cased = upper + sum(map(str.islower, line))
    if cased and upper / cased >= MIN_UPPER_SHARE:
        return "upper"
    capitalised = sum(w[0].isupper() for w in words)
    if capitalised / len(words) > MAX_CAPITALISED_SHARE:
        return "mixed"
    # A long sentence without names has one capital in 30 words: its capital at the start
    # tells it from a lower-cased one.
    return "mixed" if any(m.group(1).isupper() for m in _OPENING.finditer(line)) else "lower"


def caseless_lines(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line of ``text`` written in ALL CAPS or all lower case.

    A line too short to tell takes the style of its paragraph (the lines up to a blank one),
    else of the whole text. A lower-case line in a mixed paragraph is the rest of a sentence
    broken by a hard wrap, not a lower-cased line."""
    whole = line_style(text) or "mixed"
    pos = 0
    for paragraph in _BLANK_LINE.split(text):
        start = text.index(paragraph, pos)
        lines = paragraph.split("\n")
        own = line_style(paragraph) if len(lines) > 1 else None
        for line in lines:
            style = line_style(line) or own or whole
            if style == "upper" or (style == "lower" and own != "mixed"):
                yield start, start + len(line)
            start += len(line) + 1
        pos = start - 1


def sentence_case(text: str) -> str:
    """``text`` with each caseless line in lower case and a capital opening each sentence (the
    same length): for text in another language, which the table does not cover. Names stay in
    lower case, but the sentence encoder and the sentence splitter read it as ordinary text,
    which they do not read ALL CAPS as."""
    chars: list[str] | None = None
    for start, end in caseless_lines(text):
        chars = chars if chars is not None else list(text)
        line = change_case(text[start:end], str.lower)
        chars[start:end] = line
        for m in _OPENING.finditer(line):
            i = start + m.start(1)
            chars[i] = _one(chars[i], chars[i].upper())
    return text if chars is None else "".join(chars)


@dataclass(frozen=True, slots=True)
class CasingTable:
    """Word key -> cased form; names of several words; forms after / before a neighbour."""

    words: dict[str, str]
    names: dict[str, str]
    after: dict[str, str]             # "the us" -> "US": the form of the second word
    before: dict[str, str]            # "us military" -> "US": the form of the first word
    name_words: dict[str, int]        # first word of a name -> most words of its names
    # Word key -> its form next to a capitalised word: "street" -> "Street" after one
    # ("Sheridan Street"), "president" -> "President" before one ("President Tinubu").
    after_name: dict[str, str] = field(default_factory=dict)
    before_name: dict[str, str] = field(default_factory=dict)
    # Words known in lower case (the corpus's, the English model's): a word neither here nor
    # in ``words`` is unknown, and taken for a name. Empty: unknown words stay lower case.
    lower: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def load_table(path: Path = TABLE_PATH) -> CasingTable:
    """The casing table (``data/casing.tsv``), read once per process."""
    tables: dict[str, dict[str, str]] = {kind: {} for kind in (
        "word", "name", "after", "before", "after_name", "before_name", "lower")}
    for kind, key, form in table_rows(path.read_text(encoding="utf-8")):
        tables[kind][key] = form
    return CasingTable(tables["word"], tables["name"], tables["after"], tables["before"],
                       name_words(tables["name"]), tables["after_name"],
                       tables["before_name"], tables["lower"])


def openings(table: CasingTable) -> Counter[str]:
    """How many of the table's words (three letters or more) open with each pair of letters."""
    return Counter(key[:2] for key in (*table.words, *table.lower)
                   if len(key) > 2 and key.isalpha())


def name_words(names: dict[str, str]) -> dict[str, int]:
    """First word of each name -> the most words of the names it starts."""
    out: dict[str, int] = {}
    for key in names:
        first, n = key.split(" ", 1)[0], key.count(" ") + 1
        out[first] = max(out.get(first, 0), n)
    return out


def unknown_name(word: str, table: CasingTable | None = None) -> bool:
    """A capitalised word the casing table knows only capitalised, or not at all: a name,
    whatever the parser tagged it ("Zelenskyy", which the small English model tags a common
    noun)."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    table = table or load_table()
    key = word_key(word)
    form = table.words.get(key)
    return key not in table.lower and (form is None or form[:1].isupper())


class Truecaser:
    """Restores the case of the ALL-CAPS and lower-case lines of a text (see the module)."""

    def __init__(self, table: CasingTable | None = None) -> None:
        self._table = table
        self._openings: Counter[str] | None = None

    @property
    def table(self) -> CasingTable:
        if self._table is None:
            self._table = load_table()
        return self._table

    def restore(self, text: str) -> str:
        """``text`` with its caseless lines in ordinary case; same length, same letters."""
        chars: list[str] | None = None
        defined: frozenset[str] | None = None
        for start, end in caseless_lines(text):
            if chars is None:
                chars, defined = list(text), defined_acronyms(text)
            line = text[start:end]
            upper = sum(map(str.isupper, line)) > sum(map(str.islower, line))
            for m, form in self._forms(line, defined if upper else None):
                for i, (c, f) in enumerate(zip(m.group(), form, strict=True)):
                    chars[start + m.start() + i] = _one(
                        c, c.upper() if f.isupper() else c.lower())
        return text if chars is None else "".join(chars)

    def _forms(self, line: str, acronyms: frozenset[str] | None = None
               ) -> Iterator[tuple[re.Match[str], str]]:
        """Each word of a caseless line with the form it takes; ``acronyms``, for a line in
        capitals, the keys of those its text defines (None for a line in lower case)."""
        tokens = list(WORD.finditer(line))
        keys = [word_key(m.group()) for m in tokens]
        # joined[j]: token j follows token j - 1 as the next word of a name may.
        joined = [False] + [line[a.end():b.start()] in NAME_GAPS
                            for a, b in pairwise(tokens)]
        forms: list[str] = []
        while len(forms) < len(tokens):
            _, name = self._name_at(keys, joined, len(forms))
            j = len(forms)
            if name is None and keys[j] in MONTH_WORDS and not _dated(line, tokens, keys, j):
                name = [keys[j]]
            forms += name or [self._word_form(keys, j, acronyms)]
        self._by_names(keys, joined, forms)
        for j, m in enumerate(tokens):
            form = forms[j]
            if keys[j] == "us" and _opens_clause(line, tokens, j):
                form = _COUNTRY_US
            if len(form) != len(m.group()) or _contraction(line, tokens, keys, j):
                form = change_case(m.group(), str.lower)
            if _starts_sentence(line, tokens, j) and form[:1].islower():
                form = _one(form[0], form[0].upper()) + form[1:]
            yield m, form

    def _by_names(self, keys: Sequence[str], joined: Sequence[bool], forms: list[str]) -> None:
        """Give the words the table capitalises next to a name their capital: after one from
        left to right, then before one from right to left ("Prime Minister Modi"). A capital
        a sentence start gives is not a name's (those come later)."""
        t = self.table
        for j in range(1, len(forms)):
            if joined[j] and forms[j - 1][:1].isupper() and forms[j][:1].islower():
                forms[j] = t.after_name.get(keys[j], forms[j])
        for j in range(len(forms) - 2, -1, -1):
            if joined[j + 1] and forms[j + 1][:1].isupper() and forms[j][:1].islower():
                forms[j] = t.before_name.get(keys[j], forms[j])

    def _name_at(self, keys: Sequence[str], joined: Sequence[bool], i: int
                 ) -> tuple[int, list[str] | None]:
        """The longest name of the table starting at token ``i``: its length and forms."""
        table = self.table
        most = table.name_words.get(keys[i], 0)
        longest = 1
        while longest < most and i + longest < len(keys) and joined[i + longest]:
            longest += 1
        for n in range(longest, 1, -1):
            form = table.names.get(" ".join(keys[i:i + n]))
            if form is not None and len(forms := WORD.findall(form)) == n:
                return n, forms
        return 1, None

    def _word_form(self, keys: Sequence[str], j: int,
                   acronyms: frozenset[str] | None = None) -> str:
        """The form of word ``j``: the table's, else lower case for an English-looking word,
        else a name's capital, or an acronym's capitals in a line written in capitals
        (``acronyms`` not None: those defined in its text, and words shaped like one)."""
        t = self.table
        key = keys[j]
        if j and (form := t.after.get(f"{keys[j - 1]} {key}")):
            return form
        if j + 1 < len(keys) and (form := t.before.get(f"{key} {keys[j + 1]}")):
            return form
        if acronyms and key in acronyms and key not in t.words and key not in _stop_words():
            return key.upper()          # "APEC", defined in the text, over the vocabulary's "apec"
        if (key in t.words or not t.lower or key in t.lower or _english_looking(key)
                or key.removesuffix("s") in t.lower or key.removesuffix("es") in t.lower):
            return t.words.get(key, key)
        if acronyms is not None and (key in acronyms or self._acronym(key)):
            return key.upper()
        return key[:1].upper() + key[1:]

    def _acronym(self, key: str) -> bool:
        """An unknown word that reads as an acronym, not a name: short, and with no vowel
        ("hrw") or opening with letters few of the table's words open with ("kcna")."""
        if len(key) > MAX_ACRONYM_LETTERS or not key.isascii():
            return False
        if self._openings is None:
            self._openings = openings(self.table)
        return not VOWELS & set(key) or self._openings[key[:2]] < MIN_OPENING_WORDS


# Endings of English words the vocabulary may lack ("regrouped", "southernmost"); names rarely
# end so. Unknown words without them are capitalised in 77 % of cases (held articles outside the
# aside split); with them, in under half.
_ENGLISH_ENDING = re.compile(
    r"(?:ing|ings|ed|ly|tion|tions|ment|ments|ness|ise|ised|ises|ize|ized|izes|ers|ies|able"
    r"|ous|ful|less|ists?|isms?|ity|ities|ship|wise|wards?|ery|ors|ry|most)$")


# An acronym defined in the text: a word in brackets after the words it abbreviates
# ("SOUTHERN AFRICAN DEVELOPMENT COMMUNITY (SADC)"), looked for among this many words before it.
_IN_BRACKETS = re.compile(r"\(([^\W\d_]{2,10})\)")
DEFINITION_WORDS = 10
# Words an acronym's letters may skip ("Office for the Coordination of Humanitarian Affairs").
_SKIPPED = frozenset({"of", "the", "for", "and", "on", "in", "to", "de", "du", "des", "la", "le"})


def defined_acronyms(text: str) -> frozenset[str]:
    """The keys of the acronyms ``text`` defines: each bracketed word whose letters, from the
    last, are found in order in the words before it, its first letter opening a word
    (Schwartz and Hearst's test, 2003), and whose letters hold every one of those words'
    initials but the skipped words' ("INTERGOVERNMENTAL AUTHORITY ON DEVELOPMENT (IGAD)";
    not "A GUNMAN (ALI)")."""
    out = set()
    for m in _IN_BRACKETS.finditer(text):
        words = WORD.findall(text[max(0, m.start() - 200):m.start()])[-DEFINITION_WORDS:]
        short = m.group(1).lower()
        long = _long_form(short, [w.lower() for w in words])
        if long and _in_order([w[0] for w in long if w not in _SKIPPED], short):
            out.add(word_key(short))
    return frozenset(out)


def _long_form(short: str, words: list[str]) -> list[str] | None:
    """The words from the one that opens with ``short``'s first letter, when its letters are
    found in them in order from the last (None when not)."""
    joined = " ".join(words)
    at = len(joined)
    for i in range(len(short) - 1, -1, -1):
        at = joined.rfind(short[i], 0, at)
        while i == 0 and at > 0 and joined[at - 1] != " ":
            at = joined.rfind(short[i], 0, at)
        if at < 0:
            return None
    return joined[at:].split()


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words: a text's "WORLD HEALTH ORGANIZATION (WHO)" leaves "who"
    the pronoun elsewhere."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _in_order(letters: list[str], word: str) -> bool:
    """Whether ``letters`` are found in ``word`` in this order."""
    rest = iter(word)
    return all(c in rest for c in letters)


def _english_looking(key: str) -> bool:
    return len(key) < 3 or _ENGLISH_ENDING.search(key) is not None


def _opens_clause(line: str, tokens: Sequence[re.Match[str]], j: int) -> bool:
    """Token ``j`` opens a sentence, or a clause after a semicolon ("... detained; us urges")."""
    return _starts_sentence(line, tokens, j) or line[
        tokens[j - 1].end():tokens[j].start()].strip() == ";"


def _dated(line: str, tokens: Sequence[re.Match[str]], keys: Sequence[str], j: int) -> bool:
    """Token ``j`` (a month name that is also a word) stands where a date does."""
    after = line[tokens[j].end():tokens[j + 1].start() if j + 1 < len(tokens) else len(line)]
    before = line[tokens[j - 1].end() if j else 0:tokens[j].start()]
    ordinal = j > 0 and keys[j - 1] in ("st", "nd", "rd", "th") and not before.strip()
    return bool(_NUMBER_AFTER.match(after) or _NUMBER_BEFORE.search(before) or ordinal
                or (j > 0 and keys[j - 1] in _BEFORE_DATE)
                or (j > 1 and keys[j - 1] == "of" and _NUMBER_BEFORE.search(
                    line[:tokens[j - 1].start()])))


def _contraction(line: str, tokens: Sequence[re.Match[str]], keys: Sequence[str], j: int
                 ) -> bool:
    """Token ``j`` ends a contraction or possessive ("don't", "I'm", "Kabul's"), not a name
    ("O'Brien")."""
    return (j > 0 and keys[j] in CONTRACTION_ENDS
            and line[tokens[j - 1].end():tokens[j].start()] in APOSTROPHES)


def _starts_sentence(line: str, tokens: Sequence[re.Match[str]], j: int) -> bool:
    """Token ``j`` opens a sentence: the first of the line, or after an end mark that does not
    close an abbreviation."""
    if j == 0:
        return True
    before = tokens[j - 1]
    gap = line[before.end():tokens[j].start()]
    m = _SENTENCE_END.match(gap) or _SENTENCE_END.search(gap)
    if m is None:
        return False
    return not (m.start() == 0 and gap[0] == "." and ends_abbreviation(line, before.end()))


def user_words(value: T, restored: str, user: str, ref: DocumentRef) -> T:
    """``value`` (an event, or any record of frozen dataclasses and tuples) read from the
    ``restored`` text, with the words the user wrote: each ``text`` or evidence sentence at a
    span of the document is taken from ``user`` at that span, and document references become
    ``ref`` (the user's title). Derived values (canonical names, GeoNames names) stay."""
    if isinstance(value, tuple):
        return type(value)(user_words(v, restored, user, ref) for v in value)  # type: ignore
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    if isinstance(value, DocumentRef):
        return ref if value.id == ref.id else value  # type: ignore[return-value]
    changes: dict[str, Any] = {}
    span = getattr(value, "span", None)
    if isinstance(value, Evidence):
        changes["sentence"] = _at(value.sentence, span, restored, user)
    elif isinstance(getattr(value, "text", None), str) and span is not None:
        changes["text"] = _at(value.text, span, restored, user)
    for f in dataclasses.fields(value):
        v = getattr(value, f.name)
        if f.name not in changes and (isinstance(v, tuple) or dataclasses.is_dataclass(v)):
            changes[f.name] = user_words(v, restored, user, ref)
    return dataclasses.replace(value, **changes)


def _at(text: str, span: Any, restored: str, user: str) -> str:
    """The user's words at ``span`` when ``text`` is what the restored text holds there."""
    try:
        start, end = span
    except (TypeError, ValueError):
        return text
    if isinstance(start, int) and isinstance(end, int) and restored[start:end] == text:
        return user[start:end]
    return text
