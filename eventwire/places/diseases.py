"""Diseases named after places: "West Nile virus", "Rift Valley fever", "Middle East
respiratory syndrome", "the Spanish flu", "Marburg" — a disease's name, not a place mention.
Outbreak news names them beside the places the outbreak is in, and a geoparser that reads the
disease as the place puts the outbreak on the Nile, in Germany or in Spain.

A place name is a disease's part when a disease's kind follows it, with at most a partner
name ("Crimean-Congo") and a few words of the kind between ("haemorrhagic", "respiratory",
"spotted", "equine"): virus (ebolavirus, coronavirus ...), fever, encephalitis, syndrome,
pneumonia, variant, strain, worm ("Guinea worm"); "disease" only after a town's name ("Lyme
disease"; "a Congo disease outbreak" is in Congo); "flu" and "influenza" only after a
people's name ("the Spanish flu", "Asian influenza"; "Texas flu cases" are in Texas). A few
viruses are called by the place's name alone ("died of Marburg", "cases of West Nile";
``data/places_diseases.txt``): there the name is the disease in a document that speaks of
disease, unless the text makes it a place ("in Marburg", "Marburg, Germany", "the town of
Lassa"). A virus's code ("H5N1", "MERS-CoV") is never a place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_KINDS = (r"\w*virus(?:es)?|fever|encephalitis|syndrome|pneumonia|variant|strain|worm|"
          r"(?P<disease>disease)|(?P<flu>flu|influenza)")
# Words of a kind between the name and it: "Crimean-Congo haemorrhagic fever", "Middle East
# respiratory syndrome", "Rocky Mountain spotted fever", "Venezuelan equine encephalitis",
# "Ebola virus disease", "the Mexican swine flu".
_BETWEEN = (r"respiratory|ha?emorrhagic|spotted|equine|tick|tick-borne|virus|swine|avian|"
            r"bird|viral|acute|severe")
_DISEASE_AFTER = re.compile(
    rf"(?:-[A-Z][\w'’]+)?(?:[ ]+(?i:{_BETWEEN})){{0,2}}[ ]+(?i:{_KINDS})(?![\w-])")
# A document about disease: one of these words somewhere in it.
_DISEASE_TALK = re.compile(r"\b(?i:virus|viruses|fever|outbreak|epidemic|infect\w*|vaccin\w*|"
                           r"disease|patients?|symptoms|quarantine\w*|contagious|pathogen)\b")
# The text makes the name a place: "in Marburg", "the town of Lassa", "Marburg, Germany".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|(?:town|city|village|district|province|"
                           r"region|state|county)[ ]+of)[ ]+(?:the[ ]+)?$", re.IGNORECASE)
_PLACE_AFTER = re.compile(r",[ ]*[A-Z]|[ ]+(?i:region|sub-region|district|province|county|town|"
                          r"city|village|river|valley|forest|state)\b")
# ... or the disease it is: "a case of Marburg", "died of Hendra", "infected with Zika".
_DISEASE_BEFORE = re.compile(r"\b(?:cases?|died|dying|deaths?|ill|sick|infected|infections?|"
                             r"outbreaks?|positive|recovered|survivors?|strains?|spread)[ ]+"
                             r"(?:of|from|with|for)[ ]+(?:the[ ]+)?$", re.IGNORECASE)
_COUNTRY_OR_REGION = ("PCL", "ADM1", "CONT", "RGN")
# Viruses' codes, which spaCy may tag as places ("died from H5N1"): influenza subtypes and
# coronaviruses' names.
_VIRUS_CODE = re.compile(r"H\d{1,2}(?:N\d{1,2})?|(?:SARS|MERS)-CoV(?:-?2)?|COVID(?:-?19)?",
                         re.IGNORECASE)


@lru_cache(maxsize=1)
def bare_names() -> frozenset[str]:
    """Viruses called by a place's name alone (data/places_diseases.txt), lower case."""
    path = Path(__file__).resolve().parent.parent / "data" / "places_diseases.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines
                     if line.strip() and not line.startswith("#"))


def names_a_disease(text: str, start: int, end: int, demonym: bool,
                    features: tuple[str, ...] = ()) -> bool:
    """The name at ``start:end`` is part of a disease's name, or a virus called by it in a
    document that speaks of disease (see the module docstring). ``demonym``: the name is a
    people's ("Spanish"); ``features``: the GeoNames feature codes of its places."""
    if _VIRUS_CODE.fullmatch(text, start, end):
        return True
    m = _DISEASE_AFTER.match(text, end)
    if m is not None:
        if m.group("flu"):
            return demonym
        if m.group("disease"):
            return not demonym and not any(f.startswith(_COUNTRY_OR_REGION) for f in features)
        return True
    if text[start:end].lower() not in bare_names():
        return False
    if _PLACE_BEFORE.search(text, max(0, start - 30), start) or _PLACE_AFTER.match(text, end):
        return False
    return bool(_DISEASE_BEFORE.search(text, max(0, start - 30), start)
                or _speaks_of_disease(text))


@lru_cache(maxsize=4)
def _speaks_of_disease(text: str) -> bool:
    """Read once per document, not once per name: a long text naming "Marburg" thousands of
    times with no word of disease was scanned whole for each."""
    return bool(_DISEASE_TALK.search(text))
