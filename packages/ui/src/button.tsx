import type { ComponentPropsWithoutRef, ElementType, ReactNode } from "react";

const variants = {
  primary: "rounded bg-primary px-4 py-2 font-bold text-paper hover:bg-primary-dark",
  secondary: "rounded border-2 border-primary bg-paper px-4 py-2 font-bold text-primary hover:bg-primary-light",
  danger: "rounded bg-error px-4 py-2 font-bold text-paper hover:opacity-90",
  link: "text-primary underline underline-offset-2 hover:text-primary-dark",
} as const;

export type ButtonVariant = keyof typeof variants;

/**
 * The class names of a button of one kind, for controls that are not a Button (a file input's
 * label, a summary). A disabled button stays readable: contrast drops, never below AA.
 */
export function buttonClass(variant: ButtonVariant = "primary", extra?: string): string {
  return ["inline-block disabled:cursor-not-allowed disabled:opacity-70", variants[variant], extra]
    .filter(Boolean)
    .join(" ");
}

/** A button: primary (the page's main step), secondary, danger (deletes) or link-looking. */
export function Button({
  variant = "primary",
  className,
  type = "button",
  ...props
}: ComponentPropsWithoutRef<"button"> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

/**
 * A link that looks like a button, for steps that go somewhere ("New measure"). `as` takes the
 * app's own link (Next's, or next-intl's with the language in it); a plain `<a>` otherwise.
 */
export function ButtonLink<C extends ElementType = "a">({
  as,
  variant = "primary",
  className,
  children,
  ...props
}: { as?: C; variant?: ButtonVariant; className?: string; children: ReactNode } & Omit<
  ComponentPropsWithoutRef<C>,
  "as" | "className" | "children"
>) {
  const Component: ElementType = as ?? "a";
  return (
    <Component className={buttonClass(variant, className)} {...props}>
      {children}
    </Component>
  );
}
