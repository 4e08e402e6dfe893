"""Language identification: every text of tests/data/languages.tsv, the thresholds, and the
recorded failure for a document eventwire cannot read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.language import (
    ASSUMED_ENGLISH, ENCODER_LANGUAGES, FOREIGN_ENV, FOREIGN_LANGUAGES, MAX_ENGLISH_PROBABILITY,
    MIN_LETTERS, Language, detect_language, foreign_languages, language_failure, language_name,
)
from eventwire.pipeline import clean_or_failure
from eventwire.records import Failure, RawDocument

SAMPLES = Path(__file__).resolve().parent / "data" / "languages.tsv"


def _samples() -> list[tuple[str, str]]:
    rows = (line.split("\t", 1) for line in SAMPLES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return [(code, text) for code, text in rows]


@pytest.mark.parametrize(("code", "text"), _samples())
def test_each_sample_is_told_its_language(code, text):
    found = detect_language(text)
    assert found.code == code and found.probability is not None


def test_samples_cover_eight_languages_and_hard_english():
    samples = _samples()
    assert len({code for code, _ in samples}) == 8
    english = [t for c, t in samples if c == "en"]
    assert any(t.isupper() for t in english) and any(t == t.lower() for t in english)


def test_a_text_too_short_to_tell_is_read_as_english():
    assert detect_language("Muerte en Bogotá") is ASSUMED_ENGLISH
    assert sum(c.isalpha() for c in "Muerte en Bogotá") < MIN_LETTERS


class _Ranked:
    def __init__(self, *ranked):
        self.ranked = list(ranked)
        self.seen: list[str] = []

    def rank(self, text):
        self.seen.append(text)
        return self.ranked


def test_a_foreign_guess_that_leaves_english_likely_is_read_as_english():
    likely = _Ranked(("es", 0.6), ("en", MAX_ENGLISH_PROBABILITY))
    assert detect_language("x" * 100, likely) is ASSUMED_ENGLISH
    unlikely = _Ranked(("es", 0.6), ("en", MAX_ENGLISH_PROBABILITY / 2))
    assert detect_language("x" * 100, unlikely).code == "es"
    assert detect_language("x" * 100, _Ranked(("es", 0.6))).code == "es"


def test_english_keeps_its_probability():
    found = detect_language("x" * 100, _Ranked(("en", 0.3), ("es", 0.29)))
    assert (found.code, found.probability) == ("en", 0.3)


def test_the_identifier_reads_lower_case_from_the_start_only():
    spy = _Ranked(("en", 1.0))
    detect_language("ABC " * 2000, spy)
    assert spy.seen[0] == spy.seen[0].lower() and len(spy.seen[0]) == 2000


def test_language_names():
    assert language_name("es") == "Spanish"
    assert language_name("ar") == "Arabic"
    assert language_name("zz") == "zz"
    assert language_name("pcm") == "Nigerian Pidgin"        # the identifier's 639-3 codes
    assert language_name("sw") == "Swahili"                 # not "Swahili (macrolanguage)"
    assert language_name("el") == "Modern Greek"


def test_every_language_the_identifier_tells_has_a_name():
    from eventwire.language import load_identifier

    unnamed = {c for c in load_identifier().nb_classes if language_name(c) in (c, "")}
    assert unnamed <= {"zxx"}                               # "no linguistic content"
    assert not any("(" in language_name(c) for c in load_identifier().nb_classes)


@pytest.mark.parametrize(("variety", "language"), [("arz", "ar"), ("ary", "ar"),
                                                   ("yue", "zh"), ("wuu", "zh")])
def test_a_variety_of_an_encoder_language_is_read_as_that_language(variety, language):
    found = detect_language("x" * 100, _Ranked((variety, 0.7), (language, 0.29)))
    assert found.code == language and found.name == language_name(language)
    assert found.code in ENCODER_LANGUAGES


def test_an_egyptian_arabic_document_is_read_as_arabic(monkeypatch):
    monkeypatch.delenv(FOREIGN_ENV, raising=False)
    found = detect_language("x" * 100, _Ranked(("arz", 0.9), ("ar", 0.1)))
    assert found.readable
    assert not detect_language("x" * 100, _Ranked(("pcm", 0.9), ("en", 0.001))).readable


def test_a_foreign_document_is_a_recorded_failure_with_one_clear_line():
    text = {c: t for c, t in reversed(_samples())}["it"]
    found = clean_or_failure(RawDocument("it.txt", text + "\n\n" + text, "text"), None)
    assert isinstance(found, Failure)
    assert found.stage == "language" and found.source == "it.txt"
    assert found.message.startswith("document in Italian (it): eventwire reads English, ")
    assert all(f"({code})" in found.message for code in foreign_languages())
    assert "\n" not in found.message
    assert language_failure(detect_language(text)) == found.message


def test_an_english_document_carries_its_language():
    text = _samples()[0][1]
    doc = clean_or_failure(RawDocument("en.txt", text + "\n\n" + text, "text"), None)
    assert not isinstance(doc, Failure) and doc.language == "en"


def test_cli_reports_a_foreign_file_and_reads_the_english_one(tmp_path):
    samples = _samples()
    (tmp_path / "a.txt").write_text(" ".join(t for c, t in samples if c == "en"))
    (tmp_path / "b.txt").write_text(" ".join(t for c, t in samples if c == "ru"))
    result = CliRunner().invoke(cli, ["read", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(d["path"]).name for d in docs] == ["a.txt"] and docs[0]["language"] == "en"
    assert "b.txt" in result.stderr and "document in Russian (ru)" in result.stderr


def test_cli_fails_when_every_document_is_foreign(tmp_path):
    (tmp_path / "b.txt").write_text(" ".join(t for c, t in _samples() if c == "ru"))
    result = CliRunner().invoke(cli, ["read", str(tmp_path / "b.txt")])
    assert result.exit_code != 0
    assert "document in Russian (ru)" in result.stderr


def test_ingest_records_a_foreign_document_as_a_failure(tmp_path):
    import duckdb

    (tmp_path / "b.txt").write_text(" ".join(t for c, t in _samples() if c == "it"))
    db = str(tmp_path / "ew.duckdb")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "b.txt"), "--db", db])
    assert result.exit_code != 0 and "document in Italian (it)" in result.stderr
    with duckdb.connect(db, read_only=True) as con:
        rows = con.execute("select stage, message from failures").fetchall()
    assert [stage for stage, _ in rows] == ["language"]
    assert rows[0][1].startswith("document in Italian (it): eventwire reads English")


def test_the_languages_read_by_default_are_the_encoders(monkeypatch):
    monkeypatch.delenv(FOREIGN_ENV, raising=False)
    assert foreign_languages() == FOREIGN_LANGUAGES <= ENCODER_LANGUAGES
    assert "en" not in FOREIGN_LANGUAGES
    assert all(Language(c, language_name(c), 0.9).readable for c in FOREIGN_LANGUAGES)


def test_the_environment_turns_languages_on_and_off(monkeypatch):
    monkeypatch.setenv(FOREIGN_ENV, "it, PT,sw")
    assert foreign_languages() == {"it", "pt"}          # Swahili: the encoder does not cover it
    assert Language("it", "Italian", 0.9).readable and not Language("fr", "French", 0.9).readable
    monkeypatch.setenv(FOREIGN_ENV, "none")
    assert foreign_languages() == frozenset() and Language("en", "English", 0.9).readable


def test_a_language_the_encoder_does_not_cover_says_so(monkeypatch):
    monkeypatch.setenv(FOREIGN_ENV, "fr")
    swahili = language_failure(Language("sw", "Swahili", 0.9))
    assert swahili.startswith("document in Swahili (sw): eventwire reads English, French (fr);")
    assert FOREIGN_ENV not in swahili and "translate it first" in swahili
    assert f"{FOREIGN_ENV}=it" in language_failure(Language("it", "Italian", 0.9))


def test_cli_reads_a_document_in_a_language_turned_on(tmp_path, monkeypatch):
    monkeypatch.delenv(FOREIGN_ENV, raising=False)
    on = sorted(FOREIGN_LANGUAGES & {c for c, _ in _samples()})[0]
    (tmp_path / "a.txt").write_text(" ".join(t for c, t in _samples() if c == on))
    result = CliRunner().invoke(cli, ["read", str(tmp_path / "a.txt"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] == on
    (tmp_path / "b.txt").write_text(" ".join(t for c, t in _samples() if c == "it"))
    off = CliRunner().invoke(cli, ["read", str(tmp_path / "b.txt"), "--json"])
    assert off.exit_code != 0 and f"{FOREIGN_ENV}=it reads it" in off.stderr
    monkeypatch.setenv(FOREIGN_ENV, "it")
    result = CliRunner().invoke(cli, ["read", str(tmp_path / "b.txt"), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["language"] == "it"
