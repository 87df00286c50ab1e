import { type Locale, readability } from "@legible/core";

/** The highest reading grade an explainer block should need (lint's default). */
export const TARGET_GRADE = 8;

/** A block's reading grade as the editor types, against the target; the field it describes names it by id. */
export function ReadingGrade({ id, text, locale }: { id: string; text: string; locale: Locale }) {
  if (text.trim() === "") {
    return (
      <p id={id} className="mt-1 text-sm text-muted">
        Reading grade: shown once there is text (target {TARGET_GRADE} or below).
      </p>
    );
  }
  const { grade, index } = readability(text, locale);
  const above = grade > TARGET_GRADE;
  const scale = index === "flesch-kincaid" ? "Flesch-Kincaid" : "Fernández-Huerta";
  return (
    <p id={id} className={`mt-1 text-sm ${above ? "font-bold text-error" : "text-muted"}`}>
      Reading grade {grade.toFixed(1)} ({scale}):{" "}
      {above
        ? `above the target of ${TARGET_GRADE}. Use shorter sentences and common words.`
        : `at or below the target of ${TARGET_GRADE}.`}
    </p>
  );
}
