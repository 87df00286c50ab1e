import { plainText } from "./glossary.js";
import type { Locale } from "./schemas/common.js";

/** A text's readability, with the counts behind it so editors can see what to shorten. */
export interface Readability {
  /** `flesch-kincaid` for English, `fernandez-huerta` for Spanish. */
  index: "flesch-kincaid" | "fernandez-huerta";
  /**
   * US school grade. For English it is the Flesch-Kincaid grade. For Spanish it is read off
   * the Fernández-Huerta score with that scale's published grade bands, so one grade target
   * works for both languages.
   */
  grade: number;
  /** Fernández-Huerta ease, 0 (hard) to 100 (easy); only for Spanish. */
  score?: number;
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function sentenceCount(text: string): number {
  // A sentence ends at . ! ? or a line break (list items and headings count as sentences).
  return text.split(/[.!?…]+(?=\s|$|["”’)])|\n+/u).filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
}

/**
 * English syllables, by the common vowel-group heuristic with silent endings removed.
 * Good to about one syllable in ten, which is what grade formulas assume.
 */
export function englishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 0);
}

const STRONG = new Set(["a", "e", "o", "á", "é", "ó", "í", "ú"]);

/**
 * Spanish syllables: one per vowel group, plus one for each hiatus (two strong vowels side
 * by side, or a weak vowel carrying an accent: "pa-ís", "ri-o" is a diphthong but "rí-o" is not).
 */
export function spanishSyllables(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/qu(?=[eéií])/g, "q")
    .replace(/gu(?=[eéií])/g, "g")
    .replace(/y$/, "i");
  let count = 0;
  let previousVowel: string | undefined;
  for (const ch of w) {
    if (/[aeiouáéíóúü]/.test(ch)) {
      if (previousVowel === undefined) count += 1;
      else if (STRONG.has(previousVowel) && STRONG.has(ch)) count += 1;
      previousVowel = ch;
    } else {
      previousVowel = undefined;
    }
  }
  return Math.max(1, count);
}

// Grade bands published with the Fernández-Huerta scale (90–100 4th grade, 80–90 5th,
// 70–80 6th, 60–70 7th–8th, 50–60 pre-university, 30–50 college entry, below 30 university),
// as points to interpolate between.
const SPANISH_GRADE_POINTS: ReadonlyArray<readonly [number, number]> = [
  [100, 3],
  [90, 4],
  [80, 5],
  [70, 6],
  [60, 8],
  [50, 11],
  [30, 14],
  [0, 17],
];

function gradeFromSpanishScore(score: number): number {
  const first = SPANISH_GRADE_POINTS[0];
  if (first && score >= first[0]) return first[1];
  for (let i = 1; i < SPANISH_GRADE_POINTS.length; i++) {
    const high = SPANISH_GRADE_POINTS[i - 1];
    const low = SPANISH_GRADE_POINTS[i];
    if (!high || !low) break;
    if (score >= low[0]) {
      const t = (high[0] - score) / (high[0] - low[0]);
      return high[1] + t * (low[1] - high[1]);
    }
  }
  return 17;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * How hard a text is to read. English uses the Flesch-Kincaid grade:
 * 0.39 × words per sentence + 11.8 × syllables per word − 15.59. Spanish uses Fernández-Huerta
 * as corrected by Law (2011): 206.84 − 0.60 × syllables per 100 words − 1.02 × words per
 * sentence. Empty text scores grade 0. Glossary markup is ignored.
 *
 * @example
 * readability("The council voted. The Mayor will sign it.", "en").grade // → about 1.9
 */
export function readability(text: string, locale: Locale): Readability {
  const plain = plainText(text);
  const list = words(plain);
  const wordCount = list.length;
  if (wordCount === 0) {
    return locale === "en"
      ? { index: "flesch-kincaid", grade: 0, words: 0, sentences: 0, syllables: 0 }
      : { index: "fernandez-huerta", grade: 0, score: 100, words: 0, sentences: 0, syllables: 0 };
  }
  const sentences = Math.max(1, sentenceCount(plain));
  const count = locale === "en" ? englishSyllables : spanishSyllables;
  const syllables = list.reduce((sum, word) => sum + count(word), 0);
  const wordsPerSentence = wordCount / sentences;
  if (locale === "en") {
    const grade = 0.39 * wordsPerSentence + 11.8 * (syllables / wordCount) - 15.59;
    return { index: "flesch-kincaid", grade: round1(Math.max(0, grade)), words: wordCount, sentences, syllables };
  }
  const score = 206.84 - 0.6 * ((syllables / wordCount) * 100) - 1.02 * wordsPerSentence;
  return {
    index: "fernandez-huerta",
    grade: round1(gradeFromSpanishScore(score)),
    score: round1(Math.min(100, Math.max(0, score))),
    words: wordCount,
    sentences,
    syllables,
  };
}
