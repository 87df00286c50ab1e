import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Runs every ```ts block of the README against the source, type-checked and executed, so the
// documented examples cannot drift from the code. Blocks assert their own results.

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(join(packageDir, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
const outDir = join(packageDir, ".readme-examples");

function writeExamples(): string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  return blocks.map((code, index) => {
    const file = join(outDir, `example-${index + 1}.ts`);
    writeFileSync(file, code.replaceAll('from "@legible/core"', 'from "../src/index.js"'));
    return file;
  });
}

describe("README examples", () => {
  const files = writeExamples();

  it("has examples to run", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it("type-checks every example under the package's strict settings", () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(packageDir, "tsconfig.json"),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => undefined,
      },
    );
    if (!config) throw new Error("tsconfig.json could not be read");
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName.startsWith(outDir))
      .map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it.each(files.map((file, i) => [i + 1, file] as const))("runs example %i", async (_n, file) => {
    await import(pathToFileURL(file).href);
  });
});
