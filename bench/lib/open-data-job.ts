// One run of the staff app's open-data job in a process of its own, as the staff app runs it:
// `open-data-job.ts <database config JSON> <folder>`. Prints one JSON line: seconds, the files'
// sizes, the peak RSS and the peak heap held (read after collecting garbage, every second).
import { createDatabase, createRepositories, type DatabaseConfig } from "@legible/db";
import { writePublicDatasetFiles } from "../../packages/api/src/open-data/dataset-files-worker";

const [configJson, dir] = process.argv.slice(2);
if (!configJson || !dir) throw new Error("usage: open-data-job.ts <database config JSON> <folder>");
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error("run with --expose-gc: the held heap is read after collecting garbage");

const database = await createDatabase(JSON.parse(configJson) as DatabaseConfig);
collect();
const heapAtStart = process.memoryUsage().heapUsed;
let peakHeld = heapAtStart;
let peakRss = process.memoryUsage().rss;
const rssSampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);
const heldSampler = setInterval(() => {
  collect();
  peakHeld = Math.max(peakHeld, process.memoryUsage().heapUsed);
}, 1000);
const started = performance.now();
const manifest = await writePublicDatasetFiles(createRepositories(database), dir);
const seconds = (performance.now() - started) / 1000;
clearInterval(rssSampler);
clearInterval(heldSampler);
await database.close();
console.log(
  JSON.stringify({
    seconds,
    bytes: manifest.files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: manifest.files.reduce((sum, file) => sum + file.gzipBytes, 0),
    heapAtStart,
    peakHeld,
    peakRss,
  }),
);
