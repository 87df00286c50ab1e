"use client";

import type { PublicCommentPart } from "@legible/core";
import type { ReactNode } from "react";
import { fieldIds, GroupFrame } from "@/components/form-kit/field-frame";
import { controlId } from "@/lib/records/structured/places";
import {
  type Allowed,
  PART_WORDS,
  type PublicCommentForm,
  publicCommentFormOf,
  publicCommentPart,
} from "@/lib/records/structured/public-comment";
import type { CitationForm } from "@/lib/records/structured/voting-rules";
import { RadioPart, SelectPart, TextPart } from "./part-controls";
import type { StructuredEditorProps } from "./types";
import { useSourceTitles } from "./use-source-titles";

const ALLOWED_OPTIONS: ReadonlyArray<{ value: Allowed; label: string }> = [
  { value: "unknown", label: "Not on record" },
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];
const ON_RECORD_OPTIONS = [
  { value: "unknown", label: "Not on record" },
  { value: "set", label: "On record" },
] as const;

/** A control's id without `field-`, as the part controls want it. */
const partId = (path: string) => controlId("publicComment", path).replace(/^field-/, "");

/**
 * How residents take part in a body's meetings, guided: for each way (in person, from afar, in
 * writing) whether the rules allow it, then sign-up and where meetings are held, each with the
 * body's source that says so. A part left "not on record" is shown to residents as such.
 */
export function PublicCommentEditor({
  name,
  label,
  value,
  onChange,
  onBlur,
  issues,
  formValues,
}: StructuredEditorProps) {
  const form = (value ?? publicCommentFormOf(undefined)) as PublicCommentForm;
  const sourceIds = Array.isArray(formValues?.sourceIds) ? (formValues.sourceIds as string[]) : [];
  const sources = useSourceTitles(sourceIds);
  const byTarget = new Map<string, string[]>();
  for (const issue of issues) {
    const part = publicCommentPart(issue.path, issue.message);
    const sentences = byTarget.get(part.target) ?? [];
    if (!sentences.includes(part.message)) byTarget.set(part.target, [...sentences, part.message]);
  }
  const errorsAt = (path: string) => byTarget.get(controlId("publicComment", path)) ?? [];
  const listErrors = byTarget.get(`field-${name}`) ?? [];
  const ids = fieldIds(name, "hint", listErrors);
  const set = <K extends PublicCommentPart>(part: K, patch: Partial<PublicCommentForm[K]>) =>
    onChange({ ...form, [part]: { ...form[part], ...patch } });

  const citation = (part: PublicCommentPart, current: CitationForm) => {
    const listed = sources.some((source) => source.id === current.sourceId);
    const options = [
      { value: "", label: "Choose a source…" },
      ...sources.map((source) => ({ value: source.id, label: source.title })),
      ...(current.sourceId && !listed ? [{ value: current.sourceId, label: current.sourceId }] : []),
    ];
    return (
      <>
        <SelectPart
          id={partId(`${part}.citation`)}
          label={`${PART_WORDS[part]}: source`}
          hint={
            sources.length
              ? "One of this body's sources (listed under Sources)."
              : "Add the source under Sources below first; it is then offered here."
          }
          errors={errorsAt(`${part}.citation`)}
          value={current.sourceId}
          options={options}
          onChange={(sourceId) => set(part, { citation: { ...current, sourceId } } as never)}
          onBlur={onBlur}
        />
        <TextPart
          id={partId(`${part}.citation.locator`)}
          label={`${PART_WORDS[part]}: where in the source (optional)`}
          hint="A rule, section or page, like Rule 7."
          errors={errorsAt(`${part}.citation.locator`)}
          value={current.locator}
          onChange={(locator) => set(part, { citation: { ...current, locator } } as never)}
          onBlur={onBlur}
        />
      </>
    );
  };

  const frame = (part: PublicCommentPart, choice: ReactNode, details: ReactNode) => (
    <fieldset className="mt-4 rounded-card border border-line p-4">
      <legend className="px-1 font-bold">{PART_WORDS[part]}</legend>
      {choice}
      {details}
    </fieldset>
  );

  const allowedChoice = (part: "inPerson" | "remote" | "written", legend: string) => (
    <RadioPart
      id={partId(part)}
      name={`${name}-${part}-allowed`}
      legend={legend}
      value={form[part].allowed}
      options={ALLOWED_OPTIONS}
      onChange={(allowed) => set(part, { allowed })}
      onBlur={onBlur}
      errors={errorsAt(part)}
    />
  );
  const onRecordChoice = (part: "signUp" | "where") => (
    <RadioPart
      id={partId(part)}
      name={`${name}-${part}-set`}
      legend={`${PART_WORDS[part]}: on record?`}
      value={form[part].set ? "set" : "unknown"}
      options={ON_RECORD_OPTIONS}
      onChange={(choice) => set(part, { set: choice === "set" })}
      onBlur={onBlur}
      errors={errorsAt(part)}
    />
  );

  const { inPerson, remote, written, signUp, where } = form;
  return (
    <GroupFrame
      ids={ids}
      label={label}
      hint="How the public takes part in this body's meetings, as its rules say. Each part cites one of this body's sources. A part left not on record is shown to residents as not on record."
      errors={listErrors}
      onBlur={onBlur}
    >
      <div className="max-w-2xl">
        {frame(
          "inPerson",
          allowedChoice("inPerson", "May the public speak at the meeting in person?"),
          inPerson.allowed === "unknown" ? null : (
            <>
              {inPerson.allowed === "yes" ? (
                <TextPart
                  id={partId("inPerson.value.minutesPerSpeaker")}
                  label="Minutes each speaker gets (optional)"
                  hint="Leave blank when the rules do not say."
                  errors={errorsAt("inPerson.value.minutesPerSpeaker")}
                  value={inPerson.minutes}
                  numeric
                  onChange={(minutes) => set("inPerson", { minutes })}
                  onBlur={onBlur}
                />
              ) : null}
              {citation("inPerson", inPerson.citation)}
            </>
          ),
        )}
        {frame(
          "remote",
          allowedChoice("remote", "May the public speak from afar, by phone or video?"),
          remote.allowed === "unknown" ? null : (
            <>
              {remote.allowed === "yes" ? (
                <TextPart
                  id={partId("remote.value.link")}
                  label="Address to join from afar (optional)"
                  hint="A web address starting with https://."
                  errors={errorsAt("remote.value.link")}
                  value={remote.link}
                  type="url"
                  onChange={(link) => set("remote", { link })}
                  onBlur={onBlur}
                />
              ) : null}
              {citation("remote", remote.citation)}
            </>
          ),
        )}
        {frame(
          "written",
          allowedChoice("written", "May the public send comments in writing?"),
          written.allowed === "unknown" ? null : (
            <>
              {written.allowed === "yes" ? (
                <>
                  <TextPart
                    id={partId("written.value.email")}
                    label="Email for written comments (optional)"
                    errors={errorsAt("written.value.email")}
                    value={written.email}
                    onChange={(email) => set("written", { email })}
                    onBlur={onBlur}
                  />
                  <TextPart
                    id={partId("written.value.link")}
                    label="Web form for written comments (optional)"
                    hint="A web address starting with https://."
                    errors={errorsAt("written.value.link")}
                    value={written.link}
                    type="url"
                    onChange={(link) => set("written", { link })}
                    onBlur={onBlur}
                  />
                  <TextPart
                    id={partId("written.value.hoursBefore")}
                    label="Hours before the meeting written comments must arrive (optional)"
                    hint="Leave blank when the rules set no deadline."
                    errors={errorsAt("written.value.hoursBefore")}
                    value={written.hoursBefore}
                    numeric
                    onChange={(hoursBefore) => set("written", { hoursBefore })}
                    onBlur={onBlur}
                  />
                </>
              ) : null}
              {citation("written", written.citation)}
            </>
          ),
        )}
        {frame(
          "signUp",
          onRecordChoice("signUp"),
          signUp.set ? (
            <>
              <TextPart
                id={partId("signUp.value.how.en")}
                label="How to sign up, in English"
                hint="Plain words, as residents will read them: Fill in a speaker card before the item is called."
                errors={errorsAt("signUp.value.how.en")}
                value={signUp.howEn}
                lang="en"
                rows={2}
                onChange={(howEn) => set("signUp", { howEn })}
                onBlur={onBlur}
              />
              <TextPart
                id={partId("signUp.value.how.es")}
                label="How to sign up, in Spanish"
                hint="Las mismas palabras en español."
                errors={errorsAt("signUp.value.how.es")}
                value={signUp.howEs}
                lang="es"
                rows={2}
                onChange={(howEs) => set("signUp", { howEs })}
                onBlur={onBlur}
              />
              <TextPart
                id={partId("signUp.value.closesMinutesBefore")}
                label="Minutes before the meeting sign-up closes (optional)"
                errors={errorsAt("signUp.value.closesMinutesBefore")}
                value={signUp.closesMinutesBefore}
                numeric
                onChange={(closesMinutesBefore) => set("signUp", { closesMinutesBefore })}
                onBlur={onBlur}
              />
              {citation("signUp", signUp.citation)}
            </>
          ) : null,
        )}
        {frame(
          "where",
          onRecordChoice("where"),
          where.set ? (
            <>
              <TextPart
                id={partId("where.value.address")}
                label="Street address"
                errors={errorsAt("where.value.address")}
                value={where.address}
                onChange={(address) => set("where", { address })}
                onBlur={onBlur}
              />
              <TextPart
                id={partId("where.value.room")}
                label="Room (optional)"
                errors={errorsAt("where.value.room")}
                value={where.room}
                onChange={(room) => set("where", { room })}
                onBlur={onBlur}
              />
              <TextPart
                id={partId("where.value.link")}
                label="Page about the place (optional)"
                hint="A web address starting with https://."
                errors={errorsAt("where.value.link")}
                value={where.link}
                type="url"
                onChange={(link) => set("where", { link })}
                onBlur={onBlur}
              />
              {citation("where", where.citation)}
            </>
          ) : null,
        )}
      </div>
    </GroupFrame>
  );
}
