// The search page: the lookup over the catalog's signatures first; Pagefind's full-text index
// only when no strong match was found, or on request.
// From internal, not error-atlas/lookup: that module imports the data package, which the renderer
// is built without (it is keyed by the package's code alone, and made while the data step runs).
import { hasHan, holdsEveryWord, type LookupData, LookupEngine, searchTokens } from "error-atlas/internal";

interface Card {
  href: string;
  title: string;
  category: string;
  fixRate: number;
  summary: string;
}
interface PagefindResult {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  /** The indexed text (our record's content). */
  content: string;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const box = document.getElementById("results")!;
const form = document.querySelector<HTMLFormElement>("[data-search-form]")!;
const field = form.querySelector("textarea")!;
const lang = box.dataset.lang!;
const s = JSON.parse(box.dataset.strings!) as Record<string, string>;
const buckets = JSON.parse(box.dataset.pagefind!) as string[];

let engine: Promise<{ engine: LookupEngine }> | undefined;
let cards: Promise<Record<string, Card>> | undefined;
let pagefind: Promise<Pagefind> | undefined;

const json = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};
const loadEngine = () =>
  (engine ??= json<LookupData>(box.dataset.lookup!).then((data) => ({ engine: new LookupEngine(data) })));
const loadCards = () => (cards ??= json<Record<string, Card>>(box.dataset.cards!));
const loadPagefind = () =>
  (pagefind ??= (async () => {
    const [first, ...rest] = buckets;
    const pf = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as Pagefind;
    await pf.options({ basePath: first });
    for (const bucket of rest) await pf.mergeIndex(bucket);
    return pf;
  })());

const el = (tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
};

function card(c: Card, extra?: Node): HTMLElement {
  return el(
    "li",
    {},
    el("a", { class: "title", href: c.href }, c.title),
    el(
      "p",
      { class: "meta" },
      el("span", {}, c.category),
      el("span", {}, s.fix!.replace("{rate}", `${c.fixRate}%`)),
      ...(extra ? [extra] : []),
    ),
    el("p", { class: "summary" }, c.summary),
  );
}

async function fullText(query: string, target: HTMLElement): Promise<void> {
  target.replaceChildren(el("p", {}, s.searching!));
  try {
    const pf = await loadPagefind();
    const words = lang === "en" ? query : searchTokens(query, lang);
    const found = await pf.search(words);
    // Pagefind also answers with pages sharing only part of a word: a result must hold every word of the query.
    const holding = (await Promise.all(found.results.slice(0, 30).map((r) => r.data()))).filter((r) =>
      holdsEveryWord(r.content, words),
    );
    // An entry whose title holds the query comes before one that only mentions it (the order is otherwise Pagefind's).
    const inTitle = (r: PagefindResult) => holdsEveryWord(r.meta.title ?? "", words);
    const results = [...holding.filter(inTitle), ...holding.filter((r) => !inTitle(r))].slice(0, 20);
    const list = el("ol");
    for (const r of results) {
      const item = card({
        href: r.url,
        title: r.meta.title ?? r.url,
        category: r.meta.category ?? "",
        fixRate: Number(r.meta.fix ?? 0),
        summary: "",
      });
      const excerpt = item.querySelector(".summary")!;
      excerpt.innerHTML = r.excerpt; // Pagefind's excerpt: our own indexed text with <mark> highlights
      list.append(item);
    }
    target.replaceChildren(el("h2", {}, s.fullText!), results.length ? list : el("p", {}, s.none!));
    otherLanguageHint(query, target, results.length === 0);
  } catch {
    target.replaceChildren(el("p", { class: "notice" }, s.failed!));
  }
}

function otherLanguageHint(query: string, target: HTMLElement, nothing: boolean): void {
  const other = box.dataset.other;
  if (!other) return;
  const looksOther = lang === "en" ? hasHan(query) : nothing && !hasHan(query);
  if (looksOther) target.append(el("p", {}, el("a", { href: `${other}?q=${encodeURIComponent(query)}` }, s.other!)));
}

async function run(query: string): Promise<void> {
  const text = query.trim();
  if (!text) {
    box.replaceChildren(el("p", { class: "hint" }, s.empty!));
    otherLanguageHint(query, box, false);
    return;
  }
  box.replaceChildren(el("p", {}, s.searching!));
  try {
    const [{ engine: lookup }, all] = await Promise.all([loadEngine(), loadCards()]);
    const matches = lookup.lookup(text, { limit: 8 });
    const list = el("ol");
    for (const m of matches) {
      const c = all[m.id];
      if (!c) continue;
      const note = el(
        "span",
        {},
        s.matched!.replace("{text}", m.text.length > 60 ? `${m.text.slice(0, 57)}…` : m.text),
      );
      if (m.strength === "weak") note.prepend(el("span", { class: "weak" }, s.possible!), " ");
      list.append(card(c, note));
    }
    const strong = matches.some((m) => m.strength === "strong");
    const rest = el("div");
    box.replaceChildren(...(matches.length ? [el("h2", {}, s.hits!), list] : []), rest);
    if (strong) {
      const more = el("button", { type: "button" }, s.more!);
      more.addEventListener("click", () => void fullText(text, rest));
      rest.append(more);
    } else await fullText(text, rest);
  } catch {
    box.replaceChildren(el("p", { class: "notice" }, s.failed!));
  }
}

field.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set("q", field.value);
  history.replaceState(null, "", url);
  void run(field.value);
});
const initial = new URL(location.href).searchParams.get("q");
if (initial !== null) {
  field.value = initial;
  void run(initial);
}
