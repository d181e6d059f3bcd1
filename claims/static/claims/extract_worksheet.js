/* The extraction worksheet (templates/admin/claims/source/extract_claims.html): select all / none, a count of
   the ticked figures, and keys to go through the candidates: j / ↓ next, k / ↑ previous, a / space accept (tick)
   and next, s skip (untick) and next, e edit the row's fields, Esc back to the rows. Keys do nothing while the
   editor types in a field or a list is open. A file, not an inline script, for the content security policy. */
(function () {
  "use strict";

  var form = document.getElementById("extract");
  if (!form) return;
  var rows = Array.prototype.slice.call(form.querySelectorAll("#worksheet tbody tr[data-row]"));
  var tools = document.getElementById("worksheet-tools");
  var counter = document.getElementById("worksheet-count");
  var current = -1;

  function tick(row) {
    return row.querySelector("input[type=checkbox][name^=pick_]");
  }

  function count() {
    var ticked = rows.filter(function (row) {
      return tick(row).checked;
    }).length;
    counter.textContent = ticked + " of " + rows.length + " ticked";
  }

  function mark(index) {
    if (current >= 0) {
      rows[current].classList.remove("current");
      rows[current].removeAttribute("aria-current");
    }
    current = index;
    rows[current].classList.add("current");
    rows[current].setAttribute("aria-current", "true");
  }

  function go(index) {
    if (!rows.length) return;
    mark(Math.max(0, Math.min(rows.length - 1, index)));
    rows[current].focus({ preventScroll: true });
    rows[current].scrollIntoView({ block: "nearest" });
  }

  function set(checked) {
    if (current < 0) return go(0);
    tick(rows[current]).checked = checked;
    count();
    go(current + 1);
  }

  // Whether a key pressed here is typing: text boxes, lists, and the actor search (select2) keep their keys.
  function typing(target) {
    if (!target || !target.closest) return false;
    if (target.isContentEditable || target.closest(".select2-container, .select2-dropdown")) return true;
    var tag = target.tagName;
    if (tag === "TEXTAREA" || tag === "SELECT") return true;
    return tag === "INPUT" && !/^(checkbox|radio|button|submit|reset)$/i.test(target.type);
  }

  var KEYS = {
    j: function () {
      go(current + 1);
    },
    ArrowDown: function () {
      go(current + 1);
    },
    k: function () {
      go(current - 1);
    },
    ArrowUp: function () {
      go(current - 1);
    },
    a: function () {
      set(true);
    },
    " ": function () {
      set(true);
    },
    s: function () {
      set(false);
    },
    e: function () {
      if (current < 0) go(0);
      var field = rows[current].querySelector("td.counts select");
      if (field) field.focus();
    },
  };

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || !rows.length) return;
    if (document.querySelector(".select2-container--open")) return; // the actor search has the keys
    var target = event.target;
    if (event.key === "Escape") {
      if (current >= 0 && rows[current].contains(target) && target !== rows[current]) {
        event.preventDefault();
        go(current);
      }
      return;
    }
    if (typing(target)) return;
    // A focused checkbox or button takes its own space (it ticks or presses what has the focus).
    if (event.key === " " && target.tagName && /^(INPUT|BUTTON|SUMMARY|A)$/.test(target.tagName)) return;
    var action = KEYS[event.key];
    if (!action) return;
    event.preventDefault(); // no page scroll on space and arrows
    action();
  });

  // Clicking or tabbing into a row makes it the current one.
  form.addEventListener("focusin", function (event) {
    var row = event.target.closest && event.target.closest("tr[data-row]");
    if (row) mark(rows.indexOf(row));
  });
  form.addEventListener("change", function (event) {
    if (event.target.name && event.target.name.indexOf("pick_") === 0) count();
  });

  tools.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-select]");
    if (!button) return;
    var all = button.getAttribute("data-select") === "all";
    rows.forEach(function (row) {
      // "All" leaves the figures already recorded from this source unticked: ticking one drafts it again.
      tick(row).checked = all && !row.classList.contains("recorded");
    });
    count();
  });

  tools.hidden = false;
  count();
  if (rows.length) {
    // The first row with an error (a refused save), else the first row: highlighted, keys ready.
    var refused = rows.findIndex(function (row) {
      return row.querySelector(".errorlist");
    });
    mark(refused >= 0 ? refused : 0);
    if (refused >= 0) rows[refused].scrollIntoView({ block: "center" });
  }
})();
