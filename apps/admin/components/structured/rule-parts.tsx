"use client";

import type { ReactNode } from "react";
import { FieldErrors, fieldIds } from "@/components/form-kit/field-frame";
import { controlClass } from "@/components/form-kit/styles";
import { controlId } from "@/lib/records/structured/places";
import { type CitationForm, type ThresholdForm, thresholdSentence } from "@/lib/records/structured/voting-rules";
import { RadioPart, SelectPart, TextPart } from "./part-controls";

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
  const options = [
    { value: "", label: citation.record ? "A record (kept as it is)" : "Choose a source…" },
    ...context.sources.map((source) => ({ value: source.id, label: source.title })),
    // A source the body no longer lists stays choosable, named by its id.
    ...(citation.sourceId && !listed ? [{ value: citation.sourceId, label: citation.sourceId }] : []),
  ];
  return (
    <>
      <SelectPart
        id={ruleId(`${path}.citation`)}
        label={`${label}: source`}
        hint={
          context.sources.length
            ? "One of this body's sources (listed under Sources)."
            : "Add the source under Sources below first; it is then offered here."
        }
        errors={context.errorsAt(`${path}.citation`)}
        value={citation.sourceId}
        options={options}
        onChange={(sourceId) => onChange({ ...citation, sourceId })}
      />
      <TextPart
        id={ruleId(`${path}.citation.locator`)}
        label={`${label}: where in the source (optional)`}
        hint="A section, page or paragraph, like Sec. 244."
        errors={context.errorsAt(`${path}.citation.locator`)}
        value={citation.locator}
        onChange={(locator) => onChange({ ...citation, locator })}
      />
    </>
  );
}

const MODES = [
  { value: "share", label: "A share" },
  { value: "count", label: "A number of votes" },
] as const;

/** A select inside a threshold's line, its label short on screen and whole for screen readers. */
function InlineSelect<Value extends string>({
  id,
  label,
  words,
  value,
  options,
  onChange,
}: {
  id: string;
  /** The rule, read out before `words`: "To pass an ordinance". */
  label: string;
  words: string;
  value: Value;
  options: Readonly<Record<Value, string>>;
  onChange: (value: Value) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="block">
        <span className="sr-only">{label}: </span>
        {words}
      </label>
      <select
        id={id}
        className={controlClass(false)}
        value={value}
        onChange={(event) => onChange(event.target.value as Value)}
      >
        {(Object.keys(options) as Value[]).map((option) => (
          <option key={option} value={option}>
            {options[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What a threshold's editor takes: where it is in the rules, its name, its form and the context. */
interface ThresholdProps {
  path: string;
  label: string;
  form: ThresholdForm;
  onChange: (form: ThresholdForm) => void;
  context: RuleContext;
}

/**
 * A threshold: a share of a base or a number of votes, with what it comes to for a resident
 * ("Needs 8 of 15 seats"), worked out as the seats change, and its citation.
 */
export function ThresholdEditor({ path, label, form, onChange, context }: ThresholdProps) {
  const set = (patch: Partial<ThresholdForm>) => onChange({ ...form, ...patch });
  const name = ruleId(`${path}.value`);
  return (
    <>
      <RadioPart
        id={name}
        legend={`${label}: votes needed`}
        name={name}
        value={form.mode}
        options={MODES}
        onChange={(mode) => set({ mode })}
        errors={context.errorsAt(`${path}.value`)}
      >
        {form.mode === "share" ? (
          <div className="mt-2 flex flex-wrap gap-4">
            <InlineSelect
              id={`field-${name}-fraction`}
              label={label}
              words="Share"
              value={form.fraction}
              options={FRACTION_WORDS}
              onChange={(fraction) => set({ fraction })}
            />
            <InlineSelect
              id={`field-${name}-of`}
              label={label}
              words="Of"
              value={form.of}
              options={BASE_WORDS}
              onChange={(of) => set({ of })}
            />
          </div>
        ) : (
          <NumberPart
            path={`${path}.value.count`}
            label={`${label}: number of votes`}
            value={form.count}
            onChange={(count) => set({ count })}
            context={context}
          />
        )}
        <p className="mt-2 font-bold" data-rule-numbers={path}>
          {thresholdSentence(form, context.seats)}
        </p>
      </RadioPart>
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

/** A threshold the record may leave out (a kind of measure's, a motion's, the veto override). */
export function OptionalThreshold(props: ThresholdProps) {
  const { path, label, form, onChange, context } = props;
  return (
    <OptionalRule
      path={path}
      label={label}
      set={form.set}
      onToggle={(set) => onChange({ ...form, set })}
      context={context}
    >
      <ThresholdEditor {...props} />
    </OptionalRule>
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
    <TextPart
      id={ruleId(path)}
      label={label}
      hint={hint}
      errors={context.errorsAt(path)}
      numeric
      value={value}
      onChange={onChange}
    />
  );
}
