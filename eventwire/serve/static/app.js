// The eventwire web app: filters, map, timeline, table, and the event page with its
// evidence and review. Every value from the store is set with textContent or as an
// attribute, never as HTML, so article text full of markup shows as text.
"use strict";

const $ = (sel) => document.querySelector(sel);
const state = {cursor: null, map: null, meta: null, sort: "-date", tableAsked: 0};

function h(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function status(text) { $("#status").textContent = text; }

// ---------------------------------------------------------------- filters

function filterParams() {
  const form = $("#filters");
  const p = new URLSearchParams();
  for (const name of ["since", "until", "actor", "q", "bbox", "min_confidence"]) {
    const v = form.elements[name].value.trim();
    if (v) p.set(name, v);
  }
  for (const name of ["country", "label", "target_kind"]) {
    const chosen = [...form.elements[name].selectedOptions].map((o) => o.value);
    if (chosen.length) p.set(name, chosen.join(","));
  }
  const types = [...form.querySelectorAll("input[name=event_type]:checked")].map((c) => c.value);
  if (types.length) p.set("event_type", types.join(","));
  if (form.elements.reviewed.value !== "any") p.set("reviewed", form.elements.reviewed.value);
  if (form.elements.include_crime.checked) p.set("include_crime", "true");
  return p;
}

async function loadMeta() {
  state.meta = await api("/api/meta");
  // The same threshold as `eventwire export`: what is shown is what an export gives.
  const conf = $("#filters").elements.min_confidence;
  if (state.meta.default_min_confidence != null) conf.defaultValue = String(state.meta.default_min_confidence);
  if (state.meta.tiles) {              // the user started the server with --tiles
    state.map.setTiles(state.meta.tiles.template);
    const credit = $("#tile-credit");
    credit.textContent = state.meta.tiles.credit;
    credit.hidden = false;
  }
  const countries = $("#filters").elements.country;
  for (const c of state.meta.countries) {
    const o = h("option", c.country);
    o.value = c.iso2 || c.country;
    countries.appendChild(o);
  }
  const kinds = $("#filters").elements.target_kind;
  for (const k of state.meta.target_kinds || []) kinds.appendChild(h("option", k)).value = k;
  for (const select of [$("#filters").elements.label, $("#correct").elements.label]) {
    if (select.form.id === "correct") select.appendChild(h("option", "(unchanged)")).value = "";
    for (const l of state.meta.labels) {
      const o = h("option", `${l.label}${l.sub_event_type ? " — " + l.sub_event_type : ""}`);
      o.value = l.label;
      select.appendChild(o);
    }
  }
}

async function refresh() {
  $("#filter-error").textContent = "";
  const p = filterParams();
  try {
    const [, counts, count] = await Promise.all([
      state.map.setQuery(p),
      api("/api/counts?" + new URLSearchParams([...p, ["by", "month"], ["then", "event_type"]])),
      api("/api/events/count?" + p),
    ]);
    drawTimeline($("#timeline"), counts.counts, pickMonth);
    status(`${count.count} events`);
    await loadPage(p, true);
  } catch (err) {
    $("#filter-error").textContent = err.message;
  }
}

// A page of the table: the first (`fresh`: it replaces the rows) or the next. Filters and
// sorting may change while a page is on its way: only the latest request's answer is shown.
async function loadPage(p, fresh) {
  const mine = ++state.tableAsked;
  const q = new URLSearchParams([...p, ["limit", "100"], ["sort", state.sort]]);
  if (state.cursor && !fresh) q.set("cursor", state.cursor);
  const page = await api("/api/events?" + q);
  if (mine !== state.tableAsked) return;
  const body = $("#events tbody");
  if (fresh) body.replaceChildren();
  for (const e of page.events) body.appendChild(row(e));
  state.cursor = page.next;
  $("#more").hidden = !page.next;
}

function row(e) {
  const tr = h("tr");
  tr.dataset.eventId = e.event_id;
  const loc = e.location || {};
  const cells = [(e.date || {}).start || "undated", e.sub_event_type || e.label,
                 [loc.name, loc.country].filter(Boolean).join(", "),
                 [e.actor1, e.actor2].filter(Boolean).join(" vs "),
                 e.fatalities ?? "", e.mentions ?? "", e.confidence?.toFixed(2), e.reviewed || ""];
  cells.forEach((c, i) => {
    const td = h("td", c);
    if (i === 1) {
      const a = h("a", c);
      a.href = "#/event/" + encodeURIComponent(e.event_id);
      td.replaceChildren(a);
      td.appendChild(h("span", "", "swatch")).dataset.type = e.event_type || "";
    }
    tr.appendChild(td);
  });
  return tr;
}

// A click on a timeline bar narrows the dates to its month (or year).
function pickMonth(first, last) {
  const f = $("#filters").elements;
  f.since.value = first;
  f.until.value = last;
  refresh();
}

// A click on a sortable column header sorts the table by it (again: the other way).
async function sortBy(th) {
  const key = th.dataset.sort;
  state.sort = state.sort === "-" + key ? key : "-" + key;
  for (const other of document.querySelectorAll("#events th[data-sort]")) other.removeAttribute("aria-sort");
  th.setAttribute("aria-sort", state.sort.startsWith("-") ? "descending" : "ascending");
  try {
    await loadPage(filterParams(), true);
  } catch (err) {
    $("#filter-error").textContent = err.message;
  }
}

// The map's legend, and a checkbox per ACLED event type in the filter panel; a click on a
// legend entry filters by its type (again: no longer).
function legend() {
  const ul = $("#legend"), box = $("#types");
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    const li = h("li", type || "Other (no ACLED type)");
    const dot = h("span", "", "dot");
    dot.style.background = colour;       // CSSOM, allowed by the page's CSP
    li.prepend(dot);
    ul.appendChild(li);
    if (!type) continue;                 // "no type" is no value of the event_type filter
    const label = h("label", type, "type");
    const check = h("input");
    check.type = "checkbox";
    check.name = "event_type";
    check.value = type;
    label.prepend(check);
    box.appendChild(label);
    li.dataset.type = type;
    li.title = `Only ${type} (click again for all)`;
    li.addEventListener("click", () => { check.checked = !check.checked; refresh(); });
  }
}

// ---------------------------------------------------------------- event page

async function showEvent(id) {
  $("#list-view").hidden = true;
  $("#event-view").hidden = false;
  window.scrollTo(0, 0);
  $("#review-error").textContent = "";
  let data;
  try {
    data = await api("/api/events/" + encodeURIComponent(id));
  } catch (err) {
    $("#ev-title").textContent = err.message;
    return;
  }
  const e = data.event;
  $("#ev-title").textContent = `${e.sub_event_type || e.label} — ${(e.location || {}).name || "unknown place"}`;
  $("#event-view").dataset.eventId = e.event_id;
  fields(e);
  reports(data.reports);
  trail(data.reviews);
  fillCorrection(e);
  const loc = e.location;
  $("#show-on-map").hidden = !(loc && loc.latitude != null && loc.longitude != null);
  $("#show-on-map").onclick = () => showOnMap(loc.longitude, loc.latitude);
  $("#review-panel").hidden = !data.can_review;
}

// Back to the map, zoomed on a place (to town level: 64 times the world).
const PLACE_ZOOM = 64;

function showOnMap(lon, lat) {
  location.hash = "#/";
  const [x, y] = project(lon, lat);
  state.map.zoomTo(x, y, PLACE_ZOOM * state.map.view.w / W);
}

function fields(e) {
  const dl = $("#ev-fields");
  dl.replaceChildren();
  const loc = e.location;
  const rows = [
    ["Label", `${e.label} (${e.event_type || "no ACLED type"})`],
    ["Date", e.date ? `${e.date.start || "?"}${e.date.end && e.date.end !== e.date.start ? " to " + e.date.end : ""} (“${e.date.text}”)` : "unknown"],
    ["Place", loc ? [loc.name, loc.admin1, loc.country].filter(Boolean).join(", ") + (loc.latitude != null ? ` (${loc.latitude}, ${loc.longitude})` : "") : "unknown"],
    ["Actor 1", e.actor1 ? `${e.actor1.name} (“${e.actor1.text}”)` : "—"],
    ["Actor 2", e.actor2 ? `${e.actor2.name} (“${e.actor2.text}”)` : "—"],
    ["Killed", e.fatalities ? `${e.fatalities.best ?? "?"} (“${e.fatalities.text}”)` : "—"],
    ["Injured", e.injured ? `${e.injured.best ?? "?"}` : "—"],
    ["Claim", e.claim ? `${e.claim.source} (${e.claim.kind})` : "—"],
    ["Confidence", e.confidence],
    ["Review", e.reviewed || "not reviewed"],
  ];
  for (const [k, v] of rows) {
    dl.appendChild(h("dt", k));
    dl.appendChild(h("dd", v)).dataset.field = k.toLowerCase().replace(/ /g, "");
  }
}

// The text cut at every span boundary; each piece is marked with every field covering it.
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.field);
    if (!covering.length) { out.appendChild(document.createTextNode(piece)); continue; }
    const mark = h("mark", piece, covering.map((f) => "hl-" + f).join(" "));
    mark.title = covering.join(", ");
    out.appendChild(mark);
  }
  return out;
}

function reports(list) {
  const box = $("#reports");
  box.replaceChildren();
  for (const r of list) {
    const art = h("article", null, "report");
    art.dataset.documentId = r.document.id;
    art.appendChild(h("h3", r.document.title || "(no title)"));
    const meta = [r.document.outlet, r.document.published, r.label].filter(Boolean).join(" · ");
    art.appendChild(h("p", meta, "meta"));
    if (r.document.url) {
      const a = h("a", r.document.url);
      a.href = /^https?:\/\//i.test(r.document.url) ? r.document.url : "#";
      a.rel = "noopener noreferrer";
      art.appendChild(a);
    }
    const text = h("div", null, "text");
    text.appendChild(highlighted(r.text || "", r.spans));
    art.appendChild(text);
    box.appendChild(art);
    // Opened at the evidence: in a long article it may be far below the fold.
    const first = text.querySelector("mark.hl-evidence");
    if (first) text.scrollTop = Math.max(0, first.offsetTop - 48);
  }
}

function trail(reviews) {
  const body = $("#trail tbody");
  body.replaceChildren();
  for (const r of reviews) {
    const tr = h("tr");
    for (const c of [r.at, r.reviewer, r.action, JSON.stringify(r.before), JSON.stringify(r.after), r.note]) tr.appendChild(h("td", c));
    body.appendChild(tr);
  }
}

async function sendReview(body) {
  const id = $("#event-view").dataset.eventId;
  $("#review-error").textContent = "";
  try {
    await api(`/api/events/${encodeURIComponent(id)}/reviews`, {
      method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(body)});
    status("review saved");
    await showEvent(id);
  } catch (err) {
    $("#review-error").textContent = err.message;
  }
}

// The correction form starts at the event's values; only what the reviewer edits is sent.
const PLACE = ["place_name", "place_country", "place_iso2", "place_lat", "place_lon"];

function fillCorrection(e) {
  const f = $("#correct").elements, loc = e.location || {};
  const values = {label: e.label, place_name: loc.name, place_country: loc.country,
                  place_iso2: loc.iso2, place_lat: loc.latitude, place_lon: loc.longitude,
                  date: (e.date || {}).start, fatalities: (e.fatalities || {}).best,
                  actor1: (e.actor1 || {}).name, actor2: (e.actor2 || {}).name, note: "", reviewer: f.reviewer.value};
  for (const [name, v] of Object.entries(values)) {
    const text = v === null || v === undefined ? "" : String(v);
    f[name].value = text;
    f[name].dataset.initial = text;
  }
}

function correction(form) {
  const f = form.elements, changes = {};
  const edited = (name) => f[name].value.trim() !== (f[name].dataset.initial || "");
  if (edited("label") && f.label.value) changes.label = f.label.value;
  if (PLACE.some(edited) && f.place_name.value.trim()) {
    changes.location = {name: f.place_name.value, country: f.place_country.value,
                        iso2: f.place_iso2.value};
    // Coordinates the reviewer did not touch belong to the old place: the gazetteer
    // completes the new one's instead.
    if (edited("place_lat") || edited("place_lon")) {
      changes.location.latitude = f.place_lat.value;
      changes.location.longitude = f.place_lon.value;
    }
  }
  if (edited("date") && f.date.value) changes.date = f.date.value;
  if (edited("fatalities") && f.fatalities.value !== "") changes.fatalities = Number(f.fatalities.value);
  if (edited("actor1") && f.actor1.value.trim()) changes.actor1 = f.actor1.value;
  if (edited("actor2") && f.actor2.value.trim()) changes.actor2 = f.actor2.value;
  return {action: "correct", changes: changes, note: f.note.value, reviewer: f.reviewer.value || null};
}

// ---------------------------------------------------------------- routing

function route() {
  const m = location.hash.match(/^#\/event\/(.+)$/);
  if (m) { showEvent(decodeURIComponent(m[1])); return; }
  $("#event-view").hidden = true;
  $("#list-view").hidden = false;
}

async function start() {
  state.map = new EventMap($("#map"), (id) => { location.hash = "#/event/" + encodeURIComponent(id); });
  legend();
  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  // Not a control named or id-ed "reset": the form would lose its reset() to it.
  $("#reset-filters").addEventListener("click", () => { $("#filters").reset(); refresh(); });
  $("#more").addEventListener("click", () => loadPage(filterParams()));
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    th.querySelector("button").addEventListener("click", () => sortBy(th));
  }
  document.querySelector('#events th[data-sort="date"]').setAttribute("aria-sort", "descending");
  $("#zoom-in").addEventListener("click", () => state.map.zoomAt(null, 2));
  $("#zoom-out").addEventListener("click", () => state.map.zoomAt(null, 0.5));
  $("#zoom-reset").addEventListener("click", () => state.map.reset());
  $("#use-view").addEventListener("click", () => { $("#filters").elements.bbox.value = state.map.bbox(); refresh(); });
  $("#accept").addEventListener("click", () => sendReview({action: "accept"}));
  $("#reject").addEventListener("click", () => sendReview({action: "reject"}));
  $("#correct").addEventListener("submit", (e) => {
    e.preventDefault();
    const body = correction(e.target);
    if (!Object.keys(body.changes).length) {
      $("#review-error").textContent = "nothing to save: change a field of the event first";
      return;
    }
    sendReview(body);
  });
  window.addEventListener("hashchange", route);
  try {
    await loadMeta();
    const outlines = await api("/api/outlines");
    state.map.setOutlines(outlines.countries);
  } catch (err) {
    $("#filter-error").textContent = err.message;
  }
  await refresh();
  route();
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", start);
