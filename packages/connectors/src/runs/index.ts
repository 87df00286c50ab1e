export { currentSyncScheduler, setSyncScheduler } from "./current-scheduler";
export { RUN_NOW_QUEUE, scheduleQueue } from "./pg-boss-scheduler";
export {
  availableConnectors,
  type ConnectorContext,
  type ConnectorKindCounts,
  type ConnectorReport,
  findConnector,
  SYNC_CONNECTOR_REGISTRY,
  type SyncConnector,
} from "./registry";
export { type RunSyncOptions, runSyncSource, STALE_AFTER_MS } from "./run-sync";
export { createSyncScheduler, type QueueStatus, type SchedulerOptions, type SyncScheduler } from "./scheduler";
