/**
 * Class names every staff form shares, so controls look and focus alike. Buttons come from
 * packages/ui (`buttonClass`, `Button`), shared with the public site.
 */
export const inputClass = "mt-1 block w-full max-w-2xl rounded border border-muted bg-paper px-3 py-2 text-ink";
const invalidInputClass = "border-2 border-error";
export const linkClass = "text-primary underline underline-offset-2 hover:text-primary-dark";

export function controlClass(invalid: boolean): string {
  return invalid ? `${inputClass} ${invalidInputClass}` : inputClass;
}
