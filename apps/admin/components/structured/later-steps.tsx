"use client";

import {
  DAY_KINDS,
  EFFECT_STARTS,
  type EffectForm,
  MEASURE_CLASSIFICATIONS,
  NO_ACTION_RESULTS,
  type RulesForm,
} from "@/lib/records/structured/voting-rules";
import { RecordPart, SelectPart, TextPart } from "./part-controls";
import { PartGroup } from "./part-field";
import { CitationPicker, NumberPart, OptionalRule, OptionalThreshold, type RuleContext, ruleId } from "./rule-parts";

type Kind = (typeof MEASURE_CLASSIFICATIONS)[number];

const DAY_KIND_OPTIONS: ReadonlyArray<{ value: RulesForm["executive"]["dayKind"]; label: string }> = [
  { value: "", label: "Calendar days (not stated)" },
  ...DAY_KINDS.map((kind) => ({ value: kind, label: kind === "business" ? "Working days" : "Calendar days" })),
];
const NO_ACTION_OPTIONS = NO_ACTION_RESULTS.map((result) => ({
  value: result,
  label: result === "becomes-law" ? "becomes law" : "fails",
}));
const EFFECT_START_OPTIONS = EFFECT_STARTS.map((start) => ({
  value: start,
  label: start === "publication" ? "its publication" : "its enactment",
}));

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
        <TextPart
          key={key}
          id={ruleId(path)}
          label={label}
          hint={hint}
          lang={lang}
          errors={context.errorsAt(path)}
          value={form[key]}
          onChange={(text) => set({ [key]: text })}
        />
      ))}
      <RecordPart
        id={ruleId("executive.postId")}
        label="The executive's post (optional)"
        errors={context.errorsAt("executive.postId")}
        collection="posts"
        value={form.postId}
        removeLabel="the executive's post"
        onChange={(postId) => set({ postId })}
        onBlur={() => {}}
      />
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
        <SelectPart
          id={ruleId("executive.dayKind")}
          label="Days counted as"
          errors={context.errorsAt("executive.dayKind")}
          value={form.dayKind}
          options={DAY_KIND_OPTIONS}
          onChange={(dayKind) => set({ dayKind })}
        />
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
        <SelectPart
          id={ruleId("executive.ifNoAction.value")}
          label="If the executive does nothing in time, the measure"
          errors={context.errorsAt("executive.ifNoAction.value")}
          value={form.ifNoAction.value}
          options={NO_ACTION_OPTIONS}
          onChange={(value) => set({ ifNoAction: { ...form.ifNoAction, value } })}
        />
        <CitationPicker
          path="executive.ifNoAction"
          label="If the executive does nothing"
          citation={form.ifNoAction.citation}
          onChange={(citation) => set({ ifNoAction: { ...form.ifNoAction, citation } })}
          context={context}
        />
      </OptionalRule>
      <OptionalThreshold
        path="executive.override"
        label="Veto override"
        form={form.override}
        onChange={(override) => set({ override })}
        context={context}
      />
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
      <SelectPart
        id={ruleId(`${path}.value.from`)}
        label={`${label}: counted from`}
        errors={context.errorsAt(`${path}.value.from`)}
        value={form.from}
        options={EFFECT_START_OPTIONS}
        onChange={(from) => set({ from })}
      />
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
