"use client";

import { isTimeZone } from "@legible/core";
import { COMMON_TIME_ZONES, instantOfInput, localInputOf } from "@/lib/records/meetings";
import { FieldFrame, fieldIds } from "../records/field-frame";
import { controlClass } from "../records/styles";
import type { RecordFormState } from "../records/use-record-form";

const text = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * When a meeting is: its place's time zone (an IANA name), and its start and end as that place's
 * clock reads them. Each time is saved as an instant with the zone's offset, daylight saving
 * included; changing the zone keeps the clock times and moves the instants.
 */
export function MeetingWhen({ form }: { form: RecordFormState }) {
  const zone = text(form.values.timeZone);
  const start = text(form.values.start);
  const end = text(form.values.end);
  const zones =
    zone && !(COMMON_TIME_ZONES as readonly string[]).includes(zone)
      ? [zone, ...COMMON_TIME_ZONES]
      : [...COMMON_TIME_ZONES];
  const usable = isTimeZone(zone) ? zone : "UTC";

  const zoneErrors = form.errorsOf("timeZone");
  const zoneIds = fieldIds("timeZone", "hint", zoneErrors);
  const timeHint = `As the clock reads where the meeting is held (${zone || "choose a time zone first"}).`;

  const setZone = (next: string) => {
    // The same clock times in the new zone.
    const nextUsable = isTimeZone(next) ? next : "UTC";
    const startLocal = localInputOf(start, usable);
    const endLocal = localInputOf(end, usable);
    form.setValue("timeZone", next);
    if (startLocal) form.setValue("start", instantOfInput(startLocal, nextUsable));
    if (endLocal) form.setValue("end", instantOfInput(endLocal, nextUsable));
    form.touch("timeZone");
  };

  const time = (name: "start" | "end", label: string, value: string) => {
    const errors = form.errorsOf(name);
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
          onChange={(event) => form.setValue(name, instantOfInput(event.target.value, usable))}
          onBlur={() => form.touch(name)}
        />
      </FieldFrame>
    );
  };

  return (
    <>
      <FieldFrame
        ids={zoneIds}
        label="Time zone"
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
          onBlur={() => form.touch("timeZone")}
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
