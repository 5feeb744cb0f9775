// app.js — the analysts' page: search with filters, explained results, the entity's record,
// and a "Scan text" tab. Plain DOM code, no framework, nothing loaded from elsewhere. Text
// from the server is always inserted as text (textContent), never as markup.
"use strict";

// ---- talking to the API ----------------------------------------------------------------

function apiKey() { return document.getElementById("apikey").value.trim(); }

// fetch() with the API key, answering the parsed JSON, or throwing the server's error detail.
async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (apiKey()) headers["Authorization"] = "Bearer " + apiKey();
  const res = await fetch(path, Object.assign({}, options, { headers }));
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new Error(body && body.error ? body.error + ": " + body.detail : "HTTP " + res.status);
  return body;
}

function setStatus(text, isError) {
  const s = document.getElementById("status");
  s.textContent = text || "";
  s.classList.toggle("error", !!isError);
}

// el("div", {class: "x"}, child, "text", ...): a new element with attributes and children.
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v; else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

// ---- tabs: add a tab by adding a button in index.html and an entry here --------------------

const TABS = {
  search: { panel: "tab-search", focus: "q" },
  scan: { panel: "tab-scan", focus: "scan-text" },
};

function showTab(name) {
  for (const [tab, def] of Object.entries(TABS)) {
    document.getElementById(def.panel).hidden = tab !== name;
    const button = document.querySelector(`#tabs [data-tab="${tab}"]`);
    if (button) button.setAttribute("aria-selected", String(tab === name));
  }
  const focus = TABS[name] && document.getElementById(TABS[name].focus);
  if (focus) focus.focus();
}

// ---- explanations ------------------------------------------------------------------------

// The library explains a score as "; "-separated parts; a token pair reads
// "wladimir ~ vladimir (spelling 0.95, weight 3.5)": query token, name token, the key that met
// them, its similarity, and the query token's weight. Other parts are notes.
const PAIR = /^(.+?) ([=~]) (.+?) \(([a-z][a-z -]*?) ([0-9.]+), weight ([0-9.]+)\)$/;

function explanationView(text) {
  const rows = [], notes = [];
  for (const part of (text || "").split("; ")) {
    const m = PAIR.exec(part);
    if (m) rows.push(el("tr", null, el("td", null, m[1]), el("td", null, m[2] === "=" ? "=" : "≈"),
                        el("td", null, m[3]), el("td", null, m[4]), el("td", null, m[5]), el("td", null, m[6])));
    else if (part) notes.push(part);
  }
  const box = el("div", { class: "explanation" });
  if (rows.length) {
    box.append(el("table", { class: "explain" },
      el("thead", null, el("tr", null, el("th", null, "query"), el("th", null, ""), el("th", null, "listed name"),
                           el("th", null, "by"), el("th", null, "similarity"), el("th", null, "weight"))),
      el("tbody", null, ...rows)));
  }
  if (notes.length) box.append(el("div", { class: "notes" }, notes.join("; ")));
  return box;
}

function scoreBar(score, match) {
  const fill = el("span", { class: match ? "match" : null });
  fill.style.width = Math.round(score * 100) + "%";
  return el("div", { class: "bar", title: score.toFixed(2) }, fill);
}

// ---- search ------------------------------------------------------------------------------

async function runSearch(event) {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const id of ["q", "type", "country", "dob"]) {
    const v = document.getElementById(id).value.trim();
    if (v) params.set(id, v);
  }
  params.set("limit", "20");
  const list = document.getElementById("results");
  list.replaceChildren();
  document.getElementById("record").hidden = true;
  setStatus("searching…");
  try {
    const body = await api("/search?" + params.toString());
    setStatus(body.results.length ? "" : "no results");
    for (const r of body.results) list.append(resultView(r));
  } catch (e) {
    setStatus(e.message, true);
  }
}

function resultView(r) {
  const item = el("li", { class: "result", "data-id": r.id, tabindex: "0" },
    el("div", { class: "head" },
      el("span", { class: "caption" }, r.caption),
      el("span", { class: "badge" + (r.match ? " match" : "") }, r.match ? "MATCH" : "below threshold"),
      el("span", { class: "score" }, r.score.toFixed(2)),
      el("span", { class: "meta" }, `${r.schema} · ${r.id}`)),
    scoreBar(r.score, r.match),
    el("div", { class: "meta" }, "matched: " + r.matched_name + (r.programs.length ? " · " + r.programs.join(", ") : "")),
    explanationView(r.explanation));
  const open = () => {
    document.querySelectorAll(".result.selected").forEach(x => x.classList.remove("selected"));
    item.classList.add("selected");
    showRecord(r.id, "record");
  };
  item.addEventListener("click", open);
  item.addEventListener("keydown", e => { if (e.key === "Enter") open(); });
  return item;
}

// ---- an entity's record ------------------------------------------------------------------

function listOf(items) {
  return items.length ? el("ul", null, ...items.map(x => el("li", null, x))) : "—";
}

async function showRecord(id, where) {
  const box = document.getElementById(where);
  box.hidden = false;
  box.replaceChildren(el("p", null, "loading " + id + "…"));
  try {
    const e = await api("/entities/" + encodeURIComponent(id));
    const rows = [
      ["id", e.id],
      ["type", e.schema],
      ["names", listOf(e.names.map(n => `${n.full} (${n.kind.replace("_", " ")})`))],
      ["born / founded", listOf(e.birth_dates.map(d => d.date + (d.approximate ? " (circa)" : "")))],
      ["birth places", listOf(e.birth_places)],
      ["countries", listOf(e.countries.map(c => `${c.code} (${c.role})`))],
      ["identifiers", listOf(e.identifiers.map(i => `${i.type}: ${i.value}` + (i.country ? ` (${i.country})` : "") + (i.note ? ` — ${i.note}` : "")))],
      ["programs", listOf(e.programs)],
      ["addresses", listOf(e.addresses)],
      ["positions", listOf(e.positions)],
      ["relations", listOf(e.relations.map(r => `${r.type}: ${r.target_name || r.target_id}`))],
      ["listed on", e.listed_on || "—"],
      ["remarks", e.remarks || "—"],
      ["list", `${e.list.id}${e.source_list ? " / " + e.source_list : ""}, version ${e.list.version || "unknown"}`],
      ["source", e.list.source],
    ];
    const dl = el("dl");
    for (const [k, v] of rows) dl.append(el("dt", null, k), el("dd", null, v));
    box.replaceChildren(el("h2", null, e.caption), dl);
  } catch (err) {
    box.replaceChildren(el("p", { class: "error" }, err.message));
  }
}

// ---- scan --------------------------------------------------------------------------------

// Mentions come with byte offsets into the UTF-8 text: cut the encoded bytes, decode each piece.
function highlighted(text, mentions) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const out = document.createDocumentFragment();
  let at = 0;
  for (const m of mentions) {
    out.append(dec.decode(bytes.subarray(at, m.start)));
    const mark = el("mark", { "data-id": m.id, title: `${m.caption} (${m.score.toFixed(2)})` },
                    dec.decode(bytes.subarray(m.start, m.end)));
    mark.addEventListener("click", () => showRecord(m.id, "scan-record"));
    out.append(mark);
    at = m.end;
  }
  out.append(dec.decode(bytes.subarray(at)));
  return out;
}

async function runScan(event) {
  event.preventDefault();
  const text = document.getElementById("scan-text").value;
  const html = document.getElementById("scan-html").checked;
  setStatus("scanning…");
  try {
    const body = await api("/scan", { method: "POST", body: text,
                                      headers: { "Content-Type": html ? "text/html" : "text/plain; charset=utf-8" } });
    document.getElementById("scan-output").replaceChildren(highlighted(text, body.mentions));
    const list = document.getElementById("scan-entities");
    list.replaceChildren(...body.entities.map(e => {
      const li = el("li", { "data-id": e.id }, `${e.caption} — ${e.mentions} mention${e.mentions === 1 ? "" : "s"}, best ${e.score.toFixed(2)} (${e.id})`);
      li.addEventListener("click", () => showRecord(e.id, "scan-record"));
      return li;
    }));
    document.getElementById("scan-summary-title").hidden = false;
    setStatus(`${body.mentions.length} mention${body.mentions.length === 1 ? "" : "s"} of ${body.entities.length} listed part${body.entities.length === 1 ? "y" : "ies"}`);
  } catch (e) {
    setStatus(e.message, true);
  }
}

// ---- start -------------------------------------------------------------------------------

async function showLists() {
  try {
    const body = await api("/lists");
    document.getElementById("lists-line").textContent = "Lists: " +
      body.lists.map(l => `${l.id} (${l.version || "no version"}, ${l.entities} entities)`).join(", ");
  } catch (e) { /* without a key the footer stays empty; searches will say why */ }
}

document.addEventListener("DOMContentLoaded", () => {
  const key = document.getElementById("apikey");
  key.value = sessionStorage.getItem("cordon-api-key") || "";
  key.addEventListener("change", () => { sessionStorage.setItem("cordon-api-key", key.value.trim()); showLists(); });
  for (const b of document.querySelectorAll("#tabs [data-tab]"))
    b.addEventListener("click", () => showTab(b.dataset.tab));
  document.getElementById("search-form").addEventListener("submit", runSearch);
  document.getElementById("scan-form").addEventListener("submit", runScan);
  showLists();
});
