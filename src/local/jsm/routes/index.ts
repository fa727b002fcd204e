import type { Route } from '../router';
import { jiraCreateIssueRoutes } from './jira-create-issue';
import { jiraIssueRoutes } from './jira-issues';
import { jiraProjectRoutes } from './jira-projects';
import { jiraSearchRoutes } from './jira-search';
import { jiraUserRoutes } from './jira-users';
import { jsmRequestRoutes } from './jsm-requests';
import { jsmServiceDeskRoutes } from './jsm-servicedesks';

/** Every REST path the site answers; anything else is Jira's 404. */
export const siteRoutes: Route[] = [
  ...jsmRequestRoutes,
  ...jsmServiceDeskRoutes,
  ...jiraIssueRoutes,
  ...jiraCreateIssueRoutes,
  ...jiraSearchRoutes,
  ...jiraProjectRoutes,
  ...jiraUserRoutes,
];
