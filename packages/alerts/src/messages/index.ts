import type { AlertLocale } from "@legible/core";
import { type AlertMessages, en } from "./en";
import { es } from "./es";

export type { AlertMessages };

export function messagesFor(locale: AlertLocale): AlertMessages {
  return locale === "es" ? es : en;
}

/** Fills `{name}` placeholders; a value is text, never markup (the HTML renderer escapes it). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
