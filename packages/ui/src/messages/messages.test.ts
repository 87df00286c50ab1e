import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { SHARED_MESSAGES } from "./index";

type Messages = { [key: string]: string | Messages };

/** Every message as [dotted key, text]. */
function flatten(messages: Messages, prefix = ""): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

const { en, es } = SHARED_MESSAGES;

describe("the explainer page's messages (explainer, votes, inferred)", () => {
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

  it("tell readers in plain words when records changed after the last review", () => {
    const date = (chunks: unknown) => `[${String(chunks)}]`;
    expect(
      new IntlMessageFormat(en.explainer.recordsChanged.text, "en").format({ date: () => date("November 20, 2024") }),
    ).toBe(
      "Some records this explainer uses changed after it was last reviewed on [November 20, 2024]. Our editors are checking it.",
    );
    expect(
      new IntlMessageFormat(es.explainer.recordsChanged.text, "es").format({
        date: () => date("20 de noviembre de 2024"),
      }),
    ).toBe(
      "Algunos registros que usa esta explicación cambiaron después de su última revisión, el [20 de noviembre de 2024]. Nuestro equipo editorial la está revisando.",
    );
  });
});
