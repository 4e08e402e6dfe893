"""``eventwire eval articles``: shingle scoring, gold reading, and the dev floor."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import EvaluationError
from eventwire.evaluate.articles import (
    ArticleScores,
    evaluate_articles,
    page_counts,
    score_pages,
    shingles,
)

# Reached on the 181 dev pages (shingle F1 0.965, precision 0.968, recall 0.962) with
# trafilatura favor_precision; the floor leaves 0.02 for library-version noise.
DEV_FLOOR_F1 = 0.945

words = st.lists(st.sampled_from(["rebels", "shelled", "the", "camp", "on", "Sunday", "4"]),
                 max_size=30).map(" ".join)


def test_shingles():
    assert shingles("Rebels shelled the camp on Sunday.") == {
        ("Rebels", "shelled", "the", "camp"): 1, ("shelled", "the", "camp", "on"): 1,
        ("the", "camp", "on", "Sunday"): 1}
    assert shingles("Two words") == {("Two", "words"): 1}
    assert shingles(" ... ") == {}


def test_page_counts():
    gold = "Rebels shelled the camp on Sunday, killing four."
    assert page_counts(gold, gold) == (1.0, 0.0, 0.0)
    assert page_counts(gold, "") == (0.0, 0.0, 1.0)
    assert page_counts("", "Share this article now please") == (0.0, 1.0, 0.0)
    assert page_counts("", "") == (0.0, 0.0, 0.0)
    # 5 gold shingles; the extraction drops the last word: 4 found, 1 missed, none extra
    assert page_counts(gold, "Rebels shelled the camp on Sunday, killing") == (0.8, 0.0, 0.2)


@given(words, words)
def test_page_counts_are_normalised(gold, predicted):
    tp, fp, fn = page_counts(gold, predicted)
    assert min(tp, fp, fn) >= 0
    assert sum((tp, fp, fn)) == pytest.approx(1.0) or (tp, fp, fn) == (0, 0, 0)
    if shingles(gold) == shingles(predicted) and shingles(gold):
        assert tp == pytest.approx(1.0)


def test_every_page_weighs_the_same():
    short = ("a b c d e", "a b c d e")                       # perfect
    long_text = " ".join(f"w{i}" for i in range(500))
    long = (long_text, "")                                    # nothing found
    scores = score_pages([short, long])
    assert scores.n == 2 and scores.empty == 1
    assert scores.precision == 1.0 and scores.recall == pytest.approx(0.5)
    assert scores.f1 == pytest.approx(2 / 3)
    assert set(scores.to_json()) == {"n", "precision", "recall", "f1"}
    assert "shingle F1" in scores.format_table()


def _bench(tmp_path, pages):
    (tmp_path / "html").mkdir()
    truth = {}
    for key, (html, body) in pages.items():
        (tmp_path / "html" / f"{key}.html.gz").write_bytes(gzip.compress(html.encode()))
        truth[key] = {"articleBody": body, "url": f"https://news.example.org/{key}"}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


def test_evaluate_articles_runs_the_cleaner(tmp_path):
    body = ("Rebels shelled a camp outside the city on Sunday, killing four people, aid "
            "workers said. The camp holds about 3,000 people who fled fighting in the hills.")
    html = (f"<html><head><title>Camp shelled</title></head><body><nav>Home | World | Africa"
            f"</nav><article><p>{body}</p></article></body></html>")
    path = _bench(tmp_path, {"a1": (html, body), "b2": ("<html><body></body></html>", body)})
    scores = evaluate_articles(path)
    assert scores.n == 2 and scores.empty == 1
    assert scores.precision == 1.0 and scores.recall == pytest.approx(0.5)
    seen = []
    evaluate_articles(path, extract=lambda h, u: seen.append(u) or "")
    assert seen == ["https://news.example.org/a1", "https://news.example.org/b2"]


def test_missing_gold_is_an_evaluation_error(tmp_path):
    with pytest.raises(EvaluationError, match="ground-truth.json"):
        evaluate_articles(tmp_path)


@pytest.mark.shared
def test_article_extraction_dev_floor(shared):
    path = shared / "eval" / "article-extraction"
    if not path.is_dir():
        pytest.skip(f"{path} is not there: the article-extraction benchmark lives in "
                    "../shared/eval")
    scores = evaluate_articles(path)
    assert isinstance(scores, ArticleScores) and scores.n >= 150
    assert scores.f1 >= DEV_FLOOR_F1, scores
