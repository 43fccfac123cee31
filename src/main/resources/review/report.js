// The review page. It builds every element with createElement and puts all data in with
// textContent (never innerHTML): article text is untrusted and must show as text.
(function () {
  "use strict";
  var data = window.NEWSREL.data;
  var app = document.getElementById("app");
  var PAGE_SIZE = 50;
  var state = { type: "", country: "", system: "", minConfidence: 0, sort: "confidence-desc", page: 0 };

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

  function relationTable(rows, showDocument) {
    var head = el("tr", null, ["Type", "Arguments", "Attributes", "Confidence", "Evidence"]
      .concat(showDocument ? ["Document"] : []).map(function (h) { return el("th", { text: h }); }));
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
      body.appendChild(el("tr", { className: "relation", "data-type": r.type }, cells));
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

  function filtered() {
    return data.relations.filter(function (r) {
      return (!state.type || r.type === state.type)
        && (!state.country || r.countries.indexOf(state.country) >= 0)
        && (!state.system || r.systems.some(function (s) { return s.toLowerCase().indexOf(state.system.toLowerCase()) >= 0; }))
        && r.confidence >= state.minConfidence;
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

  function showRelations() {
    clear(app);
    var results = el("div", { id: "results" });
    function refresh() { state.page = 0; renderResults(results); }
    var types = [{ value: "", label: "all" }].concat(distinct(function (r) { return r.type; })
      .map(function (t) { return { value: t, label: t }; }));
    var countries = [{ value: "", label: "all" }].concat(distinct(function (r) { return r.countries; })
      .map(function (c) { return { value: c, label: countryLabel(c) }; }));
    var systemInput = el("input", { id: "filter-system", type: "search", list: "systems", placeholder: "any" });
    systemInput.value = state.system;
    systemInput.addEventListener("input", function () { state.system = systemInput.value.trim(); refresh(); });
    var systemList = el("datalist", { id: "systems" }, distinct(function (r) { return r.systems; })
      .map(function (s) { return el("option", { value: s }); }));
    var confidence = el("input", { id: "filter-confidence", type: "number", min: "0", max: "1", step: "0.05" });
    confidence.value = String(state.minConfidence);
    confidence.addEventListener("input", function () { state.minConfidence = parseFloat(confidence.value) || 0; refresh(); });
    var filters = el("form", { className: "filters", id: "filters" }, [
      select("filter-type", "Type", types, state.type, function (v) { state.type = v; refresh(); }),
      select("filter-country", "Country", countries, state.country, function (v) { state.country = v; refresh(); }),
      el("label", null, ["System ", systemInput, systemList]),
      el("label", null, ["Confidence ≥ ", confidence]),
      select("sort", "Sort", [{ value: "confidence-desc", label: "confidence, high first" },
        { value: "confidence-asc", label: "confidence, low first" }, { value: "type", label: "type" },
        { value: "document", label: "document" }], state.sort, function (v) { state.sort = v; refresh(); })
    ]);
    filters.addEventListener("submit", function (e) { e.preventDefault(); });
    app.appendChild(filters);
    app.appendChild(results);
    renderResults(results);
  }

  function renderResults(results) {
    clear(results);
    var rows = filtered();
    var pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    var first = state.page * PAGE_SIZE;
    var shown = rows.slice(first, first + PAGE_SIZE);
    var prev = el("button", { type: "button", id: "prev", text: "‹ previous" });
    var next = el("button", { type: "button", id: "next", text: "next ›" });
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    prev.addEventListener("click", function () { state.page--; renderResults(results); });
    next.addEventListener("click", function () { state.page++; renderResults(results); });
    var count = el("span", { id: "count", "data-count": String(rows.length),
      text: rows.length + " of " + data.relations.length + " relations" });
    var pager = el("div", { className: "pager" }, [count, " · page " + (state.page + 1) + " of " + pages + " ", prev, " ", next]);
    results.appendChild(pager);
    results.appendChild(relationTable(shown, true));
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
    var meta = [doc.date, doc.url].filter(Boolean).join(" · ");
    var relations = data.relations.filter(function (r) { return r.doc === index; });
    app.appendChild(el("article", { className: "document", id: "document" }, [
      el("h2", { text: doc.title || doc.id }),
      el("p", { className: "meta", text: doc.id + (meta ? " · " + meta : "") }),
      legend,
      el("div", { className: "text", id: "document-text" }, [text]),
      el("h3", { text: relations.length + " relations" }),
      relationTable(relations, false)
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
    if (m) { showDocument(+m[1]); }
    else if (hash === "#summary") { showSummary(); }
    else { showRelations(); }
    window.scrollTo(0, 0);
  }

  if (!data.summary) {
    clear(app);
    app.appendChild(el("p", { text: "The report's data files (data/*.js) are missing next to this page." }));
    return;
  }
  document.getElementById("batch-title").textContent = data.summary.title;
  window.addEventListener("hashchange", route);
  route();
  document.body.setAttribute("data-ready", "true");
})();
