// eventwire dashboard: clickable rows and SVG charts drawn from the JSON API.
// Served as a static file (the CSP forbids inline scripts). Data reaches the DOM only
// through textContent and setAttribute on SVG elements, never through innerHTML.
"use strict";

(function () {
  const NS = "http://www.w3.org/2000/svg";
  const QUADS = ["1", "2", "3", "4"];
  const QUAD_NAMES = {
    "1": "Verbal cooperation",
    "2": "Material cooperation",
    "3": "Verbal conflict",
    "4": "Material conflict",
  };

  function svgEl(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const key of Object.keys(attrs || {})) node.setAttribute(key, String(attrs[key]));
    if (parent) parent.appendChild(node);
    return node;
  }

  function tooltip(node, text) {
    svgEl("title", {}, node).textContent = text;
  }

  function htmlEl(name, text, parent, attrs) {
    const node = document.createElement(name);
    if (text !== undefined && text !== null) node.textContent = text;
    for (const key of Object.keys(attrs || {})) node.setAttribute(key, String(attrs[key]));
    if (parent) parent.appendChild(node);
    return node;
  }

  function message(box, text) {
    box.replaceChildren();
    htmlEl("p", text, box, { class: "message" });
  }

  function niceMax(value) {
    if (value <= 0) return 1;
    const power = Math.pow(10, Math.floor(Math.log10(value)));
    for (const step of [1, 2, 4, 5, 10]) {
      if (step * power >= value) return step * power;
    }
    return 10 * power;
  }

  function tickCount(max) {
    if (max < 4) return max;
    return max % 5 === 0 ? 5 : 4;
  }

  function tickLabel(value) {
    return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }

  function labelEvery(count, room) {
    return Math.max(1, Math.ceil(count / room));
  }

  // ---- overview: stacked bars by quad class ------------------------------------------
  function drawVolume(box, data) {
    const periods = data.periods || [];
    if (!periods.length) return message(box, "No dated events yet.");
    const W = 960, H = 300, L = 48, R = 12, T = 12, B = 46;
    const plotW = W - L - R, plotH = H - T - B;
    const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, class: "volume" });
    const max = niceMax(Math.max(...periods.map((p) => p.events)));
    const y = (v) => T + plotH - (v / max) * plotH;
    const ticks = tickCount(max);
    for (let k = 0; k <= ticks; k++) {
      const v = (max * k) / ticks;
      svgEl("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "grid" }, svg);
      svgEl("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" }, svg)
        .textContent = tickLabel(v);
    }
    const step = plotW / periods.length;
    const barW = Math.max(1, Math.min(step * 0.8, 48));
    const every = labelEvery(periods.length, 14);
    periods.forEach((p, i) => {
      let base = 0;
      const x = L + i * step + (step - barW) / 2;
      for (const q of QUADS) {
        const n = p.quad[q] || 0;
        if (!n) continue;
        const bar = svgEl("rect", {
          x: x, width: barW, y: y(base + n), height: y(base) - y(base + n),
          class: `bar q${q}`,
        }, svg);
        tooltip(bar, `${p.period}: ${n} ${QUAD_NAMES[q].toLowerCase()}`);
        base += n;
      }
      if (i % every === 0) {
        svgEl("text", { x: L + i * step + step / 2, y: H - B + 16, "text-anchor": "middle",
          class: "tick" }, svg).textContent = p.period;
      }
    });
    svgEl("line", { x1: L, x2: W - R, y1: y(0), y2: y(0), class: "axis" }, svg);
    box.replaceChildren(svg);
    box.dataset.drawn = String(periods.length);
  }

  // ---- dyad: cooperation up, conflict down, Goldstein line ----------------------------
  function drawDyad(box, data) {
    const periods = data.periods || [];
    if (!periods.length) return message(box, "No dated events for this dyad.");
    const W = 960, H = 340, L = 48, R = 48, T = 14, B = 40;
    const plotW = W - L - R, plotH = H - T - B;
    const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, class: "dyad" });
    const max = niceMax(Math.max(1, ...periods.map((p) => Math.max(p.cooperation, p.conflict))));
    const mid = T + plotH / 2;
    const y = (v) => mid - (v / max) * (plotH / 2);
    const g = (v) => mid - (v / 10) * (plotH / 2);
    for (const v of [-max, -max / 2, 0, max / 2, max]) {
      svgEl("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "grid" }, svg);
      svgEl("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" }, svg)
        .textContent = tickLabel(Math.abs(v));
    }
    for (const v of [-10, -5, 0, 5, 10]) {
      svgEl("text", { x: W - R + 6, y: g(v) + 4, class: "tick" }, svg).textContent =
        (v > 0 ? "+" : "") + v;
    }
    const step = plotW / periods.length;
    const w = Math.max(1, Math.min(step * 0.7, 48));
    const every = labelEvery(periods.length, 14);
    const points = [];
    periods.forEach((p, i) => {
      const x = L + i * step + (step - w) / 2;
      let up = 0;
      for (const q of ["2", "1"]) {
        const n = p.quad[q] || 0;
        if (!n) continue;
        const bar = svgEl("rect", { x: x, width: w, y: y(up + n), height: y(up) - y(up + n),
          class: `bar q${q}` }, svg);
        tooltip(bar, `${p.period}: ${n} ${QUAD_NAMES[q].toLowerCase()}`);
        up += n;
      }
      let down = 0;
      for (const q of ["3", "4"]) {
        const n = p.quad[q] || 0;
        if (!n) continue;
        const bar = svgEl("rect", { x: x, width: w, y: y(-down), height: y(-(down + n)) - y(-down),
          class: `bar q${q}` }, svg);
        tooltip(bar, `${p.period}: ${n} ${QUAD_NAMES[q].toLowerCase()}`);
        down += n;
      }
      if (p.goldstein_mean !== null && p.goldstein_mean !== undefined) {
        points.push([L + i * step + step / 2, g(p.goldstein_mean), p]);
      }
      if (i % every === 0) {
        svgEl("text", { x: L + i * step + step / 2, y: H - B + 18, "text-anchor": "middle",
          class: "tick" }, svg).textContent = p.period;
      }
    });
    svgEl("line", { x1: L, x2: W - R, y1: mid, y2: mid, class: "axis" }, svg);
    if (points.length > 1) {
      const d = points.map((pt, i) => `${i ? "L" : "M"}${pt[0].toFixed(1)},${pt[1].toFixed(1)}`);
      svgEl("path", { d: d.join(""), class: "goldstein" }, svg);
    }
    for (const [x, yy, p] of points) {
      const dot = svgEl("circle", { cx: x, cy: yy, r: 3.5, class: "goldstein-dot" }, svg);
      tooltip(dot, `${p.period}: mean Goldstein ${p.goldstein_mean} over ${p.events} events`);
    }
    box.replaceChildren(svg);
    box.dataset.drawn = String(periods.length);
  }

  // ---- network: a small deterministic force layout ------------------------------------
  function layout(nodes, edges, W, H) {
    const n = nodes.length;
    const pos = nodes.map((_, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, n);
      const r = 0.35 * Math.min(W, H) * (0.6 + 0.4 * ((i * 7919) % 13) / 13);
      return [W / 2 + r * Math.cos(a), H / 2 + r * Math.sin(a)];
    });
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.events]);
    const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.6;
    let temp = Math.min(W, H) / 8;
    for (let iter = 0; iter < 250; iter++) {
      const disp = pos.map(() => [0, 0]);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
          let dist = Math.hypot(dx, dy) || 0.01;
          const force = (k * k) / dist;
          dx /= dist; dy /= dist;
          disp[i][0] += dx * force; disp[i][1] += dy * force;
          disp[j][0] -= dx * force; disp[j][1] -= dy * force;
        }
      }
      for (const [a, b] of links) {
        let dx = pos[a][0] - pos[b][0], dy = pos[a][1] - pos[b][1];
        const dist = Math.hypot(dx, dy) || 0.01;
        const force = (dist * dist) / k;
        dx /= dist; dy /= dist;
        disp[a][0] -= dx * force; disp[a][1] -= dy * force;
        disp[b][0] += dx * force; disp[b][1] += dy * force;
      }
      for (let i = 0; i < n; i++) {
        // a weak pull to the centre keeps separate components on screen
        disp[i][0] += (W / 2 - pos[i][0]) * 0.02 * k / 10;
        disp[i][1] += (H / 2 - pos[i][1]) * 0.02 * k / 10;
        const len = Math.hypot(disp[i][0], disp[i][1]) || 1;
        pos[i][0] += (disp[i][0] / len) * Math.min(len, temp);
        pos[i][1] += (disp[i][1] / len) * Math.min(len, temp);
        pos[i][0] = Math.min(W - 30, Math.max(30, pos[i][0]));
        pos[i][1] = Math.min(H - 20, Math.max(20, pos[i][1]));
      }
      temp *= 0.98;
    }
    return pos;
  }

  function dyadHref(a, b) {
    return "/ui/dyad?" + new URLSearchParams({ a: a, b: b }).toString();
  }

  function showNode(panel, node, edges) {
    panel.replaceChildren();
    const h = htmlEl("h3", "", panel);
    htmlEl("span", node.id, h, { class: "code" });
    if (node.name) h.appendChild(document.createTextNode(" " + node.name));
    htmlEl("p", `${node.events} events in the edges shown`, panel, { class: "hint" });
    const link = htmlEl("a", "All events of this actor", htmlEl("p", null, panel), {
      href: "/ui/events?" + new URLSearchParams({ actor: node.id }).toString(),
    });
    link.id = "node-events-link";
    const list = htmlEl("ul", null, panel, { id: "node-edges" });
    const mine = edges.filter((e) => e.source === node.id || e.target === node.id)
      .sort((x, y) => y.events - x.events);
    for (const e of mine) {
      const other = e.source === node.id ? e.target : e.source;
      const item = htmlEl("li", null, list);
      htmlEl("a", `${node.id} – ${other}`, item, { href: dyadHref(node.id, other) });
      item.appendChild(document.createTextNode(
        `: ${e.cooperation} cooperation, ${e.conflict} conflict (Goldstein ${e.goldstein_mean})`));
    }
  }

  function drawNetwork(box, data) {
    const nodes = data.nodes || [];
    const edges = data.edges || [];
    if (!nodes.length) return message(box, "No events with both a source and a target yet.");
    const W = 900, H = 620;
    const pos = layout(nodes, edges, W, H);
    const at = new Map(nodes.map((node, i) => [node.id, pos[i]]));
    const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, class: "network" });
    const maxW = Math.max(...edges.map((e) => e.events), 1);
    const maxN = Math.max(...nodes.map((node) => node.events), 1);
    const edgeEls = [];
    for (const e of edges) {
      const a = at.get(e.source), b = at.get(e.target);
      const line = svgEl("line", {
        x1: a[0], y1: a[1], x2: b[0], y2: b[1],
        "stroke-width": (1.5 + 7 * Math.sqrt(e.events / maxW)).toFixed(2),
        class: `edge ${e.kind}`,
        "data-source": e.source, "data-target": e.target,
      }, svg);
      tooltip(line, `${e.source} – ${e.target}: ${e.events} events, ${e.cooperation} cooperation, ` +
        `${e.conflict} conflict, mean Goldstein ${e.goldstein_mean}`);
      line.addEventListener("click", () => window.location.assign(dyadHref(e.source, e.target)));
      edgeEls.push([e, line]);
    }
    const panel = document.getElementById("network-details");
    const nodeEls = [];
    nodes.forEach((node, i) => {
      const group = svgEl("g", { class: "node", "data-id": node.id,
        transform: `translate(${pos[i][0].toFixed(1)},${pos[i][1].toFixed(1)})` }, svg);
      svgEl("circle", { r: (5 + 11 * Math.sqrt(node.events / maxN)).toFixed(1) }, group);
      svgEl("text", { x: 0, y: -(8 + 11 * Math.sqrt(node.events / maxN)), "text-anchor": "middle" },
        group).textContent = node.id;
      tooltip(group, `${node.id} ${node.name || ""}: ${node.events} events`);
      group.addEventListener("click", () => {
        for (const [e, line] of edgeEls) {
          const touches = e.source === node.id || e.target === node.id;
          line.classList.toggle("active", touches);
          line.classList.toggle("dim", !touches);
        }
        for (const [other, g] of nodeEls) g.classList.toggle("active", other.id === node.id);
        if (panel) showNode(panel, node, edges);
      });
      nodeEls.push([node, group]);
    });
    box.replaceChildren(svg);
    box.dataset.drawn = String(nodes.length);
  }

  const DRAW = { volume: drawVolume, dyad: drawDyad, network: drawNetwork };

  async function loadChart(box) {
    const draw = DRAW[box.dataset.chart];
    const src = box.dataset.src;
    if (!draw || !src || !src.startsWith("/")) return;
    message(box, "Loading…");
    try {
      const response = await fetch(src, { headers: { Accept: "application/json" } });
      const body = await response.json();
      if (!response.ok) {
        message(box, (body && body.error && body.error.message) || `error ${response.status}`);
        box.dataset.drawn = "error";
        return;
      }
      draw(box, body);
    } catch (err) {
      message(box, "Could not load the chart data.");
      box.dataset.drawn = "error";
    }
  }

  function clickableRows() {
    for (const row of document.querySelectorAll("tr[data-href]")) {
      row.addEventListener("click", (event) => {
        if (event.target.closest("a")) return;
        const href = row.dataset.href;
        if (href && href.startsWith("/")) window.location.assign(href);
      });
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    clickableRows();
    for (const box of document.querySelectorAll("[data-chart]")) loadChart(box);
  });
})();
