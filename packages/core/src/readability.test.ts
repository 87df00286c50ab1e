import { describe, expect, it } from "vitest";
import { plainText } from "./glossary.js";
import { englishSyllables, readability, spanishSyllables } from "./readability.js";

describe("syllables", () => {
  it("counts English syllables near enough", () => {
    const cases: Record<string, number> = {
      the: 1,
      council: 2,
      ordinance: 3,
      immigration: 4,
      passed: 1,
      vote: 1,
      table: 2,
      city: 2,
    };
    for (const [word, n] of Object.entries(cases)) expect(englishSyllables(word), word).toBe(n);
    expect(englishSyllables("13")).toBe(1);
  });

  it("counts Spanish syllables with diphthongs and hiatus", () => {
    const cases: Record<string, number> = {
      ciudad: 2,
      país: 2,
      leer: 2,
      poeta: 3,
      guerra: 2,
      que: 1,
      hoy: 1,
      inmigración: 4,
      ordenanza: 4,
      y: 1,
    };
    for (const [word, n] of Object.entries(cases)) expect(spanishSyllables(word), word).toBe(n);
  });
});

describe("readability", () => {
  it("grades English with Flesch-Kincaid", () => {
    const easy = readability("The council voted. The Mayor will sign it.", "en");
    expect(easy).toMatchObject({ index: "flesch-kincaid", words: 8, sentences: 2 });
    expect(easy.grade).toBeLessThan(4);
    const hard = readability(
      "The ordinance prohibits municipal personnel and institutional resources from facilitating federal immigration enforcement activities, notwithstanding enumerated exceptional circumstances.",
      "en",
    );
    expect(hard.grade).toBeGreaterThan(16);
  });

  it("grades Spanish with Fernández-Huerta and a grade from its bands", () => {
    const easy = readability("El Concejo votó. La alcaldesa la va a firmar.", "es");
    expect(easy.index).toBe("fernandez-huerta");
    expect(easy.score).toBeGreaterThan(80);
    expect(easy.grade).toBeLessThan(6);
    const hard = readability(
      "La ordenanza prohíbe la utilización de funcionarios municipales y recursos institucionales para la implementación de disposiciones federales de inmigración, salvo circunstancias excepcionales debidamente justificadas.",
      "es",
    );
    expect(hard.grade).toBeGreaterThan(12);
  });

  it("ignores glossary markup and handles empty text", () => {
    expect(plainText("A [[sanctuary city|sanctuary]] law and a [[veto]].")).toBe("A sanctuary law and a veto.");
    expect(readability("", "en")).toMatchObject({ grade: 0, words: 0 });
    expect(readability("   ", "es")).toMatchObject({ grade: 0, score: 100 });
    expect(readability("No period at the end", "en").sentences).toBe(1);
  });
});
