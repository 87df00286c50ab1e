import { SingleBar } from "cli-progress";

/**
 * A progress bar for one table's load, drawn only on a terminal (in a log it would be noise);
 * the caller prints the summary line either way.
 */
export function tableProgress(table: string, total: number) {
  const bar = new SingleBar({
    format: `  {table} [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s`,
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    stopOnComplete: false,
  });
  const started = performance.now();
  bar.start(total, 0, { table: table.padEnd(18), rate: 0 });
  return {
    update(done: number) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: Math.round(done / Math.max(seconds, 1e-3)).toLocaleString("en") });
    },
    stop() {
      bar.stop();
    },
  };
}
