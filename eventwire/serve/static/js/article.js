// Article: the text with its evidence marked (actors, recipients, event words, dates, places,
// quotes), its events beside it, chains of linked events below. Choosing an event shows its
// record and marks that event's evidence and sentence.
import { getJSON } from "./api.js";
import { articleHref, eventHref, el, message, outsideLink, partiesText, quadChip } from "./dom.js";

const LEGEND = [
  ["hl-actor", "actor"], ["hl-recipient", "recipient"], ["hl-trigger", "event word"], ["hl-date", "date"],
  ["hl-place", "place"], ["hl-quote", "quote"], ["hl-evidence", "evidence of the chosen event"],
];
const LINK_WORDS = { response_to: "answered by", follows: "followed by" };

export async function renderArticle(ctx) {
  const [hash] = ctx.args;
  const data = await getJSON(`articles/${hash}`);
  if (ctx.stale()) return;
  const { article, events, quotes, chains, highlights } = data;
  const byMention = new Map(events.map((e) => [e.mention_id, e]));
  const text = articleText(article.text, highlights, events);
  const recordPanel = el("div", { id: "record-panel" }, message("Choose an event (in this list, or click its highlighted word) to see its record."));
  const list = el("ol", { class: "event-items", id: "article-events" }, events.map((e) =>
    el("li", { dataset: { mentionId: e.mention_id } }, el("button", { type: "button", class: "event-item", onclick: () => select(e.mention_id) },
      quadChip(e.event, e.quad_code), " ", el("strong", {}, (e.record.event_text || []).join(" ")), " ",
      el("span", { class: "small" }, `${partiesText(e.spans.actors)} → ${partiesText(e.spans.recipients)}`),
      e.polarity !== "asserted" ? el("em", { class: "small" }, ` (${e.polarity})`) : null))));
  const chainBox = chainsSection(chains, byMention, (mid) => select(mid));

  function select(mentionId, scroll = false) {
    const event = byMention.get(mentionId);
    if (!event) return;
    markEvidence(text, event);
    for (const node of ctx.container.querySelectorAll("[data-mention-id]")) {
      node.classList.toggle("selected", node.dataset.mentionId === mentionId);
    }
    recordPanel.replaceChildren(recordView(event));
    // Remember the choice in the address without a new history entry or a re-render.
    window.history.replaceState(null, "", articleHref(hash, mentionId));
    const first = text.querySelector(".hl-evidence.hl-trigger") || text.querySelector(".hl-evidence");
    if (scroll && first) first.scrollIntoView({ block: "center" });
  }

  text.addEventListener("click", (e) => {
    const seg = e.target.closest(".hl-trigger");
    if (seg && seg.dataset.triggers) select(seg.dataset.triggers.split(" ")[0]);
  });

  ctx.container.append(
    el("h2", { id: "article-title" }, article.title || "(untitled)"),
    el("p", { class: "muted" }, [article.source, article.published, `id ${article.article_id}`].filter(Boolean).join(" · "),
      article.url ? [" · ", outsideLink(article.url)] : null),
    el("div", { class: "legend", id: "legend" }, LEGEND.map(([cls, name]) => el("span", { class: "legend-item" }, el("span", { class: `seg ${cls}` }, name)))),
    el("div", { class: "columns" },
      el("section", { class: "main-column" }, text, chainBox, quotesSection(quotes)),
      el("aside", { class: "side-column" }, el("h3", {}, `Events (${events.length})`), list, recordPanel)));
  const chosen = ctx.params.get("event");
  if (chosen) select(chosen, true);
}

/** The text cut at every highlight edge; each piece a span naming the kinds and events covering it.
 * Offsets count code points (as Python does) while JS strings count UTF-16 units: cut an array of
 * code points, so text after an emoji stays aligned. */
export function articleText(text, highlights, events) {
  const chars = Array.from(text || "");
  const clampN = (v) => Math.max(0, Math.min(chars.length, v));
  const cuts = new Set([0, chars.length]);
  for (const h of highlights) { cuts.add(clampN(h.start)); cuts.add(clampN(h.end)); }
  for (const e of events) {
    if (e.spans.sentence) { cuts.add(clampN(e.spans.sentence.start)); cuts.add(clampN(e.spans.sentence.end)); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const root = el("div", { class: "article-text", id: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = highlights.filter((h) => h.start <= a && h.end >= b);
    const kinds = [...new Set(covering.map((h) => `hl-${h.kind}`))];
    const mentions = [...new Set(covering.filter((h) => h.mention_id).map((h) => h.mention_id))];
    const triggers = covering.filter((h) => h.kind === "trigger").map((h) => h.mention_id);
    root.append(el("span", {
      class: ["seg", ...kinds].join(" "),
      dataset: { start: a, end: b, mentions: mentions.join(" "), triggers: triggers.join(" ") },
      title: covering.length ? [...new Set(covering.map((h) => `${h.kind}: ${h.label}`))].join("\n") : null,
    }, chars.slice(a, b).join("")));
  }
  return root;
}

function markEvidence(text, event) {
  const sentence = event.spans.sentence;
  for (const seg of text.querySelectorAll(".seg")) {
    const start = Number(seg.dataset.start), end = Number(seg.dataset.end);
    seg.classList.toggle("hl-evidence", seg.dataset.mentions.split(" ").includes(event.mention_id));
    seg.classList.toggle("hl-sentence", Boolean(sentence) && start >= sentence.start && end <= sentence.end);
  }
}

function recordView(event) {
  return el("div", { class: "record-view" },
    el("h3", {}, "Record ", el("code", {}, event.record_id)),
    el("p", {}, quadChip(event.event, event.quad_code), ` ${event.quad_name || ""}, ${event.date || "undated"} · `,
      el("a", { href: eventHref(event.event_id), class: "open-event" }, "corpus event: every article that tells it")),
    el("pre", { class: "record", id: "record-json" }, JSON.stringify(event.record, null, 2)));
}

/** Linked events as boxes in order: A → followed by → B → answered by → C. */
function chainsSection(chains, byMention, onPick) {
  if (!chains.length) return el("section", { class: "chains" }, el("h3", {}, "Linked events"), message("No event here is linked to another."));
  return el("section", { class: "chains", id: "chains" },
    el("h3", {}, "Linked events"),
    chains.map((chain) => el("div", { class: "chain" }, chain.map((step) => [
      step.link ? el("span", { class: "chain-arrow", title: step.cue ? `cue: “${step.cue}”` : "" }, `→ ${LINK_WORDS[step.link] || step.link} →`) : null,
      chainStep(byMention.get(step.mention_id), step.mention_id, onPick),
    ]))));
}

function chainStep(event, mentionId, onPick) {
  if (!event) return el("span", { class: "chain-step missing" }, "another record");
  return el("button", { type: "button", class: "chain-step", dataset: { mentionId }, onclick: () => onPick(mentionId) },
    quadChip(event.event, event.quad_code), " ", el("strong", {}, (event.record.event_text || []).join(" ")),
    el("span", { class: "small" }, `${partiesText(event.spans.actors)} → ${partiesText(event.spans.recipients)}`));
}

function quotesSection(quotes) {
  if (!quotes.length) return null;
  return el("section", { class: "quotes" },
    el("h3", {}, `Quotes (${quotes.length})`),
    el("ul", {}, quotes.map((q) => el("li", {},
      el("q", {}, q.text), " — ",
      el("strong", {}, q.speaker_identifier || q.speaker_text || "unattributed"),
      q.speaker_code ? ` (${q.speaker_code}${q.speaker_sector ? " " + q.speaker_sector : ""})` : "",
      el("span", { class: "muted small" }, ` ${q.kind}${q.cue ? ", “" + q.cue + "”" : ""}`)))));
}
