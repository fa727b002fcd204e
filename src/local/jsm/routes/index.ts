import type { Route } from '../router';
import { jiraIssueRoutes } from './jira-issues';
import { jsmRequestRoutes } from './jsm-requests';
import { jsmServiceDeskRoutes } from './jsm-servicedesks';

/** Every REST path the site answers. */
export const routes: Route[] = [...jsmRequestRoutes, ...jsmServiceDeskRoutes, ...jiraIssueRoutes];
