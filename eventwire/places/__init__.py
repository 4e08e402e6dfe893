"""The places stage: find place names, resolve them to GeoNames, pick where an event happened.

Place data © GeoNames (geonames.org), CC BY 4.0.
"""

from __future__ import annotations

from .gazetteer import Gazetteer, load_gazetteer
from .geoparser import Geoparser

__all__ = ["Gazetteer", "Geoparser", "load_gazetteer"]
