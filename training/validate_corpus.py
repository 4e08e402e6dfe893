"""Check the training corpus (``training/data/corpus/*.jsonl``) and print what it holds.

    python training/validate_corpus.py [FILE ...]

Exit 1 with one line per problem (file, line, what) when any article breaks the format of
``training/data/README.md``; else print counts by label, kind, register and split.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eventwire.taxonomy import LABELS  # noqa: E402
from training.corpus import CORPUS_DIR, KINDS, REGISTERS, SCOPES, is_aside  # noqa: E402

LABEL_KEYS = {"text", "label", "realis", "background", "scope", "kind"}


def problems(article: dict) -> list[str]:
    """What is wrong with one article (empty when nothing is)."""
    out = []
    if not str(article.get("id", "")).strip():
        out.append("no id")
    reg = article.get("register")
    if reg not in REGISTERS:
        out.append(f"register {reg!r} is not one of {sorted(REGISTERS)}")
    title = article.get("title")
    sents = article.get("sentences")
    if not isinstance(title, str) or not title.strip():
        out.append("no title")
    if not isinstance(sents, list) or not sents:
        return out + ["no sentences"]
    for i, s in enumerate(sents):
        out += [f"sentence {i}: {p}" for p in _sentence_problems(s, reg)]
    if reg in ("caps", "lower") and isinstance(title, str):
        cased = title.upper() if reg == "caps" else title.lower()
        if title != cased:
            out.append(f"title is not {reg}")
    return out


def _sentence_problems(s: dict, reg: str | None) -> list[str]:
    out = []
    if not isinstance(s, dict):
        return ["not an object"]
    extra = set(s) - LABEL_KEYS
    if extra:
        out.append(f"unknown fields {sorted(extra)}")
    text = s.get("text")
    if not isinstance(text, str) or len(text.split()) < 3:
        out.append("text missing or under three words")
    elif reg == "caps" and text != text.upper():
        out.append("caps register but text is not upper case")
    elif reg == "lower" and text != text.lower():
        out.append("lower register but text is not lower case")
    label = s.get("label")
    if label is None:
        if any(k in s for k in ("realis", "background", "scope")):
            out.append("realis/background/scope given without a label")
    else:
        if label not in LABELS:
            out.append(f"label {label!r} is not one of the 30")
        if not isinstance(s.get("realis"), bool) or not isinstance(s.get("background"), bool):
            out.append("a labelled sentence needs realis and background (true/false)")
        if s.get("scope") not in SCOPES:
            out.append(f"scope {s.get('scope')!r} is not one of {sorted(SCOPES)}")
    if "kind" in s and s["kind"] not in KINDS:
        out.append(f"kind {s['kind']!r} is not one of {sorted(KINDS)}")
    return out


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(CORPUS_DIR.glob("*.jsonl"))
    bad, ids, texts = 0, Counter(), Counter()
    labels, kinds, regs, splits = Counter(), Counter(), Counter(), Counter()
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                art = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{f}:{n}: not JSON ({exc})")
                bad += 1
                continue
            for p in problems(art):
                print(f"{f}:{n}: {p}")
                bad += 1
            ids[art.get("id")] += 1
            regs[art.get("register")] += 1
            for s in art.get("sentences") or ():
                if not isinstance(s, dict):
                    continue
                texts[str(s.get("text", "")).lower()] += 1
                real = s.get("label") and s.get("realis")
                labels[s.get("label") if real else "(non-event)"] += 1
                kinds[s.get("kind", "-")] += 1
                splits["aside" if is_aside(str(art.get("id"))) else "train"] += 1
    for i, c in ids.items():
        if c > 1:
            print(f"duplicate id {i!r} ({c} times)")
            bad += 1
    dups = sum(c - 1 for c in texts.values() if c > 1)
    print(f"sentences: {sum(labels.values())}  articles: {sum(ids.values())}  "
          f"repeated sentences: {dups}  split: {dict(splits)}")
    print("labels (real events; the rest non-events):",
          ", ".join(f"{k}={v}" for k, v in labels.most_common()))
    print("kinds:", ", ".join(f"{k}={v}" for k, v in kinds.most_common()))
    print("registers:", ", ".join(f"{k}={v}" for k, v in regs.most_common()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
