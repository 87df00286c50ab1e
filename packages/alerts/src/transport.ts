import nodemailer, { type Transporter } from "nodemailer";

// SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS from the start) sends for real. Without
// it, nodemailer's stream transport builds each message exactly as it would be sent and it is
// printed to the console, so a new install shows what would go out. The printout masks the
// recipient: addresses are never written to a log.

export interface AlertTransport {
  transport: Transporter;
  /** "smtp" or "console", for the startup line. */
  kind: "smtp" | "console";
}

export function maskAddress(email: string): string {
  const at = email.lastIndexOf("@");
  return at > 0 ? `${email[0]}…@${email.slice(at + 1)}` : "…";
}

export function transportFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  print: (text: string) => void = (text) => console.log(text),
): AlertTransport {
  const url = env.SMTP_URL?.trim();
  if (url) return { transport: nodemailer.createTransport(url), kind: "smtp" };
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  // Wraps sendMail so the built message is printed, with each recipient masked.
  const sendMail = stream.sendMail.bind(stream);
  stream.sendMail = (async (mail: Parameters<typeof sendMail>[0]) => {
    const info = await sendMail(mail);
    let text = (info as unknown as { message: Buffer }).message.toString("utf8");
    for (const recipient of info.envelope.to ?? []) text = text.replaceAll(recipient, maskAddress(recipient));
    print(`alerts: no SMTP_URL, so this email is printed instead of sent:\n${text}\n`);
    return info;
  }) as typeof stream.sendMail;
  return { transport: stream, kind: "console" };
}

/** LEGIBLE_ALERTS_FROM, else "Legible <alerts@<the public site's host>>". */
export function fromAddress(siteUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.LEGIBLE_ALERTS_FROM?.trim();
  if (configured) return configured;
  const host = new URL(siteUrl).hostname;
  return `Legible <alerts@${host.includes(".") ? host : `${host}.localdomain`}>`;
}
