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
  document.addEventListener("DOMContentLoaded", function () {
    clickableRows();
    if (document.getElementById("article-text")) {
      focusEvidence();
      window.addEventListener("hashchange", focusEvidence);
    }
  });
})();
