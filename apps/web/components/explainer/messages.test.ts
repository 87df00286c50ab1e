import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import en from "../../messages/en/explainer.json";
import es from "../../messages/es/explainer.json";

type Messages = { [key: string]: string | Messages };

/** Every message as [dotted key, text]. */
function flatten(messages: Messages, prefix = ""): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

describe("the explainer page's messages", () => {
  it("say the same things in English and Spanish", () => {
    expect(flatten(es).map(([key]) => key)).toEqual(flatten(en).map(([key]) => key));
  });

  it.each([
    ["en", en],
    ["es", es],
  ] as const)("are valid ICU messages in %s", (locale, messages) => {
    const broken = flatten(messages).filter(([, text]) => {
      try {
        new IntlMessageFormat(text, locale);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it("put vote thresholds in words", () => {
    const share = new IntlMessageFormat(en.vote.threshold.share, "en");
    expect(share.format({ fraction: "majority", of: "seats", seats: 15 })).toBe("a majority of all 15 seats");
    expect(new IntlMessageFormat(es.vote.threshold.share, "es").format({ fraction: "twoThirds", of: "present" })).toBe(
      "dos tercios de los miembros presentes",
    );
  });
});
