"use client";

import { controlClass } from "@/components/form-kit/styles";
import { type PhraseValue, phrasePartOf, phraseValueOf } from "@/lib/records/structured/phrase";
import { PartField, PartGroup } from "./part-field";
import type { StructuredEditorProps } from "./types";

const LANGUAGES = [
  { key: "en", label: "In English", hint: "With its article, as a sentence would say it: the Council." },
  { key: "es", label: "In Spanish", hint: "Con su artículo: el Concejo." },
] as const;

/** How sentences on the public site name a body, in English and Spanish. */
export function PhraseEditor({ name, label, value, onChange, onBlur, issues }: StructuredEditorProps) {
  const phrase = (value ?? phraseValueOf(undefined)) as PhraseValue;
  const errorsOf = (language: "en" | "es") => [
    ...new Set(
      issues
        .filter((issue) => (issue.path === "" ? language === "en" : issue.path.startsWith(language)))
        .map((issue) => phrasePartOf(`${name}.${issue.path || language}`, issue.message)?.message ?? issue.message),
    ),
  ];
  return (
    <PartGroup id={name} legend={label} hint="Leave both blank and pages use the body's name." errors={[]}>
      {LANGUAGES.map((language) => (
        <PartField
          key={language.key}
          id={`${name}-${language.key}`}
          label={language.label}
          hint={language.hint}
          errors={errorsOf(language.key)}
        >
          {(control) => (
            <input
              id={control.id}
              type="text"
              lang={language.key}
              aria-describedby={control.describedBy}
              aria-invalid={control.invalid || undefined}
              className={controlClass(control.invalid)}
              value={phrase[language.key]}
              onChange={(event) => onChange({ ...phrase, [language.key]: event.target.value })}
              onBlur={onBlur}
            />
          )}
        </PartField>
      ))}
    </PartGroup>
  );
}
