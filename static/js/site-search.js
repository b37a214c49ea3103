// The search box in the header: suggestions as the visitor types, as a combobox (WAI-ARIA
// Authoring Practices, "list autocomplete"). Without JavaScript the form submits to the
// search page; with it, Enter still does unless a suggestion is chosen.
(function () {
  "use strict";
  var form = document.querySelector("[data-site-search]");
  if (!form || !window.fetch) return;

  var input = form.querySelector("input[name=q]");
  var listbox = document.createElement("ul");
  var status = document.createElement("p");
  var timer = null;
  var controller = null;
  var options = [];
  var active = -1;

  listbox.id = input.id + "-suggestions";
  listbox.className = "header-search__suggestions";
  listbox.setAttribute("role", "listbox");
  listbox.setAttribute("aria-label", form.getAttribute("data-suggestions-label"));
  listbox.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  form.appendChild(listbox);
  form.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  // Also drops suggestions still on their way, which would open the list again.
  function dismiss() {
    window.clearTimeout(timer);
    if (controller) controller.abort();
    close();
  }

  function highlight(index) {
    options.forEach(function (option, position) {
      option.setAttribute("aria-selected", position === index ? "true" : "false");
    });
    active = index;
    if (index < 0) {
      input.removeAttribute("aria-activedescendant");
    } else {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    }
  }

  function show(suggestions) {
    listbox.textContent = "";
    options = suggestions.map(function (suggestion, position) {
      var option = document.createElement("li");
      var name = document.createElement("span");
      var type = document.createElement("span");
      option.id = listbox.id + "-" + position;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.setAttribute("data-url", suggestion.url);
      name.textContent = suggestion.name;
      type.className = "header-search__type";
      type.textContent = suggestion.type;
      option.appendChild(name);
      option.appendChild(document.createTextNode(" "));
      option.appendChild(type);
      // Chosen on mousedown, before the input's blur closes the list.
      option.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.assign(suggestion.url);
      });
      listbox.appendChild(option);
      return option;
    });
    active = -1;
    if (options.length) {
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } else {
      close();
    }
    var template = form.getAttribute(options.length === 1 ? "data-one-suggestion" : "data-suggestions");
    status.textContent = options.length ? template.replace("{count}", options.length) : "";
  }

  function suggest() {
    var query = input.value.trim();
    if (controller) controller.abort();
    if (query.length < 2) { show([]); return; }
    controller = new AbortController();
    var url = form.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(query);
    fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { show(data.suggestions || []); })
      .catch(function (error) { if (error.name !== "AbortError") show([]); });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 200);
  });

  input.addEventListener("keydown", function (event) {
    var open = !listbox.hidden;
    if (event.key === "ArrowDown") {
      if (!open) { suggest(); return; }
      event.preventDefault();
      highlight(active + 1 < options.length ? active + 1 : 0);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight(active > 0 ? active - 1 : options.length - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      window.location.assign(options[active].getAttribute("data-url"));
    } else if (event.key === "Escape") {
      // The first Escape closes the list, the next empties the box.
      if (open) { event.preventDefault(); } else { input.value = ""; }
      dismiss();
    }
  });

  input.addEventListener("blur", dismiss);
})();
