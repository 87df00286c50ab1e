import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { HeavyClientOrder, HeavyClientResult } from "./heavy-client";

const CLIENT = fileURLToPath(new URL("./heavy-client.ts", import.meta.url));

/**
 * Runs the greedy clients in their own process (./heavy-client.ts), with `prefix` in front of
 * the command (taskset, to pin them to a core), and returns what they saw.
 */
export async function runHeavyClients(order: HeavyClientOrder, prefix: string[] = []): Promise<HeavyClientResult> {
  const command = [...prefix, process.execPath, "--import", "tsx", CLIENT, JSON.stringify(order)];
  const child = spawn(command[0] ?? process.execPath, command.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const [code] = (await once(child, "exit")) as [number | null];
  const last = out.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || !last.startsWith("{")) throw new Error(`the heavy clients failed (${code}): ${err}${out}`);
  return JSON.parse(last) as HeavyClientResult;
}
