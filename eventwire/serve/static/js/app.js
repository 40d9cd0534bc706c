// The explorer's shell: client-side routes in the address's #fragment, one view per page.
import { getJSON } from "./api.js";
import { message } from "./dom.js";
import { FILTER_KEYS, readFilters, renderFilterBar } from "./filters.js";
import { renderTimeline } from "./timeline.js";
import { renderMap } from "./map.js";
import { renderNetwork } from "./network.js";
import { renderArticles } from "./articles.js";
import { renderArticle } from "./article.js";
import { renderEvent } from "./event.js";

const VIEWS = [
  { name: "timeline", pattern: /^(?:timeline)?$/, render: renderTimeline, filters: true },
  { name: "map", pattern: /^map$/, render: renderMap, filters: true },
  { name: "network", pattern: /^network$/, render: renderNetwork, filters: true },
  { name: "articles", pattern: /^articles$/, render: renderArticles },
  { name: "article", pattern: /^article\/([0-9a-f]{32})$/, render: renderArticle },
  { name: "event", pattern: /^event\/(.+)$/, render: renderEvent },
];

const main = document.getElementById("view");
const filterForm = document.getElementById("filters");
let meta = null;
let renders = 0; // a view whose data arrives after the next navigation must not draw

function parseHash() {
  const raw = window.location.hash.replace(/^#\/?/, "");
  const cut = raw.indexOf("?");
  return {
    path: cut < 0 ? raw : raw.slice(0, cut),
    params: new URLSearchParams(cut < 0 ? "" : raw.slice(cut + 1)),
  };
}

function hashFor(view, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null)).toString();
  return `#/${view}${query ? "?" + query : ""}`;
}

/** Go to a view with these parameters (a new history entry, so Back works). */
function navigate(view, params = {}) {
  window.location.hash = hashFor(view, params);
}

function updateNav(active, filters) {
  for (const link of document.querySelectorAll("#nav a[data-view]")) {
    const view = link.dataset.view;
    const keep = ["timeline", "map", "network"].includes(view) ? filters : {};
    link.setAttribute("href", hashFor(view, keep));
    link.classList.toggle("active", view === active);
  }
}

async function render() {
  const id = ++renders;
  const { path, params } = parseHash();
  const view = VIEWS.find((v) => v.pattern.test(path));
  main.removeAttribute("data-ready");
  if (!view) {
    filterForm.hidden = true;
    main.replaceChildren(message("No such page.", "error"));
    return;
  }
  const args = path.match(view.pattern).slice(1).map(decodeURIComponent);
  const filters = readFilters(params);
  updateNav(view.name, filters);
  document.title = `${view.name} · eventwire explorer`;
  filterForm.hidden = !view.filters;
  if (view.filters) {
    // Parameters that are not filters (the timeline's bucket, the network's node names) survive a new filter.
    const others = Object.fromEntries([...params].filter(([k]) => !FILTER_KEYS.includes(k) && k !== "page"));
    renderFilterBar(filterForm, filters, meta, (next) => navigate(view.name, { ...others, ...next }));
  }
  const container = document.createElement("div");
  container.className = `view view-${view.name}`;
  main.replaceChildren(container);
  const ctx = {
    container, args, params, filters, meta, navigate,
    stale: () => id !== renders,
    setParams: (changes) => navigate(view.name, { ...Object.fromEntries(params), ...changes }),
  };
  try {
    await view.render(ctx);
  } catch (err) {
    if (!ctx.stale()) container.replaceChildren(message(`Could not load this page: ${err.message}`, "error"));
  }
  if (!ctx.stale()) main.dataset.ready = view.name;
}

async function start() {
  try {
    meta = await getJSON("meta");
  } catch (err) {
    main.replaceChildren(message(`The explorer's API did not answer: ${err.message}`, "error"));
    return;
  }
  window.addEventListener("hashchange", render);
  await render();
}

start();
