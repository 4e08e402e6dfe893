"""Dates of foreign sentences, read by dateparser in the document's language."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.foreign.dates import event_date
from eventwire.records import Sentence

PUBLISHED = date(2026, 3, 10)       # a Tuesday


def _sentence(text, start=7):
    return Sentence(text, start, start + len(text))


@pytest.mark.parametrize(("language", "text", "written", "day"), [
    ("es", "Cientos de vecinos marcharon el domingo por el centro.", "domingo", date(2026, 3, 8)),
    ("es", "El sismo sacudió la costa el 2 de marzo, según la agencia.", "2 de marzo", date(2026, 3, 2)),
    ("fr", "Des manifestants ont bloqué hier le port.", "hier", date(2026, 3, 9)),
    ("de", "Die Polizei nahm am Freitag in Köln fest, wen sie suchte.", "am Freitag",
     date(2026, 3, 6)),
    ("pt", "Os moradores protestaram nesta segunda-feira.", "segunda-feira", date(2026, 3, 9)),
    # dateparser finds "jueves en un" and reads it as the 10th of January; "jueves" alone is
    # the last Thursday
    ("es", "Tres policías murieron el jueves en un ataque contra la comisaría.", "jueves",
     date(2026, 3, 5)),
    ("fr", "Des centaines de personnes ont défilé samedi à Rennes.", "samedi", date(2026, 3, 7)),
])
def test_a_written_day_is_the_event_date(language, text, written, day):
    found = event_date(_sentence(text), language, PUBLISHED)
    assert (found.text, found.start, found.end, found.precision) == (written, day, day, 1)
    assert text[found.span[0] - 7:found.span[1] - 7] == written


def test_a_month_is_precision_three():
    found = event_date(_sentence("En febrero hubo cortes de ruta."), "es", PUBLISHED)
    assert (found.start, found.end, found.precision) == (date(2026, 2, 1), date(2026, 2, 28), 3)


def test_numbers_and_short_words_are_not_dates():
    found = event_date(_sentence("Un sismo de magnitud 6,8 dejó a un pueblo sin luz."), "es",
                       PUBLISHED)
    assert found.text == "" and found.precision == 3      # the month up to the report
    assert found.end == PUBLISHED and (PUBLISHED - found.start).days == 29


def test_without_publication_date_only_dated_years_are_read():
    assert event_date(_sentence("Des émeutes ont éclaté samedi."), "fr", None) is None
    found = event_date(_sentence("Le 14 juillet 2025, des émeutes ont éclaté."), "fr", None)
    assert found.start == date(2025, 7, 14)


def test_a_weekday_read_together_with_a_number_word_is_dropped():
    # dateparser reads "am Freitag zwei" as a day a month back: no weekday is that far
    found = event_date(_sentence("Die Polizei nahm am Freitag zwei Männer fest."), "de",
                       PUBLISHED)
    assert found.text == "" and found.precision == 3


def test_a_duration_in_hours_is_not_a_date():
    found = event_date(_sentence("El ataque duró una hora."), "es", PUBLISHED)
    assert found.text == "" and found.precision == 3


@pytest.mark.parametrize(("text", "written", "first", "last"), [
    # the Levantine month names dateparser does not know, and Arabic-Indic digits
    ("قتل خمسة جنود في هجوم في 2 آذار 2026 في ديالى.", "في 2 آذار 2026",
     date(2026, 3, 2), date(2026, 3, 2)),
    ("اعتقلت الشرطة عشرين متظاهرا في ٣ شباط في بغداد.", "في 3 شباط",
     date(2026, 2, 3), date(2026, 2, 3)),
    ("قصفت الطائرات القرية في 5 كانون الثاني وقتل ثلاثة.", "في 5 كانون الثاني",
     date(2026, 1, 5), date(2026, 1, 5)),
    ("انفجرت سيارة مفخخة في 1 آذار/مارس قرب السوق.", "في 1 آذار/مارس",
     date(2026, 3, 1), date(2026, 3, 1)),
])
def test_arabic_dates_in_levantine_months_and_arabic_digits(text, written, first, last):
    found = event_date(_sentence(text), "ar", PUBLISHED)
    assert (found.start, found.end, found.precision) == (first, last, 1)
    assert text[found.span[0] - 7:found.span[1] - 7] == found.text
    assert found.text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")) == written
