import { canBrowseDesk } from '../access';
import { jiraError, okResult, type RouteResult } from '../http';
import { JqlError, parseJql, type JqlQuery } from '../jql';
import type { TaskRecord } from '../model';
import type { RouteContext } from '../router';

function matchesTask(query: JqlQuery, task: TaskRecord): boolean {
  return query.clauses.every((clause) => {
    switch (clause.kind) {
      case 'project':
        return clause.values.some((value) => value.toUpperCase() === task.projectKey);
      case 'key':
        return clause.values.some((value) => value.toUpperCase() === task.key || value === task.issueId);
      case 'labels':
        return clause.values.some((value) => task.labels.includes(value));
      case 'resolution':
        return clause.empty;
      case 'date':
        return clause.field === 'created' && compare(Date.parse(task.created), clause.op, clause.at);
      case 'empty':
        return (clause.field === 'assignee' ? task.assigneeId === null : true) === clause.empty;
    }
  });
}

function compare(value: number, op: '>=' | '>' | '<=' | '<', at: number): boolean {
  if (op === '>=') return value >= at;
  if (op === '>') return value > at;
  if (op === '<=') return value <= at;
  return value < at;
}

/**
 * A search that names labels finds the site's plain issues (the app's review tasks), in key order,
 * with their summary, labels, due date and assignee; `undefined` for any other search, which the
 * requests answer. One page: labels name a handful of issues.
 */
export function searchTasks(context: RouteContext, jql: string, maxResults = 50): RouteResult | undefined {
  let query: JqlQuery;
  try {
    query = parseJql(jql, context.now);
  } catch (error) {
    if (error instanceof JqlError) return undefined;
    throw error;
  }
  if (!query.clauses.some((clause) => clause.kind === 'labels')) return undefined;
  const visible = (task: TaskRecord) => {
    const desk = context.store.deskByProject(task.projectKey);
    return desk !== undefined && canBrowseDesk(context.viewer, desk, context.store);
  };
  if (maxResults < 0) return jiraError(400, 'maxResults must be a non-negative integer.');
  const hits = (context.store.data.tasks ?? [])
    .filter((task) => visible(task) && matchesTask(query, task))
    .sort((a, b) => Number(a.issueId) - Number(b.issueId));
  const page = hits.slice(0, maxResults);
  return okResult({
    issues: page.map((task) => ({
      expand: '',
      id: task.issueId,
      self: `${context.baseUrl}/rest/api/3/issue/${task.issueId}`,
      key: task.key,
      fields: {
        summary: task.summary,
        labels: task.labels,
        duedate: task.duedate,
        assignee: task.assigneeId ? { accountId: task.assigneeId } : null,
      },
    })),
    isLast: page.length === hits.length,
  });
}
