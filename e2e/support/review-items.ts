// Puts a person on record and two review items about her straight into the e2e database, as a
// Legistar sync would leave them: "same person?" and "changed upstream after a staff edit". Runs
// once per database: a second run finds the person and stops. Usage: review-items.ts
import { createDatabase, createRepositories, resolveDatabaseConfig } from "@legible/db";

const ANA = { id: "person-e2e-ana-reyes", name: "Ana Reyes", givenName: "Ana", familyName: "Reyes" };

const database = await createDatabase(resolveDatabaseConfig());
try {
  const repositories = createRepositories(database);
  if (!(await repositories.people.get(ANA.id))) {
    await repositories.people.create({ ...ANA, sourceIds: ["src-seed-news-report"] }, { name: "Eddie Editor" });
    await database.prisma.reviewItem.create({
      data: {
        id: "review-e2e-same-person",
        kind: "same-person",
        status: "open",
        recordType: "person",
        recordId: ANA.id,
        incoming: {
          id: "person-legistar-testville-501",
          name: "Ana Reyes",
          sourceIds: [],
          identifiers: [{ scheme: "legistar", scope: "testville", identifier: "501" }],
        },
        reason: "Legistar lists someone with the same name, and nothing else tells them apart.",
      },
    });
    await database.prisma.reviewItem.create({
      data: {
        id: "review-e2e-upstream-change",
        kind: "upstream-change",
        status: "open",
        recordType: "person",
        recordId: ANA.id,
        field: "familyName",
        currentValue: "Reyes",
        incomingValue: "Reyes Ortiz",
        reason: "Legistar changed the family name after a staff edit.",
      },
    });
  }
} finally {
  await database.close();
}
