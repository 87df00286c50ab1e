"use client";

import { isTimeZone } from "@legible/core";
import { FieldFrame, fieldIds } from "@/components/form-kit/field-frame";
import { controlClass } from "@/components/form-kit/styles";
import { sentenceFor } from "@/lib/form-kit/sentences";
import { COMMON_TIME_ZONES, instantOfInput, localInputOf } from "@/lib/records/meetings";
import type { StructuredEditorProps } from "../records/custom-field";

const text = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * When a meeting is: its place's time zone (an IANA name), and its start and end as that place's
 * clock reads them. Each time is saved as an instant with the zone's offset, daylight saving
 * included; changing the zone keeps the clock times and moves the instants.
 */
export function MeetingWhen({
  name,
  label,
  value,
  onChange,
  onBlur,
  issues,
  formValues = {},
  setFieldValue,
  errorsOf: neighbourErrorsOf,
}: StructuredEditorProps) {
  const zone = text(value);
  const start = text(formValues.start);
  const end = text(formValues.end);
  const zones =
    zone && !(COMMON_TIME_ZONES as readonly string[]).includes(zone)
      ? [zone, ...COMMON_TIME_ZONES]
      : [...COMMON_TIME_ZONES];
  const usable = isTimeZone(zone) ? zone : "UTC";

  // This editor's own field is the zone; the start and end are its neighbours' (`start`, `end`), shown here too.
  const zoneErrors = [...new Set(issues.map((issue) => sentenceFor(label, issue.message)))];
  const zoneIds = fieldIds(name, "hint", zoneErrors);
  const timeHint = `As the clock reads where the meeting is held (${zone || "choose a time zone first"}).`;

  const setZone = (next: string) => {
    // The same clock times in the new zone.
    const nextUsable = isTimeZone(next) ? next : "UTC";
    const startLocal = localInputOf(start, usable);
    const endLocal = localInputOf(end, usable);
    onChange(next);
    if (startLocal) setFieldValue?.("start", instantOfInput(startLocal, nextUsable));
    if (endLocal) setFieldValue?.("end", instantOfInput(endLocal, nextUsable));
    onBlur();
  };

  const time = (name: "start" | "end", label: string, value: string) => {
    const errors = neighbourErrorsOf?.(name) ?? [];
    const ids = fieldIds(name, timeHint, errors);
    return (
      <FieldFrame ids={ids} label={label} hint={timeHint} errors={errors}>
        <input
          id={ids.control}
          type="datetime-local"
          aria-describedby={ids.describedBy}
          aria-invalid={errors.length > 0 || undefined}
          className={controlClass(errors.length > 0)}
          value={localInputOf(value, usable)}
          onChange={(event) => setFieldValue?.(name, instantOfInput(event.target.value, usable))}
          onBlur={onBlur}
        />
      </FieldFrame>
    );
  };

  return (
    <>
      <FieldFrame
        ids={zoneIds}
        label={label}
        hint="Where the meeting is held, as an IANA time zone name."
        errors={zoneErrors}
      >
        <select
          id={zoneIds.control}
          aria-describedby={zoneIds.describedBy}
          aria-invalid={zoneErrors.length > 0 || undefined}
          className={controlClass(zoneErrors.length > 0)}
          value={zone}
          onChange={(event) => setZone(event.target.value)}
          onBlur={onBlur}
        >
          <option value="">Choose…</option>
          {zones.map((name) => (
            <option key={name} value={name}>
              {name.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </FieldFrame>
      {time("start", "Starts", start)}
      {time("end", "Ends (optional)", end)}
    </>
  );
}
