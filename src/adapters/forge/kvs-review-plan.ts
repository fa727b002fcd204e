import { kvs } from '@forge/kvs';
import type { ReviewPlanStore } from '../../app/ports/review-plan-store';
import { defaultReviewPlan, parseReviewPlan, type ReviewPlan } from '../../domain/reviews/review-plan';
import { keys } from './keys';

/** The review plan in KVS, one small value. One that no longer parses falls back to the defaults. */
export class KvsReviewPlanStore implements ReviewPlanStore {
  async get(): Promise<ReviewPlan> {
    const stored = await kvs.get(keys.reviewPlan);
    if (stored === undefined) return defaultReviewPlan();
    const parsed = parseReviewPlan(stored);
    if (parsed.ok) return parsed.plan;
    console.warn('The stored review plan is invalid; using the defaults.');
    return defaultReviewPlan();
  }

  async save(plan: ReviewPlan): Promise<void> {
    await kvs.set(keys.reviewPlan, plan);
  }
}
