// Pieces more than one view shows: a table of events, an event's card, a summary line.
import { articleHref, el, eventHref, partiesText, quadChip, shorten } from "./dom.js";

export function eventsTable(items) {
  if (!items.length) return el("p", { class: "muted" }, "No events match.");
  return el("table", { class: "events" },
    el("thead", {}, el("tr", {}, ["Date", "Type", "Actor", "Recipient", "Place", "Articles", "Sentence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, items.map((e) => el("tr", { dataset: { eventId: e.event_id } },
      el("td", { class: "nowrap" }, e.date || "—"),
      el("td", {}, el("a", { href: eventHref(e.event_id), title: "every article that reports it" }, quadChip(e.event, e.quad_code))),
      el("td", {}, partiesText(e.actors)),
      el("td", {}, partiesText(e.recipients)),
      el("td", {}, e.placename || ""),
      el("td", { class: "num" }, e.num_articles),
      el("td", { class: "sentence" }, el("a", { href: articleHref(e.rep_hash, e.rep_mention_id) }, shorten(e.sentence, 140)))))));
}

/** A compact list of events for a narrow panel: type, date, who on whom, a link to each. */
export function eventList(items) {
  if (!items.length) return el("p", { class: "muted" }, "No events match.");
  return el("ul", { class: "event-list" }, items.map((e) => el("li", { dataset: { eventId: e.event_id } },
    el("a", { href: eventHref(e.event_id) }, quadChip(e.event, e.quad_code), " ", e.date || "undated"),
    el("div", { class: "small" }, `${partiesText(e.actors)} → ${partiesText(e.recipients)}`))));
}

/** An event in a side panel, with the ways on: its page, and the article of its best mention. */
export function eventCard(e) {
  return el("div", { class: "event-card", dataset: { eventId: e.event_id } },
    el("h3", {}, quadChip(e.event, e.quad_code), " ", e.date || "undated"),
    el("p", {}, el("strong", {}, partiesText(e.actors)), " → ", el("strong", {}, partiesText(e.recipients))),
    e.placename ? el("p", { class: "muted" }, `at ${e.placename}${e.place_country ? ", " + e.place_country : ""}`) : null,
    el("blockquote", {}, shorten(e.sentence, 400)),
    el("p", { class: "muted" }, `${e.num_articles} article(s), ${e.num_sources} source(s), ${e.num_mentions} mention(s)`),
    el("p", { class: "card-links" },
      el("a", { class: "open-event", href: eventHref(e.event_id) }, "Event page"), " · ",
      el("a", { class: "open-article", href: articleHref(e.rep_hash, e.rep_mention_id) }, "Read the article")));
}

export function summaryLine(stats) {
  const range = stats.first_date ? `${stats.first_date} – ${stats.last_date}` : "no dated events";
  return el("p", { class: "summary" },
    el("strong", {}, `${stats.events} events`), ` (${stats.located} located, ${stats.mentions} mentions) · `,
    `${stats.articles} articles from ${stats.sources} sources in the store · ${range}`);
}
