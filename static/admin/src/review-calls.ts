import type { ReviewPlan } from '../../../src/contract/report-page';
import { callResolver } from '../../shared/resolvers';

/** The review plan's resolvers, named as their keys. */
export const reviewCalls = {
  getReviewPlan: () => callResolver('getReviewPlan', {}),
  getReviewOptions: () => callResolver('getReviewOptions', {}),
  saveReviewPlan: (plan: ReviewPlan) => callResolver('saveReviewPlan', plan),
};
