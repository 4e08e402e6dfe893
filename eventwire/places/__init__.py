"""The places stage: find place names, resolve them to GeoNames, pick where an event happened.

Place data © GeoNames (geonames.org), CC BY 4.0.
"""

from __future__ import annotations

from .gazetteer import Gazetteer, load_gazetteer
from .geoparser import Geoparser
from .outlet import Outlet, Outlets, outlet_directory

__all__ = ["Gazetteer", "Geoparser", "Outlet", "Outlets", "load_gazetteer", "outlet_directory"]
