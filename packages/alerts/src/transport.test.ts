import { describe, expect, it } from "vitest";
import { fromAddress, maskAddress, transportFromEnv } from "./transport";

describe("where alert emails go", () => {
  it("without SMTP_URL, prints each email as it would be sent, the recipient masked", async () => {
    const printed: string[] = [];
    const { transport, kind } = transportFromEnv({}, (text) => printed.push(text));
    expect(kind).toBe("console");
    await transport.sendMail({
      from: "Legible <alerts@legible.test>",
      to: "resident@example.org",
      subject: "Legible: the law changed",
      text: "Title: was A, now B",
      list: { unsubscribe: "https://legible.test/alerts/unsubscribe/one-click?token=t" },
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain("Subject: Legible: the law changed");
    expect(printed[0]).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(printed[0]).toContain("To: r…@example.org");
    expect(printed[0]).not.toContain("resident@example.org");
  });

  it("with SMTP_URL, sends over SMTP", () => {
    expect(transportFromEnv({ SMTP_URL: "smtp://127.0.0.1:2525" }).kind).toBe("smtp");
  });

  it("masks an address and names the sender after the site", () => {
    expect(maskAddress("ana@example.org")).toBe("a…@example.org");
    expect(fromAddress("https://legible.example/")).toBe("Legible <alerts@legible.example>");
    expect(fromAddress("http://localhost:3000")).toBe("Legible <alerts@localhost.localdomain>");
    expect(fromAddress("https://x.example", { LEGIBLE_ALERTS_FROM: "Alerts <a@b.example>" })).toBe(
      "Alerts <a@b.example>",
    );
  });
});
