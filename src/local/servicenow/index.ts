export { defaultAccessRules, type Account, type AccessRules, type FieldRule, type RowRule } from './access';
export type { Answer } from './answer';
export type { OAuthClient } from './auth';
export { DEMO_ACCOUNTS, DEMO_CLIENT } from './demo-accounts';
export type { FaultHandle, FaultRule, PageHook, ServedPage } from './faults';
export {
  ServiceNowInstance,
  toResponse,
  type InstanceRequest,
  type ServiceNowInstanceOptions,
} from './instance';
export type { RateLimitRule } from './rate-limit';
export { seedInstance, SEED_RATES, type SeedOptions, type SeedSummary } from './seed/generate';
export { SURVEY_RATES, type SurveyIds } from './seed/surveys';
export { instanceHandler, serveInstance } from './server';
export { glideTime, type Row } from './store';
