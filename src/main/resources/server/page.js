// The try-it page of newsrel serve. It builds every element with createElement and puts all
// text in with textContent (never innerHTML): the pasted article is untrusted and must show as text.
(function () {
  "use strict";

  var EXAMPLE = "In 2025, Morocco selected Israeli company Elbit Systems to supply 36 Atmos 2000 self "
    + "propelled artillery systems, mounted on Tatra trucks.";

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { node.textContent = attrs[k]; }
      else if (k === "className") { node.className = attrs[k]; }
      else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  // a class name from a value of the answer: letters, digits and _ only
  function token(value) { return String(value).replace(/[^A-Za-z0-9_]/g, "_"); }

  // Flat, non-overlapping marks in text order: an outer mention wins over one nested in it.
  function flatten(marks) {
    var sorted = marks.slice().sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var flat = [];
    var end = 0;
    sorted.forEach(function (m) {
      if (m.start >= end && m.end > m.start) { flat.push(m); end = m.end; }
    });
    return flat;
  }

  // text cut into plain pieces and <mark> pieces; offset is where text starts in the document
  function marked(text, offset, marks, decorate) {
    var span = el("span");
    var at = 0;
    flatten(marks).forEach(function (m) {
      var start = m.start - offset;
      var end = m.end - offset;
      if (start > at) { span.appendChild(document.createTextNode(text.slice(at, start))); }
      var mark = el("mark", { text: text.slice(start, end) });
      decorate(mark, m);
      span.appendChild(mark);
      at = end;
    });
    if (at < text.length) { span.appendChild(document.createTextNode(text.slice(at))); }
    return span;
  }

  function entityLabel(e) {
    return e.type + ": " + e.name + (e.kbId ? " [" + e.kbId + "]" : "");
  }

  function showEntities(doc) {
    var types = {};
    var marks = [];
    doc.entities.forEach(function (e) {
      types[e.type] = true;
      e.mentions.forEach(function (m) { marks.push({ start: m.start, end: m.end, entity: e }); });
    });
    var legend = $("legend");
    clear(legend);
    Object.keys(types).sort().forEach(function (t) {
      legend.appendChild(el("mark", { className: "ent ent-" + token(t), text: t }));
    });
    var text = $("document-text");
    clear(text);
    text.appendChild(marked(doc.text, 0, marks, function (mark, m) {
      mark.className = "ent ent-" + token(m.entity.type);
      mark.setAttribute("title", entityLabel(m.entity));
      mark.setAttribute("data-type", m.entity.type);
      mark.setAttribute("data-entity", m.entity.id);
    }));
  }

  function argumentItems(relation, byId) {
    var items = [];
    Object.keys(relation.args).sort().forEach(function (role) {
      [].concat(relation.args[role]).forEach(function (id) {
        var e = byId[id];
        items.push(el("li", null, [el("span", { className: "role", text: role + ": " }),
          e ? e.name + " (" + e.type + ")" : id]));
      });
    });
    return items;
  }

  function attrValue(value) {
    if (value !== null && typeof value === "object") {
      if ("amount" in value && "currency" in value) { return value.amount.toLocaleString("en") + " " + value.currency; }
      return JSON.stringify(value);
    }
    return String(value);
  }

  // the evidence sentence with the relation's arguments highlighted by role
  function evidence(ev, relation, byId) {
    var marks = [];
    Object.keys(relation.args).forEach(function (role) {
      [].concat(relation.args[role]).forEach(function (id) {
        var e = byId[id];
        (e ? e.mentions : []).forEach(function (m) {
          if (m.start >= ev.start && m.end <= ev.end) { marks.push({ start: m.start, end: m.end, role: role, entity: e }); }
        });
      });
    });
    return el("p", null, [marked(ev.text, ev.start, marks, function (mark, m) {
      mark.className = "arg role-" + token(m.role);
      mark.setAttribute("title", m.role + ": " + entityLabel(m.entity));
      mark.setAttribute("data-role", m.role);
    })]);
  }

  function showRelations(doc, byId) {
    var table = $("relations");
    clear(table);
    $("no-relations").hidden = doc.relations.length > 0;
    if (doc.relations.length === 0) { return; }
    table.appendChild(el("thead", null, [el("tr", null, ["Type", "Arguments", "Attributes", "Confidence", "Evidence"]
      .map(function (h) { return el("th", { text: h }); }))]));
    var body = el("tbody");
    doc.relations.forEach(function (r) {
      var attrs = r.attrs || {};
      body.appendChild(el("tr", { className: "relation", "data-type": r.type }, [
        el("td", { className: "type", text: r.type }),
        el("td", null, [el("ul", { className: "args" }, argumentItems(r, byId))]),
        el("td", null, [el("ul", { className: "attrs" }, Object.keys(attrs).sort().map(function (k) {
          return el("li", null, [el("span", { className: "role", text: k + ": " }), attrValue(attrs[k])]);
        }))]),
        el("td", { className: "confidence", text: r.confidence.toFixed(2) }),
        el("td", { className: "evidence" }, r.evidence.map(function (ev) { return evidence(ev, r, byId); })
          .concat([el("div", { className: "rule", text: r.rule })]))
      ]));
    });
    table.appendChild(body);
  }

  function show(doc) {
    var byId = {};
    doc.entities.forEach(function (e) { byId[e.id] = e; });
    showEntities(doc);
    showRelations(doc, byId);
    $("json").textContent = JSON.stringify(doc, null, 2);
    $("result").hidden = false;
  }

  function status(message, isError) {
    var node = $("status");
    node.textContent = message;
    node.className = isError ? "error" : "";
  }

  function extract(event) {
    event.preventDefault();
    var request = { id: "page", text: $("text").value };
    if ($("date").value) { request.date = $("date").value; }
    var started = Date.now();
    status("extracting ...", false);
    document.body.setAttribute("data-state", "busy");
    $("extract").disabled = true;
    fetch("/v1/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
      })
      .then(function (answer) {
        if (!answer.ok) {
          var e = answer.body;
          status(answer.status + " " + e.error + ": " + e.message + (e.field ? " (field " + e.field + ")" : ""), true);
          document.body.setAttribute("data-state", "error");
          return;
        }
        show(answer.body);
        status(answer.body.entities.length + " entities, " + answer.body.relations.length + " relations in "
          + (Date.now() - started) + " ms", false);
        document.body.setAttribute("data-state", "done");
      })
      .catch(function (e) { status("request failed: " + e, true); document.body.setAttribute("data-state", "error"); })
      .then(function () { $("extract").disabled = false; });
  }

  $("try").addEventListener("submit", extract);
  $("example").addEventListener("click", function () { $("text").value = EXAMPLE; $("date").value = "2025-03-01"; });
  document.body.setAttribute("data-ready", "true");
})();
