// Network: who acts on whom. Nodes are actors (by code, or by identified name), an arrow runs
// from actor to recipient, thicker with more events. A small force layout written here places
// them; clicking a node lists that actor's events.
import { getJSON } from "./api.js";
import { el, shorten, svg } from "./dom.js";
import { eventList } from "./components.js";

const W = 900, H = 600, MARGIN = 40;
const SPREAD = 0.6, GRAVITY = 1; // tuned on the sample corpus's 50-odd actors

export async function renderNetwork(ctx) {
  const by = ctx.params.get("by") === "name" ? "name" : "code";
  const limit = Math.min(500, Math.max(10, Number(ctx.params.get("edges")) || 80));
  const data = await getJSON("network", { ...ctx.filters, by, limit });
  if (ctx.stale()) return;
  const panel = el("aside", { class: "side-column", id: "network-panel" });
  const controls = el("div", { class: "row" },
    el("h2", {}, "Who acts on whom"),
    el("label", { class: "inline" }, "nodes: ",
      el("select", { id: "network-by", onchange: (e) => ctx.setParams({ by: e.target.value }) },
        el("option", { value: "code", selected: by === "code" }, "actor codes"),
        el("option", { value: "name", selected: by === "name" }, "names"))),
    el("label", { class: "inline" }, "ties: ",
      el("select", { id: "network-edges", onchange: (e) => ctx.setParams({ edges: e.target.value }) },
        [40, 80, 150, 300].map((n) => el("option", { value: n, selected: n === limit }, `strongest ${n}`)))));
  if (!data.edges.length) {
    ctx.container.append(controls, el("p", { class: "muted", id: "network-empty" }, "No actor acts on another recipient in the matching events."));
    return;
  }
  const positions = layout(data.nodes, data.edges);
  let graph;
  const select = (id) => {
    markSelected(graph, id);
    showActor(ctx, panel, data.nodes.find((n) => n.id === id));
  };
  graph = drawGraph(data, positions, select);
  panel.append(strongestTies(data, select));
  ctx.container.append(controls, el("div", { class: "columns" }, el("section", { class: "main-column" }, graph), panel),
    el("p", { class: "muted small" }, "Arrows run from actor to recipient; width grows with the number of events. Self-ties are left out."));
}

/** Fruchterman-Reingold from a circle, with a pull to the centre that keeps loose parts on the page.
 * Deterministic: a view looks the same on every visit. */
export function layout(nodes, edges, iterations = 300) {
  const n = nodes.length;
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1);
    return { x: W / 2 + (W / 4) * Math.cos(a), y: H / 2 + (H / 4) * Math.sin(a) };
  });
  const k = SPREAD * Math.sqrt(((W - 2 * MARGIN) * (H - 2 * MARGIN)) / Math.max(n, 1));
  let temperature = W / 10;
  for (let it = 0; it < iterations; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d = Math.max(1, Math.hypot(dx, dy));
        const f = (k * k) / d;
        disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
        disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
      }
    }
    for (const e of edges) {
      const i = index.get(e.source), j = index.get(e.target);
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = ((d * d) / k) * (1 + Math.log(e.weight)) * 0.5;
      disp[i].x -= (dx / d) * f; disp[i].y -= (dy / d) * f;
      disp[j].x += (dx / d) * f; disp[j].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      // The page is wider than tall: pull harder vertically.
      disp[i].x += (W / 2 - pos[i].x) * GRAVITY * k / 50;
      disp[i].y += (H / 2 - pos[i].y) * GRAVITY * k / 50 * (W / H);
      const len = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
      const step = Math.min(len, temperature);
      pos[i].x = clamp(pos[i].x + (disp[i].x / len) * step, MARGIN, W - MARGIN);
      pos[i].y = clamp(pos[i].y + (disp[i].y / len) * step, MARGIN, H - MARGIN);
    }
    temperature = Math.max(0.5, temperature * 0.985);
  }
  return new Map(nodes.map((d, i) => [d.id, pos[i]]));
}

const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
const nodeRadius = (node) => Math.min(28, 5 + 2.2 * Math.sqrt(node.events));
const nodeLabel = (node) => shorten(node.id, 22);

function drawGraph(data, positions, onSelect) {
  const root = svg("svg", { id: "network", class: "network", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" },
    svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" },
      svg("path", { d: "M0,0L10,5L0,10z", class: "arrow-head" }))));
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edges = svg("g", { class: "edges" });
  for (const e of data.edges) {
    const a = positions.get(e.source), b = positions.get(e.target);
    const d = Math.max(0.01, Math.hypot(b.x - a.x, b.y - a.y));
    const r = nodeRadius(byId.get(e.target)) + 3; // stop at the target's rim so the arrowhead shows
    edges.append(svg("line", {
      class: "edge", x1: a.x, y1: a.y, x2: b.x - ((b.x - a.x) / d) * r, y2: b.y - ((b.y - a.y) / d) * r,
      "stroke-width": 1 + 1.5 * Math.log2(e.weight), "marker-end": "url(#arrow)",
      dataset: { source: e.source, target: e.target, weight: e.weight },
    }, svg("title", {}, `${e.source} → ${e.target}: ${e.weight} event(s)`)));
  }
  const nodes = svg("g", { class: "nodes" });
  for (const node of data.nodes) {
    const p = positions.get(node.id);
    const g = svg("g", { class: "node", tabindex: 0, dataset: { id: node.id }, transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})` },
      svg("circle", { r: nodeRadius(node) }),
      svg("text", { y: nodeRadius(node) + 12, "text-anchor": "middle" }, nodeLabel(node)),
      svg("title", {}, `${node.id}${node.name && node.name !== node.id ? " — " + node.name : ""}: ${node.events} event(s)`));
    g.addEventListener("click", () => onSelect(node.id));
    g.addEventListener("keydown", (e) => { if (e.key === "Enter") onSelect(node.id); });
    nodes.append(g);
  }
  root.append(edges, nodes);
  return root;
}

function markSelected(graph, id) {
  graph.classList.add("has-selection");
  for (const g of graph.querySelectorAll(".node")) {
    g.classList.toggle("selected", g.dataset.id === id);
  }
  for (const line of graph.querySelectorAll(".edge")) {
    line.classList.toggle("active", line.dataset.source === id || line.dataset.target === id);
  }
}

async function showActor(ctx, panel, node) {
  panel.replaceChildren(
    el("h3", { id: "actor-title" }, node.id, node.name && node.name !== node.id ? el("span", { class: "muted" }, ` ${node.name}`) : null),
    el("p", {}, `${node.events} matching event(s). `,
      el("a", { href: "#", class: "show-on-timeline", onclick: (e) => { e.preventDefault(); ctx.navigate("timeline", { ...ctx.filters, actor: node.id }); } },
        "Show them on the timeline")),
    el("p", { class: "muted" }, "Loading events…"));
  const events = await getJSON("events", { ...ctx.filters, actor: node.id, page_size: 20, order: "-date" });
  if (ctx.stale() || !panel.querySelector("#actor-title") || panel.querySelector("#actor-title").firstChild.textContent !== node.id) return;
  panel.lastChild.replaceWith(el("div", { id: "actor-events" }, eventList(events.items),
    events.total > events.items.length ? el("p", { class: "muted" }, `the latest ${events.items.length} of ${events.total}`) : null));
}

function strongestTies(data, onSelect) {
  return el("div", {},
    el("h3", {}, "Strongest ties"),
    el("p", { class: "muted" }, "Click a node (or a tie) to list that actor's events."),
    el("ul", { class: "counts" }, data.edges.slice(0, 15).map((e) =>
      el("li", {}, el("button", { type: "button", class: "link", onclick: () => onSelect(e.source) }, `${e.source} → ${e.target}`),
        el("span", { class: "num" }, e.weight)))));
}
