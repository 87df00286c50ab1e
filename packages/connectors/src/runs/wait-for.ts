// For tests: waiting on a run another timer or machine is doing.

/** Polls `check` until it gives a value. */
export async function waitFor<T>(check: () => Promise<T | null>, timeoutMs = 45_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error("waited too long");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
