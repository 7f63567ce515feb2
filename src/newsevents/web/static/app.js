// newsevents explorer: small enhancements only; every page works without this file.
"use strict";
(function () {
  // On an article page, focus the evidence a link pointed at (#m-<mention id>) and the sidebar entry.
  function focusEvidence() {
    var id = decodeURIComponent(window.location.hash.replace(/^#m-/, ""));
    var marks = document.querySelectorAll("mark.evidence");
    marks.forEach(function (mark) {
      var ids = (mark.getAttribute("data-mentions") || "").split(" ");
      mark.classList.toggle("focus", id !== "" && ids.indexOf(id) >= 0);
    });
    var first = document.querySelector("mark.evidence.focus");
    if (first) { first.scrollIntoView({ block: "center" }); }
  }
  // In the events table, a click anywhere on a row opens the event.
  function clickableRows() {
    document.querySelectorAll("tr.event-row").forEach(function (row) {
      row.addEventListener("click", function (e) {
        if (e.target.closest("a")) { return; }
        window.location.href = "/events/" + encodeURIComponent(row.getAttribute("data-event-id"));
      });
    });
  }
  // The map zooms (wheel, buttons) and pans (drag) by changing the SVG's viewBox: no library, nothing
  // fetched, so it works offline and under the page's Content-Security-Policy.
  function zoomableMap(svg) {
    var full = svg.getAttribute("viewBox").split(/\s+/).map(Number);
    var box = full.slice();
    var MAX = 16;
    function show() {
      svg.setAttribute("viewBox", box.map(function (v) { return v.toFixed(2); }).join(" "));
      svg.setAttribute("data-zoom", (full[2] / box[2]).toFixed(3));
    }
    function clamp() {
      box[0] = Math.min(Math.max(box[0], full[0]), full[0] + full[2] - box[2]);
      box[1] = Math.min(Math.max(box[1], full[1]), full[1] + full[3] - box[3]);
    }
    function zoom(factor, cx, cy) {
      var w = Math.min(full[2], Math.max(full[2] / MAX, box[2] / factor));
      var f = box[2] / w;
      box = [cx - (cx - box[0]) / f, cy - (cy - box[1]) / f, w, w * full[3] / full[2]];
      clamp();
      show();
    }
    function toMap(clientX, clientY) {
      var r = svg.getBoundingClientRect();
      return [box[0] + (clientX - r.left) / r.width * box[2], box[1] + (clientY - r.top) / r.height * box[3]];
    }
    svg.addEventListener("wheel", function (e) {
      e.preventDefault();
      var p = toMap(e.clientX, e.clientY);
      zoom(e.deltaY < 0 ? 1.25 : 0.8, p[0], p[1]);
    }, { passive: false });
    var drag = null;
    var moved = false;
    svg.addEventListener("pointerdown", function (e) {
      drag = { x: e.clientX, y: e.clientY, box: box.slice() };
      moved = false;
    });
    svg.addEventListener("pointermove", function (e) {
      if (!drag) { return; }
      var r = svg.getBoundingClientRect();
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (!moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
      if (!moved) { svg.setPointerCapture(e.pointerId); svg.classList.add("dragging"); }
      moved = true;
      box[0] = drag.box[0] - dx / r.width * box[2];
      box[1] = drag.box[1] - dy / r.height * box[3];
      clamp();
      show();
    });
    function end() { drag = null; svg.classList.remove("dragging"); }
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
    // a drag that ends on a place's circle must not also follow its link
    svg.addEventListener("click", function (e) {
      if (moved) { e.preventDefault(); e.stopPropagation(); moved = false; }
    }, true);
    var controls = document.getElementById("zoom-controls");
    if (controls) {
      controls.hidden = false;
      controls.addEventListener("click", function (e) {
        var kind = e.target.getAttribute("data-zoom");
        if (kind === "reset") { box = full.slice(); show(); return; }
        if (kind) { zoom(kind === "in" ? 2 : 0.5, box[0] + box[2] / 2, box[1] + box[3] / 2); }
      });
    }
    show();
  }
  document.addEventListener("DOMContentLoaded", function () {
    clickableRows();
    document.querySelectorAll("svg[data-zoomable]").forEach(zoomableMap);
    if (document.getElementById("article-text")) {
      focusEvidence();
      window.addEventListener("hashchange", focusEvidence);
    }
  });
})();
