// The eventsift map page: map + timeline + table + event view, all over the /api endpoints.
// Text from the database is only ever put into the page with textContent, never as HTML.
"use strict";

(function () {
  const TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
  };
  const OTHER_COLOUR = "#34495e";
  const TOKEN_KEY = "eventsift.token";
  // Rows the table lists at once: more than a screenful of scrolling, few enough to redraw on every pan.
  const MAX_TABLE_ROWS = 500;
  const FIELD_LABELS = {
    event_type: "Type", sub_event_type: "Sub-type", event_date: "Date", actor1: "Actor 1", actor2: "Actor 2",
    assoc_actor_1: "Associated actor 1", assoc_actor_2: "Associated actor 2", location: "Location",
    admin1: "Admin 1", admin2: "Admin 2", country: "Country", fatalities: "Fatalities", injured: "Injured",
    abducted: "Abducted", arrested: "Arrested", certainty: "Certainty",
  };

  const state = { filters: {}, brush: null, features: [], map: null, cluster: null, current: null, config: {},
                  markers: new Map() };
  const $ = (id) => document.getElementById(id);

  function colour(type) { return TYPE_COLOURS[type] || OTHER_COLOUR; }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null) continue;
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function notice(text, kind) {
    const box = $("notice");
    box.textContent = text;
    box.className = "notice " + (kind || "");
    box.hidden = false;
    clearTimeout(notice.timer);
    notice.timer = setTimeout(() => { box.hidden = true; }, 4000);
  }

  function token() { return sessionStorage.getItem(TOKEN_KEY) || ""; }

  async function api(path, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    if (token()) opts.headers["Authorization"] = "Bearer " + token();
    if (opts.body && typeof opts.body !== "string") {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(opts.body);
    }
    const response = await fetch(path, opts);
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = Array.isArray(data.detail) ? data.detail.map((d) => (d.loc || []).slice(-1) + ": " + d.msg).join("; ") : data.detail;
      const error = new Error((data.error || response.status) + (detail ? ": " + detail : ""));
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function query(extra) {
    const params = new URLSearchParams();
    const all = Object.assign({}, state.filters, extra || {});
    for (const [k, v] of Object.entries(all)) if (v !== "" && v !== null && v !== undefined) params.set(k, v);
    return params.toString();
  }

  // ---- map ---------------------------------------------------------------------------------------------
  function markerSize(fatalities) { return Math.round(Math.min(40, 10 + 4 * Math.sqrt(fatalities || 0))); }

  function makeMarker(feature) {
    const p = feature.properties;
    const [lon, lat] = feature.geometry.coordinates;
    const size = markerSize(p.fatalities);
    const dot = el("div", { class: "dot", "data-event-id": p.event_id, "data-type": p.event_type });
    dot.style.width = dot.style.height = size + "px";
    dot.style.background = colour(p.event_type);
    const icon = L.divIcon({ html: dot, className: "event-marker", iconSize: [size, size] });
    const marker = L.marker([lat, lon], { icon: icon, title: (p.event_date || "") + " " + (p.location || "") });
    marker.feature = feature;
    marker.dot = dot;
    if (state.current && state.current.event_id === p.event_id) dot.classList.add("selected");
    state.markers.set(p.event_id, marker);
    marker.bindTooltip(() => el("div", null,
      el("strong", null, p.event_type || ""), el("br"), (p.event_date || "") + " · " + (p.location || "?"),
      el("br"), "killed: " + (p.fatalities ?? "?")));
    marker.on("click", () => openEvent(p.event_id));
    return marker;
  }

  function clusterIcon(cluster) {
    const n = cluster.getChildCount();
    const size = n < 10 ? 34 : n < 100 ? 40 : 48;
    return L.divIcon({ html: el("div", { class: "cluster-count" }, String(n)), className: "event-cluster",
                       iconSize: [size, size] });
  }

  // Rings that cross 180° (Fiji, Chukotka) jump from +180 to -180 and would draw a line across the
  // world: keep each ring's longitudes continuous instead (Leaflet draws past 180° happily).
  function unwrapAntimeridian(feature) {
    const geometry = feature.geometry;
    if (!geometry) return;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const previous = ring[i - 1][0];
          while (ring[i][0] - previous > 180) ring[i][0] -= 360;
          while (ring[i][0] - previous < -180) ring[i][0] += 360;
        }
      }
    }
  }

  async function initMap() {
    const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([25, 30], 3);
    state.map = map;
    if (state.config.tile_url) {
      L.tileLayer(state.config.tile_url, { attribution: state.config.tile_attribution || "", maxZoom: 18 }).addTo(map);
    } else if (window.topojson) {
      try {
        const response = await fetch("/static/vendor/world-atlas/countries-50m.json");
        const topo = await response.json();
        const countries = topojson.feature(topo, topo.objects.countries);
        // Antarctica (ISO 010) only stretches the Mercator map: no conflict events are coded there.
        countries.features = countries.features.filter((f) => f.id !== "010");
        countries.features.forEach(unwrapAntimeridian);
        L.geoJSON(countries, {
          style: { color: "#ffffff", weight: 0.8, fillColor: "#dfe3e6", fillOpacity: 1 }, interactive: false,
        }).addTo(map);
        map.attributionControl.addAttribution("Country outlines: Natural Earth");
      } catch (err) { notice("Base map unavailable: " + err.message, "bad"); }
    }
    state.cluster = L.markerClusterGroup({ iconCreateFunction: clusterIcon, maxClusterRadius: 45,
                                           showCoverageOnHover: false, spiderfyOnMaxZoom: true });
    map.addLayer(state.cluster);
    map.on("moveend", renderTable);
  }

  let eventsRequest = 0;
  async function loadEvents(fit) {
    const ticket = ++eventsRequest;
    const data = await api("/api/events.geojson?" + query(state.brush || {}));
    if (ticket !== eventsRequest) return;  // filters changed meanwhile: only the latest answer is drawn
    state.features = data.features;
    state.cluster.clearLayers();
    state.markers = new Map();
    state.cluster.addLayers(data.features.map(makeMarker));
    if (fit && data.features.length) {
      const bounds = L.latLngBounds(data.features.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
      state.map.fitBounds(bounds.pad(0.3), { maxZoom: 8, animate: false });  // settled before the page says it is ready
    }
    renderTable();
  }

  function renderTable() {
    if (!state.map) return;
    const bounds = state.map.getBounds();
    const rows = state.features.filter((f) => bounds.contains([f.geometry.coordinates[1], f.geometry.coordinates[0]]));
    rows.sort((a, b) => (b.properties.event_date || "").localeCompare(a.properties.event_date || ""));
    const body = $("events-table").tBodies[0];
    body.replaceChildren(...rows.slice(0, MAX_TABLE_ROWS).map((f) => {
      const p = f.properties;
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = colour(p.event_type);
      const actors = [p.actor1, p.actor2].filter(Boolean).join(" vs ");
      return el("tr", { "data-event-id": p.event_id, tabindex: "0", onclick: () => openEvent(p.event_id),
                        onkeydown: (e) => { if (e.key === "Enter") openEvent(p.event_id); } },
        el("td", { class: "date" }, p.event_date || ""),
        el("td", null, swatch, p.sub_event_type || p.event_type || ""),
        el("td", null, [p.location, p.country].filter(Boolean).join(", ")),
        el("td", { class: "actors" }, actors),
        el("td", { class: "num" }, p.fatalities ?? ""));
    }));
    $("count").textContent = rows.length + " of " + state.features.length +
      (rows.length > MAX_TABLE_ROWS ? ` (newest ${MAX_TABLE_ROWS} listed; zoom in for the rest)` : "");
  }

  // ---- timeline ----------------------------------------------------------------------------------------
  let timelineRequest = 0;
  async function loadTimeline() {
    const interval = $("t-interval").value;
    const ticket = ++timelineRequest;
    const data = await api("/api/stats/timeline?" + query({ interval: interval }));
    if (ticket !== timelineRequest) return;  // a newer request is on its way: draw only the latest
    drawTimeline(data.buckets, interval);
    $("timeline").dataset.interval = interval;
  }

  function drawTimeline(buckets, interval) {
    const svg = $("timeline");
    const width = svg.clientWidth || 600, height = svg.clientHeight || 120;
    const pad = { left: 34, right: 8, top: 8, bottom: 20 };
    const ns = "http://www.w3.org/2000/svg";
    const mk = (tag, attrs) => { const n = document.createElementNS(ns, tag); for (const k in attrs) n.setAttribute(k, attrs[k]); return n; };
    svg.replaceChildren();
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const periods = [...new Set(buckets.map((b) => b.period))].sort();
    if (!periods.length) {
      const t = mk("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" });
      t.textContent = "No events match the filters";
      svg.append(t);
      return;
    }
    const stepDays = interval === "week" ? 7 : 1;
    const day = 86400000;
    const t0 = Date.parse(periods[0]), t1 = Date.parse(periods[periods.length - 1]) + stepDays * day;
    const span = Math.max(t1 - t0, day);
    const x = (t) => pad.left + (t - t0) / span * (width - pad.left - pad.right);
    const totals = {};
    for (const b of buckets) totals[b.period] = (totals[b.period] || 0) + b.count;
    const max = Math.max(...Object.values(totals));
    const y = (v) => height - pad.bottom - v / max * (height - pad.top - pad.bottom);
    const barW = Math.max(1, x(t0 + stepDays * day) - x(t0) - 1);
    const stack = {};
    const bars = mk("g", { class: "bars" });
    for (const b of buckets) {
      const base = stack[b.period] || 0;
      const left = x(Date.parse(b.period));
      const rect = mk("rect", { x: left, y: y(base + b.count), width: barW, height: y(base) - y(base + b.count),
                                fill: colour(b.event_type), "data-period": b.period });
      const tip = mk("title", {});
      tip.textContent = `${b.period}: ${b.count} × ${b.event_type}`;
      rect.append(tip);
      bars.append(rect);
      stack[b.period] = base + b.count;
    }
    const axis = mk("g", { class: "axis" });
    axis.append(mk("line", { x1: pad.left, x2: width - pad.right, y1: height - pad.bottom, y2: height - pad.bottom }));
    const ticks = Math.min(6, periods.length);
    for (let i = 0; i < ticks; i++) {
      const t = t0 + (span * i) / Math.max(1, ticks - 1);
      const label = mk("text", { x: x(t), y: height - 5, "text-anchor": i === 0 ? "start" : i === ticks - 1 ? "end" : "middle" });
      label.textContent = new Date(t).toISOString().slice(0, 10);
      axis.append(label);
    }
    const maxLabel = mk("text", { x: pad.left - 4, y: pad.top + 8, "text-anchor": "end" });
    maxLabel.textContent = String(max);
    axis.append(maxLabel);
    svg.append(bars, axis);
    attachBrush(svg, { x, t0, span, width, height, pad, mk });
  }

  function attachBrush(svg, g) {
    const sel = g.mk("rect", { class: "brush", y: g.pad.top, height: g.height - g.pad.top - g.pad.bottom, x: 0, width: 0 });
    svg.append(sel);
    const toTime = (px) => g.t0 + (px - g.pad.left) / (g.width - g.pad.left - g.pad.right) * g.span;
    const localX = (e) => { const r = svg.getBoundingClientRect(); return (e.clientX - r.left) * (g.width / r.width); };
    if (state.brush) {
      const a = g.x(Date.parse(state.brush.start)), b = g.x(Date.parse(state.brush.end) + 86400000);
      sel.setAttribute("x", a); sel.setAttribute("width", Math.max(2, b - a));
    }
    let from = null;
    svg.onpointerdown = (e) => { from = localX(e); svg.setPointerCapture(e.pointerId); sel.setAttribute("x", from); sel.setAttribute("width", 0); };
    svg.onpointermove = (e) => {
      if (from === null) return;
      const to = localX(e);
      sel.setAttribute("x", Math.min(from, to)); sel.setAttribute("width", Math.abs(to - from));
    };
    svg.onpointerup = (e) => {
      if (from === null) return;
      const to = localX(e);
      const a = Math.min(from, to), b = Math.max(from, to);
      from = null;
      if (b - a < 3) { setBrush(null); return; }
      const iso = (t) => new Date(t).toISOString().slice(0, 10);
      setBrush({ start: iso(toTime(a)), end: iso(toTime(b) - 1) });
    };
  }

  function setBrush(range) {
    state.brush = range;
    $("t-clear").hidden = !range;
    if (!range) $("timeline").querySelector(".brush")?.setAttribute("width", 0);
    loadEvents(false).catch((err) => notice(err.message, "bad"));
  }

  function renderLegend() {
    const items = Object.entries(TYPE_COLOURS).map(([type, c]) => {
      const sw = el("span", { class: "swatch" });
      sw.style.background = c;
      return el("span", { class: "item" }, sw, type);
    });
    const sizes = [0, 10].map((n) => {
      const ring = el("span", { class: "size-ring" });
      ring.style.width = ring.style.height = markerSize(n) + "px";
      return ring;
    });
    items.push(el("span", { class: "item sizes" }, ...sizes, "marker size: killed (0, 10)"));
    $("legend").replaceChildren(...items);
  }

  // ---- event view --------------------------------------------------------------------------------------
  // Where an evidence item's sentence sits in the text: the occurrence nearest its span, or the span itself.
  function sentenceRange(text, m) {
    const sentence = m.sentence || "";
    if (!sentence || text.slice(m.start, m.end) === sentence) return [m.start, m.end];
    const from = text.lastIndexOf(sentence, m.start);
    if (from >= 0 && from + sentence.length >= m.end) return [from, from + sentence.length];
    const after = text.indexOf(sentence, Math.max(0, m.start - sentence.length));
    return after >= 0 && after <= m.start ? [after, after + sentence.length] : [m.start, m.end];
  }

  function highlighted(text, marks) {
    // Split the text at every evidence boundary; each piece knows which fields' spans and sentences cover it.
    const clamp = (i) => Math.max(0, Math.min(text.length, i));
    const items = marks.map((m) => {
      const [s0, s1] = sentenceRange(text, m);
      return { field: m.field, start: clamp(m.start), end: clamp(m.end), s0: clamp(s0), s1: clamp(s1) };
    });
    const cuts = new Set([0, text.length]);
    for (const m of items) [m.start, m.end, m.s0, m.s1].forEach((i) => cuts.add(i));
    const points = [...cuts].sort((a, b) => a - b);
    const out = el("div", { class: "doc-text" });
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const spans = [...new Set(items.filter((m) => m.start <= a && m.end >= b).map((m) => m.field))];
      const sentences = [...new Set(items.filter((m) => m.s0 <= a && m.s1 >= b).map((m) => m.field))];
      if (spans.length) {
        out.append(el("mark", { class: "evidence", "data-fields": spans.join(" "),
                                title: "evidence for: " + spans.map((f) => FIELD_LABELS[f] || f).join(", ") }, piece));
      } else if (sentences.length) {
        out.append(el("span", { class: "evidence-sentence", "data-fields": sentences.join(" ") }, piece));
      } else {
        out.append(document.createTextNode(piece));
      }
    }
    return out;
  }

  function renderFields(ev) {
    const list = $("ev-fields");
    const backed = new Set((ev.evidence || []).map((e) => e.field));
    const rows = [];
    for (const [field, label] of Object.entries(FIELD_LABELS)) {
      const value = ev[field];
      if (value === null || value === undefined || value === "") continue;
      const dt = el("dt", null, label);
      const dd = el("dd", { "data-field": field }, String(value));
      if (backed.has(field)) {
        dd.classList.add("has-evidence");
        dd.title = "show the text this came from";
        dd.addEventListener("click", () => focusEvidence(field));
      }
      rows.push(dt, dd);
    }
    list.replaceChildren(...rows);
  }

  function focusEvidence(field) {
    const marks = [...document.querySelectorAll("#ev-docs mark.evidence")].filter((m) => m.dataset.fields.split(" ").includes(field));
    document.querySelectorAll("#ev-docs mark.focus").forEach((m) => m.classList.remove("focus"));
    marks.forEach((m) => m.classList.add("focus"));
    if (marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function renderDocs(ev) {
    const box = $("ev-docs");
    const docs = ev.documents || [];
    box.replaceChildren(...docs.map((doc) => {
      const mine = (ev.evidence || []).filter((e) => e.document_id === doc.id);
      // a headline kept apart from the text is quoted by its evidence with offsets into the title
      const ofTitle = (e) => Boolean(doc.title) && e.sentence === doc.title && !(doc.text || "").includes(doc.title);
      const marks = mine.filter((e) => !ofTitle(e));
      const titleMarks = mine.filter(ofTitle);
      const title = titleMarks.length ? [...highlighted(doc.title, titleMarks).childNodes] : [doc.title || doc.id];
      const meta = [doc.publisher, doc.published].filter(Boolean).join(", ");
      const head = el("div", { class: "doc-head" }, el("strong", null, ...title), meta ? " · " + meta : "");
      if (doc.url && /^https?:\/\//.test(doc.url)) head.append(" · ", el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "source"));
      return el("section", { class: "doc", "data-document-id": doc.id }, head, highlighted(doc.text || "", marks));
    }));
  }

  function renderLog(ev) {
    const items = (ev.changes || []).map((c) => {
      const change = `${c.field}: ${c.old ?? "∅"} → ${c.new ?? "∅"}`;
      const what = { edit: change, revise: "revised by a later report, " + change,
                     confirm: "confirmed the event", reject: "rejected the event" }[c.action] || c.action;
      return el("li", { "data-action": c.action }, el("span", { class: "when" }, (c.when || "").replace("T", " ").slice(0, 19)),
        " ", el("strong", null, c.who || "?"), " ", what, c.note ? el("em", null, " · " + c.note) : null);
    });
    $("ev-log").replaceChildren(...(items.length ? items : [el("li", { class: "empty" }, "No corrections yet.")]));
  }

  function fillForm(ev) {
    const form = $("edit-form");
    for (const input of form.querySelectorAll("input")) {
      if (input.name === "note") { input.value = ""; continue; }
      input.value = ev[input.name] ?? "";
      input.dataset.original = input.value;
    }
    $("edit-msg").textContent = "";
  }

  function selectMarker(id) {
    for (const marker of state.markers.values()) marker.dot.classList.toggle("selected", marker.feature.properties.event_id === id);
  }

  function renderEvent(ev) {
    state.current = ev;
    selectMarker(ev.event_id);
    $("ev-title").textContent = (ev.sub_event_type || ev.event_type || "Event") + (ev.location ? " in " + ev.location : "");
    $("ev-sub").textContent = [ev.event_date, [ev.admin1, ev.country].filter(Boolean).join(", "), ev.event_id].filter(Boolean).join(" · ");
    const status = $("ev-status");
    status.textContent = ev.status || "unreviewed";
    status.className = "status " + (ev.status || "unreviewed");
    renderFields(ev); renderDocs(ev); renderLog(ev); fillForm(ev);
  }

  async function openEvent(id) {
    try {
      const ev = await api("/api/events/" + encodeURIComponent(id));
      renderEvent(ev);
      $("list-view").hidden = true;
      $("event-view").hidden = false;
      $("event-view").scrollTop = 0;
      history.replaceState(null, "", "#event=" + encodeURIComponent(id));
    } catch (err) { notice(err.message, "bad"); }
  }

  function closeEvent() {
    $("event-view").hidden = true;
    $("list-view").hidden = false;
    state.current = null;
    selectMarker(null);
    history.replaceState(null, "", location.pathname);
  }

  async function write(path, method, body) {
    if (!token()) { $("token-dialog").showModal(); throw new Error("enter an API token first"); }
    return api(path, { method: method, body: body });
  }

  async function saveEdits(e) {
    e.preventDefault();
    const ev = state.current;
    const changes = {};
    for (const input of $("edit-form").querySelectorAll("input")) {
      if (input.name === "note" || input.value === input.dataset.original) continue;
      const v = input.value.trim();
      changes[input.name] = v === "" ? null : input.type === "number" ? Number(v) : v;
    }
    if (!Object.keys(changes).length) { $("edit-msg").textContent = "Nothing changed."; return; }
    const note = $("edit-form").elements.note.value.trim();
    if (note) changes.note = note;
    await act(() => write("/api/events/" + encodeURIComponent(ev.event_id), "PATCH", changes), "Saved.");
  }

  async function act(call, done) {
    const msg = $("edit-msg");
    try {
      msg.textContent = "Saving…";
      const updated = await call();
      renderEvent(updated);
      $("edit-msg").textContent = done;
      loadEvents(false).catch(() => {});
    } catch (err) { msg.textContent = err.message; }
  }

  function review(action) {
    const ev = state.current;
    const note = $("edit-form").elements.note.value.trim();
    act(() => write(`/api/events/${encodeURIComponent(ev.event_id)}/${action}`, "POST", note ? { note } : {}),
        action === "confirm" ? "Confirmed." : "Rejected.");
  }

  // ---- filters and start-up ----------------------------------------------------------------------------
  function readFilters() {
    const f = {};
    for (const input of $("filters").querySelectorAll("input, select")) if (input.value) f[input.name] = input.value.trim();
    state.filters = f;
  }

  async function refresh(fit) {
    readFilters();
    state.brush = null;
    $("t-clear").hidden = true;
    await Promise.all([loadEvents(fit), loadTimeline()]);
  }

  async function loadFacets() {
    const facets = await api("/api/facets");
    const fill = (select, values) => select.append(...values.map((v) => el("option", { value: v }, v)));
    fill($("f-type"), facets.event_types || []);
    fill($("f-country"), facets.countries || []);
  }

  function bindUi() {
    $("filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(true).catch((err) => notice(err.message, "bad")); });
    $("f-type").addEventListener("change", () => refresh(false).catch((err) => notice(err.message, "bad")));
    $("f-country").addEventListener("change", () => refresh(true).catch((err) => notice(err.message, "bad")));
    $("f-clear").addEventListener("click", () => { $("filters").reset(); refresh(true).catch((err) => notice(err.message, "bad")); });
    $("t-interval").addEventListener("change", () => loadTimeline().catch((err) => notice(err.message, "bad")));
    $("t-clear").addEventListener("click", () => setBrush(null));
    $("back").addEventListener("click", closeEvent);
    $("edit-form").addEventListener("submit", saveEdits);
    $("confirm").addEventListener("click", () => review("confirm"));
    $("reject").addEventListener("click", () => review("reject"));
    $("token-button").addEventListener("click", () => { $("token-input").value = token(); $("token-dialog").showModal(); });
    $("token-dialog").addEventListener("close", () => {
      const choice = $("token-dialog").returnValue;
      if (choice === "save" && $("token-input").value.trim()) sessionStorage.setItem(TOKEN_KEY, $("token-input").value.trim());
      if (choice === "forget") sessionStorage.removeItem(TOKEN_KEY);
      $("token-button").classList.toggle("set", !!token());
      if (choice === "save" && !state.config.open_reads) start().catch((err) => notice(err.message, "bad"));
    });
    $("token-button").classList.toggle("set", !!token());
    window.addEventListener("resize", () => loadTimeline().catch(() => {}));
  }

  async function start() {
    await loadFacets();
    await refresh(true);
    const match = /#event=([^&]+)/.exec(location.hash);
    if (match) openEvent(decodeURIComponent(match[1]));
    document.body.dataset.ready = "true";
  }

  async function main() {
    bindUi();
    renderLegend();
    state.config = await api("/api/config");
    if (!window.L) { notice("The map library is not installed: run scripts/vendor-web-assets.sh", "bad"); return; }
    await initMap();
    try { await start(); } catch (err) {
      if (err.status === 401) { notice("Reading needs an API token.", "bad"); $("token-dialog").showModal(); }
      else notice(err.message, "bad");
    }
  }

  main();
})();
