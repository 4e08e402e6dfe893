"""Language identification on the short news texts of tests/data/languages.tsv: accuracy per
language as written, upper-cased and lower-cased, the probabilities near the threshold, and
speed (model load, texts per second, a 2,000-character sample per second).

    python benchmarks/language.py
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.language import (  # noqa: E402
    MAX_ENGLISH_PROBABILITY, SAMPLE_CHARS, detect_language, load_identifier,
)

SAMPLES = ROOT / "tests" / "data" / "languages.tsv"
VARIANTS = {"as written": str, "upper": str.upper, "lower": str.lower}


def main() -> None:
    rows = [line.split("\t", 1) for line in SAMPLES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    t0 = time.perf_counter()
    identifier = load_identifier()
    print(f"model load: {time.perf_counter() - t0:.2f} s; {len(rows)} texts, "
          f"{len({c for c, _ in rows})} languages; foreign when P(en) < {MAX_ENGLISH_PROBABILITY}")
    for variant, change in VARIANTS.items():
        right: dict[str, list[bool]] = defaultdict(list)
        english_of_foreign, english_of_english = 0.0, 1.0
        for code, text in rows:
            found = detect_language(change(text), identifier)
            right[code].append(found.code == code)
            p_en = dict(identifier.rank(change(text).lower())).get("en", 0.0)
            if code == "en":
                english_of_english = min(english_of_english, p_en)
            else:
                english_of_foreign = max(english_of_foreign, p_en)
        per = " ".join(f"{c} {sum(v)}/{len(v)}" for c, v in sorted(right.items()))
        total = sum(sum(v) for v in right.values())
        print(f"{variant:>10}: accuracy {total}/{len(rows)} = {total / len(rows):.3f} ({per}); "
              f"P(en): highest of a foreign text {english_of_foreign:.4f}, lowest of an English "
              f"text {english_of_english:.4f}")
    texts = [t for _, t in rows]
    t0 = time.perf_counter()
    for _ in range(20):
        for t in texts:
            detect_language(t, identifier)
    rate = 20 * len(texts) / (time.perf_counter() - t0)
    long = (" ".join(texts[:10]) * 20)[:SAMPLE_CHARS]
    t0 = time.perf_counter()
    for _ in range(200):
        detect_language(long, identifier)
    print(f"speed: {rate:,.0f} short texts/s; {200 / (time.perf_counter() - t0):,.0f} "
          f"documents/s at the {SAMPLE_CHARS}-character sample (one core)")


if __name__ == "__main__":
    main()
