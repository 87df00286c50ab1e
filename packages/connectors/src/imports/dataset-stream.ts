import { createReadStream } from "node:fs";
import { DATASET_FORMAT, IMPORT_COLLECTIONS, type ImportCollection } from "@legible/core";
import parserStream from "stream-json";
import { Assembler } from "stream-json/assembler.js";
import type { ImportItem, ItemSource } from "./items";

// A Legible dataset file read record by record, in bounded memory: stream-json tokenizes the
// file as it is read, and only one record at a time is assembled into an object. The file's
// top-level fields (format, version, notes) are small and checked as they come; every element
// of a collection's array is handed on with its place (`people.1234`) as soon as it is whole.

const COLLECTIONS = new Set<string>(IMPORT_COLLECTIONS);
const OTHER_FIELDS = new Set(["format", "version", "notes"]);

/** A file that cannot be read as a dataset, with the reason in plain words. */
export class UnreadableFile extends Error {}

type Token = { name: string; value?: unknown };

/** Feeds tokens to an assembler until one whole value is built, and returns it. */
function assembleFrom(first: Token, next: () => Promise<Token | undefined>): Promise<unknown> {
  const assembler = new Assembler();
  const consume = (token: Token) => assembler.consume(token as never);
  consume(first);
  if (assembler.done) return Promise.resolve(assembler.current);
  return (async () => {
    for (;;) {
      const token = await next();
      if (!token) throw new UnreadableFile("the file ends before the JSON does (is a } or ] missing?)");
      consume(token);
      if (assembler.done) return assembler.current;
    }
  })();
}

/** Reads a dataset file's records one at a time; `bytesRead` says how far into the file it got. */
export function streamDataset(path: string): ItemSource {
  const file = createReadStream(path);
  const tokens = file.pipe(parserStream({ streamValues: false }));
  // A job may be taken by a machine that does not have the file (LEGIBLE_IMPORT_DIR not shared).
  file.on("error", (error) =>
    tokens.destroy(new UnreadableFile(`the file cannot be read on this server (${error.message})`)),
  );
  const iterator = tokens[Symbol.asyncIterator]() as AsyncIterator<Token>;
  const next = async (): Promise<Token | undefined> => {
    try {
      const { done, value } = await iterator.next();
      return done ? undefined : value;
    } catch (error) {
      if (error instanceof UnreadableFile) throw error;
      throw new UnreadableFile(`this is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  };

  async function* items(): AsyncGenerator<ImportItem> {
    const first = await next();
    if (!first) throw new UnreadableFile("The file is empty.");
    if (first.name !== "startObject") {
      throw new UnreadableFile(
        `a Legible dataset is one JSON object with "format": "${DATASET_FORMAT}" and a list per kind of record`,
      );
    }
    for (;;) {
      const token = await next();
      if (!token) throw new UnreadableFile("the file ends before the JSON does (is a } missing?)");
      if (token.name === "endObject") break;
      if (token.name !== "keyValue") throw new UnreadableFile("this is not a Legible dataset");
      const key = String(token.value);
      if (COLLECTIONS.has(key)) {
        const start = await next();
        if (start?.name !== "startArray") throw new UnreadableFile(`"${key}" must be a list`);
        for (let index = 0; ; index++) {
          const head = await next();
          if (!head) throw new UnreadableFile(`the file ends inside "${key}" (is a ] missing?)`);
          if (head.name === "endArray") break;
          const value = await assembleFrom(head, next);
          yield { collection: key as ImportCollection, value, place: `${key}.${index}` };
        }
        continue;
      }
      const head = await next();
      if (!head) throw new UnreadableFile("the file ends before the JSON does (is a } missing?)");
      const value = await assembleFrom(head, next);
      if (!OTHER_FIELDS.has(key)) {
        throw new UnreadableFile(
          `"${key}" is not part of a Legible dataset (a dataset lists ${IMPORT_COLLECTIONS.join(", ")})`,
        );
      }
      if (key === "format" && value !== DATASET_FORMAT) {
        throw new UnreadableFile(`"format" must be "${DATASET_FORMAT}"; this file says ${JSON.stringify(value)}`);
      }
      if (key === "version" && value !== 1) {
        throw new UnreadableFile(`"version" must be 1; this file says ${JSON.stringify(value)}`);
      }
    }
  }

  return {
    items: items(),
    bytesRead: () => file.bytesRead,
    close: () => {
      tokens.destroy();
      file.destroy();
    },
  };
}
