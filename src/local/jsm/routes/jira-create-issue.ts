import { z } from 'zod';
import { canBrowseDesk } from '../access';
import { jiraError, okResult, type RouteResult } from '../http';
import type { TaskRecord } from '../model';
import type { Route, RouteContext } from '../router';

/**
 * Jira's issue creation (`POST /rest/api/3/issue`,
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post)
 * for plain issues such as the app's review tasks: 201 `{ id, key, self }`, and the refusals Jira
 * words per field in `errors` (400): an unknown project or issue type, no summary, a description
 * that is not an Atlassian document, a label with spaces, a due date that is not one, an assignee
 * who cannot be assigned (inactive, or not an agent of the project), a field it does not know.
 * A caller who may not browse the project gets the unknown-project answer, as in Jira.
 */

/** The issue types every project of the site has besides its request types. */
export const TASK_ISSUE_TYPES = ['Task', 'Service Request', 'Incident'];
const KNOWN_FIELDS = new Set([
  'project',
  'issuetype',
  'summary',
  'description',
  'assignee',
  'labels',
  'duedate',
]);

const ref = z.object({ key: z.string().optional(), id: z.string().optional(), name: z.string().optional() });
const adfDoc = z.object({ type: z.literal('doc'), version: z.literal(1), content: z.array(z.unknown()) });
const bodySchema = z.object({ fields: z.record(z.string(), z.unknown()) });

function createIssue(context: RouteContext): RouteResult {
  const body = bodySchema.safeParse(context.body);
  if (!body.success) return jiraError(400, 'No fields were sent: the request body needs a "fields" object.');
  const { fields } = body.data;
  const errors: Record<string, string> = {};
  for (const name of Object.keys(fields)) {
    if (!KNOWN_FIELDS.has(name))
      errors[name] = `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`;
  }
  const project = ref.safeParse(fields.project);
  const desk = project.success
    ? context.store.deskByProject(project.data.key ?? project.data.id ?? '')
    : undefined;
  // Creating needs Jira's Create issues permission: the app, or an agent of the project (customers
  // only raise requests through the portal).
  const mayCreate =
    desk !== undefined &&
    canBrowseDesk(context.viewer, desk, context.store) &&
    (context.viewer.kind === 'app' || context.viewer.user.accountType === 'atlassian');
  if (!mayCreate) errors.project = 'valid project is required';
  const type = ref.safeParse(fields.issuetype);
  const typeName = type.success ? (type.data.name ?? type.data.id) : undefined;
  if (!typeName || !TASK_ISSUE_TYPES.includes(typeName)) errors.issuetype = 'valid issue type is required';
  const summary = fields.summary;
  if (typeof summary !== 'string' || summary.trim() === '')
    errors.summary = 'You must specify a summary of the issue.';
  else if (summary.length > 255) errors.summary = 'Summary must be less than 255 characters.';
  if (fields.description !== undefined && !adfDoc.safeParse(fields.description).success)
    errors.description = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
  const labels = z.array(z.string()).safeParse(fields.labels ?? []);
  const spaced = labels.success ? labels.data.find((label) => /\s/.test(label) || label === '') : undefined;
  if (!labels.success) errors.labels = 'Labels must be a list of strings.';
  else if (spaced !== undefined) errors.labels = `The label '${spaced}' contains spaces which is invalid.`;
  const duedate = fields.duedate;
  if (
    duedate !== undefined &&
    duedate !== null &&
    (typeof duedate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(duedate))
  )
    errors.duedate = `Error parsing date string: ${String(duedate)}`;
  const assignee = z.object({ accountId: z.string() }).nullish().safeParse(fields.assignee);
  let assigneeId: string | null = null;
  if (!assignee.success) errors.assignee = 'Specify the assignee by accountId.';
  else if (assignee.data && mayCreate) {
    const user = context.store.user(assignee.data.accountId);
    const assignable =
      user !== undefined &&
      user.active &&
      user.accountType === 'atlassian' &&
      desk !== undefined &&
      (user.admin === true || (user.serviceDeskIds ?? []).includes(desk.serviceDeskId));
    if (!assignable) errors.assignee = `User '${assignee.data.accountId}' cannot be assigned issues.`;
    else assigneeId = user.accountId;
  }
  if (Object.keys(errors).length > 0 || !desk) return jiraError(400, '', errors);
  desk.issueCounter += 1;
  const task: TaskRecord = {
    issueId: context.store.nextId('issue'),
    key: `${desk.key}-${desk.issueCounter}`,
    projectKey: desk.key,
    issueType: typeName!,
    summary: String(summary),
    description: fields.description ?? null,
    assigneeId,
    reporterId: context.viewer.user.accountId,
    labels: labels.success ? labels.data : [],
    duedate: typeof duedate === 'string' ? duedate : null,
    created: context.now.toISOString(),
  };
  (context.store.data.tasks ??= []).push(task);
  return okResult(
    { id: task.issueId, key: task.key, self: `${context.baseUrl}/rest/api/3/issue/${task.issueId}` },
    201,
  );
}

export const jiraCreateIssueRoutes: Route[] = [
  { method: 'POST', path: '/rest/api/3/issue', handler: createIssue },
];
