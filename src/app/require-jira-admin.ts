import { AppError } from './errors';
import type { ServiceDesk } from './ports/service-desk';

/**
 * The admin page's actions are for Jira administrators only, asked of Jira as the invoking user;
 * the refusal names what the viewer tried to do ("change these settings").
 */
export async function requireJiraAdmin(desk: ServiceDesk, action: string): Promise<void> {
  if (!(await desk.viewerIsJiraAdmin())) {
    throw new AppError('FORBIDDEN', `Only Jira administrators can ${action}.`);
  }
}
