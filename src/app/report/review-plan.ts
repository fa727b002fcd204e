import type { ReviewPlan } from '../../domain/reviews/review-plan';
import { parseReviewPlan } from '../../domain/reviews/review-plan';
import { AppError } from '../errors';
import type { ReviewPlanStore } from '../ports/review-plan-store';
import type { ServiceDesk } from '../ports/service-desk';
import { requireJiraAdmin } from '../require-jira-admin';

type Deps = { desk: ServiceDesk; reviewPlan: ReviewPlanStore };

/** The review plan, for the admin page (administrators only: it names people and a project). */
export async function readReviewPlan(deps: Deps): Promise<ReviewPlan> {
  await requireJiraAdmin(deps.desk, 'see who owns the metrics');
  return deps.reviewPlan.get();
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
