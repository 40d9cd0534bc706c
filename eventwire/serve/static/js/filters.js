// The event filters shared by the timeline, map and network: kept in the page address
// (#/map?type=ASSAULT&since=...), so a view can be bookmarked and switching views keeps them.
import { el, QUAD_NAMES } from "./dom.js";

export const FILTER_KEYS = ["since", "until", "type", "quad", "country", "actor", "text"];

export function readFilters(params) {
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = (params.get(key) || "").trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The filter form; `onApply(filters)` runs when it is submitted or a select changes. */
export function renderFilterBar(form, filters, meta, onApply) {
  const input = (key, attrs) => el("input", { id: `f-${key}`, name: key, value: filters[key] || "", ...attrs });
  const select = (key, options, any) => {
    const node = el("select", { id: `f-${key}`, name: key, onchange: () => form.requestSubmit() },
      el("option", { value: "" }, any),
      options.map(([value, label]) => el("option", { value, selected: String(filters[key] || "") === String(value) }, label)));
    return node;
  };
  const field = (label, control) => el("label", {}, el("span", {}, label), control);
  form.replaceChildren(
    field("From", input("since", { type: "date", min: meta.first_date, max: meta.last_date })),
    field("To", input("until", { type: "date", min: meta.first_date, max: meta.last_date })),
    field("Type", select("type", meta.types.map((t) => [t, t]), "any type")),
    field("Quad", select("quad", Object.entries(QUAD_NAMES), "any class")),
    field("Country", input("country", { type: "text", maxlength: 3, size: 4, placeholder: "ISO3", pattern: "[A-Za-z]{3}" })),
    field("Actor", input("actor", { type: "text", maxlength: 100, size: 12, placeholder: "code or name" })),
    field("Text", input("text", { type: "search", maxlength: 200, size: 16, placeholder: "words in the sentence" })),
    el("button", { type: "submit", id: "f-apply" }, "Apply"),
    el("button", { type: "button", id: "f-clear", class: "secondary", onclick: () => onApply({}) }, "Clear"));
  form.onsubmit = (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const key of FILTER_KEYS) {
      const value = String(data.get(key) || "").trim();
      if (value) next[key] = key === "country" ? value.toUpperCase() : value;
    }
    onApply(next);
  };
}
