// Articles: every stored article (search by title, source or id), each a way into its text.
import { getJSON } from "./api.js";
import { articleHref, el, pager } from "./dom.js";

export async function renderArticles(ctx) {
  const q = ctx.params.get("q") || "";
  const page = Math.max(1, Number(ctx.params.get("page")) || 1);
  const result = await getJSON("articles", { q, page, page_size: 50 });
  if (ctx.stale()) return;
  const search = el("form", { class: "row", id: "article-search" },
    el("h2", {}, "Articles"),
    el("input", { type: "search", name: "q", value: q, maxlength: 200, placeholder: "title, source or id" }),
    el("button", { type: "submit" }, "Search"));
  search.addEventListener("submit", (e) => {
    e.preventDefault();
    ctx.navigate("articles", { q: new FormData(search).get("q") });
  });
  const table = result.items.length ? el("table", { class: "articles" },
    el("thead", {}, el("tr", {}, ["Published", "Source", "Title", "Id", "Events", "Quotes"].map((h) => el("th", {}, h)))),
    el("tbody", {}, result.items.map((a) => el("tr", {},
      el("td", { class: "nowrap" }, a.published || "—"),
      el("td", {}, a.source || ""),
      el("td", {}, el("a", { href: articleHref(a.hash), class: "article-link" }, a.title || "(untitled)")),
      el("td", { class: "muted small" }, a.article_id),
      el("td", { class: "num" }, a.n_events),
      el("td", { class: "num" }, a.n_quotes)))))
    : el("p", { class: "muted" }, "No articles match.");
  ctx.container.append(search, table, pager(result, (p) => ctx.navigate("articles", { q, page: p })));
}
