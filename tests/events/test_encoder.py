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
