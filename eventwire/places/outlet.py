"""The outlet's country from its web address: a prior for resolving the places it names.

A London Free Press story about "London" means Ontario; a country-code domain (``cbc.ca``,
``bbc.co.uk``, ``abc.net.au``) tells the outlet's country. Generic domains (``.com``) and
country codes sold as generic names (``.tv``, ``.io``) tell nothing.
"""

from __future__ import annotations

import re

# Country codes that are marketed worldwide as generic names: not evidence of a country.
GENERIC_CCTLDS = frozenset({"tv", "io", "co", "me", "fm", "ai", "ly", "cc", "ws", "to", "am",
                            "gg", "la", "nu", "tk", "vc", "sh", "ac", "is", "it", "so"})
# The country-code domains that are not the ISO 3166 code of their country.
CCTLD_TO_ISO2 = {"uk": "GB", "su": "RU"}

_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/]*@)?([^/:?#]+)", re.IGNORECASE)


def outlet_country(url: str | None) -> str | None:
    """ISO alpha-2 code of the country of the outlet at ``url`` (or a bare domain), or None."""
    if not url:
        return None
    m = _HOST.match(url.strip())
    if not m:
        return None
    tld = m.group(1).rstrip(".").rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or not (tld.isascii() and tld.isalpha()) or tld in GENERIC_CCTLDS:
        return None
    return CCTLD_TO_ISO2.get(tld, tld.upper())
