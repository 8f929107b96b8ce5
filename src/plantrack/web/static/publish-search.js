// plantrack's published site: search the targets without a server. The index is a script
// (assets/search-index.js sets window.PLANTRACK_SEARCH), so it loads from file:// too; results
// are built with DOM calls (textContent), never as HTML.
(function () {
  "use strict";
  const data = window.PLANTRACK_SEARCH;
  const form = document.getElementById("site-search");
  const input = document.getElementById("q");
  const list = document.getElementById("results");
  const status = document.getElementById("search-status");
  if (!data || !form || !input || !list || !status) return;
  const norm = (s) => String(s == null ? "" : s).normalize("NFKC").toLowerCase();
  const items = data.items.map((it) => ({
    it: it,
    hay: norm([it.id, it.metric, it.goal, it.deadline, it.label, it.path, it.text].join(" ")),
  }));

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function show(query) {
    const terms = norm(query).split(/\s+/).filter(Boolean);
    list.replaceChildren();
    if (!terms.length) {
      status.textContent = data.words.prompt;
      return;
    }
    const found = items.filter((x) => terms.every((t) => x.hay.includes(t)));
    for (const { it } of found) {
      const li = el("li");
      const a = el("a", "cite", it.metric);
      a.href = it.href;
      li.append(a, " ", el("span", "status s-" + it.status, it.label), " ");
      li.append(el("small", null, [it.goal, it.deadline].filter(Boolean).join(" · ")));
      li.append(el("br"), el("small", null, it.path + " · " + it.id), el("br"), it.text);
      list.append(li);
    }
    status.textContent = found.length
      ? data.words.found.replace("{n}", String(found.length))
      : data.words.none;
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    show(input.value);
  });
  input.addEventListener("input", () => show(input.value));
  const asked = new URLSearchParams(window.location.search).get("q");
  if (asked) input.value = asked;
  show(input.value);
})();
