"use client";

import { fieldIds } from "@/components/form-kit/field-frame";
import { controlClass } from "@/components/form-kit/styles";
import {
  DAY_KINDS,
  EFFECT_STARTS,
  type EffectForm,
  MEASURE_CLASSIFICATIONS,
  NO_ACTION_RESULTS,
  type RulesForm,
} from "@/lib/records/structured/voting-rules";
import { ReferenceField } from "../records/reference-field";
import { PartField, PartGroup } from "./part-field";
import { CitationPicker, NumberPart, OptionalRule, type RuleContext, ruleId, ThresholdEditor } from "./rule-parts";

type Kind = (typeof MEASURE_CLASSIFICATIONS)[number];

/** Which kinds of measure a rule applies to, as checkboxes. */
function KindChecks({
  path,
  legend,
  value,
  onChange,
  context,
}: {
  path: string;
  legend: string;
  value: readonly Kind[];
  onChange: (kinds: Kind[]) => void;
  context: RuleContext;
}) {
  return (
    <PartGroup id={ruleId(path)} legend={legend} errors={context.errorsAt(path)}>
      <div className="mt-1 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {MEASURE_CLASSIFICATIONS.map((kind) => (
          <label key={kind} className="flex items-center gap-2">
            <input
              type="checkbox"
              className="size-5"
              checked={value.includes(kind)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, kind] : value.filter((chosen) => chosen !== kind))
              }
            />
            {kind}
          </label>
        ))}
      </div>
    </PartGroup>
  );
}

/** How many times a kind of measure must pass, on separate days. */
export function ReadingsRule({
  form,
  onChange,
  context,
}: {
  form: RulesForm["readings"];
  onChange: (form: RulesForm["readings"]) => void;
  context: RuleContext;
}) {
  const set = (patch: Partial<RulesForm["readings"]>) => onChange({ ...form, ...patch });
  return (
    <OptionalRule path="readings" label="Readings" set={form.set} onToggle={(on) => set({ set: on })} context={context}>
      <KindChecks
        path="readings.value.appliesTo"
        legend="Readings: kinds of measure"
        value={form.appliesTo}
        onChange={(appliesTo) => set({ appliesTo })}
        context={context}
      />
      <NumberPart
        path="readings.value.count"
        label="Readings: how many passing votes, on separate days"
        value={form.count}
        onChange={(count) => set({ count })}
        context={context}
      />
      <label className="mt-3 flex items-center gap-2">
        <input
          type="checkbox"
          className="size-5"
          checked={form.unanimousFirstSuffices}
          onChange={(event) => set({ unanimousFirstSuffices: event.target.checked })}
        />
        A unanimous vote the first time is enough
      </label>
      <CitationPicker
        path="readings"
        label="Readings"
        citation={form.citation}
        onChange={(citation) => set({ citation })}
        context={context}
      />
    </OptionalRule>
  );
}

/** The executive's step: who signs or vetoes what, in how many days, what doing nothing means, and the override. */
export function ExecutiveRule({
  form,
  onChange,
  context,
}: {
  form: RulesForm["executive"];
  onChange: (form: RulesForm["executive"]) => void;
  context: RuleContext;
}) {
  const set = (patch: Partial<RulesForm["executive"]>) => onChange({ ...form, ...patch });
  const postErrors = context.errorsAt("executive.postId");
  const postIds = fieldIds(ruleId("executive.postId"), undefined, postErrors);
  return (
    <OptionalRule
      path="executive"
      label="Signature or veto"
      set={form.set}
      onToggle={(on) => set({ set: on })}
      context={context}
    >
      {(
        [
          [
            "titleEn",
            "executive.title.en",
            "The executive, in English",
            "en",
            "Names the office with its article: the Mayor.",
          ],
          ["titleEs", "executive.title.es", "The executive, in Spanish", "es", "Con su artículo: la Alcaldía."],
        ] as const
      ).map(([key, path, label, lang, hint]) => (
        <PartField key={key} id={ruleId(path)} label={label} hint={hint} errors={context.errorsAt(path)}>
          {(control) => (
            <input
              id={control.id}
              type="text"
              lang={lang}
              aria-describedby={control.describedBy}
              aria-invalid={control.invalid || undefined}
              className={controlClass(control.invalid)}
              value={form[key]}
              onChange={(event) => set({ [key]: event.target.value })}
            />
          )}
        </PartField>
      ))}
      <div className="mt-3">
        <label htmlFor={postIds.control} className="block font-bold">
          The executive's post (optional)
        </label>
        <ReferenceField
          ids={postIds}
          label="The executive's post"
          collection="posts"
          value={form.postId}
          invalid={postErrors.length > 0}
          onChange={(postId) => set({ postId })}
          onBlur={() => {}}
        />
      </div>
      <KindChecks
        path="executive.appliesTo"
        legend="Kinds of measure the executive signs or vetoes"
        value={form.appliesTo}
        onChange={(appliesTo) => set({ appliesTo })}
        context={context}
      />
      <OptionalRule
        path="executive.daysToAct"
        label="Days to act"
        set={form.daysToAct.set}
        onToggle={(on) => set({ daysToAct: { ...form.daysToAct, set: on } })}
        context={context}
      >
        <NumberPart
          path="executive.daysToAct.value"
          label="Days to act, counted from delivery"
          value={form.daysToAct.value}
          onChange={(value) => set({ daysToAct: { ...form.daysToAct, value } })}
          context={context}
        />
        <PartField
          id={ruleId("executive.dayKind")}
          label="Days counted as"
          errors={context.errorsAt("executive.dayKind")}
        >
          {(control) => (
            <select
              id={control.id}
              aria-describedby={control.describedBy}
              className={controlClass(control.invalid)}
              value={form.dayKind}
              onChange={(event) => set({ dayKind: event.target.value as RulesForm["executive"]["dayKind"] })}
            >
              <option value="">Calendar days (not stated)</option>
              {DAY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kind === "business" ? "Working days" : "Calendar days"}
                </option>
              ))}
            </select>
          )}
        </PartField>
        <CitationPicker
          path="executive.daysToAct"
          label="Days to act"
          citation={form.daysToAct.citation}
          onChange={(citation) => set({ daysToAct: { ...form.daysToAct, citation } })}
          context={context}
        />
      </OptionalRule>
      <OptionalRule
        path="executive.ifNoAction"
        label="If the executive does nothing"
        set={form.ifNoAction.set}
        onToggle={(on) => set({ ifNoAction: { ...form.ifNoAction, set: on } })}
        context={context}
      >
        <PartField
          id={ruleId("executive.ifNoAction.value")}
          label="If the executive does nothing in time, the measure"
          errors={context.errorsAt("executive.ifNoAction.value")}
        >
          {(control) => (
            <select
              id={control.id}
              aria-describedby={control.describedBy}
              className={controlClass(control.invalid)}
              value={form.ifNoAction.value}
              onChange={(event) =>
                set({
                  ifNoAction: {
                    ...form.ifNoAction,
                    value: event.target.value as RulesForm["executive"]["ifNoAction"]["value"],
                  },
                })
              }
            >
              {NO_ACTION_RESULTS.map((result) => (
                <option key={result} value={result}>
                  {result === "becomes-law" ? "becomes law" : "fails"}
                </option>
              ))}
            </select>
          )}
        </PartField>
        <CitationPicker
          path="executive.ifNoAction"
          label="If the executive does nothing"
          citation={form.ifNoAction.citation}
          onChange={(citation) => set({ ifNoAction: { ...form.ifNoAction, citation } })}
          context={context}
        />
      </OptionalRule>
      <OptionalRule
        path="executive.override"
        label="Veto override"
        set={form.override.set}
        onToggle={(on) => set({ override: { ...form.override, set: on } })}
        context={context}
      >
        <ThresholdEditor
          path="executive.override"
          label="Veto override"
          form={form.override}
          onChange={(override) => set({ override })}
          context={context}
        />
      </OptionalRule>
    </OptionalRule>
  );
}

/** When a law takes effect: days after its publication or enactment. */
export function EffectRule({
  path,
  label,
  form,
  onChange,
  context,
}: {
  path: "effect" | "urgentEffect";
  label: string;
  form: EffectForm;
  onChange: (form: EffectForm) => void;
  context: RuleContext;
}) {
  const set = (patch: Partial<EffectForm>) => onChange({ ...form, ...patch });
  return (
    <OptionalRule path={path} label={label} set={form.set} onToggle={(on) => set({ set: on })} context={context}>
      <NumberPart
        path={`${path}.value.days`}
        label={`${label}: days (0 for the same day)`}
        value={form.days}
        onChange={(days) => set({ days })}
        context={context}
      />
      <PartField
        id={ruleId(`${path}.value.from`)}
        label={`${label}: counted from`}
        errors={context.errorsAt(`${path}.value.from`)}
      >
        {(control) => (
          <select
            id={control.id}
            aria-describedby={control.describedBy}
            className={controlClass(control.invalid)}
            value={form.from}
            onChange={(event) => set({ from: event.target.value as EffectForm["from"] })}
          >
            {EFFECT_STARTS.map((start) => (
              <option key={start} value={start}>
                {start === "publication" ? "its publication" : "its enactment"}
              </option>
            ))}
          </select>
        )}
      </PartField>
      <CitationPicker
        path={path}
        label={label}
        citation={form.citation}
        onChange={(citation) => set({ citation })}
        context={context}
      />
    </OptionalRule>
  );
}
