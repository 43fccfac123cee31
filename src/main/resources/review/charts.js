// The report's two pictures, drawn as SVG by the page itself (no library): who supplies whom, and
// transfers by year and status. Every label goes in with textContent: names come from articles.
window.NEWSREL.charts = (function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var TOP = 20; // countries per side of the network; more would not be readable
  var PALETTE = ["#9aa5b1", "#3d63c9", "#2e9b57", "#d0651c", "#b0306e", "#7a5cc9", "#c99a00"];

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function titled(node, text) {
    node.appendChild(svg("title", null, text));
    return node;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // Arms transfers with a known supplier and recipient, counted by pair.
  function pairs(rows) {
    var byPair = {};
    var unknown = 0;
    rows.forEach(function (r) {
      if (!r.supplier || !r.recipient) { unknown++; return; }
      var key = r.supplier + ">" + r.recipient;
      (byPair[key] = byPair[key] || { supplier: r.supplier, recipient: r.recipient, count: 0 }).count++;
    });
    return { list: Object.keys(byPair).map(function (k) { return byPair[k]; }), unknown: unknown };
  }

  // The countries of one side with the most transfers, largest first.
  function topNodes(list, side) {
    var totals = {};
    list.forEach(function (p) { totals[p[side]] = (totals[p[side]] || 0) + p.count; });
    var all = Object.keys(totals).sort(function (a, b) { return totals[b] - totals[a] || (a < b ? -1 : 1); });
    return { shown: all.slice(0, TOP), hidden: Math.max(0, all.length - TOP), totals: totals };
  }

  /**
   * Suppliers on the left, recipients on the right, one curve per pair as thick as its count.
   * onPick(supplier, recipient) is called when a curve is clicked.
   */
  function network(transfers, label, onPick) {
    var p = pairs(transfers);
    var suppliers = topNodes(p.list, "supplier");
    var recipients = topNodes(p.list, "recipient");
    var rowHeight = 24;
    var height = 30 + rowHeight * Math.max(1, suppliers.shown.length, recipients.shown.length);
    var width = 900;
    var left = 260;
    var right = width - 260;
    var root = svg("svg", { id: "network", width: width, height: height, viewBox: "0 0 " + width + " " + height,
      role: "img", "aria-label": "Arms transfers: supplier to recipient" });
    root.appendChild(svg("text", { x: left, y: 14, "text-anchor": "end", "class": "axis" }, "supplier"));
    root.appendChild(svg("text", { x: right, y: 14, "class": "axis" }, "recipient"));
    function y(list, code) { return 30 + rowHeight * list.indexOf(code) + rowHeight / 2; }
    var max = p.list.reduce(function (m, e) { return Math.max(m, e.count); }, 1);
    var edges = svg("g", { "class": "edges" });
    var drawn = 0;
    p.list.sort(function (a, b) { return b.count - a.count; }).forEach(function (e) {
      if (suppliers.shown.indexOf(e.supplier) < 0 || recipients.shown.indexOf(e.recipient) < 0) { return; }
      var y1 = y(suppliers.shown, e.supplier);
      var y2 = y(recipients.shown, e.recipient);
      var mid = (left + right) / 2;
      var path = svg("path", { "class": "edge", d: "M" + (left + 6) + " " + y1 + " C" + mid + " " + y1 + " " + mid + " "
        + y2 + " " + (right - 6) + " " + y2, "stroke-width": (1 + 9 * e.count / max).toFixed(1),
        "data-supplier": e.supplier, "data-recipient": e.recipient, "data-count": e.count });
      titled(path, label(e.supplier) + " → " + label(e.recipient) + ": " + plural(e.count, "transfer"));
      path.addEventListener("click", function () { onPick(e.supplier, e.recipient); });
      edges.appendChild(path);
      drawn += e.count;
    });
    root.appendChild(edges);
    [[suppliers, left, "end", -10, "supplier"], [recipients, right, "start", 10, "recipient"]].forEach(function (side) {
      side[0].shown.forEach(function (code) {
        var cy = y(side[0].shown, code);
        var node = svg("g", { "class": "node node-" + side[4], "data-code": code });
        node.appendChild(svg("circle", { cx: side[1], cy: cy, r: 5 }));
        node.appendChild(svg("text", { x: side[1] + side[3], y: cy + 4, "text-anchor": side[2] },
          label(code) + " · " + side[0].totals[code]));
        root.appendChild(titled(node, label(code) + ": " + plural(side[0].totals[code], "transfer")));
      });
    });
    var notes = [];
    if (drawn < transfers.length - p.unknown) {
      notes.push(plural(transfers.length - p.unknown - drawn, "transfer") + " between countries beyond the top " + TOP
        + " of a side not drawn");
    }
    if (p.unknown) { notes.push(plural(p.unknown, "transfer") + " without a known supplier or recipient country not drawn"); }
    return { svg: root, note: notes.join("; ") };
  }

  /**
   * Transfers per year, stacked by status: each transfer once, at its year (the first when it has
   * several) and its status (likewise). onPick(year, status) is called when a bar part is clicked.
   */
  function timeline(transfers, statusOrder, onPick) {
    var counts = {};
    var noYear = 0;
    var minYear = Infinity;
    var maxYear = -Infinity;
    var seen = {};
    transfers.forEach(function (r) {
      if (!r.years || !r.years.length) { noYear++; return; }
      var year = r.years[0];
      var status = r.statuses && r.statuses.length ? r.statuses[0] : "";
      seen[status] = true;
      minYear = Math.min(minYear, year);
      maxYear = Math.max(maxYear, year);
      var byStatus = counts[year] || (counts[year] = {});
      byStatus[status] = (byStatus[status] || 0) + 1;
    });
    var statuses = [""].concat(statusOrder).filter(function (s) { return seen[s]; });
    var color = function (s) { return PALETTE[(statusOrder.indexOf(s) + 1) % PALETTE.length]; };
    var years = [];
    for (var yr = minYear; yr <= maxYear; yr++) { years.push(yr); }
    var max = 1;
    years.forEach(function (yr) {
      var total = 0;
      Object.keys(counts[yr] || {}).forEach(function (s) { total += counts[yr][s]; });
      max = Math.max(max, total);
    });
    var width = 900;
    var plot = 200;
    var barWidth = years.length ? Math.max(4, Math.min(40, Math.floor((width - 60) / years.length) - 2)) : 0;
    var height = plot + 70;
    var root = svg("svg", { id: "timeline", width: width, height: height, viewBox: "0 0 " + width + " " + height,
      role: "img", "aria-label": "Arms transfers by year and status" });
    root.appendChild(svg("text", { x: 4, y: 14, "class": "axis" }, "max " + max + " per year"));
    var labelEvery = Math.ceil(years.length / 20);
    years.forEach(function (yr, i) {
      var x = 40 + i * (barWidth + 2);
      var top = plot + 20;
      statuses.forEach(function (s) {
        var n = (counts[yr] || {})[s];
        if (!n) { return; }
        var h = Math.max(1, Math.round(plot * n / max));
        top -= h;
        var bar = svg("rect", { "class": "bar-year", x: x, y: top, width: barWidth, height: h, fill: color(s),
          "data-year": yr, "data-status": s, "data-count": n });
        titled(bar, yr + ", " + (s || "no status") + ": " + plural(n, "transfer"));
        bar.addEventListener("click", function () { onPick(yr, s); });
        root.appendChild(bar);
      });
      if (i % labelEvery === 0) {
        root.appendChild(svg("text", { x: x + barWidth / 2, y: plot + 36, "text-anchor": "middle", "class": "axis" }, String(yr)));
      }
    });
    var lx = 40;
    statuses.forEach(function (s) {
      root.appendChild(svg("rect", { x: lx, y: plot + 50, width: 12, height: 12, fill: color(s) }));
      var text = svg("text", { x: lx + 16, y: plot + 60, "class": "legend-status" }, s || "no status");
      root.appendChild(text);
      lx += 30 + 8 * (s || "no status").length;
    });
    return { svg: root, note: noYear ? plural(noYear, "transfer") + " without a year not drawn" : "" };
  }

  return { network: network, timeline: timeline };
})();
