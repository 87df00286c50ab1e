import { type RecordsTranslate, shareInWords, thresholdInWords } from "@legible/ui/explainer";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import enHome from "../messages/en/home.json";
import enRecords from "../messages/en/records.json";
import enSearch from "../messages/en/search.json";
import esHome from "../messages/es/home.json";
import esRecords from "../messages/es/records.json";
import esSearch from "../messages/es/search.json";

const areas = {
  home: { en: enHome, es: esHome },
  records: { en: enRecords, es: esRecords },
  search: { en: enSearch, es: esSearch },
};

/** Every message's dotted key and text. */
function flatten(messages: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value as object, path)) out.set(inner, text);
  }
  return out;
}

describe("the home, record and search messages", () => {
  for (const [area, { en, es }] of Object.entries(areas)) {
    it(`${area}: every English string has a Spanish one and the other way round`, () => {
      expect([...flatten(es).keys()].sort()).toEqual([...flatten(en).keys()].sort());
    });

    it(`${area}: every message is valid ICU in both languages`, () => {
      for (const [locale, messages] of Object.entries({ en, es })) {
        const invalid: string[] = [];
        const t = createTranslator({
          locale,
          messages,
          // Missing arguments are expected here (no values are passed); broken syntax is not.
          onError: (error) => {
            if (error.code === "INVALID_MESSAGE") invalid.push(error.message);
          },
        });
        for (const key of flatten(messages).keys()) t(key as never);
        expect(invalid, locale).toEqual([]);
      }
    });
  }
});

describe("thresholds in words", () => {
  // Pages pass next-intl's translator; its typed keys are loosened to the helper's plain strings.
  const translator = (locale: "en" | "es", messages: typeof enRecords): RecordsTranslate => {
    const t = createTranslator({ locale, messages });
    return (key, values) => t(key as never, values as never);
  };
  const english = translator("en", enRecords);
  const spanish = translator("es", esRecords);
  const majority = { fraction: "majority", of: "seats" } as const;

  it("names the share and, when the seats decide it, the votes it takes", () => {
    expect(thresholdInWords(majority, 8, 15, english)).toBe("a majority of the 15 seats (8 votes)");
    expect(thresholdInWords({ fraction: "two-thirds", of: "seats" }, 10, 15, spanish)).toBe(
      "dos tercios de los 15 escaños (10 votos)",
    );
  });

  it("says no number it does not know", () => {
    expect(shareInWords(majority, null, english)).toBe("a majority of the seats");
    expect(thresholdInWords({ fraction: "majority", of: "present" }, null, 15, english)).toBe(
      "a majority of the members present",
    );
    expect(thresholdInWords({ count: 8 }, 8, 15, spanish)).toBe("8 votos");
  });
});
