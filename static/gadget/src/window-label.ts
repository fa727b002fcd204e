import type { ResolvedWindow } from '../../../src/contract/gadgets';
import { toBcp47, type DisplayPrefs } from '../../shared/format';

/** The window's days as one range in the viewer's language: "1–30 Mar 2025", "Mar 1 – 30, 2025". */
export function formatDayRange(from: string, to: string, locale?: string): string {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${from} – ${to}`;
  const format = new Intl.DateTimeFormat(toBcp47(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return from === to ? format.format(start) : format.formatRange(start, end);
}

/** The ServiceNow desk's records are stored under this lower-case key, never a Jira project key. */
const DESK_NAMES: Readonly<Record<string, string>> = { servicenow: 'ServiceNow' };

/** "SD, HR", "SD, HR, IT and 4 more", "SD, ServiceNow"; none means every project the viewer may browse. */
export function projectsLabel(projects: readonly string[], shown = 3): string {
  const names = projects.map((key) => DESK_NAMES[key] ?? key);
  if (names.length === 0) return 'all your projects';
  if (names.length <= shown + 1) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/**
 * The viewer's display choices with the window's reporting zone: the answers behind a row are
 * dated on the days the gadget counted them in, which the gadget's header names.
 */
export const inReportingZone = (prefs: DisplayPrefs, window: ResolvedWindow): DisplayPrefs => ({
  ...prefs,
  timezone: window.timeZone,
});

/** "1–30 Mar 2025 · Europe/Berlin · SD, HR". */
export function windowLabel(window: ResolvedWindow, locale?: string): string {
  const projects = projectsLabel(window.projects);
  return `${formatDayRange(window.from, window.to, locale)} · ${window.timeZone} · ${projects}`;
}
