"use client";

import { buttonClass } from "@legible/ui/button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { TextInputField } from "@/components/form-kit/text-field";
import { authClient } from "@/lib/auth-client";

function messageFor(status: number): string {
  if (status === 429) return "Too many failed sign-ins. Wait a minute, then try again.";
  if (status === 401) return "That email and password do not match a staff account.";
  if (status === 403) return "This account is switched off. Ask an admin to switch it back on.";
  return "Sign-in is not working right now. Try again in a moment.";
}

const FIELDS = [
  { name: "email", label: "Email", type: "email", autoComplete: "username" },
  { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
] as const;

/** Email and password; a refusal says why in words, not which of the two was wrong. */
export function SignInForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ defaultValues: { email: "", password: "" } });

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const { error: failure } = await authClient.signIn.email(values);
    if (failure) {
      setError(messageFor(failure.status));
      return;
    }
    router.replace("/");
    router.refresh();
  });

  return (
    <form onSubmit={(event) => void submit(event)} className="mt-6 space-y-5">
      {error && (
        <div role="alert" className="rounded-card border-l-8 border-error bg-paper p-4 font-bold">
          {error}
        </div>
      )}
      {FIELDS.map((field) => (
        <Controller
          key={field.name}
          control={form.control}
          name={field.name}
          render={({ field: control }) => (
            <TextInputField
              id={field.name}
              label={field.label}
              type={field.type}
              autoComplete={field.autoComplete}
              required
              value={control.value}
              onChange={control.onChange}
              onBlur={control.onBlur}
            />
          )}
        />
      ))}
      <button type="submit" disabled={form.formState.isSubmitting} className={buttonClass("primary")}>
        {form.formState.isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
