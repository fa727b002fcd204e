import type { ReviewPlan } from '../../domain/reviews/review-plan';
import { parseReviewPlan } from '../../domain/reviews/review-plan';
import { AppError } from '../errors';
import type { ReviewOptions } from '../../contract/report-page';
import type { ReviewPlanStore } from '../ports/review-plan-store';
import type { ReviewTasks } from '../ports/review-tasks';
import type { ServiceDesk } from '../ports/service-desk';
import { requireJiraAdmin } from '../require-jira-admin';

type Deps = { desk: ServiceDesk; reviewPlan: ReviewPlanStore };

/** The review plan, for the admin page (administrators only: it names people and a project). */
export async function readReviewPlan(deps: Deps): Promise<ReviewPlan> {
  await requireJiraAdmin(deps.desk, 'see who owns the metrics');
  return deps.reviewPlan.get();
}

/** The projects the admin may send review tasks to, and the people who may own metrics. */
export async function readReviewOptions(deps: {
  desk: ServiceDesk;
  reviewTasks: Pick<ReviewTasks, 'assignablePeople'>;
}): Promise<ReviewOptions> {
  await requireJiraAdmin(deps.desk, 'see who may own the metrics');
  const projects = await deps.desk.projectsVisibleToViewer();
  const byAccount = new Map<string, { accountId: string; displayName: string; projects: string[] }>();
  for (const project of projects) {
    for (const person of await deps.reviewTasks.assignablePeople(project.key)) {
      const entry = byAccount.get(person.accountId) ?? { ...person, projects: [] };
      entry.projects.push(project.key);
      byAccount.set(person.accountId, entry);
    }
  }
  return {
    projects,
    people: [...byAccount.values()].sort(
      (a, b) => a.displayName.localeCompare(b.displayName) || a.accountId.localeCompare(b.accountId),
    ),
  };
}

/**
 * Saves the review plan an administrator submitted. Invalid input: INVALID_INPUT with the fields,
 * and nothing stored.
 */
export async function saveReviewPlan(deps: Deps, payload: unknown): Promise<ReviewPlan> {
  await requireJiraAdmin(deps.desk, 'change who owns the metrics');
  const parsed = parseReviewPlan(payload);
  if (!parsed.ok) throw new AppError('INVALID_INPUT', 'The review plan is not valid.', parsed.errors);
  await deps.reviewPlan.save(parsed.plan);
  return parsed.plan;
}
