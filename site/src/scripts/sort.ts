// Category pages: reorder the entry list by name, fix rate or date. Without the script the
// list stays in name order and the buttons stay hidden.
const bar = document.querySelector<HTMLElement>("[data-sort]");
const list = document.querySelector<HTMLElement>("[data-sorted]");
if (bar && list) {
  const items = [...list.children] as HTMLElement[];
  const compare: Record<string, (a: HTMLElement, b: HTMLElement) => number> = {
    title: (a, b) => (a.dataset.title ?? "").localeCompare(b.dataset.title ?? ""),
    rate: (a, b) => Number(b.dataset.rate) - Number(a.dataset.rate),
    date: (a, b) => (b.dataset.date ?? "").localeCompare(a.dataset.date ?? ""),
  };
  bar.hidden = false;
  for (const button of bar.querySelectorAll<HTMLButtonElement>("button")) {
    button.addEventListener("click", () => {
      const key = button.dataset.key ?? "title";
      const sorted = [...items].sort((a, b) => compare[key]!(a, b) || compare.title!(a, b));
      list.replaceChildren(...sorted);
      for (const other of bar.querySelectorAll("button")) other.setAttribute("aria-pressed", String(other === button));
    });
  }
}
