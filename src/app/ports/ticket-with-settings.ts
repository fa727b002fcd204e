import type { SurveySettings } from '../../domain/settings/survey-settings';
import type { TicketState } from '../../domain/ticket/ticket-state';
import type { Versioned } from './ticket-store';

/**
 * A ticket and the settings in force, read together in one request: what the one-click page needs
 * before it can show or record anything, so the answer it records costs no separate settings read.
 */
export interface TicketWithSettings {
  loadWithSettings(
    issueId: string,
  ): Promise<{ ticket: Versioned<TicketState | null>; settings: SurveySettings }>;
}
