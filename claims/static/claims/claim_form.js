/* The claim page (templates/admin/claims/claim/change_form.html).
 *
 * The chain reads as a chain: its rows are in order, moved with ↑ and ↓, a relay inserted after any hop, and
 * the positions numbered by the page from the rows' order (0 for the first hop kept, then 1, 2…), never typed.
 * Rows marked for deletion and blank new rows get no number. Without this script the positions are typed.
 *
 * The review actions beside Save belong to a form of their own, which acts on the saved claim: once the claim's
 * form has unsaved changes they are disabled, and a note says to save first, so that no edit is lost to a
 * review click.
 */
(function () {
    "use strict";
    const $ = window.django && window.django.jQuery;

    function onChange(element, handler) {
        // Select2, which the actor and source fields use, announces its changes through jQuery only.
        if ($) {
            $(element).on("change input", handler);
        } else {
            element.addEventListener("change", handler);
            element.addEventListener("input", handler);
        }
    }

    function guardReview() {
        const form = document.getElementById("claim_form");
        const panel = document.getElementById("review-panel");
        if (!form || !panel) {
            return;
        }
        const warning = panel.querySelector(".unsaved-warning");
        // What the form would send (the review's controls belong to the review form, and are left out): taken
        // once the page and its widgets are ready, as Django's scripts change selects while they start.
        const state = function () {
            return new URLSearchParams(new FormData(form)).toString();
        };
        let saved = null;
        // A form sent back refused holds what the editor typed, none of it saved: the review waits for a save.
        const refused = panel.dataset.refused === "true";
        const check = function () {
            if (saved === null && !refused) {
                return;
            }
            const unsaved = refused || state() !== saved;
            panel.querySelectorAll("button[form=review-form]").forEach(function (button) {
                button.disabled = unsaved;
            });
            if (warning) {
                warning.hidden = !unsaved;
            }
        };
        window.addEventListener("load", function () {
            window.setTimeout(function () {
                saved = state();
                check();
            }, 0);
        });
        onChange(form, check);
        form.addEventListener("click", function () {
            window.setTimeout(check, 0);  // after a row is moved, added or removed
        });
    }

    const FILLED = "select[name$='-actor'], select[name$='-relation'], select[name$='-source'], " +
        "input[name$='-date'], textarea[name$='-words']";

    function chainEditor(group) {
        const prefix = JSON.parse(group.dataset.inlineFormset).options.prefix;
        const body = group.querySelector("tbody");
        if (!body || !body.querySelector(`input[name$='-position']`)) {
            return;  // a reviewed claim's chain is read-only
        }

        function rows() {
            return Array.from(body.querySelectorAll("tr.form-row")).filter(function (row) {
                return !row.classList.contains("empty-form");
            });
        }

        function kept(row) {
            const deleted = row.querySelector("input[name$='-DELETE']");
            if (deleted && deleted.checked) {
                return false;
            }
            const id = row.querySelector(`input[name$='-id']`);
            if (id && id.value) {
                return true;
            }
            return Array.from(row.querySelectorAll(FILLED)).some(function (field) {
                return field.value.trim() !== "";
            });
        }

        function renumber() {
            let next = 0;
            rows().forEach(function (row) {
                const position = row.querySelector("input[name$='-position']");
                if (!position) {
                    return;
                }
                position.value = kept(row) ? String(next++) : "";
                row.classList.toggle("chain-dropped", !kept(row));
            });
        }

        function button(label, title, action) {
            const made = document.createElement("button");
            made.type = "button";
            made.className = "chain-button " + action;
            made.textContent = label;
            made.title = title;
            made.setAttribute("aria-label", title);
            return made;
        }

        function equip(row) {
            const cell = row.querySelector("td.field-position");
            const position = cell && cell.querySelector("input");
            if (!position || cell.querySelector(".chain-buttons")) {
                return;
            }
            position.readOnly = true;
            position.tabIndex = -1;
            position.title = "Numbered from the rows' order: move a hop with the arrows.";
            const buttons = document.createElement("span");
            buttons.className = "chain-buttons";
            buttons.append(
                button("↑", "Move this hop up", "chain-up"),
                button("↓", "Move this hop down", "chain-down"),
                button("+", "Insert a relay after this hop", "chain-insert"),
            );
            cell.append(buttons);
        }

        function addRow() {
            const add = group.querySelector(".add-row a");
            if (!add) {
                return null;
            }
            const before = new Set(rows());
            add.click();  // Django's inline script makes the row, its widgets and its form number
            return rows().find(function (row) {
                return !before.has(row);
            }) || null;
        }

        body.addEventListener("click", function (event) {
            const pressed = event.target.closest("button.chain-button");
            if (!pressed) {
                return;
            }
            event.preventDefault();
            const row = pressed.closest("tr");
            const all = rows();
            const index = all.indexOf(row);
            if (pressed.classList.contains("chain-up") && index > 0) {
                all[index - 1].before(row);
            } else if (pressed.classList.contains("chain-down") && index < all.length - 1) {
                all[index + 1].after(row);
            } else if (pressed.classList.contains("chain-insert")) {
                const added = addRow();
                if (added) {
                    row.after(added);
                    renumber();
                    // Ready for the relay's actor: Enter or a letter opens its search.
                    const actor = added.querySelector("td.field-actor .select2-selection, td.field-actor select");
                    if (actor) {
                        actor.focus();
                    }
                    return;
                }
            }
            renumber();
            pressed.focus();
        });
        onChange(body, renumber);
        document.addEventListener("formset:added", function (event) {
            if (event.detail && event.detail.formsetName === prefix) {
                equip(event.target);
                renumber();
            }
        });
        document.addEventListener("formset:removed", function (event) {
            if (event.detail && event.detail.formsetName === prefix) {
                renumber();
            }
        });
        // A form sent back refused draws its rows in the forms' order, each with the position the page gave
        // it: put them back in the chain's order before numbering (rows without a number keep theirs, last).
        const positioned = rows().map(function (row, index) {
            const value = (row.querySelector("input[name$='-position']") || {}).value;
            return {row: row, index: index, position: value === "" || value === undefined ? Infinity : Number(value)};
        });
        positioned.sort(function (a, b) {
            return a.position - b.position || a.index - b.index;
        });
        const anchor = body.querySelector("tr.empty-form, tr.add-row");
        positioned.forEach(function (item) {
            body.insertBefore(item.row, anchor);
        });
        rows().forEach(equip);
        renumber();
    }

    function markRatingChosen() {
        // The rating the provenance suggests comes preselected; once the reviewer touches the select, what it
        // holds is their choice, kept whatever the action (claims/admin/claims.py, review_view).
        const rating = document.getElementById("review-rating");
        const flag = document.querySelector("input[name=rating_suggested]");
        if (rating && flag) {
            rating.addEventListener("change", function () {
                flag.value = "";
            });
        }
    }

    function start() {
        guardReview();
        markRatingChosen();
        const group = document.getElementById("chain-group");
        if (group && group.dataset.inlineFormset) {
            chainEditor(group);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
