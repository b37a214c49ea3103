// Search and filter pages (directory, marketplace, agenda): update results as the visitor types
// or ticks a facet, keeping the URL shareable.
// Without JavaScript the form submits normally and the server renders the same page.
(function () {
  "use strict";
  // On narrow screens the filters start folded, so the results come first.
  var filters = document.querySelector("[data-finder-filters]");
  if (filters && window.matchMedia("(max-width: 59.99em)").matches) filters.open = false;

  var form = document.querySelector("[data-finder-form]");
  if (!form || !window.fetch || !window.history.pushState) return;

  var results = form.querySelector("[data-finder-results]");
  var facets = form.querySelector("[data-finder-facets]");
  // The agenda has filters only, no search box.
  var search = form.querySelector("[data-finder-search]");
  var suggestions = search && document.getElementById(search.getAttribute("list"));
  var timer = null;
  var controller = null;

  function urlFor(formElement) {
    var params = new URLSearchParams();
    new FormData(formElement).forEach(function (value, name) {
      if (value !== "") params.append(name, value);
    });
    var query = params.toString();
    return formElement.action + (query ? "?" + query : "");
  }

  function load(url, push) {
    if (controller) controller.abort();
    controller = new AbortController();
    form.setAttribute("aria-busy", "true");
    return fetch(url, { signal: controller.signal, headers: { Accept: "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var newResults = page.querySelector("[data-finder-results]");
        var newFacets = page.querySelector("[data-finder-facets]");
        if (!newResults || !newFacets) { window.location.assign(url); return; }
        // Keep focus where the visitor is when redrawing the facet or the sort they are using.
        var focusedId = document.activeElement && document.activeElement.id;
        results.innerHTML = newResults.innerHTML;
        facets.innerHTML = newFacets.innerHTML;
        var focused = focusedId && form.querySelector("#" + CSS.escape(focusedId));
        if (focused) focused.focus();
        if (push) window.history.pushState({ finder: true }, "", url);
      })
      .catch(function (error) {
        if (error.name !== "AbortError") window.location.assign(url);
      })
      .finally(function () { form.removeAttribute("aria-busy"); });
  }

  function update() { load(urlFor(form), true); }

  form.addEventListener("change", function (event) {
    if (event.target === search) return;
    update();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update();
  });
  if (search) {
    search.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        update();
        suggest();
      }, 350);
    });
  }
  window.addEventListener("popstate", function () {
    load(window.location.href, false).then(function () {
      if (search) search.value = new URLSearchParams(window.location.search).get("q") || "";
    });
  });

  function suggest() {
    var query = search.value.trim();
    if (query.length < 2 || !suggestions || !search.dataset.suggestUrl) return;
    var url = search.dataset.suggestUrl + "?q=" + encodeURIComponent(query);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        suggestions.replaceChildren.apply(
          suggestions,
          data.suggestions.map(function (item) {
            var option = document.createElement("option");
            option.value = item.name;
            return option;
          })
        );
      })
      .catch(function () {});
  }
})();
