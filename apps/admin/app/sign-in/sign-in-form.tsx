"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { authClient } from "@/lib/auth-client";

function messageFor(status: number): string {
  if (status === 429) return "Too many failed sign-ins. Wait a minute, then try again.";
  if (status === 401) return "That email and password do not match a staff account.";
  if (status === 403) return "This account is switched off. Ask an admin to switch it back on.";
  return "Sign-in is not working right now. Try again in a moment.";
}

export function SignInForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setPending(false);
    if (failure) {
      setError(messageFor(failure.status));
      return;
    }
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-5" noValidate={false}>
      {error && (
        <div role="alert" className="rounded-card border-l-8 border-error bg-paper p-4 font-bold">
          {error}
        </div>
      )}
      <div>
        <label htmlFor="email" className="block font-bold">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className="mt-1 w-full rounded border border-muted bg-paper px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-bold">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-muted bg-paper px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-primary px-5 py-2 font-bold text-paper hover:bg-primary-dark disabled:opacity-70"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
