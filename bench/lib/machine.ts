import { cpus, totalmem } from "node:os";

/** What a result was measured on, written beside every result: ratios only compare within one machine. */
export function describeMachine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}
