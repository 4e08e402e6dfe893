"""The training corpus: every file valid, the aside split fixed (training/validate_corpus.py)."""

from __future__ import annotations

import json

from training.corpus import CORPUS_DIR, is_aside, read_corpus
from training.validate_corpus import main, problems


def test_every_corpus_file_is_valid(capsys):
    assert main([]) == 0, capsys.readouterr().out


def test_the_validator_names_what_is_wrong():
    art = {"id": "x-0001", "register": "wire", "title": "T",
           "sentences": [{"text": "Rebels shelled the town on Monday.", "label": "SHELLING",
                          "realis": True, "background": False, "scope": "core"},
                         {"text": "It rained all day long.", "label": None, "realis": True}]}
    found = problems(art)
    assert any("SHELLING" in p for p in found)
    assert any("without a label" in p for p in found)


def test_the_aside_split_is_fixed_by_the_article_id():
    assert is_aside("explosions-0001") == is_aside("explosions-0001")
    ids = {json.loads(line)["id"] for f in sorted(CORPUS_DIR.glob("*.jsonl"))
           for line in f.read_text(encoding="utf-8").splitlines() if line.strip()}
    share = sum(map(is_aside, ids)) / len(ids)
    assert 0.12 < share < 0.26          # 3 of 16 hex digits: about 19 %


def test_sentences_carry_their_neighbours(tmp_path):
    art = {"id": "t-0001", "register": "local", "title": "Title",
           "sentences": [{"text": "One two three."}, {"text": "Four five six."},
                         {"text": "Seven eight nine."}]}
    (tmp_path / "t-01.jsonl").write_text(json.dumps(art) + "\n", encoding="utf-8")
    s = list(read_corpus(tmp_path))
    assert [x.index for x in s] == [0, 1, 2]
    assert (s[1].before, s[1].after) == ("One two three.", "Seven eight nine.")
    assert s[0].before == "" and s[2].after == ""
