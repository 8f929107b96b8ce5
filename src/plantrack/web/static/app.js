// plantrack: light progressive enhancement. Every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // a plan picker submits itself when changed
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.submit());
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
