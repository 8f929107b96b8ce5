// plantrack: light progressive enhancement. Every page works without this file.
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", () => {
  // the phone menu: a button that shows and hides the navigation (wide screens show it always)
  const toggle = document.querySelector(".menu-toggle");
  const nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.addEventListener("click", () => {
      const open = nav.classList.toggle("open");
      toggle.setAttribute("aria-expanded", String(open));
      if (open) nav.querySelector("a")?.focus();
    });
    nav.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && nav.classList.contains("open")) {
        nav.classList.remove("open");
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });
  }
  // after a save or a refused form: focus the message or the first field in error
  const target = document.querySelector("[data-autofocus]");
  if (target) {
    target.focus({ preventScroll: false });
    target.scrollIntoView({ block: "center" });
  }
  // the department form: the unit follows the chosen target (the server prefilled the first)
  for (const select of document.querySelectorAll("select[data-unit-for]")) {
    const unit = document.getElementById(select.dataset.unitFor);
    select.addEventListener("change", () => {
      const option = select.selectedOptions[0];
      if (unit && option) unit.value = option.dataset.unit || "";
    });
  }
  // no double submissions of a figure or an upload
  for (const form of document.querySelectorAll("form[method=post]")) {
    form.addEventListener("submit", () => {
      for (const b of form.querySelectorAll("button[type=submit]")) {
        setTimeout(() => { b.disabled = true; }, 0);
      }
    });
  }
  for (const link of document.querySelectorAll("a[data-back]")) {
    link.addEventListener("click", (e) => { e.preventDefault(); history.back(); });
  }
});
