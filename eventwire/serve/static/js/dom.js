// Building the page from data. Every string from the store becomes a text node (createTextNode,
// textContent): an article holding "<script>" shows those characters and runs nothing. No data is
// ever parsed as HTML.

const SVG_NS = "http://www.w3.org/2000/svg";

export const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: el("a", {href: "#/x", class: "y"}, "text", otherNode). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** An SVG element, same call shape as el(). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** A link to an outside page, or plain text when the address is not http(s) (no javascript: URLs). */
export function outsideLink(url, text) {
  if (typeof url === "string" && /^https?:\/\//i.test(url)) {
    return el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, text || url);
  }
  return document.createTextNode(text || url || "");
}

/** "#/event/ID": an in-page route; ids may hold ':' or '/', so each part is encoded. */
export function route(path, params) {
  const parts = path.map(encodeURIComponent).join("/");
  const query = params ? new URLSearchParams(params).toString() : "";
  return `#/${parts}${query ? "?" + query : ""}`;
}

export function eventHref(eventId) {
  return route(["event", eventId]);
}

export function articleHref(hash, mentionId) {
  return route(["article", hash], mentionId ? { event: mentionId } : null);
}

/** "United States (USA); Iran" from [{code, name}]. */
export function partiesText(parties) {
  const out = (parties || []).map((p) => (p.name && p.code ? `${p.name} (${p.code})` : p.name || p.code || "")).filter(Boolean);
  return out.length ? out.join("; ") : "—";
}

export function quadChip(event, quad) {
  const q = quad || 0;
  return el("span", { class: `chip q${q}`, title: QUAD_NAMES[q] || "" }, event || "?");
}

export function shorten(text, max = 160) {
  const s = String(text || "").replace(/\s+/g, " ").trim();
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}

export function message(text, cls = "muted") {
  return el("p", { class: cls }, text);
}

/** Previous/next buttons for a paged list: {total, page, page_size}. */
export function pager(result, onPage) {
  const pages = Math.max(1, Math.ceil(result.total / result.page_size));
  return el("div", { class: "pager" },
    el("button", { type: "button", class: "prev", disabled: result.page <= 1, onclick: () => onPage(result.page - 1) }, "← Previous"),
    el("span", { class: "muted" }, ` page ${result.page} of ${pages} (${result.total} in all) `),
    el("button", { type: "button", class: "next", disabled: result.page >= pages, onclick: () => onPage(result.page + 1) }, "Next →"));
}
