import { type FolderSyncSettings, FolderSyncSettingsSchema } from "@legible/core";
import type { SyncConnector } from "../runs/registry";
import { importOcdFolder } from "./ocd-scrape";
import { importOpenStatesFolder } from "./openstates-people";

// The folder connectors as the sync runner knows them: settings are the folder to read; every
// run reads it whole (a folder has no resume points), and records that did not change are left
// unchanged.

export { importOcdFolder } from "./ocd-scrape";
export { DEFAULT_BATCH_SIZE, type FolderImportOptions, importOpenStatesFolder } from "./openstates-people";
export {
  describeFolderReport,
  type FolderImportReport,
  type FolderKindCounts,
  type FolderQuarantine,
  type FolderSkip,
} from "./report";

export const openStatesPeopleConnector: SyncConnector<FolderSyncSettings> = {
  name: "openstates-people",
  label: "Open States people (a folder of YAML files)",
  settingsSchema: FolderSyncSettingsSchema,
  run: ({ repositories, settings, onProgress, actor }) =>
    importOpenStatesFolder({ repositories, folder: settings.folder, onProgress, actor }),
};

export const ocdConnector: SyncConnector<FolderSyncSettings> = {
  name: "ocd",
  label: "Open Civic Data (a folder a scraper wrote)",
  settingsSchema: FolderSyncSettingsSchema,
  run: ({ repositories, settings, onProgress, actor }) =>
    importOcdFolder({
      repositories,
      folder: settings.folder,
      onProgress,
      actor,
      ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
    }),
};
