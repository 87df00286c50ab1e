import { describe, expect, it } from "vitest";
import { clearDraft, DRAFT_MAX_AGE_MS, type DraftStorage, draftKey, readDraft, writeDraft } from "./drafts";

function memoryStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe("draftKey", () => {
  it("keeps one draft per record kind, record and version", () => {
    expect(draftKey("people", "person-karen-bass", 3)).toBe("legible:draft:people:person-karen-bass:v3");
    expect(draftKey("people", "person-karen-bass", 4)).not.toBe(draftKey("people", "person-karen-bass", 3));
    expect(draftKey("people", undefined, undefined)).toBe("legible:draft:people:new:v0");
    expect(draftKey("explainers", "a/b c", 1)).toBe("legible:draft:explainers:a%2Fb%20c:v1");
  });
});

describe("drafts in storage", () => {
  const key = draftKey("people", "person-tom-homan", 2);
  const written = new Date("2026-12-04T10:00:00Z");

  it("gives back what was written, with when", () => {
    const storage = memoryStorage();
    writeDraft(storage, key, { givenName: "Thomas" }, written);
    expect(readDraft(storage, key, new Date("2026-12-05T10:00:00Z"))).toEqual({
      savedAt: "2026-12-04T10:00:00.000Z",
      values: { givenName: "Thomas" },
    });
  });

  it("forgets a draft older than the limit, and removes it", () => {
    const storage = memoryStorage();
    writeDraft(storage, key, { givenName: "Thomas" }, written);
    const justInTime = new Date(written.getTime() + DRAFT_MAX_AGE_MS);
    expect(readDraft(storage, key, justInTime)).not.toBeNull();
    expect(readDraft(storage, key, new Date(justInTime.getTime() + 1))).toBeNull();
    expect(storage.items.has(key)).toBe(false);
  });

  it("ignores and removes what it cannot read", () => {
    const storage = memoryStorage();
    storage.setItem(key, "{not json");
    expect(readDraft(storage, key, written)).toBeNull();
    expect(storage.items.has(key)).toBe(false);
    storage.setItem(key, JSON.stringify({ values: {} }));
    expect(readDraft(storage, key, written)).toBeNull();
  });

  it("clears a draft, and survives a storage that refuses", () => {
    const storage = memoryStorage();
    writeDraft(storage, key, { a: 1 }, written);
    clearDraft(storage, key);
    expect(readDraft(storage, key, written)).toBeNull();
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    expect(() => writeDraft(refusing, key, { a: 1 })).not.toThrow();
    expect(readDraft(refusing, key)).toBeNull();
  });
});
