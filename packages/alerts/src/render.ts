import type { AlertLocale, AlertScope } from "@legible/core";
import type { ChangeDescription } from "./describe";
import { fill, messagesFor } from "./messages/index";

/** An email ready for nodemailer: subject, plain text and HTML. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** What a subscription follows, as an email names it: "the law “Sanctuary city ordinance”". */
export interface FollowedThing {
  scope: AlertScope;
  /** The record's title or name, or the search's words. */
  name: string;
  /** Its page on the site (absolute). */
  url: string;
}

export interface ChangeGroup {
  thing: FollowedThing;
  changes: ChangeDescription[];
}

export interface AlertLinks {
  siteUrl: string;
  manageUrl: string;
  unsubscribeUrl: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Every value in an email's HTML is text from records or residents: escaped, always. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] as string);
}

export function thingLabel(locale: AlertLocale, thing: Pick<FollowedThing, "scope" | "name">): string {
  const messages = messagesFor(locale);
  return `${messages.kinds[thing.scope]} “${thing.name}”`;
}

function formatDate(locale: AlertLocale, at: Date): string {
  return new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "America/Los_Angeles",
  }).format(at);
}

function layout(locale: AlertLocale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title></head>
<body style="font-family:Georgia,serif;font-size:17px;line-height:1.5;color:#1a1a1a;max-width:40em;margin:0 auto;padding:16px">
${body}
</body></html>
`;
}

function footer(locale: AlertLocale, links: AlertLinks): { text: string; html: string } {
  const messages = messagesFor(locale);
  return {
    text: `--\n${messages.footer.why}\n${messages.footer.manage}: ${links.manageUrl}\n${messages.footer.unsubscribe}: ${links.unsubscribeUrl}\n`,
    html: `<hr><p style="font-size:15px">${escapeHtml(messages.footer.why)}</p>
<p style="font-size:15px"><a href="${escapeHtml(links.manageUrl)}">${escapeHtml(messages.footer.manage)}</a><br>
<a href="${escapeHtml(links.unsubscribeUrl)}">${escapeHtml(messages.footer.unsubscribe)}</a></p>`,
  };
}

/** The double opt-in email: one link, and what to do if it was not you. */
export function renderConfirmation(locale: AlertLocale, thing: FollowedThing, confirmUrl: string): RenderedEmail {
  const messages = messagesFor(locale);
  const label = thingLabel(locale, thing);
  const subject = fill(messages.confirm.subject, { thing: label });
  const intro = fill(messages.confirm.intro, { thing: label });
  const text = `${intro}\n\n${messages.confirm.action}:\n${confirmUrl}\n\n${messages.confirm.ignore}\n`;
  const html = layout(
    locale,
    subject,
    `<p>${escapeHtml(intro)}</p>
<p><a href="${escapeHtml(confirmUrl)}" style="font-weight:bold">${escapeHtml(messages.confirm.action)}</a></p>
<p style="font-size:15px">${escapeHtml(messages.confirm.ignore)}</p>`,
  );
  return { subject, text, html };
}

function changeText(locale: AlertLocale, change: ChangeDescription, siteUrl: string): string {
  const messages = messagesFor(locale);
  const lines = [
    `* ${fill(messages.alert.intro, { record: `${change.recordKind} “${change.title}”`, verb: change.verb, date: formatDate(locale, change.at) })}`,
  ];
  for (const field of change.fields) {
    if (field.before !== null || field.after !== null) {
      lines.push(
        `  - ${field.label}: ${messages.alert.was} “${field.before ?? "—"}”, ${messages.alert.now} “${field.after ?? "—"}”`,
      );
    } else lines.push(`  - ${field.label}`);
  }
  if (change.path) lines.push(`  ${messages.alert.view}: ${new URL(change.path, siteUrl).toString()}`);
  return lines.join("\n");
}

function changeHtml(locale: AlertLocale, change: ChangeDescription, siteUrl: string): string {
  const messages = messagesFor(locale);
  const intro = fill(messages.alert.intro, {
    record: `${change.recordKind} “${change.title}”`,
    verb: change.verb,
    date: formatDate(locale, change.at),
  });
  const fields = change.fields
    .map((field) =>
      field.before !== null || field.after !== null
        ? `<li>${escapeHtml(field.label)}: ${escapeHtml(messages.alert.was)} “<del>${escapeHtml(field.before ?? "—")}</del>”, ${escapeHtml(messages.alert.now)} “<ins>${escapeHtml(field.after ?? "—")}</ins>”</li>`
        : `<li>${escapeHtml(field.label)}</li>`,
    )
    .join("");
  const link = change.path
    ? `<br><a href="${escapeHtml(new URL(change.path, siteUrl).toString())}">${escapeHtml(messages.alert.view)}</a>`
    : "";
  return `<li><p>${escapeHtml(intro)}${link}</p>${fields ? `<ul>${fields}</ul>` : ""}</li>`;
}

/**
 * An alert: one change (immediate) or a day's changes grouped by what is followed (daily digest),
 * each with what changed and a link to its page, then the manage and unsubscribe links.
 */
export function renderAlert(
  locale: AlertLocale,
  groups: ChangeGroup[],
  links: AlertLinks,
  digest: boolean,
): RenderedEmail {
  const messages = messagesFor(locale);
  const count = groups.reduce((sum, group) => sum + group.changes.length, 0);
  const first = groups[0];
  const subject =
    digest || !first
      ? fill(messages.digest.subject, { count })
      : fill(messages.alert.subject, { thing: thingLabel(locale, first.thing) });
  const end = footer(locale, links);
  const textGroups = groups.map((group) => {
    const heading = fill(messages.alert.follow, { thing: thingLabel(locale, group.thing) });
    return `${heading} ${group.thing.url}\n\n${group.changes.map((change) => changeText(locale, change, links.siteUrl)).join("\n\n")}`;
  });
  const text = `${digest ? `${messages.digest.intro}\n\n` : ""}${textGroups.join("\n\n")}\n\n${end.text}`;
  const htmlGroups = groups
    .map((group) => {
      const heading = fill(messages.alert.follow, { thing: thingLabel(locale, group.thing) });
      return `<h2 style="font-size:19px"><a href="${escapeHtml(group.thing.url)}">${escapeHtml(heading)}</a></h2>
<ul>${group.changes.map((change) => changeHtml(locale, change, links.siteUrl)).join("\n")}</ul>`;
    })
    .join("\n");
  const html = layout(
    locale,
    subject,
    `${digest ? `<p>${escapeHtml(messages.digest.intro)}</p>` : ""}${htmlGroups}\n${end.html}`,
  );
  return { subject, text, html };
}
