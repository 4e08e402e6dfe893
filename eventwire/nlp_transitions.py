"""spaCy's transition-based parser and entity recognizer, stepped from Python: the same
annotations, without a lock taken and released per action and state.

spaCy 3.8 runs a batch's transitions in compiled code with the interpreter lock released, and
the compiled check of each action (is it valid in this state?) takes the lock back whenever it
reads a token past the sentence's end: millions of lock round trips, 45% of the recognizer's
time and 20% of the parser's (``perf`` on the candidate sentences of 128 KB of event-dense text,
``python benchmarks/pathological.py "varied events"``). Here the loop is spaCy's own,
``Parser.greedy_parse``, written in Python: the same feature vectors (spaCy's
``precompute_hiddens``), the same output layer product (BLIS, which the compiled loop uses),
the same bias, the same score for classes never seen in training, and spaCy's own
``transition_states`` to take the best valid action: with the lock held, its checks cost
nothing. Measured on those 1,641 sentences: the recognizer 1.15 -> 0.49 CPU s, the parser
0.31 -> 0.13, the same entities and dependencies for every sentence. A component this module
does not know (beam search, no output layer, another activation) runs as spaCy runs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc


def pipe(component: Any, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """``component.pipe(docs, batch_size=batch_size)``, stepped from Python when
    :func:`steppable`: batches cut and sorted by length as spaCy's ``Parser.pipe`` does."""
    if not steppable(component):
        yield from component.pipe(docs, batch_size=batch_size)
        return
    from spacy.util import minibatch
    for batch in minibatch(docs, size=batch_size):
        batch = list(batch)
        for sub in minibatch(sorted(batch, key=len), size=max(batch_size // 4, 2)):
            sub = list(sub)
            component.set_annotations(sub, _greedy(component, sub))
        yield from batch


def steppable(component: Any) -> bool:
    """Whether ``component`` is a spaCy transition parser this module steps as spaCy would:
    greedy (beam width 1), on the CPU, with an output layer over maxout hidden units."""
    parser = _parser_class()
    if parser is None or not isinstance(component, parser):
        return False
    from thinc.api import NumpyOps
    model = component.model
    return (component.cfg.get("beam_width") == 1 and bool(model.attrs.get("has_upper"))
            and isinstance(model.ops, NumpyOps) and _maxout_pieces(model) >= 2
            and all(hasattr(component, name) for name in _PARSER_METHODS))


# What :func:`_greedy` calls of spaCy's parser and of the step model its model predicts.
_PARSER_METHODS = ("_ensure_labels_are_added", "transition_states", "set_annotations")
_STEP_PARTS = ("vec2scores", "state2vec", "get_token_ids", "_class_mask", "clear_memory")


def _greedy(component: Any, docs: list[Doc]) -> list[Any]:
    """The final states of greedy parsing ``docs`` (``Parser.greedy_parse`` in Python)."""
    if not any(len(doc) for doc in docs):
        return component.moves.init_batch(docs)
    component._ensure_labels_are_added(docs)
    states = component.moves.init_batch(docs)
    step = component.model.predict(docs)          # tokens' vectors and feature weights
    if not all(hasattr(step, name) for name in _STEP_PARTS):
        return component.predict(docs)            # another spaCy: its own loop
    weights, bias = step.vec2scores.get_param("W"), step.vec2scores.get_param("b")
    unseen = step._class_mask == 0
    todo = [s for s in states if not s.is_final()]
    while todo:
        hidden, _ = step.state2vec(step.get_token_ids(todo), False)
        scores = _blis().gemm(hidden, weights, trans2=True)
        scores += bias
        if unseen.any():                          # never chosen over a class seen in training
            scores[:, unseen] = scores.min()
        todo = component.transition_states(todo, scores)
    step.clear_memory()
    return states


def _maxout_pieces(model: Any) -> int:
    lower = model.get_ref("lower") if model.has_ref("lower") else None
    return lower.get_dim("nP") if lower is not None and lower.has_dim("nP") else 0


@lru_cache(maxsize=1)
def _parser_class() -> type | None:
    try:
        from spacy.pipeline.transition_parser import Parser
    except ImportError:
        return None
    return Parser


@lru_cache(maxsize=1)
def _blis() -> Any:
    """thinc's operations on BLIS: the output layer's product as the compiled loop makes it."""
    from thinc.api import NumpyOps
    return NumpyOps(use_blis=True)
