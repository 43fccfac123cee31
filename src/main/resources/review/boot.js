// Collects what the data files (data/*.js) hand over; the app reads NEWSREL.data.
window.NEWSREL = {
  data: { summary: null, index: [], relations: [], docs: {} },
  add: function (kind, chunk, items) {
    var d = window.NEWSREL.data;
    if (kind === "summary") { d.summary = items; }
    else if (kind === "index") { d.index = items; }
    else if (kind === "relations") { for (var i = 0; i < items.length; i++) { d.relations.push(items[i]); } }
    else if (kind === "docs") {
      for (var j = 0; j < items.length; j++) { d.docs[items[j].index] = items[j]; }
      var waiting = window.NEWSREL.waiting[chunk] || [];
      delete window.NEWSREL.waiting[chunk];
      waiting.forEach(function (f) { f(); });
    }
  },
  waiting: {}
};
