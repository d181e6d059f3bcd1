/* Keyboard shortcuts on the review queue: j / k (or the down and up arrows) move a highlight between the rows,
   Enter or o opens the highlighted claim, / goes to the search box. Keys typed into a field stay the field's.
   A static file, not an inline script, for the content security policy. */
(function () {
  "use strict";

  var CURRENT = "queue-current";
  var current = -1;

  function rows() {
    return document.querySelectorAll("#result_list tbody tr");
  }

  function isTyping(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  function highlight(index) {
    var all = rows();
    if (!all.length) return false;
    index = Math.max(0, Math.min(all.length - 1, index));
    if (current >= 0 && all[current]) {
      all[current].classList.remove(CURRENT);
      all[current].removeAttribute("aria-current");
    }
    current = index;
    all[current].classList.add(CURRENT);
    all[current].setAttribute("aria-current", "true");
    all[current].scrollIntoView({ block: "nearest" });
    return true;
  }

  function open() {
    var row = rows()[current];
    var link = row && row.querySelector("a[href]");
    if (!link) return false;
    window.location.assign(link.href);
    return true;
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) {
      if (event.key === "Escape") event.target.blur(); // back to the rows without reaching for the mouse
      return;
    }
    var handled = true;
    switch (event.key) {
      case "j":
      case "ArrowDown":
        handled = highlight(current + 1);
        break;
      case "k":
      case "ArrowUp":
        handled = highlight(current < 0 ? 0 : current - 1);
        break;
      case "o":
      case "Enter":
        // Enter on a focused link or button is theirs; with no row highlighted there is nothing to open.
        handled = current >= 0 && !(event.key === "Enter" && event.target.closest("a, button, summary, details, label")) && open();
        break;
      case "/":
        var search = document.getElementById("searchbar");
        handled = Boolean(search);
        if (search) {
          search.focus();
          search.select();
        }
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  });
})();
