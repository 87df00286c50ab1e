import type { BrowserContext, Page } from "@playwright/test";

// The XSS detector the security spec installs in every page and frame. A payload that runs calls
// alert, confirm or prompt (replaced here, so nothing blocks) and a dialog is caught as well; a
// payload that lands as markup is found by scanning the page, which works even when a Content
// Security Policy stops it from running.

const MARKER = "xssP\\d+F\\d+z";

/** Runs in every frame before the page's own scripts. */
function install(marker: string) {
  const w = window as unknown as Record<string, unknown>;
  const hits: string[] = [];
  w.__xss = hits;
  const record =
    (how: string) =>
    (...args: unknown[]) => {
      hits.push(`${how}(${args.map(String).join(", ")})`);
      return how === "confirm" ? false : how === "prompt" ? null : undefined;
    };
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    try {
      Object.defineProperty(window, name, { value: record(name), writable: false, configurable: false });
    } catch {
      hits.push(`could not replace ${name}`);
    }
  }
  const pattern = new RegExp(marker);
  document.addEventListener("securitypolicyviolation", (event) => {
    if (event.effectiveDirective === "script-src-attr" || pattern.test(event.sample ?? "")) {
      hits.push(`blocked by CSP (${event.effectiveDirective}): ${event.sample}`);
    }
  });
}

/** Runs in a frame after load: markup that can only have come from a payload. */
function scan(marker: string): string[] {
  const pattern = new RegExp(marker);
  const found: string[] = [];
  // Attributes the app fills with record text, which is fine as long as it stays text.
  const textAttributes = new Set(["value", "title", "aria-label", "aria-description", "alt", "placeholder"]);
  const label = (element: Element, what: string) => `<${element.tagName.toLowerCase()}> ${what}`.slice(0, 240);
  for (const element of Array.from(document.querySelectorAll("*"))) {
    const tag = element.tagName.toLowerCase();
    for (const attribute of Array.from(element.attributes)) {
      if (!pattern.test(attribute.value)) continue;
      const name = attribute.name.toLowerCase();
      if (textAttributes.has(name)) continue;
      if (name === "content" && tag === "meta" && !element.hasAttribute("http-equiv")) continue;
      if (["href", "src", "action", "formaction"].includes(name)) {
        const url = attribute.value.trim().toLowerCase();
        if (/^(https?:|\/|\?|#)/.test(url)) continue;
      }
      found.push(label(element, `${attribute.name}="${attribute.value}"`));
    }
    const text = element.textContent ?? "";
    if (tag === "script" && pattern.test(text)) {
      const type = (element.getAttribute("type") ?? "").toLowerCase();
      if (type === "application/ld+json") {
        // Every `<` is escaped as \u003c, so no value can close the element.
        if (text.includes("<")) found.push(label(element, `JSON-LD with a raw "<": ${text}`));
        try {
          JSON.parse(text);
        } catch {
          found.push(label(element, `JSON-LD that does not parse: ${text}`));
        }
        continue;
      }
      // Next's own payload scripts carry record text as data.
      if (/^\s*(\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)|self\.__next_f)\.push\(/.test(text)) continue;
      found.push(label(element, text));
    }
    if (["style", "noscript", "iframe", "object", "embed", "base", "template"].includes(tag) && pattern.test(text)) {
      found.push(label(element, text));
    }
  }
  return found;
}

export interface Finding {
  page: string;
  what: string;
}

/** Installs the detector in a browser context; returns what it finds on each page checked. */
export async function installXssDetector(context: BrowserContext): Promise<void> {
  await context.addInitScript(install, MARKER);
}

/** Watches one page's dialogs; call before the page is used. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    // Leaving a page is not a payload; every other dialog is.
    if (dialog.type() === "beforeunload") return dialog.accept();
    dialogs.push(`${dialog.type()} dialog: ${dialog.message()}`);
    await dialog.dismiss().catch(() => undefined);
  });
  return dialogs;
}

/** What ran, and what markup a payload left, in the page and all its frames. */
export async function xssFindings(page: Page): Promise<string[]> {
  const findings: string[] = [];
  for (const frame of page.frames()) {
    try {
      const ran = await frame.evaluate(() => (window as unknown as { __xss?: string[] }).__xss ?? []);
      findings.push(...ran.map((hit) => `ran: ${hit}`));
      findings.push(...(await frame.evaluate(scan, MARKER)).map((markup) => `markup: ${markup}`));
    } catch (error) {
      // A frame that went away, or one on another origin, is checked by its dialogs.
      if (!String(error).includes("detached") && !String(error).includes("Execution context")) throw error;
    }
  }
  return findings;
}

/** The text a reader sees: the page's text, its title, and what its form fields hold. */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fields = Array.from(document.querySelectorAll("input, textarea, select")).map(
      (field) => (field as HTMLInputElement).value,
    );
    // biome-ignore lint/performance/useDomNodeTextContent: what counts is the text a reader sees.
    return [document.title, document.body.innerText, ...fields].join("\n");
  });
}
