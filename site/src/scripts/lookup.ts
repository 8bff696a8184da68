/**
 * Browser side of the lookup box. The engine is the package's own
 * LookupEngine (imported alone, without the catalog data); the data is the
 * compact signature index and an id → title map, fetched on first use.
 */
import { LookupEngine } from "error-atlas/engine";

interface TitleRow {
  c?: string;
  t: Record<string, string>;
}

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const MAX_HITS = 5;
const MAX_FULLTEXT = 8;
/** Full-text search only for short queries: a pasted log is a job for signatures. */
const FULLTEXT_MAX_CHARS = 200;

let engine: Promise<LookupEngine> | undefined;
let titles: Promise<Record<string, TitleRow>> | undefined;
let pagefind: Promise<Pagefind> | undefined;

const getJson = async <T,>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};

const loadEngine = () => (engine ??= getJson<ConstructorParameters<typeof LookupEngine>[0]>("/lookup-index.json").then((index) => new LookupEngine(index)));
const loadTitles = () => (titles ??= getJson<Record<string, TitleRow>>("/lookup-titles.json"));
// Pagefind picks the index of the page's language from <html lang>.
const loadPagefind = () => {
  const url = "/pagefind/pagefind.js";
  return (pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>);
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind excerpts are escaped text with <mark>: rebuild them as nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) => new DOMParser().parseFromString(`<p>${s}</p>`, "text/html").body.textContent ?? "";
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) =>
    part.startsWith("<mark>") ? el("mark", {}, decode(part.slice(6, -7))) : document.createTextNode(decode(part)),
  );
}

async function run(form: HTMLFormElement, output: HTMLElement, text: string) {
  const strings = JSON.parse(form.dataset.strings ?? "{}") as Record<string, string>;
  const lang = form.dataset.lang ?? "en";
  const root = form.dataset.root ?? "/";
  output.replaceChildren(el("p", { className: "searching" }, strings.searching ?? ""));
  output.setAttribute("aria-busy", "true");
  try {
    const [lookupEngine, titleMap] = await Promise.all([loadEngine(), loadTitles()]);
    const hits = lookupEngine.lookup(text).slice(0, MAX_HITS);
    const blocks: HTMLElement[] = [];
    if (hits.length > 0) {
      const list = el("ol", { className: "hits" });
      for (const hit of hits) {
        const row = titleMap[hit.id];
        const title = row?.t[lang] ?? row?.t.en ?? hit.id;
        const link = el("a", { href: `${root}${hit.id}/` });
        if (row?.c) link.append(el("code", {}, row.c), " ");
        link.append(title);
        if (!row?.t[lang] && lang !== "en") link.lang = "en"; // English title standing in for a missing translation
        const meta = el("span", { className: "hit-meta" }, `${strings[`via.${hit.via}`] ?? hit.via} · ${strings.matchedText}: `, el("code", {}, hit.text.slice(0, 120)));
        list.append(el("li", {}, link, meta));
      }
      blocks.push(el("h3", {}, strings.lookupHits ?? ""), list);
    }
    const query = text.trim();
    if (hits.length === 0 || (query.length <= FULLTEXT_MAX_CHARS && !query.includes("\n"))) {
      const search = await (await loadPagefind()).search(query.slice(0, FULLTEXT_MAX_CHARS));
      const results = await Promise.all((search?.results ?? []).slice(0, MAX_FULLTEXT).map((r) => r.data()));
      const shown = results.filter((r) => !hits.some((h) => r.url.startsWith(`${root}${h.id}/`)));
      if (shown.length > 0) {
        const list = el("ol", { className: "fulltext" });
        for (const r of shown) list.append(el("li", {}, el("a", { href: r.url }, r.meta.title ?? r.url), el("p", {}, ...excerptNodes(r.excerpt))));
        blocks.push(el("h3", {}, strings.searchResults ?? ""), list);
      }
    }
    output.replaceChildren(...(blocks.length ? blocks : [el("p", { className: "no-results" }, strings.noResults ?? "")]));
  } catch (error) {
    console.error(error);
    output.replaceChildren(el("p", { className: "notice" }, strings.searchFailed ?? ""));
  } finally {
    output.removeAttribute("aria-busy");
  }
}

export function start() {
  for (const form of document.querySelectorAll<HTMLFormElement>("form[data-lookup]")) {
    const input = form.querySelector("textarea")!;
    const output = form.parentElement!.querySelector<HTMLElement>("[data-results]")!;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = input.value;
      if (!text.trim()) return;
      // Keep short queries in the address so results can be shared and reloaded.
      const url = new URL(location.href);
      if (text.length <= 1500 && location.pathname === new URL(form.action).pathname) url.searchParams.set("q", text);
      history.replaceState(null, "", url);
      void run(form, output, text);
    });
    // Ctrl/Cmd+Enter submits from the textarea (Enter alone adds a line to a pasted log).
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
    });
    const query = new URLSearchParams(location.search).get("q");
    if (query) {
      input.value = query;
      void run(form, output, query);
    }
  }
}
