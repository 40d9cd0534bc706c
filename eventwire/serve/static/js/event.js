// Event: one corpus event, every article that reports it (each mention's sentence, its event
// word marked), the events it is linked to, and its PLOVER record as exported.
import { getJSON } from "./api.js";
import { articleHref, el, eventHref, outsideLink, partiesText, quadChip } from "./dom.js";

const LINK_WORDS = {
  "out:response_to": "in response to", "out:follows": "after",
  "in:response_to": "answered by", "in:follows": "followed by",
};

export async function renderEvent(ctx) {
  const [eventId] = ctx.args;
  const data = await getJSON(`events/${eventId.split("/").map(encodeURIComponent).join("/")}`);
  if (ctx.stale()) return;
  const { event: e, record, mentions, links } = data;
  ctx.container.append(
    el("h2", { id: "event-title" }, quadChip(e.event, e.quad_code), ` ${e.quad_name || ""} · ${e.date || "undated"}`,
      e.polarity !== "asserted" ? el("em", {}, ` (${e.polarity})`) : null),
    el("p", { class: "parties" }, el("strong", {}, partiesText(e.actors)), " → ", el("strong", {}, partiesText(e.recipients)),
      e.placename ? ` at ${e.placename}${e.place_country ? ", " + e.place_country : ""}` : ""),
    el("p", { class: "muted" }, `${e.num_articles} article(s) from ${e.num_sources} source(s), ${e.num_mentions} mention(s) · id `,
      el("code", {}, e.event_id)),
    el("h3", {}, `Reported by ${mentions.length === 1 ? "one article" : mentions.length + " articles"}`),
    el("ol", { class: "mentions", id: "mentions" }, mentions.map(mentionItem)),
    linksSection(links),
    el("details", { class: "record-details" }, el("summary", {}, "PLOVER record (as `eventwire export` writes it)"),
      el("pre", { class: "record" }, JSON.stringify(record, null, 2))));
}

function mentionItem(m) {
  return el("li", { class: "mention", dataset: { hash: m.hash } },
    el("div", {},
      el("a", { class: "article-link", href: articleHref(m.hash, m.mention_id) }, m.title || m.article_id),
      el("span", { class: "muted" }, ` · ${[m.source, m.published].filter(Boolean).join(" · ")} · `), outsideLink(m.url, m.url ? "original" : "")),
    el("blockquote", { class: "sentence" }, sentenceWithTrigger(m.sentence || "", m.trigger)));
}

/** The sentence with its event word marked; offsets count code points (see article.js). */
function sentenceWithTrigger(sentence, trigger) {
  const chars = Array.from(sentence);
  if (!trigger) return chars.join("");
  return [chars.slice(0, trigger.start).join(""),
    el("mark", { class: "hl-trigger" }, chars.slice(trigger.start, trigger.end).join("")),
    chars.slice(trigger.end).join("")];
}

function linksSection(links) {
  if (!links.length) return el("section", { id: "event-links" }, el("h3", {}, "Linked events"), el("p", { class: "muted" }, "None."));
  return el("section", { id: "event-links" },
    el("h3", {}, "Linked events"),
    el("ul", {}, links.map((l) => el("li", {},
      `${LINK_WORDS[`${l.direction}:${l.type}`] || l.type} `,
      el("a", { href: eventHref(l.event_id) }, quadChip(l.event, l.quad_code), ` ${l.date || "undated"}`),
      l.cue ? el("span", { class: "muted" }, ` (“${l.cue}”)`) : null))));
}
