"""Reading documents in the other languages the sentence encoder covers (issue 14 item 5).

English documents go through spaCy, the English lexicons and the detector's rules; a document
in another language the encoder covers (:data:`eventwire.language.ENCODER_LANGUAGES`) and that
is turned on (:func:`eventwire.language.foreign_languages`) is read here instead, lightly:

- :mod:`.sentences` — sentences for the language's punctuation;
- :mod:`.judge` — the shipped detector model on each sentence's encoder vector, its English
  rule features left as "no rule reading", its score calibrated for foreign text;
- :mod:`.places` — names the gazetteer knows and countries named in the language;
- :mod:`.dates` — dates read by dateparser in the document's language;
- :mod:`.reader` — :class:`ForeignReader`, which the pipeline calls: the same :class:`Event`
  records as English, with no actors, counts or claims.
"""

from .reader import ForeignReader

__all__ = ["ForeignReader"]
