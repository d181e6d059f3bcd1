/* Runs in the admin's <head>, before Django's navigation sidebar reads its setting: on a screen narrower than
 * 1600 px the sidebar starts closed, so that a laptop's width goes to the claims. Its toggle still opens it,
 * and the choice it stores is kept. */
(function () {
    "use strict";
    const key = "django.admin.navSidebarIsOpen";
    try {
        if (localStorage.getItem(key) === null && window.innerWidth < 1600) {
            localStorage.setItem(key, "false");
        }
    } catch (error) {
        // Storage refused (a private window): the sidebar opens as Django decides.
    }
})();
