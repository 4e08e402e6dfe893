"""The encoder module's BLAS thread limit, which the detector's model runs under too."""

import numpy as np
from threadpoolctl import threadpool_info

from eventwire.events.encoder import THREADS, blas_threads


def _blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_matrix_products_in_the_context_use_the_encoders_threads():
    before = _blas_threads()
    assert before                               # numpy's BLAS is loaded
    with blas_threads():
        assert set(_blas_threads()) == {THREADS}
        a = np.ones((3, 4), dtype=np.float32)
        assert (a @ a.T == 4.0).all()
    assert _blas_threads() == before            # the process's setting is given back


class _CountingEncoder:
    """One row per text, its length and its position in the call; records what it is given."""

    def __init__(self):
        self.calls = []

    def encode(self, texts):
        self.calls.append(list(texts))
        return np.array([[len(t), i] for i, t in enumerate(texts)], dtype=np.float32)


def test_each_distinct_text_is_encoded_once_and_every_text_gets_its_row():
    from eventwire.events.encoder import encode_distinct
    enc = _CountingEncoder()
    texts = ["Rebels took Goma.", "Police said.", "Rebels took Goma.", "A", "Police said."]
    rows = encode_distinct(enc, texts)
    assert enc.calls == [["Rebels took Goma.", "Police said.", "A"]]
    assert rows[:, 0].tolist() == [len(t) for t in texts]
    assert rows[:, 1].tolist() == [0, 1, 0, 2, 1]           # a repeat shares its first's row
    enc.calls.clear()
    assert encode_distinct(enc, ["x", "y"]).tolist() == [[1, 0], [1, 1]]
    assert enc.calls == [["x", "y"]]                          # nothing repeated: one plain call
