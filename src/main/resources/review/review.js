// Review in the page: accept, reject or correct a relation. Verdicts are kept in the browser
// (localStorage, per batch) and saved as the file `newsrel eval --gold-reviewed FILE` scores.
window.NEWSREL.review = function (ui, data) {
  "use strict";
  var el = ui.el;
  var storeKey = "newsrel-review:" + data.summary.title;
  var verdicts = load();
  var DONE = { accept: "accepted", reject: "rejected", correct: "corrected" };

  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey) || "{}") || {}; } catch (e) { return {}; }
  }

  function store() {
    try { localStorage.setItem(storeKey, JSON.stringify(verdicts)); } catch (e) { /* file:// without storage */ }
    var button = document.getElementById("save-review");
    if (button) { button.textContent = "Save review (" + Object.keys(verdicts).length + ")"; }
  }

  function key(r) { return data.index[r.doc].id + "\u0000" + r.id; }

  function set(r, verdict, args, attrs) {
    var review = { document: data.index[r.doc].id, relation: r.id, verdict: verdict };
    if (args) { review.args = args; review.attrs = attrs; }
    verdicts[key(r)] = review;
    store();
  }

  function save() {
    var list = Object.keys(verdicts).sort().map(function (k) { return verdicts[k]; });
    var file = { format: data.summary.reviewFormat, batch: data.summary.title, reviews: list };
    ui.download("newsrel-review.json", JSON.stringify(file, null, 1) + "\n", "application/json");
  }

  function currentArgs(r) {
    var args = {};
    r.args.forEach(function (a) { (args[a.role] = args[a.role] || []).push(a.id); });
    return args;
  }

  // The form that corrects a relation: per role of its type, the document's entities to choose
  // from; the attributes as JSON (checked by `newsrel eval`, which names what it cannot read).
  function correction(r, doc, done) {
    var args = currentArgs(r);
    var selects = {};
    var rows = (data.summary.roles[r.type] || []).map(function (role) {
      var s = el("select", { multiple: "multiple", size: "4", "data-role": role, className: "review-role" });
      doc.entities.forEach(function (e) {
        var opt = el("option", { value: e.id, text: e.name + " · " + e.type + (e.kbId ? " [" + e.kbId + "]" : "") });
        opt.selected = (args[role] || []).indexOf(e.id) >= 0;
        s.appendChild(opt);
      });
      selects[role] = s;
      return el("label", null, [role + " ", s]);
    });
    var attrs = el("textarea", { className: "review-attrs", rows: "4", cols: "50" });
    attrs.value = JSON.stringify(r.attrs || {}, null, 1);
    var error = el("span", { className: "review-error" });
    var saveButton = el("button", { type: "button", className: "review-save", text: "Save correction" });
    saveButton.addEventListener("click", function () {
      var parsed;
      try { parsed = JSON.parse(attrs.value || "{}"); } catch (e) { error.textContent = "attributes: " + e.message; return; }
      var chosen = {};
      Object.keys(selects).forEach(function (role) {
        var ids = Array.prototype.filter.call(selects[role].options, function (o) { return o.selected; })
          .map(function (o) { return o.value; });
        if (ids.length) { chosen[role] = ids; }
      });
      if (!Object.keys(chosen).length) { error.textContent = "a relation needs at least one argument"; return; }
      set(r, "correct", chosen, parsed);
      done();
    });
    return el("div", { className: "review-form" }, rows.concat([el("label", null, ["attributes ", attrs]),
      saveButton, error]));
  }

  /** The review cell of a relation row; doc (the loaded document) enables corrections. */
  function cell(r, doc) {
    var td = el("td", { className: "review" });
    function draw() {
      ui.clear(td);
      var verdict = verdicts[key(r)];
      td.appendChild(el("div", { className: "verdict", "data-verdict": verdict ? verdict.verdict : "",
        text: verdict ? DONE[verdict.verdict] : "not reviewed" }));
      var accept = el("button", { type: "button", className: "review-accept", text: "accept" });
      var reject = el("button", { type: "button", className: "review-reject", text: "reject" });
      accept.addEventListener("click", function () { set(r, "accept"); draw(); });
      reject.addEventListener("click", function () { set(r, "reject"); draw(); });
      td.appendChild(accept);
      td.appendChild(reject);
      if (doc) {
        var correct = el("button", { type: "button", className: "review-correct", text: "correct" });
        correct.addEventListener("click", function () { td.appendChild(correction(r, doc, draw)); correct.disabled = true; });
        td.appendChild(correct);
      } else {
        td.appendChild(el("a", { href: "#doc/" + r.doc, className: "review-open", text: "correct in its document" }));
      }
    }
    draw();
    return td;
  }

  var saveButton = el("button", { type: "button", id: "save-review" });
  saveButton.addEventListener("click", save);
  document.querySelector("header nav").appendChild(saveButton);
  store();
  return { cell: cell };
};
