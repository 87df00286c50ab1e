// `npm run import -- <file> [--format legible-dataset|popolo|ocd|openstates-person]`: imports one
// file of any size as an import job in the foreground, the same job the staff app's upload queues
// (kept on record with its progress and report), printing a line per batch and the report. The
// file stays where it is. `npm run import -- --resume <job id>` goes on with a job that stopped.
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type ImportJobReport, runImportJob } from "@legible/connectors";
import { IMPORT_FORMATS, type ImportFormat } from "@legible/core";
import {
  checkDatabaseReachable,
  createDatabase,
  createRepositories,
  describeDatabase,
  resolveDatabaseConfig,
} from "@legible/db";

const USAGE = `Usage: npm run import -- <file> [--format ${IMPORT_FORMATS.join("|")}]   (default legible-dataset)
       npm run import -- --resume <job id>`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: "string", default: "legible-dataset" }, resume: { type: "string" } },
});
const format = values.format as ImportFormat;
if ((!values.resume && positionals.length !== 1) || !(IMPORT_FORMATS as readonly string[]).includes(format)) {
  console.error(USAGE);
  process.exit(1);
}

const database = await createDatabase(resolveDatabaseConfig());
let exitCode = 1;
try {
  await checkDatabaseReachable(database);
  const repositories = createRepositories(database);
  let jobId = values.resume;
  if (!jobId) {
    const path = resolve(positionals[0] as string);
    const size = (await stat(path).catch(() => null))?.size;
    if (size === undefined) throw new Error(`${path} cannot be read: there is no such file`);
    const job = await repositories.importJobs.create({
      format,
      fileName: path,
      filePath: path,
      fileBytes: size,
      requestedBy: process.env.USER ?? null,
    });
    jobId = job.id;
  }
  console.log(`import: job ${jobId} into ${describeDatabase(database.config)}`);
  const started = Date.now();
  const done = await runImportJob(jobId, {
    repositories,
    removeFileWhenDone: false,
    onProgress: (line) => console.log(`import: [${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`),
  });
  if (!done) console.error(`import: job ${jobId} is running elsewhere or already done.`);
  else {
    const report = done.report as ImportJobReport;
    for (const [kind, c] of Object.entries(report.kinds)) {
      console.log(
        `import:   ${kind}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped} left out`,
      );
    }
    for (const q of report.quarantined) console.log(`import:   set aside ${q.place} (${q.value}): ${q.reason}`);
    for (const s of report.left) console.log(`import:   left out ${s.place} (${s.title}): ${s.reason}`);
    if (done.error)
      console.error(`import: ${done.error}\nimport: go on later with: npm run import -- --resume ${jobId}`);
    exitCode = done.status === "succeeded" ? 0 : 1;
  }
} catch (error) {
  console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await database.close();
}
process.exit(exitCode);
