"""``benchmarks/seed_versions.py``: the versions outlets make of one wire text (invented text)."""

from __future__ import annotations

from bench import load

PARAS = [f"Paragraph {k}: militants and airstrikes near the center of the neighborhood."
         for k in range(9)]
TEXT = "\n\n".join(PARAS)


def test_eight_versions_cut_swap_and_reword_the_text():
    v = load("seed_versions").versions(TEXT)
    assert list(v) == ["page", "trim3", "trim6", "lede", "reorder", "british", "words", "both"]
    assert v["page"] == TEXT
    assert v["trim3"].split("\n\n") == PARAS[:6] and v["trim6"].split("\n\n") == PARAS[:3]
    assert v["lede"].split("\n\n") == PARAS[1:]
    assert v["reorder"].split("\n\n") == PARAS[:3] + PARAS[4:6] + [PARAS[3]] + PARAS[6:]
    assert "centre of the neighbourhood" in v["british"] and "militants" in v["british"]
    assert "fighters and air strikes" in v["words"] and "center" in v["words"]
    assert "fighters and air strikes near the centre of the neighbourhood" in v["both"]
