// Timeline: matching events per day (or week, month, year), stacked by quad class; the events
// below, a page at a time; counts by type and the top actors beside, each a filter to click.
import { getJSON } from "./api.js";
import { el, pager, QUAD_NAMES, svg } from "./dom.js";
import { eventsTable, summaryLine } from "./components.js";

const W = 960, H = 240;
const PAD = { left: 44, right: 12, top: 12, bottom: 30 };
const PAGE_SIZE = 25;

export async function renderTimeline(ctx) {
  const bucket = ctx.params.get("bucket") || "auto";
  const page = Math.max(1, Number(ctx.params.get("page")) || 1);
  const [timeline, stats, events] = await Promise.all([
    getJSON("timeline", { ...ctx.filters, bucket }),
    getJSON("stats", ctx.filters),
    getJSON("events", { ...ctx.filters, page, page_size: PAGE_SIZE }),
  ]);
  if (ctx.stale()) return;
  const drill = (b) => ctx.navigate("timeline", { ...ctx.filters, since: b.start, until: bucketEnd(b.start, timeline.bucket) });
  ctx.container.append(
    summaryLine(stats),
    el("div", { class: "row" },
      el("h2", {}, `Events per ${timeline.bucket}`),
      bucketPicker(bucket, (b) => ctx.setParams({ bucket: b, page: "" }))),
    timeline.buckets.length ? chart(timeline, drill) : el("p", { class: "muted", id: "timeline-empty" }, "No dated events match."),
    quadLegend(stats.by_quad),
    el("div", { class: "columns" },
      el("section", { class: "main-column" },
        el("h3", {}, "Events"),
        eventsTable(events.items),
        pager(events, (p) => ctx.setParams({ page: p }))),
      el("aside", { class: "side-column" },
        el("h3", {}, "By type"),
        countList(stats.by_type.map((t) => [t.event, t.n, `q${t.quad_code}`]), (t) => ctx.navigate("timeline", { ...ctx.filters, type: t })),
        el("h3", {}, "Top actors"),
        countList(stats.top_actors.map((a) => [a.key, a.events, "", a.name]), (code) => ctx.navigate("timeline", { ...ctx.filters, actor: code })))));
}

function bucketPicker(current, onPick) {
  return el("label", { class: "inline" }, "bars: ",
    el("select", { id: "bucket", onchange: (e) => onPick(e.target.value) },
      ["auto", "day", "week", "month", "year"].map((b) => el("option", { value: b, selected: b === current }, b))));
}

/** The stacked bars; clicking one narrows the dates to it. */
function chart(timeline, onPick) {
  const buckets = timeline.buckets;
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const plotW = W - PAD.left - PAD.right, plotH = H - PAD.top - PAD.bottom;
  const step = plotW / buckets.length;
  const gap = step > 4 ? Math.min(2, step * 0.15) : 0;
  const y = (v) => PAD.top + plotH * (1 - v / max);
  const root = svg("svg", { id: "timeline-chart", class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img",
    "aria-label": `events per ${timeline.bucket}, ${timeline.total} in all` });
  for (const v of yTicks(max)) {
    root.append(svg("line", { class: "grid", x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v) }),
      svg("text", { class: "axis", x: PAD.left - 6, y: y(v) + 4, "text-anchor": "end" }, String(v)));
  }
  buckets.forEach((b, i) => {
    let below = 0;
    const x = PAD.left + i * step + gap;
    const tip = `${b.start}: ${b.total} event(s)` + b.counts.map((n, q) => (n ? `\n${n} ${QUAD_NAMES[q + 1]}` : "")).join("");
    b.counts.forEach((n, q) => {
      if (!n) return;
      root.append(svg("rect", {
        class: `bar q${q + 1}`, x, y: y(below + n), width: Math.max(step - 2 * gap, 0.8), height: y(below) - y(below + n),
        dataset: { start: b.start, quad: q + 1, count: n }, onclick: () => onPick(b),
      }, svg("title", {}, tip)));
      below += n;
    });
  });
  const every = Math.max(1, Math.ceil(buckets.length / 8));
  buckets.forEach((b, i) => {
    if (i % every) return;
    const x = PAD.left + (i + 0.5) * step;
    const anchor = x > W - 50 ? "end" : "middle"; // the last label stays inside the chart
    root.append(svg("text", { class: "axis", x: anchor === "end" ? W - PAD.right : x, y: H - 10, "text-anchor": anchor },
      label(b.start, timeline.bucket)));
  });
  return root;
}

function yTicks(max) {
  const ticks = [0, Math.round(max / 2), max];
  return [...new Set(ticks)];
}

function label(start, bucket) {
  return bucket === "year" ? start.slice(0, 4) : bucket === "month" ? start.slice(0, 7) : start;
}

/** The last day of the bucket starting on `start` (ISO dates, in UTC to dodge time zones). */
export function bucketEnd(start, bucket) {
  const d = new Date(`${start}T00:00:00Z`);
  if (bucket === "week") d.setUTCDate(d.getUTCDate() + 6);
  if (bucket === "month") d.setUTCMonth(d.getUTCMonth() + 1, 0);
  if (bucket === "year") d.setUTCMonth(12, 0);
  return d.toISOString().slice(0, 10);
}

function quadLegend(byQuad) {
  const counts = Object.fromEntries(byQuad.map((q) => [q.quad_code, q.n]));
  return el("div", { class: "legend" }, Object.entries(QUAD_NAMES).map(([q, name]) =>
    el("span", { class: "legend-item" }, el("span", { class: `swatch q${q}` }), `${name} (${counts[q] || 0})`)));
}

/** [[key, count, class, note]] as a list of buttons. */
function countList(rows, onPick) {
  if (!rows.length) return el("p", { class: "muted" }, "—");
  return el("ul", { class: "counts" }, rows.map(([key, n, cls, note]) =>
    el("li", {}, el("button", { type: "button", class: `link ${cls}`, title: `show only ${key}`, onclick: () => onPick(key) },
      el("span", { class: "key" }, key), note ? el("span", { class: "muted" }, ` ${note}`) : null),
      el("span", { class: "num" }, n))));
}
