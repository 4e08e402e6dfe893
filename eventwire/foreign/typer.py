"""The event type of a sentence in another language, from its encoder vector alone.

The detector's model types an event from the sentence's vector and from English rule
features; with no rule features (text in another language) its typing is weak. The encoder
is multilingual, its languages sharing one vector space, so a softmax regression from the
vector to the 30 labels, trained on the project's English corpus (and on events written
for it in other languages, ``training/data/foreign``) by ``training/train_foreign_typer.py``,
types foreign sentences. Its weights (512 x 30,
float16, about 30 KB) are in ``typer.npz`` beside this module, loaded on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ResourceError

TYPER_PATH = Path(__file__).with_name("typer.npz")


@dataclass(frozen=True, slots=True, eq=False)
class Typer:
    """Labels and the regression's weights: ``w`` (dimensions x labels) and ``b``."""

    classes: tuple[str, ...]
    w: np.ndarray
    b: np.ndarray

    def labels(self, vectors: np.ndarray) -> list[str]:
        """The most likely label of each row of ``vectors``."""
        if not len(vectors):
            return []
        scores = np.asarray(vectors, np.float32) @ self.w.astype(np.float32) + self.b
        return [self.classes[i] for i in scores.argmax(axis=1)]

    def save(self, path: Path) -> None:
        np.savez_compressed(path, classes=np.array(self.classes),
                            w=self.w.astype(np.float16), b=self.b.astype(np.float32))

    @classmethod
    def load(cls, path: Path = TYPER_PATH) -> Typer:
        try:
            with np.load(path, allow_pickle=False) as f:
                return cls(tuple(str(c) for c in f["classes"]), f["w"], f["b"])
        except (OSError, KeyError) as exc:
            raise ResourceError(f"cannot read the foreign typer {path}: {exc}; reinstall "
                                "eventwire, or run training/train_foreign_typer.py") from exc


@lru_cache(maxsize=1)
def load_typer() -> Typer:
    """The shipped typer, loaded once per process."""
    return Typer.load()
