import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const scripts = Object.keys(
  (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts,
);
const npmRuns = (text: string) => [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);

describe("GitHub workflow and forms", () => {
  const workflow = parse(readFileSync(".github/workflows/ci.yml", "utf8")) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: { uses?: string; run?: string }[] }>;
  };

  it("is valid YAML that checks pull requests and deploys main to Pages only", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["pull_request", "push"]));
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.uses).filter(Boolean));
    for (const action of uses) {
      expect(action).toMatch(
        /^actions\/(checkout|setup-node|cache|cache\/restore|configure-pages|upload-pages-artifact|deploy-pages)@v\d+$/,
      );
    }
    expect(uses).toContain("actions/deploy-pages@v4");
    const upload = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((s) => s.uses?.startsWith("actions/upload-pages-artifact")) as { with: { path: string } };
    expect(upload.with.path).toBe("site/dist");
  });

  it("keeps the build caches and the previous site between runs, keyed by dependencies and templates", () => {
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps) as {
      uses?: string;
      with?: Record<string, string>;
    }[];
    const caches = steps.filter((s) => s.uses?.startsWith("actions/cache"));
    expect(caches.length).toBeGreaterThanOrEqual(1);
    for (const cache of caches) {
      expect(cache.with!.path).toContain("site/dist");
      expect(cache.with!.path).toContain(".cache/atlas");
      for (const input of ["package-lock.json", "site/src/**", "src/**"]) expect(cache.with!.key).toContain(input);
    }
    // The cache lives outside node_modules, which `npm ci` empties.
    expect((workflow as unknown as { env: Record<string, string> }).env.ATLAS_CACHE).toMatch(/\.cache\/atlas$/);
  });

  it("has a shard matrix, a weekly link check and a provenance-signed publish on tags", () => {
    const load = (name: string) =>
      parse(readFileSync(`.github/workflows/${name}`, "utf8")) as typeof workflow & {
        permissions?: Record<string, string>;
      };
    const shards = load("site-shards.yml");
    const runs = Object.values(shards.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ""));
    expect(runs.some((r) => r.includes("--shard") && r.includes("--out"))).toBe(true);
    expect(runs.some((r) => r.includes("--merge"))).toBe(true);
    const links = load("links.yml");
    expect(Object.keys(links.on)).toContain("schedule");
    const publish = load("publish.yml");
    expect(Object.keys(publish.on)).toEqual(["push"]);
    expect(publish.permissions?.["id-token"]).toBe("write");
    const publishRuns = Object.values(publish.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ""));
    expect(publishRuns.some((r) => /npm publish --provenance/.test(r))).toBe(true);
    expect(publishRuns.some((r) => r.includes("npm test"))).toBe(true);
  });

  it("only runs scripts that exist", () => {
    const text = `${readFileSync(".github/workflows/ci.yml", "utf8")}\n${readFileSync(".ci/run", "utf8")}\n${readFileSync(".github/pull_request_template.md", "utf8")}`;
    for (const name of npmRuns(text)) expect(scripts, `npm run ${name}`).toContain(name);
    for (const step of Object.values(workflow.jobs).flatMap((job) => job.steps)) {
      const file = /bash (\S+)/.exec(step.run ?? "")?.[1];
      if (file) expect(existsSync(file), file).toBe(true);
    }
  });

  it("has issue forms for a new error, an outcome report and a translation problem", () => {
    const forms = readdirSync(".github/ISSUE_TEMPLATE").filter((f) => f !== "config.yml");
    expect(forms.sort()).toEqual(["new-error.yml", "outcome-report.yml", "translation-problem.yml"]);
    for (const file of forms) {
      const form = parse(readFileSync(`.github/ISSUE_TEMPLATE/${file}`, "utf8")) as {
        name: string;
        description: string;
        body: { type: string; id?: string }[];
      };
      expect(form.name && form.description).toBeTruthy();
      const ids = form.body.filter((b) => b.type !== "markdown").map((b) => b.id);
      expect(ids.every(Boolean)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const outcome = parse(readFileSync(".github/ISSUE_TEMPLATE/outcome-report.yml", "utf8")) as {
      body: { id?: string }[];
    };
    expect(outcome.body.map((b) => b.id)).toEqual(expect.arrayContaining(["entry", "target", "result", "date"]));
  });
});

describe("documentation", () => {
  it("README and CONTRIBUTING only name scripts that exist", () => {
    for (const file of ["README.md", "CONTRIBUTING.md", "CONTRIBUTING.zh.md"]) {
      for (const name of npmRuns(readFileSync(file, "utf8"))) {
        expect(scripts, `${file}: npm run ${name}`).toContain(name);
      }
    }
  });

  it("gives the quick start exactly", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain("npm ci && npm run build");
    expect(readme).toContain("npm test");
  });

  it("has current generated sections (rule tables, schema reference)", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/generate-docs.ts", "--check"], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
