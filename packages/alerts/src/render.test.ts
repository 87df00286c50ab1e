import { describe, expect, it } from "vitest";
import { describeChange } from "./describe";
import type { AuditedChange } from "./matching";
import { renderAlert, renderConfirmation } from "./render";

const at = new Date("2026-11-20T18:30:00Z");
const measureChange: AuditedChange = {
  id: 7,
  at,
  action: "update",
  recordType: "measure",
  recordId: "measure-1",
  before: { id: "measure-1", title: "Rent cap", version: 1, updatedAt: "x", abstract: "Old", sourceIds: ["s1"] },
  after: {
    id: "measure-1",
    title: "Rent cap <b>now</b>",
    version: 2,
    updatedAt: "y",
    abstract: "Old",
    sourceIds: ["s1", "s2"],
  },
};
const links = {
  siteUrl: "https://legible.example",
  manageUrl: "https://legible.example/alerts/manage?token=m",
  unsubscribeUrl: "https://legible.example/alerts/unsubscribe?token=u",
};
const thing = { scope: "measure" as const, name: "Rent cap", url: "https://legible.example/measures/measure-1" };

describe("alert emails", () => {
  it("say what changed, field by field, with the old and new value, leaving bookkeeping out", () => {
    const described = describeChange(measureChange, "en");
    expect(described).toMatchObject({
      recordKind: "Law",
      title: "Rent cap <b>now</b>",
      verb: "changed",
      path: "/measures/measure-1",
    });
    expect(described.fields).toEqual([
      { label: "Title", before: "Rent cap", after: "Rent cap <b>now</b>" },
      { label: "Sources", before: null, after: null },
    ]);
  });

  it("render text and escaped HTML with the page, manage and unsubscribe links", () => {
    const email = renderAlert("en", [{ thing, changes: [describeChange(measureChange, "en")] }], links, false);
    expect(email.subject).toBe("Legible: the law “Rent cap” changed");
    expect(email.text).toContain("Title: was “Rent cap”, now “Rent cap <b>now</b>”");
    expect(email.text).toContain("https://legible.example/measures/measure-1");
    expect(email.text).toContain(links.manageUrl);
    expect(email.text).toContain(links.unsubscribeUrl);
    expect(email.html).toContain("Rent cap &lt;b&gt;now&lt;/b&gt;");
    expect(email.html).not.toContain("<b>now</b>");
    expect(email.html).toContain('<html lang="en">');
    expect(email.html).toContain('href="https://legible.example/alerts/manage?token=m"');
  });

  it("speak Spanish to Spanish subscribers, with Spanish page addresses", () => {
    const described = describeChange(measureChange, "es");
    expect(described.path).toBe("/es/measures/measure-1");
    const email = renderAlert("es", [{ thing, changes: [described] }], links, false);
    expect(email.subject).toBe("Legible: cambió la ley “Rent cap”");
    expect(email.text).toContain("Título: antes “Rent cap”, ahora “Rent cap <b>now</b>”");
    expect(email.html).toContain('<html lang="es">');
    expect(email.text).toContain("Detener esta alerta");
  });

  it("group a digest's changes under what each subscription follows", () => {
    const person: AuditedChange = {
      id: 8,
      at,
      action: "create",
      recordType: "vote-event",
      recordId: "vote-1",
      before: null,
      after: { id: "vote-1", measureId: "measure-1", motionText: "Adopt", result: "pass" },
    };
    const email = renderAlert(
      "en",
      [
        { thing, changes: [describeChange(measureChange, "en"), describeChange(person, "en")] },
        {
          thing: { scope: "search", name: "rent", url: "https://legible.example/search?q=rent" },
          changes: [describeChange(measureChange, "en")],
        },
      ],
      links,
      true,
    );
    expect(email.subject).toBe("Legible: today's changes (3)");
    const lawAt = email.text.indexOf("You follow the law “Rent cap”");
    const searchAt = email.text.indexOf("You follow the search “rent”");
    expect(lawAt).toBeGreaterThanOrEqual(0);
    expect(searchAt).toBeGreaterThan(lawAt);
    expect(email.text.slice(lawAt, searchAt)).toContain("Vote “Adopt” was added");
    expect(email.text.slice(lawAt, searchAt)).toContain("https://legible.example/votes/vote-1");
  });

  it("the confirmation carries its link and what to do if it was not you", () => {
    const email = renderConfirmation("es", thing, "https://legible.example/es/alerts/confirm?token=c");
    expect(email.subject).toBe("Confirme su alerta de Legible: la ley “Rent cap”");
    expect(email.text).toContain("https://legible.example/es/alerts/confirm?token=c");
    expect(email.text).toContain("Si no fue usted");
    expect(email.html).toContain('href="https://legible.example/es/alerts/confirm?token=c"');
  });
});
