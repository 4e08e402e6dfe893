"""The OpenAPI 3.1 description of the HTTP API (served at /api/openapi.json)."""

from __future__ import annotations

from typing import Any

from .queries import COUNT_BY, REVIEW_STATES, SORTS


def _q(name: str, desc: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": desc,
            "schema": schema or {"type": "string"}}


_LIST = {"type": "array", "items": {"type": "string"}}
FILTERS = [
    _q("since", "Events overlapping this day or later (YYYY-MM-DD).", {"type": "string",
                                                                     "format": "date"}),
    _q("until", "Events starting on or before this day.", {"type": "string", "format": "date"}),
    _q("country", "Country names or ISO alpha-2 codes; repeat or separate by commas.", _LIST),
    _q("admin1", "First-level regions (state, province) of the place, any case; repeat or "
       "separate by commas.", _LIST),
    _q("admin2", "Second-level regions (county, district) of the place, any case; repeat or "
       "separate by commas.", _LIST),
    _q("label", "Event labels (e.g. AIR_STRIKE); repeat or separate by commas.", _LIST),
    _q("event_type", "ACLED event types; repeat or separate by commas.", _LIST),
    _q("actor", "Part of an actor's name; repeat or separate by commas.", _LIST),
    _q("target_kind", "Events that hit a physical target of these kinds (e.g. school, health "
       "facility: the kinds of data/actors_targets.tsv; an unknown one is refused with the "
       "list); repeat or separate by commas.", _LIST),
    _q("bbox", "west,south,east,north in degrees (west > east crosses the antimeridian)."),
    _q("min_confidence", "Events at least this likely to be real (0-1).", {"type": "number"}),
    _q("include_crime", "Keep events of ordinary crime and policing too: min_confidence is "
       "compared with each event's confidence_with_crime.", {"type": "boolean"}),
    _q("reviewed", "Review state.", {"enum": list(REVIEW_STATES)}),
    _q("q", "Words in the evidence sentence, place or actor names."),
]
PAGING = [
    _q("sort", "Sort key, - for descending.",
       {"enum": [p + s for s in SORTS for p in ("", "-")]}),
    _q("limit", "Events per page (1-500; 20,000 for GeoJSON).", {"type": "integer"}),
    _q("cursor", "The `next` value of the previous page."),
]
ERROR = {"description": "Any failure", "content": {"application/json": {"schema": {
    "type": "object", "required": ["error"], "properties": {"error": {
        "type": "object", "required": ["status", "code", "message"],
        "properties": {"status": {"type": "integer"}, "code": {"type": "string"},
                       "message": {"type": "string"}}}}}}}}


def _get(summary: str, params: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"get": {"summary": summary, "parameters": params or [],
                    "responses": {"200": {"description": "JSON"}, "default": ERROR}}}


def _path(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "eventwire", "version": "1",
             "description": "Events read from news: list, filter, map, count, review."},
    "paths": {
        "/api/events": _get("A page of event summaries and the next cursor.", FILTERS + PAGING),
        "/api/events.geojson": _get("Matching events with a point, as GeoJSON.",
                                    FILTERS + PAGING),
        "/api/events/count": _get("How many events match.", FILTERS),
        "/api/events/{event_id}": _get("One event (reviews applied), its review trail and "
                                       "every report with its text and highlighted spans.",
                                       [_path("event_id")]),
        "/api/events/{event_id}/reviews": {"post": {
            "summary": "Accept, reject or correct an event (needs --allow-review).",
            "parameters": [_path("event_id")],
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["action"], "properties": {
                    "action": {"enum": ["accept", "reject", "correct"]},
                    "changes": {"type": "object", "description": "label, location, date, "
                                "fatalities, actor1, actor2"},
                    "note": {"type": "string"}, "reviewer": {"type": "string"}}}}}},
            "responses": {"201": {"description": "The review and the event after it."},
                          "default": ERROR}}},
        "/api/clusters": _get("The map's clusters of the matching events: one record per cell "
                              "of `cell` map units (the map is 1000 x 600, Mercator cut at 80 "
                              "degrees) within `view`; a cluster of one names its event.",
                              FILTERS + [_q("cell", "Cluster size in map units.",
                                            {"type": "number"}),
                                         _q("view", "x0,y0,x1,y1 in map units.")]),
        "/api/counts": _get("Events per month, country, label, event type or actor.",
                            [_q("by", "Group by.", {"enum": list(COUNT_BY)}),
                             _q("then", "And by.", {"enum": list(COUNT_BY)})] + FILTERS),
        "/api/documents": _get("A page of stored documents.", PAGING[1:]),
        "/api/documents/{doc_id}": _get("One document with its text and events.",
                                        [_path("doc_id")]),
        "/api/meta": _get("Labels, countries and date range of this store."),
        "/api/outlines": _get("Country outlines for the map (Natural Earth)."),
    },
}
