// Every page's one script: the theme switch, the "/" shortcut to the search field, and copy
// buttons on commands. Pages work without it; it stays well under 2 KB.
const root = document.documentElement;
const themes = ["", "light", "dark"];
const themeButton = document.querySelector<HTMLButtonElement>("[data-theme-switch]");
if (themeButton) {
  const labels = JSON.parse(themeButton.dataset.labels ?? "[]") as string[];
  const show = () => {
    const at = themes.indexOf(root.dataset.theme ?? "");
    // The accessible name keeps the visible text (WCAG 2.5.3) and says what the button is for.
    themeButton.textContent = labels[at] ?? "";
    themeButton.setAttribute("aria-label", `${themeButton.dataset.name ?? ""}: ${labels[at] ?? ""}`);
  };
  themeButton.hidden = false;
  show();
  themeButton.addEventListener("click", () => {
    const next = themes[(themes.indexOf(root.dataset.theme ?? "") + 1) % themes.length]!;
    if (next) root.dataset.theme = next;
    else delete root.dataset.theme;
    try {
      if (next) localStorage.setItem("atlas-theme", next);
      else localStorage.removeItem("atlas-theme");
    } catch {
      // Storage refused (private mode, blocked cookies): the choice lasts for this page only.
    }
    show();
  });
}

document.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement;
  if (
    event.key !== "/" ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    target.closest("input, textarea, select, [contenteditable]")
  ) {
    return;
  }
  const field = document.querySelector<HTMLInputElement>("[data-shortcut]");
  if (field) {
    event.preventDefault();
    field.focus();
  }
});

for (const block of document.querySelectorAll<HTMLElement>("[data-copy]")) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy";
  button.textContent = block.dataset.copy ?? "Copy";
  button.addEventListener("click", () => {
    void navigator.clipboard?.writeText(block.querySelector("code")?.textContent ?? "").then(() => {
      button.textContent = block.dataset.copied ?? "Copied";
      setTimeout(() => (button.textContent = block.dataset.copy ?? "Copy"), 1500);
    });
  });
  block.append(button);
}
