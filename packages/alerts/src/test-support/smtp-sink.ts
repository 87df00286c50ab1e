import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server for tests (smtp-server, nodemailer's own): it takes every message, parses
// it (mailparser) and keeps it; addresses listed in `refuse` get a permanent 550 at RCPT TO, as a
// mailbox that does not exist would.

export interface ReceivedEmail {
  to: string[];
  parsed: ParsedMail;
  raw: string;
}

export interface SmtpSink {
  url: string;
  port: number;
  received: ReceivedEmail[];
  refuse: Set<string>;
  /** Waits until `count` messages (matching `filter`) arrived, or throws after `timeoutMs`. */
  waitFor(count: number, filter?: (email: ReceivedEmail) => boolean, timeoutMs?: number): Promise<ReceivedEmail[]>;
  close(): Promise<void>;
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const received: ReceivedEmail[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address.toLowerCase())) {
        const error = new Error("No such mailbox here") as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((parsed) => {
            received.push({ to: session.envelope.rcptTo.map((each) => each.address), parsed, raw });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    received,
    refuse,
    async waitFor(count, filter = () => true, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const matching = received.filter(filter);
        if (matching.length >= count) return matching;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the SMTP sink got ${received.filter(filter).length} of ${count} emails in ${timeoutMs} ms`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
