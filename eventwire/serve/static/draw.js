// Drawing for the eventwire web app: a Mercator projection, the map (country outlines,
// clustered points, pan and zoom) and the timeline, as SVG. No library: our own code.
// The server clusters the points (eventwire/serve/mapgrid.py, the same projection and
// plane: a browser test holds them equal), so the map shows every event of any store.
// Data only ever reaches the page as text nodes and attribute values, never as markup.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const W = 1000, H = 600;
// Mercator is cut at 80 degrees: beyond it the poles stretch without end.
const MAX_LAT = 80;
// A cluster gathers the points inside one square of this many screen units.
const CLUSTER_CELL = 28;
const TYPE_COLOURS = {
  "Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd", "Protests": "#2ca02c", "Riots": "#8c564b",
  "Strategic developments": "#1f77b4", "": "#7f7f7f",
};

function colourOf(type) { return TYPE_COLOURS[type || ""] || TYPE_COLOURS[""]; }

function el(name, attrs, parent) {
  const node = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (parent) parent.appendChild(node);
  return node;
}

// Online tiles: web Mercator tiles of this many pixels, zoom levels up to this, at most this
// many drawn at once (a full view of 256-pixel tiles needs about 30).
const TILE_PX = 256, MAX_TILE_ZOOM = 19, MAX_TILES = 96;

function mercator(lat) { return Math.log(Math.tan(Math.PI / 4 + lat * Math.PI / 360)); }

// A latitude's y on the plane, not cut at MAX_LAT (a tile's edge may lie past the cut).
function planeY(lat) { return (1 - mercator(lat) / mercator(MAX_LAT)) / 2 * H; }

// Longitude/latitude to map units (0..W, 0..H): Mercator, x from -180..180.
function project(lon, lat) {
  return [(lon + 180) / 360 * W, planeY(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)))];
}

// The inverse: map units to [lon, lat] (for the bounding box of the view).
function unproject(x, y) {
  const top = Math.log(Math.tan(Math.PI / 4 + MAX_LAT * Math.PI / 360));
  const yMerc = (1 - 2 * y / H) * top;
  const lat = (2 * Math.atan(Math.exp(yMerc)) - Math.PI / 2) * 180 / Math.PI;
  return [x / W * 360 - 180, lat];
}

class EventMap {
  constructor(svg, onPick) {
    this.svg = svg;
    this.onPick = onPick;
    this.view = {x: 0, y: 0, w: W, h: H};
    this.tiles = el("g", {class: "tiles"}, svg);   // online tiles, only if the user asked
    this.tileSource = null;
    this.world = el("g", {class: "world"}, svg);
    this.points = el("g", {id: "points"}, svg);
    this.clusters = [];
    this.params = new URLSearchParams();
    this._asked = 0;          // the latest request: older answers are dropped
    this._timer = null;
    this._drag = null;
    svg.addEventListener("wheel", (e) => { e.preventDefault(); this.zoomAt(e, e.deltaY < 0 ? 1.5 : 1 / 1.5); }, {passive: false});
    svg.addEventListener("pointerdown", (e) => {
      this._drag = {x: e.clientX, y: e.clientY, view: {...this.view}, moved: false};
    });
    svg.addEventListener("pointermove", (e) => {
      if (!this._drag) return;
      const r = svg.getBoundingClientRect();
      const dx = (e.clientX - this._drag.x) * this.view.w / r.width;
      const dy = (e.clientY - this._drag.y) * this.view.h / r.height;
      if (Math.abs(dx) + Math.abs(dy) > 2) this._drag.moved = true;
      this.view.x = this._drag.view.x - dx;
      this.view.y = this._drag.view.y - dy;
      this._apply(false);
    });
    const end = () => { if (this._drag && this._drag.moved) this._apply(true); this._drag = null; };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointerleave", end);
  }

  setOutlines(countries) {
    this.world.replaceChildren();
    for (const c of countries) {
      const d = c.rings.map((ring) => "M" + ring.map(([lon, lat]) => project(lon, lat).map((v) => v.toFixed(1)).join(",")).join("L") + "Z").join("");
      const path = el("path", {d: d, class: "country"}, this.world);
      const title = el("title", {}, path);
      title.textContent = c.name || "";
    }
  }

  // Online tiles under the outlines (`eventwire serve --tiles TEMPLATE`): web Mercator, the
  // same projection, so a tile is a rectangle of the plane.
  setTiles(template) {
    this.tileSource = template;
    this.svg.classList.add("tiled");
    this.drawTiles();
  }

  drawTiles() {
    if (!this.tileSource) return;
    const v = this.view, r = this.svg.getBoundingClientRect();
    const z = Math.max(0, Math.min(MAX_TILE_ZOOM, Math.round(Math.log2(r.width * W / v.w / TILE_PX))));
    const n = 2 ** z;
    const col = (x) => Math.max(0, Math.min(n - 1, Math.floor(x / W * n)));
    const row = (lat) => Math.max(0, Math.min(n - 1, Math.floor((1 - mercator(lat) / Math.PI) / 2 * n)));
    const tileLat = (ty) => Math.atan(Math.sinh(Math.PI * (1 - 2 * ty / n))) * 180 / Math.PI;
    const [, top] = unproject(0, Math.max(0, v.y)), [, bottom] = unproject(0, Math.min(H, v.y + v.h));
    const images = [];
    for (let ty = row(top); ty <= row(bottom); ty++) {
      for (let tx = col(v.x); tx <= col(v.x + v.w); tx++) {
        const [x0, x1] = [tx / n * W, (tx + 1) / n * W];
        const [y0, y1] = [planeY(tileLat(ty)), planeY(tileLat(ty + 1))];
        const href = this.tileSource.replace("{z}", z).replace("{x}", tx).replace("{y}", ty);
        images.push([href, x0, y0, x1 - x0, y1 - y0]);
      }
    }
    this.tiles.replaceChildren();
    for (const [href, x, y, w, h] of images.slice(0, MAX_TILES)) {
      el("image", {href: href, x: x, y: y, width: w, height: h, preserveAspectRatio: "none"}, this.tiles);
    }
  }

  // Show the events matching these filter parameters (a promise of the first drawing).
  setQuery(params) {
    this.params = params;
    return this.load();
  }

  // Ask the server for the clusters of the view, and draw them.
  async load() {
    const v = this.view, mine = ++this._asked;
    const q = new URLSearchParams([...this.params, ["cell", String(CLUSTER_CELL * v.w / W)],
                                   ["view", [v.x, v.y, v.x + v.w, v.y + v.h].join(",")]]);
    const response = await fetch("/api/clusters?" + q);
    const body = await response.json();
    if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
    if (mine !== this._asked) return;
    this.clusters = body.clusters;
    this.drawPoints();
  }

  zoomAt(evt, factor) {
    const r = this.svg.getBoundingClientRect();
    const fx = evt ? (evt.clientX - r.left) / r.width : 0.5;
    const fy = evt ? (evt.clientY - r.top) / r.height : 0.5;
    this.zoomTo(this.view.x + fx * this.view.w, this.view.y + fy * this.view.h, factor, fx, fy);
  }

  zoomTo(cx, cy, factor, fx = 0.5, fy = 0.5) {
    const w = Math.min(W, Math.max(W / 512, this.view.w / factor));
    const h = w * H / W;
    this.view = {x: cx - fx * w, y: cy - fy * h, w: w, h: h};
    this._apply(true);
  }

  reset() { this.view = {x: 0, y: 0, w: W, h: H}; this._apply(true); }

  _apply(redraw) {
    const v = this.view;
    this.svg.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    this.svg.dataset.zoom = (W / v.w).toFixed(2);
    if (redraw) {                     // one request once the wheel or the drag stops
      this.drawTiles();
      clearTimeout(this._timer);
      this._timer = setTimeout(() => this.load().catch((err) => { this.svg.dataset.error = err.message; }), 80);
    }
  }

  drawPoints() {
    this.points.replaceChildren();
    const unit = this.view.w / W;
    let shown = 0;
    for (const c of this.clusters) {
      const n = c.n;
      shown += n;
      const g = el("g", {class: n > 1 ? "cluster" : "point", "data-count": n,
                          "data-event-type": c.event_type || ""}, this.points);
      el("circle", {cx: c.x, cy: c.y, r: (n > 1 ? 7 + 3 * Math.log2(n) : 6) * unit,
                    fill: colourOf(c.event_type), "stroke-width": unit}, g);
      const title = el("title", {}, g);
      if (n > 1) {
        const label = el("text", {x: c.x, y: c.y + 3.5 * unit, "font-size": 10 * unit}, g);
        label.textContent = String(n);
        title.textContent = `${n} events`;
        g.addEventListener("click", (e) => { if (!this._dragged(e)) this.zoomTo(c.x, c.y, 3); });
      } else {
        g.dataset.eventId = c.event_id;
        title.textContent = `${c.label} — ${c.place || ""} ${c.date || ""}`;
        g.addEventListener("click", (e) => { if (!this._dragged(e)) this.onPick(c.event_id); });
      }
    }
    this.svg.dataset.points = String(shown);
  }

  _dragged() { return this._drag && this._drag.moved; }

  // The view's bounding box in degrees: west,south,east,north (for a bbox filter).
  bbox() {
    const [w, n] = unproject(Math.max(0, this.view.x), Math.max(0, this.view.y));
    const [e, s] = unproject(Math.min(W, this.view.x + this.view.w), Math.min(H, this.view.y + this.view.h));
    return [w, s, e, n].map((v) => v.toFixed(3)).join(",");
  }
}

// Over this many months the timeline counts years: a bar per month would be under 2 px.
const MAX_MONTH_BARS = 240;

// Every month (YYYY-MM) from the first to the last given, gaps included: the axis is time.
function monthRange(first, last) {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

function lastDay(month) {   // "2024-02" -> "2024-02-29"
  const [y, m] = month.split("-").map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

// Stacked bars of events per month (per year over a long span), one colour per event type,
// on a continuous time axis; a click on a bar calls onPick(firstDay, lastDay).
function drawTimeline(svg, counts, onPick) {
  svg.replaceChildren();
  const dated = counts.filter((c) => c.month);
  if (!dated.length) {
    svg.dataset.months = "0";
    const t = el("text", {x: 500, y: 80, "text-anchor": "middle", class: "empty"}, svg);
    t.textContent = "No dated events";
    return;
  }
  const seen = dated.map((c) => c.month).sort();
  let bins = monthRange(seen[0], seen[seen.length - 1]);
  const yearly = bins.length > MAX_MONTH_BARS;
  const binOf = (month) => yearly ? month.slice(0, 4) : month;
  if (yearly) bins = [...new Set(bins.map(binOf))];
  svg.dataset.months = String(bins.length);
  svg.dataset.unit = yearly ? "year" : "month";
  const index = new Map(bins.map((b, i) => [b, i]));
  const stacks = new Map();          // bin -> Map(type -> n)
  for (const c of dated) {
    const b = binOf(c.month);
    if (!stacks.has(b)) stacks.set(b, new Map());
    const t = stacks.get(b);
    t.set(c.event_type || "", (t.get(c.event_type || "") || 0) + c.n);
  }
  const totals = [...stacks.values()].map((t) => [...t.values()].reduce((a, b) => a + b, 0));
  const max = Math.max(...totals);
  const left = 40, bottom = 140, height = 120, width = 950;
  const step = width / bins.length, bar = Math.max(1, step * 0.8);
  const axis = el("text", {x: left - 6, y: bottom - height + 8, "text-anchor": "end", class: "axis"}, svg);
  axis.textContent = String(max);
  el("line", {x1: left, x2: left + width, y1: bottom + 0.5, y2: bottom + 0.5, stroke: "#bbb"}, svg);
  for (const [b, types] of stacks) {
    const i = index.get(b);
    let y0 = 0;
    const first = yearly ? `${b}-01-01` : `${b}-01`;
    const last = yearly ? `${b}-12-31` : lastDay(b);
    for (const [type, n] of [...types.entries()].sort()) {
      const hgt = n / max * height;
      const r = el("rect", {x: left + i * step, y: bottom - y0 - hgt, width: bar, height: hgt,
                            fill: colourOf(type), class: "bar", "data-bin": b}, svg);
      const title = el("title", {}, r);
      title.textContent = `${b}: ${n} ${type || "other"}`;
      if (onPick) r.addEventListener("click", () => onPick(first, last));
      y0 += hgt;
    }
  }
  const every = Math.ceil(bins.length / 12);
  bins.forEach((b, i) => {
    if (i % every) return;
    const t = el("text", {x: left + i * step + bar / 2, y: bottom + 14, "text-anchor": "middle", class: "axis"}, svg);
    t.textContent = b;
  });
}
