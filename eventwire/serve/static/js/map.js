// Map: the world outline (Natural Earth via the world-atlas npm package, served from this
// server) in an equirectangular projection, and a circle per located event sized by its
// mentions. No tiles, nothing from the internet.
import { getJSON } from "./api.js";
import { el, partiesText, quadChip, svg } from "./dom.js";
import { eventCard } from "./components.js";

const W = 960, H = 480;
let worldPaths = null; // the outline is the same for every visit: decode it once

const project = ([lon, lat]) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];

export async function renderMap(ctx) {
  const [data, world] = await Promise.all([getJSON("map", ctx.filters), loadWorld()]);
  if (ctx.stale()) return;
  const panel = el("aside", { class: "side-column", id: "map-panel" },
    el("p", { class: "muted" }, "Click a circle to see its event. Scroll to zoom, drag to move."));
  const pick = (item, dot) => {
    for (const other of map.querySelectorAll(".event-dot.selected")) other.classList.remove("selected");
    dot.classList.add("selected");
    panel.replaceChildren(eventCard(item), ...overlapping(map, dot, data.items, pick));
  };
  const map = drawMap(world, data.items, pick);
  enablePanZoom(map);
  ctx.container.append(
    el("div", { class: "row" },
      el("h2", {}, "Where"),
      el("span", { class: "muted" }, data.truncated ? `the ${data.items.length} most-mentioned of ${data.total} located events`
        : `${data.total} located events`),
      el("span", { class: "spacer" }),
      el("button", { type: "button", class: "secondary", id: "map-fit", onclick: () => setView(map, fitBounds(eventBounds(data.items))) }, "Zoom to events"),
      el("button", { type: "button", class: "secondary", id: "map-world", onclick: () => setView(map, [0, 0, W, H]) }, "Whole world")),
    el("div", { class: "columns" }, el("section", { class: "main-column map-wrap" }, map), panel),
    el("p", { class: "muted small" }, "Circle area grows with the number of mentions; colour is the quad class. Outline: Natural Earth 1:110m."));
}

/** Circles drawn over or under the chosen one (one place, or places close at this zoom), as buttons to choose them. */
function overlapping(map, dot, items, pick) {
  const at = (d) => [Number(d.getAttribute("cx")), Number(d.getAttribute("cy")), Number(d.getAttribute("r"))];
  const [x, y, r] = at(dot);
  const byId = new Map(items.map((i) => [i.event_id, i]));
  const others = [...map.querySelectorAll(".event-dot")].filter((d) => {
    const [ox, oy, or] = at(d);
    return d !== dot && Math.hypot(ox - x, oy - y) < r + or;
  });
  if (!others.length) return [];
  return [el("h3", {}, `${others.length} more under or over this circle`),
    el("ul", { class: "event-list" }, others.map((d) => {
      const o = byId.get(d.dataset.eventId);
      return el("li", {}, el("button", { type: "button", class: "link nearby", dataset: { eventId: o.event_id }, onclick: () => pick(o, d) },
        quadChip(o.event, o.quad_code), ` ${o.date || "undated"} ${partiesText(o.actors)} → ${partiesText(o.recipients)}`,
        o.placename ? ` at ${o.placename}` : ""));
    }))];
}

async function loadWorld() {
  if (!worldPaths) {
    const response = await fetch("/static/vendor/countries-110m.json");
    if (!response.ok) throw new Error("the world outline is missing (run `make vendor`)");
    worldPaths = countryPaths(await response.json());
  }
  return worldPaths;
}

/** TopoJSON -> one SVG path string per country. Arcs are delta-encoded, quantized positions. */
export function countryPaths(topo) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = (indexes) => indexes.flatMap((i, k) => {
    const points = i < 0 ? arcs[~i].slice().reverse() : arcs[i]; // a negative index runs the arc backwards
    return k ? points.slice(1) : points;
  });
  const pathOf = (rings) => rings.map((r) => ringPath(ring(r))).join("");
  return topo.objects.countries.geometries.map((g) => ({
    name: (g.properties && g.properties.name) || "",
    d: g.type === "Polygon" ? pathOf(g.arcs) : g.type === "MultiPolygon" ? g.arcs.map(pathOf).join("") : "",
  }));
}

/** One ring as SVG path data. A ring that crosses the 180° meridian (Russia, Fiji, Antarctica) does so
 * at points on it: cut it there into pieces that each start and end on the map's edge, so each piece
 * closes along the edge instead of a line across the whole map. */
function ringPath(points) {
  const crossings = [];
  for (let i = 1; i < points.length; i++) {
    if (Math.abs(points[i][0] - points[i - 1][0]) > 180) crossings.push(i);
  }
  const fmt = (p) => project(p).map((v) => v.toFixed(1)).join(",");
  if (!crossings.length) return "M" + points.map(fmt).join("L") + "Z";
  const first = crossings[0];
  const rotated = points.slice(first).concat(points.slice(1, first + 1)); // rings repeat their first point last
  const pieces = [[]];
  rotated.forEach((p, i) => {
    if (i && Math.abs(p[0] - rotated[i - 1][0]) > 180) pieces.push([]);
    pieces[pieces.length - 1].push(p);
  });
  return pieces.filter((piece) => piece.length > 1).map((piece) => "M" + piece.map(fmt).join("L") + "Z").join("");
}

function drawMap(world, items, onPick) {
  const root = svg("svg", { id: "map", class: "map", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of located events" });
  // The sea and the graticule reach past the world's edge, so a zoomed or moved map shows no gap.
  root.append(svg("rect", { class: "sea", x: -W, y: -H, width: 3 * W, height: 3 * H }));
  for (let lon = -150; lon < 180; lon += 30) {
    const [x] = project([lon, 0]);
    root.append(svg("line", { class: "graticule", x1: x, x2: x, y1: 0, y2: H }));
  }
  for (let lat = -60; lat < 90; lat += 30) {
    const [, y] = project([0, lat]);
    root.append(svg("line", { class: "graticule", x1: 0, x2: W, y1: y, y2: y }));
  }
  root.append(svg("g", { class: "countries" }, world.map((c) => svg("path", { class: "country", d: c.d }, svg("title", {}, c.name)))));
  const dots = svg("g", { class: "dots" });
  // Biggest first, so a small circle on top of a big one can still be clicked.
  for (const item of [...items].sort((a, b) => b.num_mentions - a.num_mentions)) {
    const [cx, cy] = project([item.lon, item.lat]);
    const dot = svg("circle", {
      class: `event-dot q${item.quad_code}`, cx, cy, dataset: { eventId: item.event_id, r: radius(item) }, r: radius(item),
      tabindex: 0,
    }, svg("title", {}, `${item.event} ${item.date || ""}: ${partiesText(item.actors)} → ${partiesText(item.recipients)} at ${item.placename || "?"}`));
    dot.addEventListener("click", () => onPick(item, dot));
    dot.addEventListener("keydown", (e) => { if (e.key === "Enter") onPick(item, dot); });
    dots.append(dot);
  }
  root.append(dots);
  return root;
}

function radius(item) {
  return 1.5 + 2.5 * Math.sqrt(Math.max(1, item.num_mentions)); // area ~ mentions
}

function eventBounds(items) {
  if (!items.length) return null;
  const points = items.map((i) => project([i.lon, i.lat]));
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The view [x, y, w, h] showing bounds [x0, y0, x1, y1] with a margin, in the map's aspect. */
function fitBounds(bounds) {
  if (!bounds) return [0, 0, W, H];
  const pad = 30;
  let w = Math.max(bounds[2] - bounds[0] + 2 * pad, 60), h = Math.max(bounds[3] - bounds[1] + 2 * pad, 30);
  if (w / h > W / H) h = (w * H) / W; else w = (h * W) / H;
  return [(bounds[0] + bounds[2]) / 2 - w / 2, (bounds[1] + bounds[3]) / 2 - h / 2, w, h];
}

/** Show [x, y, w, h] of the map; circles keep their size on screen. */
function setView(map, [x, y, w, h]) {
  map.setAttribute("viewBox", `${x} ${y} ${w} ${h}`);
  const scale = w / W;
  for (const dot of map.querySelectorAll(".event-dot")) dot.setAttribute("r", Number(dot.dataset.r) * scale);
}

/** Scroll zooms about the pointer; dragging moves the map (and is not taken for a click on a circle). */
function enablePanZoom(map) {
  const current = () => map.getAttribute("viewBox").split(" ").map(Number);
  map.addEventListener("wheel", (e) => {
    e.preventDefault();
    const [x, y, w] = current();
    const factor = Math.min(2, Math.max(0.5, Math.exp(e.deltaY * 0.002)));
    const nw = Math.min(W, Math.max(W / 64, w * factor)), k = nw / w;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(map.getScreenCTM().inverse());
    setView(map, [p.x - (p.x - x) * k, p.y - (p.y - y) * k, nw, (nw * H) / W]);
  }, { passive: false });
  let drag = null;
  map.addEventListener("pointerdown", (e) => { drag = { x: e.clientX, y: e.clientY, view: current(), moved: false }; });
  map.addEventListener("pointermove", (e) => {
    if (!drag || !(e.buttons & 1)) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) > 3) {
      drag.moved = true;
      map.setPointerCapture(e.pointerId); // keep the drag when the pointer leaves the map
    }
    if (!drag.moved) return;
    const [x, y, w, h] = drag.view, perPixel = w / map.clientWidth;
    setView(map, [x - dx * perPixel, y - dy * perPixel, w, h]);
  });
  map.addEventListener("click", (e) => { if (drag && drag.moved) e.stopPropagation(); }, true);
  map.addEventListener("pointerup", () => { setTimeout(() => { drag = null; }, 0); }); // after the click it may cancel
}
