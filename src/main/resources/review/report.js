// The review page. It builds every element with createElement and puts all data in with
// textContent (never innerHTML): article text is untrusted and must show as text.
(function () {
  "use strict";
  var data = window.NEWSREL.data;
  var app = document.getElementById("app");
  var PAGE_SIZE = 50;
  // The filters; the page's address holds them (#relations?type=...&yearFrom=...), so a reload
  // or a shared link shows the same selection.
  var DEFAULTS = { type: "", country: "", supplier: "", recipient: "", system: "", minConfidence: 0, yearFrom: "",
    yearTo: "", status: "", register: "", sort: "confidence-desc" };
  var state = {};
  var page = 0;
  var view = "relations";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") { node.textContent = attrs[k]; }
        else if (k === "className") { node.className = attrs[k]; }
        else { node.setAttribute(k, attrs[k]); }
      });
    }
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function countryLabel(code) {
    var name = data.summary && data.summary.countryNames[code];
    return name ? name + " (" + code + ")" : code;
  }

  // Text cut into plain pieces and <mark> pieces; marks are flat and in text order (Java side).
  function marked(text, marks, decorate) {
    var span = el("span", { className: "marked" });
    var at = 0;
    marks.forEach(function (m) {
      if (m.start > at) { span.appendChild(document.createTextNode(text.slice(at, m.start))); }
      var mark = el("mark", { text: text.slice(m.start, m.end) });
      decorate(mark, m.label);
      span.appendChild(mark);
      at = m.end;
    });
    if (at < text.length) { span.appendChild(document.createTextNode(text.slice(at))); }
    return span;
  }

  function attrText(value) {
    if (value !== null && typeof value === "object") {
      if ("amount" in value && "currency" in value) { return value.amount.toLocaleString("en") + " " + value.currency; }
      return JSON.stringify(value);
    }
    return String(value);
  }

  // doc: the loaded document when the table is a document's (its relations can then be corrected)
  function relationTable(rows, showDocument, doc) {
    var head = el("tr", null, ["Type", "Arguments", "Attributes", "Confidence", "Evidence"]
      .concat(showDocument ? ["Document"] : []).concat(["Review"]).map(function (h) { return el("th", { text: h }); }));
    var body = el("tbody");
    rows.forEach(function (r) {
      var args = el("ul", { className: "args" }, r.args.map(function (a) {
        return el("li", null, [el("span", { className: "role", text: a.role + ": " }),
          el("span", { className: "ent ent-" + a.type, text: a.name + (a.code && a.code !== a.name ? " [" + a.code + "]" : "") })]);
      }));
      var attrs = el("ul", { className: "attrs" }, Object.keys(r.attrs).sort().map(function (k) {
        return el("li", null, [el("span", { className: "role", text: k + ": " }), attrText(r.attrs[k])]);
      }));
      var evidence = el("div", { className: "evidence" }, r.evidence.map(function (ev) {
        return el("p", null, [marked(ev.text, ev.marks, function (mark, role) {
          mark.className = "arg role-" + role;
          mark.setAttribute("data-role", role);
          mark.title = role;
        })]);
      }));
      var cells = [el("td", { className: "type", text: r.type }), el("td", null, [args]), el("td", null, [attrs]),
        el("td", { className: "confidence", text: r.confidence.toFixed(2) }), el("td", null, [evidence])];
      if (showDocument) {
        var entry = data.index[r.doc];
        var link = el("a", { href: "#doc/" + r.doc, text: entry.title || entry.id });
        cells.push(el("td", { className: "doc" }, [link, el("div", { className: "rule", text: r.id + " · " + r.rule })]));
      }
      cells.push(review.cell(r, doc));
      body.appendChild(el("tr", { className: "relation", "data-type": r.type, "data-doc": String(r.doc),
        "data-relation": r.id }, cells));
    });
    return el("table", { className: "relations" }, [el("thead", null, [head]), body]);
  }

  // ---- relations view -------------------------------------------------------------------

  var SORTS = {
    "confidence-desc": function (a, b) { return b.confidence - a.confidence || a.doc - b.doc; },
    "confidence-asc": function (a, b) { return a.confidence - b.confidence || a.doc - b.doc; },
    "type": function (a, b) { return a.type < b.type ? -1 : a.type > b.type ? 1 : a.doc - b.doc; },
    "document": function (a, b) { return a.doc - b.doc; }
  };

  function readState(query) {
    state = {};
    Object.keys(DEFAULTS).forEach(function (k) { state[k] = DEFAULTS[k]; });
    new URLSearchParams(query || "").forEach(function (value, key) {
      if (!Object.prototype.hasOwnProperty.call(DEFAULTS, key)) { return; }
      state[key] = key === "minConfidence" ? (parseFloat(value) || 0) : value;
    });
    if (!SORTS[state.sort]) { state.sort = DEFAULTS.sort; }
    page = 0;
  }

  function query() {
    var params = new URLSearchParams();
    Object.keys(DEFAULTS).forEach(function (k) {
      if (state[k] !== DEFAULTS[k] && state[k] !== "") { params.set(k, String(state[k])); }
    });
    return params.toString();
  }

  // The address and the navigation links follow the filters without adding history entries.
  function writeState() {
    var q = query();
    history.replaceState(null, "", "#" + view + (q ? "?" + q : ""));
    ["relations", "charts"].forEach(function (v) {
      document.getElementById("nav-" + v).setAttribute("href", "#" + v + (q ? "?" + q : ""));
    });
  }

  function yearIn(r) {
    var from = state.yearFrom === "" ? -Infinity : +state.yearFrom;
    var to = state.yearTo === "" ? Infinity : +state.yearTo;
    return (r.years || []).some(function (y) { return y >= from && y <= to; });
  }

  function filtered() {
    var system = state.system.toLowerCase();
    return data.relations.filter(function (r) {
      return (!state.type || r.type === state.type)
        && (!state.country || r.countries.indexOf(state.country) >= 0)
        && (!state.supplier || r.supplier === state.supplier)
        && (!state.recipient || r.recipient === state.recipient)
        && (!system || r.systems.some(function (s) { return s.toLowerCase().indexOf(system) >= 0; }))
        && r.confidence >= state.minConfidence
        && ((state.yearFrom === "" && state.yearTo === "") || yearIn(r))
        && (!state.status || (r.statuses || []).indexOf(state.status) >= 0)
        && (!state.register || (state.register === "out" ? r.inRegister === false : r.inRegister === true));
    }).sort(SORTS[state.sort]);
  }

  function distinct(get) {
    var seen = {};
    data.relations.forEach(function (r) { [].concat(get(r)).forEach(function (v) { if (v) { seen[v] = true; } }); });
    return Object.keys(seen).sort();
  }

  function select(id, label, options, value, onChange) {
    var s = el("select", { id: id });
    options.forEach(function (o) {
      var opt = el("option", { value: o.value, text: o.label });
      if (o.value === value) { opt.selected = true; }
      s.appendChild(opt);
    });
    s.addEventListener("change", function () { onChange(s.value); });
    return el("label", null, [label + " ", s]);
  }

  function yearInput(id, key) {
    var input = el("input", { id: id, type: "number", min: "1900", max: "2100", step: "1", placeholder: "any" });
    input.value = state[key];
    return input;
  }

  // The filter form of the relations and the charts views; onChange redraws what it filters.
  function filterForm(onChange) {
    function set(key) { return function (v) { state[key] = v; page = 0; writeState(); onChange(); }; }
    var all = [{ value: "", label: "all" }];
    var types = all.concat(distinct(function (r) { return r.type; }).map(function (t) { return { value: t, label: t }; }));
    function countries(get) {
      return all.concat(distinct(get).map(function (c) { return { value: c, label: countryLabel(c) }; }));
    }
    var systemInput = el("input", { id: "filter-system", type: "search", list: "systems", placeholder: "any" });
    systemInput.value = state.system;
    systemInput.addEventListener("input", function () { set("system")(systemInput.value.trim()); });
    var systemList = el("datalist", { id: "systems" }, distinct(function (r) { return r.systems; })
      .map(function (s) { return el("option", { value: s }); }));
    var confidence = el("input", { id: "filter-confidence", type: "number", min: "0", max: "1", step: "0.05" });
    confidence.value = String(state.minConfidence);
    confidence.addEventListener("input", function () { set("minConfidence")(parseFloat(confidence.value) || 0); });
    var yearFrom = yearInput("filter-year-from", "yearFrom");
    var yearTo = yearInput("filter-year-to", "yearTo");
    yearFrom.addEventListener("input", function () { set("yearFrom")(yearFrom.value.trim()); });
    yearTo.addEventListener("input", function () { set("yearTo")(yearTo.value.trim()); });
    var statuses = all.concat(data.summary.statuses.map(function (st) { return { value: st, label: st }; }));
    var fields = [
      select("filter-type", "Type", types, state.type, set("type")),
      select("filter-country", "Country", countries(function (r) { return r.countries; }), state.country, set("country")),
      select("filter-supplier", "Supplier", countries(function (r) { return r.supplier; }), state.supplier, set("supplier")),
      select("filter-recipient", "Recipient", countries(function (r) { return r.recipient; }), state.recipient, set("recipient")),
      el("label", null, ["System ", systemInput, systemList]),
      el("label", null, ["Years ", yearFrom, " – ", yearTo]),
      select("filter-status", "Status", statuses, state.status, set("status")),
      el("label", null, ["Confidence ≥ ", confidence])
    ];
    if (data.relations.some(function (r) { return r.inRegister !== undefined; })) {
      fields.push(select("filter-register", "SIPRI register", [{ value: "", label: "all" },
        { value: "out", label: "not in the register" }, { value: "in", label: "in the register" }],
        state.register, set("register")));
    }
    fields.push(select("sort", "Sort", [{ value: "confidence-desc", label: "confidence, high first" },
      { value: "confidence-asc", label: "confidence, low first" }, { value: "type", label: "type" },
      { value: "document", label: "document" }], state.sort, set("sort")));
    var form = el("form", { className: "filters", id: "filters" }, fields);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    return form;
  }

  function showRelations() {
    clear(app);
    var results = el("div", { id: "results" });
    app.appendChild(filterForm(function () { renderResults(results); }));
    app.appendChild(results);
    renderResults(results);
  }

  function renderResults(results) {
    clear(results);
    var rows = filtered();
    var pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    var first = page * PAGE_SIZE;
    var shown = rows.slice(first, first + PAGE_SIZE);
    var prev = el("button", { type: "button", id: "prev", text: "‹ previous" });
    var next = el("button", { type: "button", id: "next", text: "next ›" });
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    prev.addEventListener("click", function () { page--; renderResults(results); });
    next.addEventListener("click", function () { page++; renderResults(results); });
    var count = el("span", { id: "count", "data-count": String(rows.length),
      text: rows.length + " of " + data.relations.length + " relations" });
    var download = el("button", { type: "button", id: "download-csv", text: "Download CSV" });
    download.addEventListener("click", function () { downloadCsv(rows); });
    var pager = el("div", { className: "pager" }, [count, " · page " + (page + 1) + " of " + pages + " ", prev, " ", next,
      " ", download]);
    results.appendChild(pager);
    results.appendChild(relationTable(shown, true));
  }

  // ---- CSV of the selection -------------------------------------------------------------

  // A cell a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe.
  function csvCell(value) {
    var text = value === undefined || value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }

  function csvOf(rows) {
    var head = ["document", "relation", "type", "confidence", "supplier", "recipient", "systems", "years", "statuses",
      "in SIPRI register", "arguments", "attributes", "evidence"];
    var lines = [head.join(",")];
    rows.forEach(function (r) {
      lines.push([data.index[r.doc].id, r.id, r.type, r.confidence.toFixed(2), r.supplier, r.recipient,
        r.systems.join("; "), (r.years || []).join("; "), (r.statuses || []).join("; "),
        r.inRegister === undefined ? "" : r.inRegister ? "yes" : "no",
        r.args.map(function (a) { return a.role + ": " + a.name + (a.code ? " [" + a.code + "]" : ""); }).join("; "),
        Object.keys(r.attrs).sort().map(function (k) { return k + ": " + attrText(r.attrs[k]); }).join("; "),
        r.evidence.map(function (ev) { return ev.text; }).join(" … ")].map(csvCell).join(","));
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  // Saves content as a file through a link to a blob: the page has no server to send it to.
  function download(fileName, content, type) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var link = el("a", { href: url, download: fileName });
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function downloadCsv(rows) { download("newsrel-selection.csv", csvOf(rows), "text/csv;charset=utf-8"); }

  // ---- charts view: network and timeline of the selected arms transfers ------------------

  function showCharts() {
    clear(app);
    var charts = el("div", { id: "charts" });
    function draw() {
      clear(charts);
      var transfers = filtered().filter(function (r) { return r.type === "ARMS_TRANSFER"; });
      charts.appendChild(el("p", { id: "charts-count", "data-count": String(transfers.length),
        text: transfers.length + " arms transfers in the selection." }));
      function pickPair(supplier, recipient) {
        state.type = "ARMS_TRANSFER"; state.supplier = supplier; state.recipient = recipient;
        view = "relations"; writeState(); showRelations();
      }
      function pickYear(year, status) {
        state.type = "ARMS_TRANSFER"; state.yearFrom = String(year); state.yearTo = String(year); state.status = status;
        view = "relations"; writeState(); showRelations();
      }
      var net = window.NEWSREL.charts.network(transfers, countryLabel, pickPair);
      var time = window.NEWSREL.charts.timeline(transfers, data.summary.statuses, pickYear);
      charts.appendChild(el("h2", { text: "Who supplies whom" }));
      charts.appendChild(el("p", { className: "hint", text: "Click a line for its transfers." }));
      charts.appendChild(net.svg);
      if (net.note) { charts.appendChild(el("p", { className: "note", text: net.note + "." })); }
      charts.appendChild(el("h2", { text: "Transfers by year and status" }));
      charts.appendChild(el("p", { className: "hint", text: "Click a bar for its transfers." }));
      charts.appendChild(time.svg);
      if (time.note) { charts.appendChild(el("p", { className: "note", text: time.note + "." })); }
    }
    app.appendChild(filterForm(draw));
    app.appendChild(charts);
    draw();
  }

  // ---- document view --------------------------------------------------------------------

  function showDocument(index) {
    clear(app);
    var entry = data.index[index];
    if (!entry) { app.appendChild(el("p", { text: "No document " + index + "." })); return; }
    var doc = data.docs[index];
    if (!doc) {
      app.appendChild(el("p", { text: "Loading " + entry.id + " …" }));
      var waiting = window.NEWSREL.waiting[entry.chunk];
      if (!waiting) {
        window.NEWSREL.waiting[entry.chunk] = waiting = [];
        var script = document.createElement("script");
        script.src = "data/docs-" + entry.chunk + ".js";
        document.head.appendChild(script);
      }
      waiting.push(function () { if (location.hash === "#doc/" + index) { showDocument(index); } });
      return;
    }
    var types = {};
    doc.entities.forEach(function (e) { types[e.type] = true; });
    var legend = el("p", { className: "legend" }, Object.keys(types).sort().map(function (t) {
      return el("mark", { className: "ent ent-" + t, text: t });
    }));
    var text = marked(doc.text, doc.marks, function (mark, label) {
      var entity = doc.entities[+label];
      mark.className = "ent ent-" + entity.type;
      mark.setAttribute("data-type", entity.type);
      mark.title = entity.type + ": " + entity.name + (entity.kbId ? " [" + entity.kbId + "]" : "");
    });
    var meta = doc.date ? " · " + doc.date : "";
    // a link only to the web: a javascript: or data: address in an article's metadata stays text
    var source = !doc.url ? null : /^https?:\/\//i.test(doc.url)
      ? el("a", { href: doc.url, id: "source-link", rel: "noopener noreferrer", target: "_blank", text: doc.url })
      : el("span", { id: "source-text", text: doc.url });
    var relations = data.relations.filter(function (r) { return r.doc === index; });
    app.appendChild(el("article", { className: "document", id: "document" }, [
      el("h2", { text: doc.title || doc.id }),
      el("p", { className: "meta" }, [doc.id + meta].concat(source ? [" · ", source] : [])),
      legend,
      el("div", { className: "text", id: "document-text" }, [text]),
      el("h3", { text: relations.length + " relations" }),
      relationTable(relations, false, doc)
    ]));
  }

  // ---- summary view ---------------------------------------------------------------------

  function countTable(id, heading, counts) {
    var rows = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
    return el("table", { className: "counts", id: id }, [
      el("thead", null, [el("tr", null, [el("th", { text: heading }), el("th", { text: "count" })])]),
      el("tbody", null, rows.map(function (k) { return el("tr", null, [el("td", { text: k }), el("td", { text: String(counts[k]) })]); }))
    ]);
  }

  function showSummary() {
    clear(app);
    var byType = {};
    var pairs = {};
    data.relations.forEach(function (r) {
      byType[r.type] = (byType[r.type] || 0) + 1;
      if (r.type === "ARMS_TRANSFER") {
        var key = (r.supplier || "?") + "\u0000" + (r.recipient || "?");
        var pair = pairs[key] || (pairs[key] = { supplier: r.supplier, recipient: r.recipient, count: 0, systems: {} });
        pair.count++;
        r.systems.forEach(function (s) { pair.systems[s] = true; });
        if (r.systems.length === 0 && r.attrs.systemDescription) { pair.systems[r.attrs.systemDescription] = true; }
      }
    });
    var transferRows = Object.keys(pairs).map(function (k) { return pairs[k]; })
      .sort(function (a, b) { return b.count - a.count; });
    var transfers = el("table", { className: "transfers", id: "transfers" }, [
      el("thead", null, [el("tr", null, ["Supplier", "Recipient", "Transfers", "Systems"].map(function (h) { return el("th", { text: h }); }))]),
      el("tbody", null, transferRows.map(function (p) {
        var max = transferRows[0].count;
        var bar = el("span", { className: "bar" });
        bar.style.width = Math.round(100 * p.count / max) + "px";
        return el("tr", null, [el("td", { text: p.supplier ? countryLabel(p.supplier) : "unknown" }),
          el("td", { text: p.recipient ? countryLabel(p.recipient) : "unknown" }),
          el("td", null, [bar, " " + p.count]), el("td", { text: Object.keys(p.systems).sort().join(", ") })]);
      }))
    ]);
    var s = data.summary;
    app.appendChild(el("section", { className: "summary", id: "summary" }, [
      el("p", { text: s.documents + " documents, " + s.relations + " relations"
        + (s.skippedLines ? ", " + s.skippedLines + " input lines could not be read" : "") + "." }),
      el("h2", { text: "Relations by type" }), countTable("relation-types", "type", byType),
      el("h2", { text: "Entities by type" }), countTable("entity-types", "type", s.entitiesByType),
      el("h2", { text: "Arms transfers: supplier → recipient" }), transfers,
      el("h2", { text: "Documents" }),
      el("ol", { className: "documents", start: "0" }, data.index.map(function (d, i) {
        return el("li", null, [el("a", { href: "#doc/" + i, text: d.title || d.id }), " (" + d.relations + " relations)"]);
      }))
    ]));
  }

  function route() {
    var hash = location.hash;
    var m = /^#doc\/(\d+)$/.exec(hash);
    var listed = /^#(relations|charts)(?:\?(.*))?$/.exec(hash);
    if (m) { showDocument(+m[1]); }
    else if (hash === "#summary") { showSummary(); }
    else {
      view = listed ? listed[1] : "relations";
      readState(listed ? listed[2] : "");
      writeState();
      if (view === "charts") { showCharts(); } else { showRelations(); }
    }
    window.scrollTo(0, 0);
  }

  if (!data.summary) {
    clear(app);
    app.appendChild(el("p", { text: "The report's data files (data/*.js) are missing next to this page." }));
    return;
  }
  document.getElementById("batch-title").textContent = data.summary.title;
  var review = window.NEWSREL.review({ el: el, clear: clear, download: download }, data);
  window.addEventListener("hashchange", route);
  route();
  document.body.setAttribute("data-ready", "true");
})();
