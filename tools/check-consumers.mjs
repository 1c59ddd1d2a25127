#!/usr/bin/env node
// Runs Playbook's outputs and files through independent consumers and fails on anything they reject.
//
//   node tools/check-consumers.mjs MANIFEST.json
//
// MANIFEST is a JSON array of {"consumer": ..., "file": ..., "schema": ...} (paths absolute or relative
// to the working directory), written by the build from tools/consumer-checks.txt. Consumers:
//   sarif   Microsoft's SARIF multitool `validate` (SARIF 2.1.0 schema plus its own rules); it exits 0
//           even when it finds errors, so its result file is read and any `error` result fails.
//   json    Ajv (draft-07, strict, every format checked by ajv-formats) against `schema`.
//   yaml    the same on a YAML 1.2 file, read with `yaml` as editors read it; errors point at line:col.
//   yaml-rejects  the same, but the file must be rejected (by YAML or by the schema).
//   schema  `file` is itself a JSON Schema that compiles in Ajv's strict mode.
// Prints every failure and one summary line (every check with CONSUMERS_VERBOSE=true); exits 1 if
// any check failed, 2 if the manifest is unusable.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import { LineCounter, parseDocument } from "yaml";

const require = createRequire(import.meta.url);
const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

function newAjv() {
  // Strict, but allowing union types (`type: [string, number]`, plain draft-07) and without
  // strictRequired, which flags draft-07's usual way of requiring one of several properties
  // (`anyOf: [{required: [a]}, {required: [b]}]`).
  const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const compiled = new Map();
function compile(schemaFile) {
  if (!compiled.has(schemaFile)) {
    compiled.set(schemaFile, newAjv().compile(JSON.parse(readFileSync(schemaFile, "utf8"))));
  }
  return compiled.get(schemaFile);
}

function describe(error) {
  const params = error.params && Object.keys(error.params).length ? " " + JSON.stringify(error.params) : "";
  return `${error.instancePath || "/"} ${error.message}${params}`;
}

function checkJson({ file, schema }) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    return [`not JSON: ${e.message}`];
  }
  const validate = compile(schema);
  return validate(data) ? [] : validate.errors.map(describe);
}

function checkYaml({ file, schema }) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    return doc.errors.map((e) => `YAML: ${e.message}`);
  }
  const validate = compile(schema);
  if (validate(doc.toJS())) {
    return [];
  }
  return validate.errors.map((error) => {
    const path = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    const at = node?.range ? lineCounter.linePos(node.range[0]) : null;
    return (at ? `${at.line}:${at.col}: ` : "") + describe(error);
  });
}

// The Java validator reports these files as invalid by schema (PB0xx-PB2xx); an editor must too.
function checkYamlRejected(check) {
  try {
    if (checkYaml(check).length) {
      return [];
    }
  } catch (e) {
    return []; // unreadable is rejected too
  }
  return ["the schema accepts this file, but the Java validator rejects it"];
}

function checkSchema({ file }) {
  try {
    newAjv().compile(JSON.parse(readFileSync(file, "utf8")));
    return [];
  } catch (e) {
    return [e.message];
  }
}

function checkSarif({ file }) {
  const binary = require("@microsoft/sarif-multitool");
  const dir = mkdtempSync(join(tmpdir(), "playbook-sarif-"));
  try {
    const out = join(dir, "validation.sarif");
    const run = spawnSync(binary, ["validate", file, "--output", out], { encoding: "utf8" });
    if (run.error || run.status !== 0) {
      const said = `${run.stdout ?? ""}${run.stderr ?? ""}`.split("\n").filter((l) => /error/i.test(l)).slice(0, 5);
      return [`the multitool failed (${run.error?.message ?? "exit " + run.status}) ${said.join(" ")}`];
    }
    const problems = [];
    for (const r of JSON.parse(readFileSync(out, "utf8")).runs ?? []) {
      for (const result of r.results ?? []) {
        // A result without a level is a warning (SARIF 2.1.0, 3.27.10), unless its rule says otherwise.
        const rule = r.tool?.driver?.rules?.[result.ruleIndex];
        const level = result.level ?? rule?.defaultConfiguration?.level ?? "warning";
        if (level === "error") {
          const region = result.locations?.[0]?.physicalLocation?.region;
          // The multitool's results name a message of the rule and its arguments: {0}, {1}, ...
          const template = result.message?.text ?? rule?.messageStrings?.[result.message?.id]?.text
            ?? `${result.message?.id} {0}`;
          const text = template.replace(/\{(\d+)\}/g, (_, i) => result.message?.arguments?.[i] ?? "");
          problems.push(`${region ? region.startLine + ":" + region.startColumn + ": " : ""}${result.ruleId} ${text}`);
        }
      }
    }
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const consumers = {
  sarif: checkSarif, json: checkJson, yaml: checkYaml, "yaml-rejects": checkYamlRejected, schema: checkSchema,
};
const consumerNames = {
  sarif: "SARIF multitool", json: "ajv", yaml: "ajv (YAML 1.2)", "yaml-rejects": "ajv (YAML 1.2) rejects",
  schema: "ajv strict compile",
};

if (process.argv.length !== 3) {
  console.error("usage: node tools/check-consumers.mjs MANIFEST.json");
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(process.argv[2], "utf8"));
const verbose = process.env.CONSUMERS_VERBOSE === "true";
const counts = new Map();
let failed = 0;
for (const check of manifest) {
  const run = consumers[check.consumer];
  if (!run) {
    console.error(`unknown consumer '${check.consumer}' for ${check.file}`);
    process.exit(2);
  }
  let problems;
  try {
    problems = run(check);
  } catch (e) {
    problems = [e.message];
  }
  const name = consumerNames[check.consumer];
  const count = counts.get(name) ?? { ok: 0, failed: 0 };
  counts.set(name, count);
  const label = `${name}: ${check.file}${check.schema ? " against " + check.schema : ""}`;
  if (problems.length) {
    failed++;
    count.failed++;
    console.log(`FAIL ${label}`);
    problems.forEach((p) => console.log(`  ${check.file}:${p}`));
  } else {
    count.ok++;
    if (verbose) {
      console.log(`ok   ${label}`);
    }
  }
}
const summary = [...counts].map(([name, c]) => `${name} ${c.ok} ok${c.failed ? ", " + c.failed + " FAILED" : ""}`);
console.log(`[consumers] ${summary.join("; ")}`);
process.exit(failed ? 1 : 0);
