// @legible/alerts: residents follow a measure, a person, a body, a body's meetings or a search
// by email. Subscriptions (only the address and its choices), signed links, change matching from
// the audit log, digests, rendering in English and Spanish, and sending as queued jobs.

export { type ChangeDescription, describeChange, localizedPath } from "./describe";
export { type AuditedChange, type FollowKey, followKeysOf, isPublicChange, matchesSearch } from "./matching";
export {
  ALERT_QUEUE,
  type AlertQueue,
  type AlertQueueOptions,
  createAlertQueue,
  currentAlertQueue,
  setAlertQueue,
} from "./queue";
export { SUBSCRIBE_LIMIT, subscribeLimitKey, takeAllowance } from "./rate-limit";
export {
  type AlertLinks,
  type ChangeGroup,
  escapeHtml,
  type FollowedThing,
  type RenderedEmail,
  renderAlert,
  renderConfirmation,
} from "./render";
export {
  alertLink,
  CLAIM_TIMEOUT_MS,
  followedName,
  followedPath,
  followedThing,
  isPermanentFailure,
  MAX_ATTEMPTS,
  oneClickUnsubscribeLink,
  type SendOutcome,
  type SendSettings,
  sendQueuedEmail,
  TransientSendError,
} from "./send";
export {
  type AlertSubscription,
  addressKey,
  changeFrequency,
  confirmSubscription,
  deleteAddress,
  exportAddress,
  getSubscription,
  MAX_CONFIRMATION_EMAILS,
  removeDailySubscriptions,
  removeSubscription,
  subscribe,
  subscriptionsOfAddressOf,
} from "./store";
export { alertsSecretFromEnv, signAlertToken, type TokenCheck, verifyAlertToken } from "./tokens";
export { type AlertTransport, fromAddress, maskAddress, transportFromEnv } from "./transport";
export { queueDigests, scanChanges } from "./watcher";
