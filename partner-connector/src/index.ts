export { readConnectorConfig, REFERRAL_POLICIES } from './config';
export type { ConnectorConfig, ReferralPolicy } from './config';
export { startConnector } from './connector';
export type { ConnectorHooks, RunningConnector } from './connector';
export { ReferralDesk, answerId } from './referral-desk';
export { serveHealth } from './health';
