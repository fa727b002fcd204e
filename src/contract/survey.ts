/**
 * The survey loop's resolver contract: the customer's survey in the portal, the agent's view of a
 * ticket's result, and the administrator's settings. Shared by the handlers and the Custom UI.
 */
import type { Messages } from '../domain/i18n/messages';
import type { SurveySettings } from '../domain/settings/survey-settings';
import type { SkipReason, SurveyFailure, SurveyState, TimelineEntry } from '../domain/survey/survey';

/** A customer's answer as submitted: at least one score; the comment is optional. */
export interface SurveyAnswerInput {
  ces?: number;
  csat?: number;
  comment?: string;
}

export interface SurveyAnswer {
  ces: number | null;
  csat: number | null;
  comment: string | null;
  answeredAt: string;
}

/** What the portal panel shows the customer, in their language. */
export interface PortalSurvey {
  requestKey: string;
  /** `none`: the request is not resolved, or this resolution is not surveyed. */
  state: 'none' | 'open' | 'answered' | 'expired' | 'cancelled';
  locale: string;
  messages: Pick<
    Messages,
    | 'cesQuestion'
    | 'cesLowLabel'
    | 'cesHighLabel'
    | 'csatQuestion'
    | 'csatLowLabel'
    | 'csatHighLabel'
    | 'commentPrompt'
    | 'submit'
    | 'thankYou'
    | 'expired'
    | 'cancelled'
  >;
  answer: SurveyAnswer | null;
  expiresAt: string | null;
  commentMaxLength: number;
}

export interface FollowUp {
  needed: boolean;
  doneBy: { accountId: string; displayName: string } | null;
  doneAt: string | null;
}

export interface AgentSurvey {
  id: string;
  state: SurveyState;
  skipReason: SkipReason | null;
  late: boolean;
  cycle: number;
  resolvedAt: string;
  dueAt: string | null;
  invitedAt: string | null;
  remindedAt: string | null;
  expiresAt: string | null;
  answeredAt: string | null;
  timeline: TimelineEntry[];
  /** Why Jira refused the invitation, on a `failed` survey only. */
  failure?: SurveyFailure | null;
}

/** What the agent's issue panel shows about one ticket. */
export interface AgentTicketResult {
  issueKey: string;
  /** The survey of the latest resolution; `null` when the ticket was never resolved. */
  survey: AgentSurvey | null;
  answer:
    | (SurveyAnswer & {
        respondent: { accountId: string; displayName: string };
        /** In the portal, or with a one-click link of the invitation email. */
        via?: 'portal' | 'link';
        /** After the invitation only, or after the reminder too. */
        after?: 'invitation' | 'reminder';
      })
    | null;
  scales: { ces: { min: 1; max: 7 }; csat: { min: 1; max: 5 } };
  /** This customer's last five answers on any ticket, newest first. */
  customerRecent: Array<{ ticketKey: string; answeredAt: string; ces: number | null; csat: number | null }>;
  /** Whether this customer usually answers: of their last earlier surveys, how many they answered. */
  customerHabit?: { surveys: number; answered: number } | null;
  followUp: FollowUp | null;
}

export interface AdminSettings {
  settings: SurveySettings;
  warnings: Array<{ project: string; message: string }>;
  locales: string[];
  projects: Array<{ key: string; name: string }>;
}

/** The signing key of one-click answer links: its version and when it was made (`null` before first use). */
export interface AnswerLinkKeyStatus {
  version: number | null;
  createdAt: string | null;
}

export interface SurveyResolverContract {
  getPortalSurvey: { payload: Record<string, never>; answer: PortalSurvey };
  submitSurvey: { payload: SurveyAnswerInput; answer: PortalSurvey };
  getTicketResult: { payload: Record<string, never>; answer: AgentTicketResult };
  markFollowUpDone: { payload: Record<string, never>; answer: AgentTicketResult };
  getSettings: { payload: Record<string, never>; answer: AdminSettings };
  /** A partial settings object (the strict patch schema); answers the saved settings. */
  saveSettings: { payload: Record<string, unknown>; answer: AdminSettings };
  getAnswerLinkKey: { payload: Record<string, never>; answer: AnswerLinkKeyStatus };
  /** Replaces the key: every one-click link sent before stops answering. */
  rotateAnswerLinkKey: { payload: Record<string, never>; answer: AnswerLinkKeyStatus };
}
