/** Class names the record screens share, so every control looks and focuses alike. */
export const inputClass = "mt-1 block w-full max-w-2xl rounded border border-muted bg-paper px-3 py-2";
export const invalidInputClass = "border-2 border-error";
export const buttonClass =
  "inline-block rounded bg-primary px-4 py-2 font-bold text-paper hover:bg-primary-dark disabled:opacity-70";
export const secondaryButtonClass =
  "inline-block rounded border-2 border-primary bg-paper px-4 py-2 font-bold text-primary hover:bg-primary-light";
export const dangerButtonClass =
  "inline-block rounded bg-error px-4 py-2 font-bold text-paper hover:opacity-90 disabled:opacity-70";
export const linkClass = "text-primary underline underline-offset-2 hover:text-primary-dark";

export function controlClass(invalid: boolean): string {
  return invalid ? `${inputClass} ${invalidInputClass}` : inputClass;
}
