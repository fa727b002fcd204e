export { defaultAccessRules, type Account, type AccessRules, type FieldRule, type RowRule } from './acl';
export type { InstanceReply } from './reply';
export type { OAuthClient } from './auth';
export { DEMO_ACCOUNTS, DEMO_CLIENT } from './demo-accounts';
export type { InstanceFaultHandle, InstanceFaultRule, PageHook, ServedPage } from './instance-faults';
export {
  ServiceNowInstance,
  replyAsResponse,
  type InstanceRequest,
  type ServiceNowInstanceOptions,
} from './instance';
export type { RateLimitRule } from './rate-limit';
export {
  seedInstance,
  INSTANCE_SEED_RATES,
  type InstanceSeedOptions,
  type SeedSummary,
} from './seed/seed-instance';
export { SURVEY_RATES, type SurveyIds } from './seed/surveys';
export { instanceHandler, serveInstance } from './server';
export { glideTime, type Row } from './instance-store';
