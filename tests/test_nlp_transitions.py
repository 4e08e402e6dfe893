"""The parser and the entity recognizer stepped from Python annotate as spaCy's own loop does."""

import pytest

from eventwire.nlp import load_pipeline
from eventwire.nlp_transitions import pipe, steppable

# Our own sentences: events, reported speech, lists, a headline, odd spacing and punctuation,
# a one-word and an empty text, and one long enough to take many steps.
TEXTS = [
    "Gunmen killed four guards outside a bank in Karsova on Tuesday, police said.",
    "The Velmar Front said its fighters took two villages near the Olt river overnight.",
    "",
    "Nobody.",
    "BREAKING: Jets strike fuel depot in Port Arden",
    ("A teacher, two farmers and a nurse were wounded when a mortar round hit the market "
     "of Dessa, which lies 40 km (25 miles) north of the capital, Ms. Idris told Radio Olt."),
    "  Police   arrested 30 people after the march on 3 March 2024 -- the third this year.",
    ("Rebels of the Northern Alliance, backed by Marcan troops, shelled the towns of Ulm, "
     "Vesk, Tarno and Bel; the army answered with air strikes on their bases in the hills "
     "and said on Friday that more than 200 fighters had been killed since the offensive "
     "began in the first week of June, a figure the rebels denied."),
]


def _annotations(docs):
    return [[(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in d] for d in docs]


@pytest.mark.parametrize("name", ["parser", "ner"])
def test_a_stepped_component_annotates_as_spacy_does(name):
    nlp = load_pipeline()
    component = nlp.get_pipe(name)
    assert steppable(component)
    before = nlp.pipe_names[:nlp.pipe_names.index(name)]
    off = [n for n in nlp.pipe_names if n not in before]

    def prepared():
        return list(nlp.pipe(TEXTS, disable=off))

    theirs = list(component.pipe(prepared(), batch_size=4))
    ours = list(pipe(component, prepared(), batch_size=4))
    assert [d.text for d in ours] == TEXTS                   # every Doc, in order
    assert _annotations(ours) == _annotations(theirs)
    assert any(t.dep_ for d in ours for t in d) if name == "parser" else any(
        d.ents for d in ours)


def test_a_component_it_does_not_know_runs_as_it_would():
    seen = []

    class Tagger:                            # no transition parser: its own pipe is used
        def pipe(self, docs, batch_size):
            seen.append(batch_size)
            return iter(docs)

    assert not steppable(Tagger())
    assert list(pipe(Tagger(), ["a", "b"], batch_size=7)) == ["a", "b"]
    assert seen == [7]


def test_a_beam_parser_is_left_to_spacy(monkeypatch):
    component = load_pipeline().get_pipe("ner")
    monkeypatch.setitem(component.cfg, "beam_width", 4)
    assert not steppable(component)
