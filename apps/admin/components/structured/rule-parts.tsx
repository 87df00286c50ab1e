"use client";

import type { ReactNode } from "react";
import { FieldErrors, fieldIds } from "@/components/form-kit/field-frame";
import { controlClass } from "@/components/form-kit/styles";
import { controlId } from "@/lib/records/structured/places";
import {
  type CitationForm,
  FRACTIONS,
  SHARE_BASES,
  type ThresholdForm,
  thresholdSentence,
} from "@/lib/records/structured/voting-rules";
import { PartField, PartGroup } from "./part-field";

/** What every part of the rules editor is given: the sentences beside a control, and the record's sources. */
export interface RuleContext {
  errorsAt: (path: string) => string[];
  sources: ReadonlyArray<{ id: string; title: string }>;
  seats: string;
}

const FRACTION_WORDS: Record<ThresholdForm["fraction"], string> = {
  majority: "A majority",
  "two-thirds": "Two-thirds",
  "three-quarters": "Three-quarters",
  unanimous: "Every one (unanimous)",
};
const BASE_WORDS: Record<ThresholdForm["of"], string> = {
  seats: "of every seat, vacant or not",
  present: "of the members present",
  voting: "of the members voting yes or no",
};

/** `quorum.value` → the id part `rules-quorum-value`, as `fieldIds` wants it. */
export const ruleId = (path: string) => controlId("rules", path).replace(/^field-/, "");

/** A rule's citation: one of the body's sources, and where in it. */
export function CitationPicker({
  path,
  label,
  citation,
  onChange,
  context,
}: {
  path: string;
  label: string;
  citation: CitationForm;
  onChange: (citation: CitationForm) => void;
  context: RuleContext;
}) {
  const listed = context.sources.some((source) => source.id === citation.sourceId);
  return (
    <>
      <PartField
        id={ruleId(`${path}.citation`)}
        label={`${label}: source`}
        hint={
          context.sources.length
            ? "One of this body's sources (listed under Sources)."
            : "Add the source under Sources below first; it is then offered here."
        }
        errors={context.errorsAt(`${path}.citation`)}
      >
        {(control) => (
          <select
            id={control.id}
            aria-describedby={control.describedBy}
            aria-invalid={control.invalid || undefined}
            className={controlClass(control.invalid)}
            value={citation.sourceId}
            onChange={(event) => onChange({ ...citation, sourceId: event.target.value })}
          >
            <option value="">{citation.record ? "A record (kept as it is)" : "Choose a source…"}</option>
            {context.sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.title}
              </option>
            ))}
            {citation.sourceId && !listed ? <option value={citation.sourceId}>{citation.sourceId}</option> : null}
          </select>
        )}
      </PartField>
      <PartField
        id={ruleId(`${path}.citation.locator`)}
        label={`${label}: where in the source (optional)`}
        hint="A section, page or paragraph, like Sec. 244."
        errors={context.errorsAt(`${path}.citation.locator`)}
      >
        {(control) => (
          <input
            id={control.id}
            type="text"
            aria-describedby={control.describedBy}
            aria-invalid={control.invalid || undefined}
            className={controlClass(control.invalid)}
            value={citation.locator}
            onChange={(event) => onChange({ ...citation, locator: event.target.value })}
          />
        )}
      </PartField>
    </>
  );
}

/**
 * A threshold: a share of a base or a number of votes, with what it comes to for a resident
 * ("Needs 8 of 15 seats"), worked out as the seats change, and its citation.
 */
export function ThresholdEditor({
  path,
  label,
  form,
  onChange,
  context,
}: {
  path: string;
  label: string;
  form: ThresholdForm;
  onChange: (form: ThresholdForm) => void;
  context: RuleContext;
}) {
  const set = (patch: Partial<ThresholdForm>) => onChange({ ...form, ...patch });
  const name = ruleId(`${path}.value`);
  return (
    <>
      <PartGroup id={name} legend={`${label}: votes needed`} errors={context.errorsAt(`${path}.value`)}>
        <div className="mt-1 flex flex-wrap gap-4">
          {(
            [
              ["share", "A share"],
              ["count", "A number of votes"],
            ] as const
          ).map(([mode, words]) => (
            <label key={mode} className="flex items-center gap-2">
              <input
                type="radio"
                name={name}
                className="size-5"
                checked={form.mode === mode}
                onChange={() => set({ mode })}
              />
              {words}
            </label>
          ))}
        </div>
        {form.mode === "share" ? (
          <div className="mt-2 flex flex-wrap gap-4">
            <div>
              <label htmlFor={`field-${name}-fraction`} className="block">
                <span className="sr-only">{label}: </span>Share
              </label>
              <select
                id={`field-${name}-fraction`}
                className={controlClass(false)}
                value={form.fraction}
                onChange={(event) => set({ fraction: event.target.value as ThresholdForm["fraction"] })}
              >
                {FRACTIONS.map((fraction) => (
                  <option key={fraction} value={fraction}>
                    {FRACTION_WORDS[fraction]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`field-${name}-of`} className="block">
                <span className="sr-only">{label}: </span>Of
              </label>
              <select
                id={`field-${name}-of`}
                className={controlClass(false)}
                value={form.of}
                onChange={(event) => set({ of: event.target.value as ThresholdForm["of"] })}
              >
                {SHARE_BASES.map((base) => (
                  <option key={base} value={base}>
                    {BASE_WORDS[base]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : (
          <PartField
            id={ruleId(`${path}.value.count`)}
            label={`${label}: number of votes`}
            errors={context.errorsAt(`${path}.value.count`)}
          >
            {(control) => (
              <input
                id={control.id}
                type="text"
                inputMode="numeric"
                aria-describedby={control.describedBy}
                aria-invalid={control.invalid || undefined}
                className={controlClass(control.invalid)}
                value={form.count}
                onChange={(event) => set({ count: event.target.value })}
              />
            )}
          </PartField>
        )}
        <p className="mt-2 font-bold" data-rule-numbers={path}>
          {thresholdSentence(form, context.seats)}
        </p>
      </PartGroup>
      <CitationPicker
        path={path}
        label={label}
        citation={form.citation}
        onChange={(citation) => set({ citation })}
        context={context}
      />
    </>
  );
}

/**
 * A rule the record may leave out: a box to say the rules set it, and its controls once they
 * do. Its own problems (the rule as a whole) show under its legend.
 */
export function OptionalRule({
  path,
  label,
  set,
  onToggle,
  context,
  children,
}: {
  path: string;
  label: string;
  set: boolean;
  onToggle: (set: boolean) => void;
  context: RuleContext;
  children: ReactNode;
}) {
  const errors = context.errorsAt(path);
  const ids = fieldIds(ruleId(path), undefined, errors);
  return (
    <fieldset
      id={ids.control}
      tabIndex={-1}
      aria-describedby={ids.describedBy}
      className={`mt-4 rounded-card border border-line p-4 ${errors.length ? "border-l-4 border-l-error" : ""}`}
    >
      <legend className="px-1 font-bold">{label}</legend>
      <FieldErrors id={ids.error} messages={errors} />
      <label className="mt-1 flex items-center gap-2">
        <input type="checkbox" className="size-5" checked={set} onChange={(event) => onToggle(event.target.checked)} />
        {label}: the rules say
      </label>
      {set ? children : <p className="mt-1 text-muted">Not on record: pages say so rather than guess.</p>}
    </fieldset>
  );
}

/** A whole number typed in a box, with its sentences beside it. */
export function NumberPart({
  path,
  label,
  hint,
  value,
  onChange,
  context,
}: {
  path: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  context: RuleContext;
}) {
  return (
    <PartField id={ruleId(path)} label={label} hint={hint} errors={context.errorsAt(path)}>
      {(control) => (
        <input
          id={control.id}
          type="text"
          inputMode="numeric"
          aria-describedby={control.describedBy}
          aria-invalid={control.invalid || undefined}
          className={controlClass(control.invalid)}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </PartField>
  );
}
