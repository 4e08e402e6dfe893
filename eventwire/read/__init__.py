"""The read stage: input paths and stdin become :class:`RawDocument` records, or
:class:`Failure` records saying what is wrong and what to do.

Kinds of input: HTML pages, plain text, JSON Lines (:mod:`.jsonl`), RSS/Atom feeds
(:mod:`.feeds`), WARC/ARC archives (:mod:`.warc`), CSV/TSV tables (:mod:`.table`), each also
gzipped; files, directories and stdin (:mod:`.files`); decoding and size limits
(:mod:`.decoding`). Bad input never stops the batch.
"""

from __future__ import annotations

from .decoding import MAX_FILE_BYTES, decode, source_name
from .files import KNOWN, SUFFIXES, iter_inputs
from .table import Columns

__all__ = ["KNOWN", "MAX_FILE_BYTES", "SUFFIXES", "Columns", "decode", "iter_inputs",
           "source_name"]
