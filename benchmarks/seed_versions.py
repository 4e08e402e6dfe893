"""The founding example told by eight outlets: the records eventwire makes of it.

    python benchmarks/seed_versions.py [--min-confidence T] [--seed PATH]

Issue 13's held-back target is the founding article and seven rewrites of it the same day. The
founding article is third-party text the project may read but never copy
(``../shared/seed/*.txt``), so this benchmark makes the versions at run time, by the edits
outlets make to one wire copy, none of them aimed at its words: the page as scraped, the last
three and the last six paragraphs cut, the first paragraph dropped, two paragraphs swapped,
British spellings, and two common substitutions of news wording ("militants" -> "fighters",
"airstrikes" -> "air strikes"). It prints each record eventwire keeps at ``--min-confidence``
(the label, the merged confidence, the place, how many versions tell it, and the opening words
of each distinct sentence), for reading against the seed's README, which lists what a careful
coder reads out of the article. It scores nothing: the seed's events have no offsets to match.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import rewrites  # noqa: E402

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"
# American spellings and the British ones outlets print instead.
_BRITISH = {"neighborhood": "neighbourhood", "neighborhoods": "neighbourhoods",
            "defense": "defence", "defenses": "defences", "grueling": "gruelling",
            "center": "centre", "honor": "honour", "labor": "labour", "favor": "favour",
            "organization": "organisation", "traveled": "travelled"}
# Two substitutions of common news wording.
_WORDS = {"militants": "fighters", "airstrikes": "air strikes"}


def _replaced(text: str, table: dict[str, str]) -> str:
    return re.sub(r"\b(" + "|".join(table) + r")\b", lambda m: table[m.group(1)], text)


def versions(text: str) -> dict[str, str]:
    """The eight versions of ``text`` (paragraphs are separated by blank lines)."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    swapped = paras[:3] + paras[4:6] + paras[3:4] + paras[6:] if len(paras) > 6 else paras

    def joined(ps: list[str]) -> str:
        return "\n\n".join(ps)

    return {"page": text, "trim3": joined(paras[:-3]), "trim6": joined(paras[:-6]),
            "lede": joined(paras[1:]), "reorder": joined(swapped),
            "british": _replaced(text, _BRITISH), "words": _replaced(text, _WORDS),
            "both": _replaced(_replaced(joined(paras), _BRITISH), _WORDS)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-confidence", type=float, default=0.7)
    ap.add_argument("--seed", type=Path, default=None, help="the article (default: the "
                    "first .txt of ../shared/seed)")
    args = ap.parse_args()
    path = args.seed or next(iter(sorted(SEED.glob("*.txt"))), None)
    if path is None:
        sys.exit(f"no seed article in {SEED}: give one with --seed")
    rows = [{"story": "seed", "id": k, "kind": "wire", "split": "x", "url": f"https://seed.example/{k}",
             "published": "2015-11-17", "title": None, "text": v, "events": []}
            for k, v in versions(path.read_text(encoding="utf-8")).items()]
    run = rewrites.run_pipeline(rows)
    for rec, parts in rewrites.records(run, args.min_confidence):
        told = sorted({run.by_doc[p.document.id][0] for p in parts})
        opening = sorted({p.evidence.sentence[:45] for p in parts})
        where = rec.location.name if rec.location else "-"
        print(f"{rec.type.label:29} {rec.confidence:.2f} {where:12} versions {len(told)} | "
              + " | ".join(opening))


if __name__ == "__main__":
    main()
