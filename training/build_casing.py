"""Build ``eventwire/data/casing.tsv``, the casing table of :mod:`eventwire.casing`.

    python training/build_casing.py [--out PATH]

Sources, all the project's own or shipped with its dependencies:
- the corpus (``training/data/corpus``), mixed-case registers, the sentences the detector is
  trained on (not the held slices, which ``benchmarks/articles.py`` scores) of the training
  split only (the aside split is what ``benchmarks/case.py`` measures on): how each word is
  cased when it does not
  open a sentence, names of several capitalised words, and for words cased both ways (us / US,
  may / May) the neighbours that settle them;
- eventwire's lexicons: armed groups and their acronyms, demonyms, regions, landmarks,
  abbreviations (``eventwire/data/*.tsv``);
- the gazetteer's names of countries, regions and towns of 15,000 people or more, and of towns
  of 1,000 or more whose name has a word the English model's vocabulary does not hold
  ("Dapchi", "Shasta Lake"; not "Mission Beach"): such a word is a name, not English.
The corpus overrides the name lists: a word the corpus writes in lower case more often than
capitalised ("police", "mobile") stays lower case even where a town bears its name, and a
gazetteer name all of whose words the corpus writes in lower case ("Northern District",
"Eastern Province") is kept only when the corpus writes it as a name: in news such words
mostly describe ("the city's northern district").
Words known in lower case (the corpus's, the lexicons', and the English model's vocabulary
without the lower case of its names: see ``english_words``) are listed too, so that a word
known neither way can be taken for a name.
Deterministic: the same inputs write the same file.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.casing import NAME_GAPS, TABLE_PATH, WORD, word_key  # noqa: E402
from eventwire.lexicon import read_table  # noqa: E402
from training.corpus import is_aside  # noqa: E402
from training.train_detector import training_sentences  # noqa: E402

MIXED_REGISTERS = frozenset({"wire", "local", "radio", "translated"})
# Gazetteer towns this large are names news may write in capitals; smaller ones are often also
# common words, and their own articles name them in ordinary case anyway.
MIN_POPULATION = 15_000
# Smaller towns are kept when a word of their name is unknown to the English model. The bar
# was chosen on the held slices' articles outside the aside split, in capitals and lower case
# (events placed as in the mixed-case run: see the README's case paragraph).
MIN_FOREIGN_POPULATION = 1_000
NAME_FEATURES = frozenset({"ADM1", "ADM2", "CONT", "RGN"})
# The lemmatizer's parts of speech whose words are English even where a name bears them ("will",
# "rich", "mobile"); its nouns include WordNet's names of places and people.
ENGLISH_POS = ("verb", "adj", "adv")
# A word is ambiguous when its second casing makes at least this share of its uses; a neighbour
# settles it when seen this often with one form, which has this share of its uses there.
AMBIGUOUS_SHARE = 0.2
MIN_CONTEXT_COUNT = 2
MIN_CONTEXT_SHARE = 0.75
# A word's form next to any name ("Street" after one) is a claim about a whole class of
# neighbours: it needs more sightings than one neighbour's.
MIN_BY_NAME_COUNT = 5
# A run of capitalised words is kept as a name when seen this often in capitals.
MIN_NAME_COUNT = 2
LONGEST_NAME = 5
# Tables (and pattern column) whose capitalised words are read only when acronyms.
ACRONYM_TABLES = frozenset({("actors_weapons.tsv", 0), ("events_cues.tsv", 2)})
# Marks after which a capital says nothing about the word (a quotation or a new sentence).
_OPENERS = re.compile(r"[\"“‘'(\[:]\s*$")


def corpus_tokens() -> Iterator[list[tuple[str, bool, str]]]:
    """Each training sentence's words: (word, opens a clause, the gap before the next)."""
    for s in training_sentences():
        if s.register not in MIXED_REGISTERS or is_aside(s.article):
            continue
        ms = list(WORD.finditer(s.text))
        out = []
        for i, m in enumerate(ms):
            opens = i == 0 or _OPENERS.search(s.text[ms[i - 1].end():m.start()]) is not None
            gap = s.text[m.end():ms[i + 1].start()] if i + 1 < len(ms) else ""
            out.append((m.group(), opens, gap))
        yield out


def corpus_counts(sentences: list[list[tuple[str, bool, str]]]) -> dict[str, Counter[str]]:
    """How each word is written where its case says something: not opening a clause, and not
    inside a run of capitalised words ("North" of "North Korea" says nothing of "north", which
    the name's own row covers) unless the word is never seen outside one."""
    alone: dict[str, Counter[str]] = defaultdict(Counter)
    in_runs: dict[str, Counter[str]] = defaultdict(Counter)
    for toks in sentences:
        for i, (word, opens, _) in enumerate(toks):
            if opens:
                continue
            run = word[0].isupper() and (
                (i and toks[i - 1][2] in (" ", "-") and toks[i - 1][0][0].isupper())
                or (toks[i][2] in (" ", "-") and i + 1 < len(toks) and toks[i + 1][0][0].isupper()))
            (in_runs if run else alone)[word_key(word)][word] += 1
    return {k: alone.get(k) or in_runs[k] for k in alone.keys() | in_runs.keys()}


def context_forms(sentences, forms) -> tuple[dict[str, str], dict[str, str]]:
    """For ambiguous words, the form a left or right neighbour settles."""
    ambiguous = _ambiguous(forms)
    left: dict[str, Counter[str]] = defaultdict(Counter)
    right: dict[str, Counter[str]] = defaultdict(Counter)
    for toks in sentences:
        keys = [word_key(w) for w, _, _ in toks]
        for i, (word, opens, _) in enumerate(toks):
            if opens or keys[i] not in ambiguous:
                continue
            if i:
                left[f"{keys[i - 1]} {keys[i]}"][word] += 1
            if i + 1 < len(toks):
                right[f"{keys[i]} {keys[i + 1]}"][word] += 1
    return (_settled(left, forms, lambda k: k.split()[1], MIN_CONTEXT_COUNT),
            _settled(right, forms, lambda k: k.split()[0], MIN_CONTEXT_COUNT))


def name_neighbour_forms(sentences, forms) -> tuple[dict[str, str], dict[str, str]]:
    """For words mostly written in lower case, the form they take next to a name: after a
    capitalised word
    ("Sheridan Street", "Crawford County") and before one ("President Tinubu"), where the
    neighbour is capitalised as a name, not for opening a clause."""
    after: dict[str, Counter[str]] = defaultdict(Counter)
    before: dict[str, Counter[str]] = defaultdict(Counter)
    for toks in sentences:
        for i, (word, opens, gap) in enumerate(toks):
            key = word_key(word)
            if opens or key not in forms:
                continue
            prev = toks[i - 1] if i else None
            if prev and not prev[1] and prev[0][0].isupper() and prev[2] in NAME_GAPS:
                after[key][word] += 1
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt and gap in NAME_GAPS and nxt[0][0].isupper():
                before[key][word] += 1
    return (_settled(after, forms, lambda k: k, MIN_BY_NAME_COUNT),
            _settled(before, forms, lambda k: k, MIN_BY_NAME_COUNT))


def _ambiguous(forms) -> set[str]:
    return {k for k, c in forms.items() if len(c) > 1
            and c.most_common(2)[1][1] >= AMBIGUOUS_SHARE * sum(c.values())}


def _settled(seen, forms, word_of, min_count: int = 2) -> dict[str, str]:
    out = {}
    for key, c in seen.items():
        form, n = c.most_common(1)[0]
        default = forms[word_of(key)].most_common(1)[0][0]
        if form != default and n >= min_count and n >= MIN_CONTEXT_SHARE * sum(c.values()):
            out[key] = form
    return out


def corpus_names(sentences) -> Counter[str]:
    """Runs of two or more capitalised words joined by spaces or hyphens ("New York")."""
    names: Counter[str] = Counter()
    for toks in sentences:
        run: list[str] = []
        for word, opens, gap in toks:
            if word[0].isupper() and not (opens and not run):
                run.append(word)
            else:
                _add_run(names, run)
                run = []
            if gap not in (" ", "-"):
                _add_run(names, run)
                run = []
        _add_run(names, run)
    return names


def _add_run(names: Counter[str], run: list[str]) -> None:
    if 2 <= len(run) <= LONGEST_NAME:
        names[" ".join(run)] += 1


def lexicon_names() -> Iterator[str]:
    """Names written in eventwire's own tables (plain alternatives of their patterns, an
    optional plural taken both ways: "IEDs?" gives "IED" and "IEDs"); of the weapon and cue
    tables, whose capitals are also offices ("King", "Secretary"), only acronyms."""
    for table, col, form in _lexicon_forms():
        if any(c.isupper() for c in form) and (
                (table, col) not in ACRONYM_TABLES or form.removesuffix("s").isupper()):
            yield form.removeprefix("the ")


def lexicon_words() -> Iterator[str]:
    """The words eventwire's tables write in lower case ("gunmen", "shelling")."""
    for _, _, form in _lexicon_forms():
        if not any(c.isupper() for c in form):
            yield from WORD.findall(form)


def _lexicon_forms() -> Iterator[tuple[str, int, str]]:
    """(table, column, form) of each plain alternative of the tables' patterns."""
    plain = re.compile(r"^[^\W\d_][\w .'-]*$")
    from eventwire.actors.table import TABLE_FILES
    actor_tables = tuple((name, (0, 1)) for name in TABLE_FILES)
    for table, columns in (*actor_tables, ("actors_demonyms.tsv", (0, 1)),
                           ("places_demonyms.tsv", (0,)), ("places_regions.tsv", (0,)),
                           ("places_landmarks.tsv", (0,)), ("places_abbreviations.tsv", (0,)),
                           *((name, (col,)) for name, col in ACRONYM_TABLES)):
        for row in read_table(table):
            for col in columns:
                for alt in row[col].split("|"):
                    forms = ((alt[:-2], alt[:-1]) if alt.endswith("s?") else (alt,))
                    yield from ((table, col, f) for f in forms if plain.match(f))


def gazetteer_names(vocabulary: frozenset[str]) -> Iterator[str]:
    """Countries, regions and large towns; smaller towns whose name has a word not in
    ``vocabulary`` (the English model's lower-case strings, names' included: a word the model
    has seen at all may be a common word, "Mission Beach")."""
    from eventwire.places import load_gazetteer
    from eventwire.places.gazetteer import COUNTRY_FEATURES

    g = load_gazetteer()
    for i in range(len(g)):
        large = (g.population[i] >= MIN_POPULATION or g.feature[i] in COUNTRY_FEATURES
                 or g.feature[i] in NAME_FEATURES)
        if large or (g.population[i] >= MIN_FOREIGN_POPULATION and any(
                word_key(w) not in vocabulary for w in WORD.findall(g.name[i]))):
            yield g.name[i]


def english_model() -> Any:
    """The English model with its lemmatizer (which eventwire does not load to read news)."""
    import spacy

    from eventwire.nlp import MODEL_PACKAGES

    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("no spaCy English model is installed")


def vocabulary_words(nlp: Any) -> frozenset[str]:
    """The lower-case strings of the English model's vocabulary (the strings it was built with:
    common words, and the lower case of names common enough in its training text)."""
    return frozenset(s for s in nlp.vocab.strings if s.isalpha() and s.islower())


def english_words(nlp: Any) -> frozenset[str]:
    """The vocabulary's words known in lower case. spaCy stores the lower case of every token,
    so a name gives its lower case too ("Bangalore" gives "bangalore"): a word whose
    capitalised form the vocabulary also holds counts only when the model's lemmatizer lists
    it as a verb, adjective or adverb, or as an irregular form ("will", "rich", "nice",
    "feet"). Its nouns are no help: they hold WordNet's names ("bangalore", "taylor"). The
    corpus and the lexicons add the words they write in lower case (:func:`build`)."""
    strings = set(nlp.vocab.strings)
    lower = vocabulary_words(nlp)
    # Only a capitalised form is a name's: capitals alone are an acronym or a headline's
    # ("APEC", "RESIGNATIONS"), and the lower case may then be the better guess.
    named = {s for s in lower if s.capitalize() in strings}
    return frozenset((lower - named) | (named & _lemmatizer_words(nlp)))


def _lemmatizer_words(nlp: Any) -> set[str]:
    """The verbs, adjectives and adverbs of the lemmatizer's index, and its irregular forms."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    words: set[str] = set()
    for pos in ENGLISH_POS:
        words.update(index.get(pos, ()))
        for form, lemmas in exceptions.get(pos, {}).items():
            words.update((form, *lemmas))
    words.update(exceptions.get("noun", {}))     # irregular plurals ("feet", "criteria")
    return words


def build(names: Iterable[str], places: Iterable[str] = (),
          english: frozenset[str] = frozenset(), lexicon_lower: Iterable[str] = ()
          ) -> list[tuple[str, str, str]]:
    """The table's rows from ``names`` (our lexicons) and ``places`` (gazetteer names, whose
    names of common words only the corpus can confirm), with the corpus; ``english`` and
    ``lexicon_lower`` are words known in lower case besides the corpus's."""
    sentences = list(corpus_tokens())
    forms = corpus_counts(sentences)
    attested = {" ".join(word_key(t) for t in run.split()): run
                for run, n in corpus_names(sentences).items() if n >= MIN_NAME_COUNT}
    places = [p for p in places if not _descriptive(p, forms, attested)]
    words: dict[str, str] = {}
    multi: dict[str, str] = {}
    for name in sorted({*names, *places}):
        tokens = WORD.findall(name)
        if len(tokens) == 1:
            words.setdefault(word_key(name), name)
        elif 1 < len(tokens) <= LONGEST_NAME:
            multi.setdefault(" ".join(word_key(t) for t in tokens), " ".join(tokens))
    for key, c in forms.items():          # the corpus overrides the name lists
        words[key] = c.most_common(1)[0][0]
    for key, run in attested.items():
        multi.setdefault(key, run)
    after, before = context_forms(sentences, forms)
    rows = [("word", k, f) for k, f in sorted(words.items()) if f != k and len(f) == len(k)]
    rows += [("name", k, f) for k, f in sorted(multi.items())
             if _differs(k, f, words) and len(f) == len(k)]
    rows += [("after", k, f) for k, f in sorted(after.items())]
    rows += [("before", k, f) for k, f in sorted(before.items())]
    after_name, before_name = name_neighbour_forms(sentences, forms)
    rows += [("after_name", k, f) for k, f in sorted(after_name.items())]
    rows += [("before_name", k, f) for k, f in sorted(before_name.items())]
    known = {k for k, c in forms.items() if c.most_common(1)[0][0][:1].islower()} | english
    known |= {word_key(w) for w in lexicon_lower}
    rows += [("lower", k, k) for k in sorted(known - {k for k, f in words.items() if f != k})]
    return rows


def _descriptive(name: str, forms: dict[str, Counter[str]], attested: dict[str, str]) -> bool:
    """A name of several words, each written in lower case by the corpus, that the corpus
    never writes as a name ("Northern District")."""
    keys = [word_key(t) for t in WORD.findall(name)]
    return (len(keys) > 1 and " ".join(keys) not in attested
            and all(k in forms and forms[k].most_common(1)[0][0][:1].islower() for k in keys))


def _differs(key: str, form: str, words: dict[str, str]) -> bool:
    """A name is worth a row when its words alone would be cased otherwise."""
    return [words.get(k, k) for k in key.split()] != form.split()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=TABLE_PATH)
    args = ap.parse_args()
    nlp = english_model()
    rows = build(lexicon_names(), gazetteer_names(vocabulary_words(nlp)), english_words(nlp),
                 lexicon_words())
    header = ("# The casing of words and names, for eventwire.casing. Built by "
              "training/build_casing.py (do not edit by hand)\n"
              "# from the project's corpus (training split), eventwire's lexicons and GeoNames "
              "names (CC BY 4.0).\n# kind<TAB>key (lower case)<TAB>form. kind: word, name "
              "(several words), after/before (the form of a word next to another), after_name/"
              "before_name (next to a capitalised name), lower (words known in lower case)\n")
    with args.out.open("w", encoding="utf-8") as f:
        f.write(header)
        for row in rows:
            f.write("\t".join(row) + "\n")
    kinds = Counter(kind for kind, _, _ in rows)
    print(f"{args.out}: {len(rows)} rows ({', '.join(f'{k} {n}' for k, n in kinds.items())})")


if __name__ == "__main__":
    main()
