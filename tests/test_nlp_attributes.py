import pytest

from eventwire.nlp import load_pipeline, parse
from eventwire.nlp_attributes import attribute_rules


def annotations(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def both_ways(nlp, doc_bytes):
    """The Doc annotated by spaCy's ruler and by the rules run apart."""
    from spacy.tokens import Doc
    theirs = nlp.get_pipe("attribute_ruler")(Doc(nlp.vocab).from_bytes(doc_bytes))
    ours = attribute_rules(nlp)(Doc(nlp.vocab).from_bytes(doc_bytes))
    return annotations(theirs), annotations(ours)


@pytest.fixture(scope="module")
def toy():
    """A blank pipeline with a ruler whose rules overlap: later rules must win, a rule of two
    tokens may annotate its second, and dependency and set tests count."""
    import spacy
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN", "MORPH": "Number=Sing"})
    ruler.add([[{"TAG": "NN", "LOWER": {"IN": ["nobody", "anyone"]}}]], {"POS": "PRON"})
    ruler.add([[{"LOWER": "wan"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=-1)
    ruler.add([[{"LOWER": "wan"}, {"LOWER": "na"}]], {"LEMMA": "want"}, index=0)
    ruler.add([[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]],
              {"POS": "AUX"})
    ruler.add([[{"LOWER": {"REGEX": "^n'?t$"}}]], {"POS": "PART", "LEMMA": "not"})
    ruler.add([[{"IS_SPACE": True}]], {"TAG": "_SP", "POS": "SPACE"})
    return nlp


def toy_doc(nlp, words, tags, deps):
    from spacy.tokens import Doc
    heads = [0] * len(words)
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads).to_bytes()


def test_later_rules_win_and_two_token_rules_annotate_either_token(toy):
    doc = toy_doc(toy, ["Nobody", "wan", "na", "go", "but", "the", "dog", "did", "n't"],
                  ["NN", "VBP", "TO", "VB", "CC", "DT", "NN", "VBD", "RB"],
                  ["nsubj", "ROOT", "aux", "xcomp", "cc", "det", "nsubj", "aux", "neg"])
    theirs, ours = both_ways(toy, doc)
    assert ours == theirs
    assert ours[0][1] == "PRON"                 # the later rule over the tag's
    assert ours[1][3] == "want" and ours[2][3] == "to"
    assert ours[2][1] == ""                     # "TO" is excluded from the aux rule
    assert ours[7][1] == "AUX" and ours[8][1] == "PART"


def test_space_tokens_and_a_rule_cut_by_the_end_of_the_doc(toy):
    doc = toy_doc(toy, ["dogs", "  ", "wan"], ["NNS", "_SP", "VB"], ["ROOT", "dep", "dep"])
    theirs, ours = both_ways(toy, doc)
    assert ours == theirs
    assert ours[1][1] == "SPACE" and ours[2][3] == ""


def test_a_ruler_with_a_pattern_it_cannot_read_is_left_to_spacy():
    import spacy
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN", "OP": "+"}]], {"POS": "NOUN"})
    assert attribute_rules(nlp) is None
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add([[{"LENGTH": {">": 3}}]], {"POS": "NOUN"})
    assert attribute_rules(nlp) is None
    assert attribute_rules(spacy.blank("en")) is None       # no ruler at all


# Sentences of news and speech with what the English ruler's special rules read: pronouns by
# their dependency, "that" and "do" by theirs, contractions, "gonna", "let's", "y'all",
# spaces and line breaks inside a sentence.
SENTENCES = [
    "Police said that gunmen killed 12 people in a market on Monday.",
    "I told them it was over, but they did not listen and you know it.",
    "Let's go, y'all, we're gonna be late and we ain't got time.",
    "There is nothing anyone could do; those that stayed have lost everything.",
    "Did they really think he would not come back?  He did.",
    "Rebels seized  the town\nand held it for  three days, residents said.",
    "C'mon, gotta leave now, she said, and it was the last thing I heard from her.",
    "What that means for the talks is unclear, though officials have been hopeful.",
    "The army, which had been shelling the area since April, denied it.",
    "Myself, I never doubted them: ours was the only road out, and theirs was shut.",
]


def test_the_english_rules_run_apart_annotate_as_spacy_does():
    nlp = load_pipeline()
    docs = list(nlp.pipe(SENTENCES, disable=["attribute_ruler", "ner"]))
    for doc in docs:
        theirs, ours = both_ways(nlp, doc.to_bytes())
        assert ours == theirs, doc.text


def test_parse_gives_spacys_annotations_and_entities():
    nlp = load_pipeline()
    ours = list(parse(nlp, SENTENCES))
    theirs = list(nlp.pipe(SENTENCES))
    assert [annotations(d) for d in ours] == [annotations(d) for d in theirs]
    assert [[(e.text, e.label_) for e in d.ents] for d in ours] == [
        [(e.text, e.label_) for e in d.ents] for d in theirs]
    late = list(parse(nlp, SENTENCES, entities=False))
    assert [annotations(d) for d in late] == [annotations(d) for d in theirs]
    assert not any(d.has_annotation("ENT_IOB") for d in late)
