// The main menu on phones: folded behind a "Menu" button (disclosure pattern), so that the
// page's title shows on the first screen (static/css/site.css folds it from the first paint).
// Without JavaScript the menu is simply always open.
(function () {
  "use strict";
  var toggle = document.querySelector("[data-menu-toggle]");
  if (!toggle) return;
  var nav = toggle.closest("nav");
  var menu = document.getElementById(toggle.getAttribute("aria-controls"));

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  toggle.hidden = false;
  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  // Escape closes the open menu and gives the focus back to its button.
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      toggle.focus();
    }
  });
  menu.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !nav.contains(event.relatedTarget)) setOpen(false);
  });
})();
