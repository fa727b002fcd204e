/**
 * Every resolver key the Custom UI may call, with its payload and answer types: the survey loop's
 * (portal, agent panel, admin page) and the dashboard gadgets'. The backend registers exactly
 * these keys; the UI calls them through the typed wrappers in static/shared.
 */
import type { BackfillResolverContract } from './backfill';
import type { GadgetResolverContract } from './gadgets';
import type { IngestResolverContract } from './ingest';
import type { NpsResolverContract } from './nps-survey';
import type { ReportResolverContract } from './report-page';
import type { SelfServiceResolverContract } from './self-service-prompt';
import type { ServiceNowResolverContract } from './servicenow';
import type { SurveyResolverContract } from './survey';

export type ResolverContract = NpsResolverContract &
  SurveyResolverContract &
  GadgetResolverContract &
  BackfillResolverContract &
  IngestResolverContract &
  SelfServiceResolverContract &
  ServiceNowResolverContract &
  ReportResolverContract;
export type ResolverKey = keyof ResolverContract;
