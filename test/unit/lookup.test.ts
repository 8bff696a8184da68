import { describe, expect, it } from "vitest";

import { AhoCorasick } from "../../src/lookup/aho-corasick.js";
import { LIMITS, LookupEngine } from "../../src/lookup/engine.js";
import type { LookupData } from "../../src/lookup/lookup-index.js";
import { extractLiterals } from "../../src/shared/literals.js";
import { buildLookupIndex } from "../../src/shared/lookup-index.js";
import { literalOf } from "../../src/shared/signatures.js";
import type { CompiledSignature } from "../../src/types/schema.js";

const sig = (regex: string, ignore_case = false): CompiledSignature => ({ regex, ignore_case });

/** An engine over the package's kind of index: with the entries' English titles. */
function titledEngine(titled: (Parameters<typeof buildLookupIndex>[0][number] & { title: string })[]): LookupEngine {
  const data: LookupData = {
    ...buildLookupIndex(titled),
    titles: { en: titled.map((e) => e.title), zh: titled.map(() => null) },
  };
  return new LookupEngine(data);
}
const catalog = [
  {
    id: "smtp/421",
    code: "421",
    signatures: [sig("\\b421[ -]4\\.7\\.0\\b"), sig("Service not available, closing transmission channel", true)],
  },
  { id: "smtp/450", code: "450", signatures: [sig("\\b450[ -]4\\.7\\.1\\b"), sig("Greylisted", true)] },
  { id: "net/refused", code: "ECONNREFUSED", signatures: [sig("\\bECONNREFUSED\\b")] },
  {
    id: "pg/refused",
    signatures: [sig('connection to server at "[^"]+" \\([^)]+\\), port \\d+ failed: Connection refused')],
  },
  { id: "generic/refused", signatures: [sig("Connection refused", true)] },
  { id: "rust/e0382", code: "E0382", signatures: [sig("error\\[E0382\\]"), sig("borrow of moved value")] },
  { id: "digits/only", signatures: [sig("\\d{3}-\\d{4}-XYZ")] },
];
const engine = new LookupEngine(buildLookupIndex(catalog));
const ids = (text: string, limit?: number) => engine.lookup(text, { limit }).map((h) => h.id);

describe("literal extraction", () => {
  it("recognises pure literals without a parser", () => {
    expect(literalOf("Service not available, closing")).toBe("Service not available, closing");
    expect(literalOf("error\\[E0382\\]: x\\.y")).toBe("error[E0382]: x.y");
    expect(literalOf("a.b")).toBeNull();
    expect(literalOf("\\bword")).toBeNull();
    expect(literalOf("x\\d")).toBeNull();
  });

  it("finds the literals every match must contain", () => {
    expect(extractLiterals("\\b421[ -]4\\.7\\.0\\b", false).required).toEqual(["4.7.0"]);
    expect(
      extractLiterals("(Android resource linking failed|AAPT2.*error|resource.*not found)", true).required.sort(),
    ).toEqual(["aapt2", "android resource linking failed", "not found"].sort());
    expect(extractLiterals("Error: (?:EACCES|EPERM): permission denied", false).required).toEqual([
      ": permission denied",
    ]);
    expect(extractLiterals("\\d+\\s\\w+", false).required).toEqual([]);
    expect(extractLiterals("ab?c", false).required).toEqual([]);
  });
  it("reads a top-level group's alternatives as alternatives for scoring", () => {
    expect(extractLiterals("(foo bar|baz.*qux)", false).alternatives).toEqual([["foo bar"], ["baz", "qux"]]);
  });
});

describe("Aho–Corasick", () => {
  it("finds exactly the occurrences a naive search finds (random patterns and texts)", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = (n: number) => Array.from({ length: n }, () => "abcé"[Math.floor(random() * 4)]).join("");
    for (let round = 0; round < 50; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(random() * 12) }, () => word(1 + Math.floor(random() * 4)));
      const text = word(200);
      const expected: string[] = [];
      patterns.forEach((p, index) => {
        if (patterns.indexOf(p) !== index) return; // duplicates report once, under the first index
        for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) {
          expected.push(`${index}@${at + p.length}`);
        }
      });
      const found: string[] = [];
      new AhoCorasick(patterns).scan(text, (p, end) => void found.push(`${p}@${end}`));
      expect(found.sort()).toEqual(expected.sort());
    }
  });

  it("finds overlapping and nested patterns in one pass", () => {
    const found: [string, number][] = [];
    const ac = new AhoCorasick(["he", "she", "his", "hers"]);
    ac.scan("ushers", (p, end) => void found.push([ac.patterns[p]!, end]));
    expect(found).toEqual([
      ["she", 4],
      ["he", 4],
      ["hers", 6],
    ]);
  });
});

describe("lookup ranking", () => {
  it("finds the entry of a log line, with where it matched", () => {
    const line =
      "Jan 20 10:14:03 mx1 postfix/smtp[20417]: host said: 421 4.7.0 Service not available, closing transmission channel";
    const [hit] = engine.lookup(line);
    expect(hit).toMatchObject({ id: "smtp/421", via: "signature" });
    expect(line.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });
  it("puts the specific error above the generic one", () => {
    const pg =
      'psql: error: connection to server at "db.example.org" (192.0.2.7), port 5432 failed: Connection refused';
    expect(ids(pg).slice(0, 2)).toEqual(["pg/refused", "generic/refused"]);
    expect(ids("connect ECONNREFUSED 127.0.0.1:5432 (Connection refused)")[0]).toBe("net/refused");
  });
  it("counts an exact error code", () => {
    expect(ids("E0382")).toEqual(["rust/e0382"]);
    expect(ids("421")).toEqual(["smtp/421"]);
    // In a long text, a short bare code alone is too weak to count.
    expect(ids(`${"lorem ipsum ".repeat(20)} 421 ${"dolor ".repeat(20)}`)).toEqual([]);
  });
  it("takes a number among words for what it is, not for an entry's code", () => {
    // An exit code or another protocol's status that happens to equal an entry's code.
    expect(ids("Process exited with code 421")).toEqual([]);
    expect(ids("HTTP/1.1 421 Misdirected Request")).toEqual([]);
    // A code with letters in it still counts among words.
    expect(ids("the build stopped at E0382 again")).toEqual(["rust/e0382"]);
  });
  it("matches a code in mixed case with its case: it is a name", () => {
    const named = new LookupEngine(
      buildLookupIndex([{ id: "bq/not-found", code: "notFound", signatures: [sig("Not found: Dataset \\S+")] }]),
    );
    expect(named.lookup('reason: "notFound"').map((m) => m.id)).toEqual(["bq/not-found"]);
    expect(named.lookup('Error from server (NotFound): pods "web" not found')).toEqual([]);
  });
  it("finds several errors of a pasted log, best first, deterministically", () => {
    const log = [
      "2025-01-01 boot",
      "error[E0382]: borrow of moved value: `v`",
      "450 4.7.1 <a@example.org>: Recipient address rejected: Greylisted",
      "done",
    ].join("\n");
    expect(ids(log)).toEqual(ids(log));
    expect(ids(log).sort()).toEqual(["rust/e0382", "smtp/450"]);
  });
  it("runs literal-free signatures too", () => {
    expect(ids("ref 555-1234-XYZ")).toEqual(["digits/only"]);
  });
  it("respects the limit", () => {
    expect(ids("Connection refused ECONNREFUSED error[E0382] 421 4.7.0", 2)).toHaveLength(2);
    expect(ids("421 4.7.0", 0)).toEqual([]);
  });
});

describe("a message pasted without the context its signatures need", () => {
  const titled = [
    { id: "linux/no-space", title: "No space left on device", signatures: [sig(": No space left on device")] },
    {
      id: "docker/bind",
      title: "Bind for <address>:<port> failed: port is already allocated",
      signatures: [sig("x{9}")],
    },
    { id: "smtp/421", code: "421", title: "421 Service not available", signatures: [sig("\\b421[ -]4\\.7\\.0\\b")] },
    { id: "short/title", title: "Killed", signatures: [sig("Out of memory: Killed process")] },
    { id: "linux/segfault", title: "Segmentation fault (core dumped)", signatures: [sig("x{9}")] },
    { id: "auth/api-key", title: "Auth: Error (auth/invalid-api-key)", signatures: [sig("x{9}")] },
  ];
  const index = buildLookupIndex(titled);
  const withTitles = titledEngine(titled);

  it("finds its entry by the wording of the entry's title, placeholders filled in", () => {
    expect(withTitles.lookup("No space left on device")).toMatchObject([
      { id: "linux/no-space", via: "title", strength: "strong", text: "No space left on device" },
    ]);
    expect(withTitles.lookup("bind for 0.0.0.0:8080 failed: port is already allocated")[0]).toMatchObject({
      id: "docker/bind",
      via: "title",
      strength: "strong",
    });
    // The code alone was a weak hit; the title's wording makes the same entry a strong one.
    expect(withTitles.lookup("421 Service not available")).toMatchObject([{ id: "smtp/421", via: "title" }]);
  });

  it("is weak inside a longer text, never used when a signature explains the text, and needs enough letters", () => {
    const long = `${"some unrelated context words ".repeat(4)}No space left on device`;
    expect(withTitles.lookup(long)[0]).toMatchObject({ id: "linux/no-space", via: "title", strength: "weak" });
    expect(withTitles.lookup("write /tmp/x: No space left on device")).toMatchObject([
      { id: "linux/no-space", via: "signature" },
    ]);
    expect(withTitles.lookup("Killed")).toEqual([]);
  });

  it("lets a closing remark in parentheses be left out, unless it is one word of the message", () => {
    expect(withTitles.lookup("Segmentation fault (core dumped)")).toMatchObject([{ id: "linux/segfault" }]);
    expect(withTitles.lookup("./a.out: Segmentation fault")).toMatchObject([
      { id: "linux/segfault", via: "title", strength: "strong", text: "Segmentation fault" },
    ]);
    expect(withTitles.lookup("auth: error (auth/invalid-api-key)")).toMatchObject([{ id: "auth/api-key" }]);
    // Another code in the parentheses is another error: at most a possible match by the title's opening words.
    expect(withTitles.lookup("Auth: Error (auth/user-disabled)").filter((m) => m.strength === "strong")).toEqual([]);
    expect(withTitles.lookup(`${"-".repeat(LIMITS.titleInput)} No space left on device`)).toEqual([]);
    // An index without titles (as validation builds it) never matches one.
    expect(new LookupEngine(index).lookup("No space left on device")).toEqual([]);
  });
});

describe("a phrase that opens a part of a title, when nothing else matched", () => {
  const titled = [
    { id: "cuda/oom", title: "CUDA out of memory. Tried to allocate <size>", signatures: [sig("x{9}")] },
    { id: "es/too-large", title: "CircuitBreakingException: [<breaker>] Data too large", signatures: [sig("x{9}")] },
    { id: "docker/conflict", title: "Error response from daemon: Conflict <what>", signatures: [sig("x{9}")] },
    { id: "docker/no-such", title: "Error response from daemon: no such container", signatures: [sig("x{9}")] },
    { id: "jenkins/pipe", title: "java.io.IOException: Broken pipe", signatures: [sig("x{9}")] },
    { id: "vscode/task", title: "preLaunchTask '<task>' terminated with exit code <code>", signatures: [sig("x{9}")] },
    { id: "net/refused", code: "ECONNREFUSED", title: "Connection refused", signatures: [sig("\\bECONNREFUSED\\b")] },
  ];
  const index = buildLookupIndex(titled);
  const engine = titledEngine(titled);

  it("finds the entry whose title the phrase opens, or continues after a placeholder, as a possible match", () => {
    expect(engine.lookup("torch.cuda.OutOfMemoryError: CUDA out of memory.")).toMatchObject([
      { id: "cuda/oom", via: "title", strength: "weak", text: "CUDA out of memory" },
    ]);
    expect(
      engine.lookup("ElasticsearchStatusException: circuit_breaking_exception [parent] Data too large"),
    ).toMatchObject([{ id: "es/too-large", strength: "weak", text: "Data too large" }]);
  });

  it("ignores phrases two titles share, single names, words in the middle of a title, and matched texts", () => {
    expect(engine.lookup("Error response from daemon: pull access denied for app")).toEqual([]);
    // Three words of the title, but one identifier of the line.
    expect(engine.lookup("java.io.IOException: Stream closed")).toEqual([]);
    expect(engine.lookup("Process finished with exit code 1")).toEqual([]);
    // A code matched: the phrase step does not add guesses beside it.
    expect(engine.lookup("ECONNREFUSED after CUDA out of memory").map((m) => m.id)).toEqual(["net/refused"]);
    // Validation's index carries no titles.
    expect(new LookupEngine(index).lookup("torch.cuda.OutOfMemoryError: CUDA out of memory.")).toEqual([]);
  });
});

describe("running only the regexes that can match", () => {
  it("skips a signature whose other literal words are not on the line, and runs it when they are", () => {
    let runs = 0;
    const counted = new LookupEngine(
      buildLookupIndex([{ id: "net/timeout", signatures: [sig("error: .*connect(?:ion)? timed out", true)] }]),
      {
        compile: ({ regex, ignore_case }) => {
          const compiled = new RegExp(regex, ignore_case ? "i" : "");
          const exec = compiled.exec.bind(compiled);
          compiled.exec = (text: string) => {
            runs++;
            return exec(text);
          };
          return compiled;
        },
      },
    );
    // The scan finds ` timed out`, the signature's longest literal; `connect` is not on the line, so it cannot match.
    expect(counted.lookup("ERROR: request timed out")).toEqual([]);
    expect(runs).toBe(0);
    expect(counted.lookup("Error: dial: connect timed out").map((h) => h.id)).toEqual(["net/timeout"]);
    expect(runs).toBe(1);
    // All its words, in another order: the regex decides.
    expect(counted.lookup("connect timed out before error: retrying")).toEqual([]);
    expect(runs).toBe(2);
  });
});

describe("hostile input", () => {
  it("never throws on odd input", () => {
    for (const input of [
      "",
      "\0\0\0",
      "\uD800",
      "(((((",
      "[a-",
      "\\",
      ".*+?^${}()|[]",
      undefined,
      null,
      42,
      {},
      "\r\n\r\n",
    ]) {
      expect(() => engine.lookup(input as string)).not.toThrow();
    }
    const binary = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536));
    expect(() => engine.lookup(binary)).not.toThrow();
  });
  it("treats regex metacharacters in the input as text", () => {
    expect(ids("error[E0382]")).toEqual(["rust/e0382"]);
    expect(ids("421[ -]4\\.7\\.0")).toEqual(["smtp/421"]);
  });
  it("handles a megabyte log with the error at the end", () => {
    const log = `${"INFO all good\n".repeat(80_000)}ERROR connect ECONNREFUSED 10.0.0.1:80\n`;
    expect(log.length).toBeGreaterThan(1_000_000);
    expect(ids(log)[0]).toBe("net/refused");
  });
  it("cuts inputs beyond the limit to their end, and bounds long lines", () => {
    const huge = `ECONNREFUSED ${"x".repeat(LIMITS.maxInput + 10)} error[E0382]`;
    expect(ids(huge)).toEqual(["rust/e0382"]);
    const longLine = `${"a".repeat(100_000)} Connection refused ${"b".repeat(100_000)}`;
    expect(ids(longLine)).toEqual(["generic/refused"]);
  });
  it("stays within its execution budget when a literal repeats everywhere", () => {
    const many = "Connection refused\n".repeat(50_000);
    expect(ids(many)).toEqual(["generic/refused"]);
  });
});
