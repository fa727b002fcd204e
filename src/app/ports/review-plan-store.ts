import type { ReviewPlan } from '../../domain/reviews/review-plan';

/** Who owns each metric, how often it is reviewed, and where review tasks go. */
export interface ReviewPlanStore {
  /** The plan in force; the literature's defaults until an administrator saves one. */
  get(): Promise<ReviewPlan>;
  save(plan: ReviewPlan): Promise<void>;
}
