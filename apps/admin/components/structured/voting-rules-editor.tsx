"use client";

import { buttonClass } from "@legible/ui/button";
import { fieldIds, GroupFrame } from "@/components/form-kit/field-frame";
import { linkClass } from "@/components/form-kit/styles";
import { MOTION_WORDS, passageWords, rulePart } from "@/lib/records/structured/rules-parts";
import {
  MEASURE_CLASSIFICATIONS,
  MOTION_RULE_KINDS,
  newRulesForm,
  type RulesForm,
  thresholdWords,
} from "@/lib/records/structured/voting-rules";
import { EffectRule, ExecutiveRule, ReadingsRule } from "./later-steps";
import { CitationPicker, NumberPart, OptionalThreshold, type RuleContext, ThresholdEditor } from "./rule-parts";
import type { StructuredEditorProps } from "./types";
import { useSourceTitles } from "./use-source-titles";

/**
 * A body's voting rules, guided: seats, quorum, what each kind of measure and each motion
 * needs (a share or a count), readings, the executive's step and when laws take effect, each
 * with its citation picked from the body's sources. Under each threshold, what it comes to as
 * a resident will read it ("Needs 8 of 15 seats"), worked out by core's vote math as the seats change.
 */
export function VotingRulesEditor({ name, label, value, onChange, onBlur, issues, formValues }: StructuredEditorProps) {
  const form = value as RulesForm;
  const sourceIds = Array.isArray(formValues?.sourceIds) ? (formValues.sourceIds as string[]) : [];
  const sources = useSourceTitles(sourceIds);
  const byTarget = new Map<string, string[]>();
  for (const issue of issues) {
    const part = rulePart(issue.path, issue.message);
    const sentences = byTarget.get(part.target) ?? [];
    if (!sentences.includes(part.message)) byTarget.set(part.target, [...sentences, part.message]);
  }
  const context: RuleContext = {
    errorsAt: (path) => byTarget.get(`field-${name}-${path.replace(/\./g, "-")}`) ?? [],
    sources,
    seats: form.seats.value,
  };
  const listErrors = byTarget.get(`field-${name}`) ?? [];
  const ids = fieldIds(name, "hint", listErrors);
  const change = (patch: Partial<RulesForm>) => {
    onChange({ ...form, ...patch });
  };
  const setKind = <K extends "passage" | "motions">(
    group: K,
    key: keyof RulesForm[K],
    next: RulesForm[K][keyof RulesForm[K]],
  ) => change({ [group]: { ...form[group], [key]: next } } as Partial<RulesForm>);

  // The numbers that change with the seats, said once where the seats are typed.
  const quorumVotes = thresholdWords(form.quorum, form.seats.value).votes;
  const passageVotes = MEASURE_CLASSIFICATIONS.filter((kind) => form.passage[kind].set).flatMap((kind) => {
    const votes = thresholdWords(form.passage[kind], form.seats.value).votes;
    return votes ? [`${passageWords(kind).replace(/^To pass/, "passing")}: ${votes}`] : [];
  });

  return (
    // Every part's blur counts as the field's: the form checks the rules once a part is left.
    <GroupFrame
      ids={ids}
      label={label}
      hint="The rules the public pages decide votes by. Each rule cites one of this body's sources. A rule left out is not on record, and pages say so rather than guess."
      errors={listErrors}
      onBlur={onBlur}
    >
      {!form.set ? (
        <>
          <p className="mt-2">This body's voting rules are not on record.</p>
          <button type="button" className={`mt-2 ${buttonClass("secondary")}`} onClick={() => onChange(newRulesForm())}>
            Add voting rules
          </button>
        </>
      ) : (
        <div className="max-w-2xl">
          <div className="mt-3 rounded-card border border-line p-4">
            <NumberPart
              path="seats.value"
              label="Seats"
              hint="Every seat, vacant or not."
              value={form.seats.value}
              onChange={(seats) => change({ seats: { ...form.seats, value: seats } })}
              context={context}
            />
            <p role="status" className="mt-2">
              {quorumVotes
                ? `Quorum: ${quorumVotes}${passageVotes.length ? `; ${passageVotes.join("; ")}` : ""}.`
                : null}
            </p>
            <CitationPicker
              path="seats"
              label="Seats"
              citation={form.seats.citation}
              onChange={(citation) => change({ seats: { ...form.seats, citation } })}
              context={context}
            />
          </div>
          <fieldset className="mt-4 rounded-card border border-line p-4">
            <legend className="px-1 font-bold">Quorum</legend>
            <p className="text-muted">Members who must be present to vote.</p>
            <ThresholdEditor
              path="quorum"
              label="Quorum"
              form={form.quorum}
              onChange={(quorum) => change({ quorum })}
              context={context}
            />
          </fieldset>
          <h3 className="mt-6 font-bold">What each kind of measure needs to pass</h3>
          {MEASURE_CLASSIFICATIONS.map((kind) => (
            <OptionalThreshold
              key={kind}
              path={`passage.${kind}`}
              label={passageWords(kind)}
              form={form.passage[kind]}
              onChange={(next) => setKind("passage", kind, next)}
              context={context}
            />
          ))}
          <OptionalThreshold
            path="otherActions"
            label="Any other action"
            form={form.otherActions}
            onChange={(otherActions) => change({ otherActions })}
            context={context}
          />
          <h3 className="mt-6 font-bold">Motions with a share of their own</h3>
          {MOTION_RULE_KINDS.map((kind) => (
            <OptionalThreshold
              key={kind}
              path={`motions.${kind}`}
              label={MOTION_WORDS[kind]}
              form={form.motions[kind]}
              onChange={(next) => setKind("motions", kind, next)}
              context={context}
            />
          ))}
          <h3 className="mt-6 font-bold">After a vote</h3>
          <ReadingsRule form={form.readings} onChange={(readings) => change({ readings })} context={context} />
          <ExecutiveRule form={form.executive} onChange={(executive) => change({ executive })} context={context} />
          <EffectRule
            path="effect"
            label="When a law takes effect"
            form={form.effect}
            onChange={(effect) => change({ effect })}
            context={context}
          />
          <EffectRule
            path="urgentEffect"
            label="When an urgent law takes effect"
            form={form.urgentEffect}
            onChange={(urgentEffect) => change({ urgentEffect })}
            context={context}
          />
          <button type="button" className={`mt-4 ${linkClass}`} onClick={() => change({ set: false })}>
            Remove all voting rules
          </button>
        </div>
      )}
    </GroupFrame>
  );
}
