"""A briefing's items: a roundup of short stories, each opened by the place it is about
("CHAD: The army said its jets bombed camps on islands near ...", "SOUTH SUDAN: Cattle
raiders killed eight herders ...").

Each item is a story of its own: an event of an item that names no place of its own happened
in that item's place, never at the most named place of the whole briefing, which is another
item's (a strike told in the Chad item placed in the Niger item's capital). A paragraph opens
an item when a place the geoparser resolved is its label; a text with fewer than
:data:`MIN_ITEMS` such paragraphs is no briefing (a lone "UPDATE:" or "Kherson:" lead).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..records import Place

# A label opening a line: up to four capitalised words and a colon before the item's words.
_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]+\S", re.MULTILINE)
# At least this many items labelled by a place make a text a briefing.
MIN_ITEMS = 2


class Items:
    """The items of a briefing (none for any other text), by character offsets."""

    def __init__(self, text: str, places: Sequence[Place]) -> None:
        found = [(m.start("label"), label) for m in _LABEL.finditer(text)
                 if (label := _label_place(m.span("label"), places)) is not None]
        found = found if len(found) >= MIN_ITEMS else []
        self.starts = [start for start, _ in found]
        self.labels = [label for _, label in found]
        self._end = len(text)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def of(self, position: int) -> tuple[int, int, Place | None] | None:
        """The item holding ``position``: its span (from its label to the next item's) and
        its label's place; None in a text that is no briefing. The words before the first
        item are one of their own, with no label's place: a briefing's first label is read
        as a dateline ("CHAD: The army said ...") and cut from the text."""
        if not self.starts:
            return None
        k = bisect_right(self.starts, position) - 1
        if k < 0:
            return 0, self.starts[0], None
        end = self.starts[k + 1] if k + 1 < len(self.starts) else self._end
        return self.starts[k], end, self.labels[k]


def _label_place(label: tuple[int, int], places: Sequence[Place]) -> Place | None:
    """The resolved place within the label, if any."""
    return next((p for p in places if label[0] <= p.span[0] and p.span[1] <= label[1]
                 and p.latitude is not None), None)
