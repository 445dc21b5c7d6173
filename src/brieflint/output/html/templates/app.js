(function () {
  "use strict";
  // Nothing here measures the layout: on a page of a thousand briefs that would lay out every one.
  var body = document.body;
  var status = document.getElementById("filter-status");
  var boxes = document.querySelectorAll("input[data-filter]");
  function hiddenKeys() {
    var keys = [];
    for (var i = 0; i < boxes.length; i++) {
      if (!boxes[i].checked) { keys.push(boxes[i].getAttribute("data-filter")); }
    }
    return keys;
  }
  function shown(el, keys) {
    for (var i = 0; i < keys.length; i++) {
      if (el.classList.contains(keys[i])) { return false; }
    }
    return true;
  }
  function update() {
    if (!status) { return; }
    var keys = hiddenKeys();
    var rows = document.querySelectorAll("tr.fx");
    var n = 0;
    for (var i = 0; i < rows.length; i++) { if (shown(rows[i], keys)) { n++; } }
    status.textContent = "Showing " + n.toLocaleString("en") + " of " + rows.length.toLocaleString("en") + " findings.";
  }
  for (var i = 0; i < boxes.length; i++) {
    boxes[i].addEventListener("change", function (e) {
      var box = e.currentTarget;
      body.classList.toggle("hide-" + box.getAttribute("data-filter"), !box.checked);
      update();
    });
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) { return; }
    if (e.key !== "j" && e.key !== "k") { return; }
    var keys = hiddenKeys();
    var all = document.querySelectorAll("a.fm");
    var list = [];
    for (var i = 0; i < all.length; i++) {
      if (shown(all[i], keys) && !all[i].closest("details:not([open])")) { list.push(all[i]); }
    }
    if (!list.length) { return; }
    var at = list.indexOf(document.activeElement);
    at = e.key === "j" ? at + 1 : (at < 0 ? list.length - 1 : at - 1);
    if (at >= list.length) { at = 0; }
    if (at < 0) { at = list.length - 1; }
    list[at].focus();
    list[at].scrollIntoView({ block: "center" });
    e.preventDefault();
  });
  body.classList.add("js");
})();
