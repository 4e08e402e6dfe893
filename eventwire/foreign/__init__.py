"""Reading documents in the other languages the sentence encoder covers (issue 14 item 5).

English documents go through spaCy, the English lexicons and the detector's rules; a document
in another language the encoder covers (:data:`eventwire.language.ENCODER_LANGUAGES`) and that
is turned on (:func:`eventwire.language.foreign_languages`) is read here instead, lightly:

- :mod:`.sentences` — sentences for the language's punctuation;
- :mod:`.judge` — the shipped detector model on each sentence's encoder vector, its English
  rule features left as "no rule reading", its score calibrated for foreign text;
- :mod:`.realis` — what of a sentence tells something that happened: clauses of futures,
  plans, threats, denials and negated acts are cut (the words of each language in
  :mod:`.realis_words`), and the rest judged again;
- :mod:`.worded` — peaceful protests and arrests told in the language's own words, read
  below the model's usual confidence (its scores of them are low without English rules);
- :mod:`.labels` — the label a sentence's own words tell (the means and acts of violence,
  arrests), where the typer's is not told there, and acts told in verbs read below the
  model's usual confidence;
- :mod:`.places` — names the gazetteer knows and countries named in the language (in lines
  without case, the names after a word of place that the encoder's vocabulary,
  :mod:`.vocabulary`, does not hold as common words); in Arabic,
  towns, regions and countries by GeoNames' Arabic names (:mod:`.arabic_places`,
  :mod:`.arabic_names`; letters and clitics in :mod:`.arabic`; names that are also common
  words, read only with evidence of a place, in :mod:`.arabic_homographs`);
- :mod:`.umlauts` — German written without umlauts: word lists match either spelling, and
  the encoder reads such a sentence respelled as its vocabulary finds likelier;
- :mod:`.dates` — dates read by dateparser in the document's language;
- :mod:`.reader` — :class:`ForeignReader`, which the pipeline calls: the same :class:`Event`
  records as English, with no actors, counts or claims.
"""

from .reader import ForeignReader

__all__ = ["ForeignReader"]
