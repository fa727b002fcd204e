import { defaultGadgetConfiguration } from '../../contract/gadget-configuration';
import type { GadgetConfiguration } from '../../contract/gadgets';
import { reportScopeSchema, type CxReport, type ProjectQuality } from '../../contract/report-page';
import { fieldErrors } from '../../domain/settings/field-errors';
import { AppError } from '../errors';
import type { GadgetDeps } from '../gadgets/gadget-answers';
import { resolveScope } from '../gadgets/gadget-scope';
import type { RecoveredResolutions } from '../ports/recent-resolutions';
import type { ReviewPlanStore } from '../ports/review-plan-store';
import { cxReport } from './cx-report';
import { dataQuality } from './data-quality';

export type ReportDeps = GadgetDeps & { reviewPlan: ReviewPlanStore; recoveries: RecoveredResolutions };

/**
 * The report page's scope as a gadget configuration: the page sends projects, request types and
 * a period; everything else is the gadgets' default. Invalid input: INVALID_INPUT with the fields.
 */
export function reportConfiguration(payload: unknown): GadgetConfiguration {
  const parsed = reportScopeSchema.safeParse(payload ?? {});
  if (!parsed.success) {
    throw new AppError(
      'INVALID_INPUT',
      'The report’s period or scope is not valid.',
      fieldErrors(parsed.error),
    );
  }
  return { ...defaultGadgetConfiguration(), ...parsed.data };
}

/** The report for the viewer: only projects they may browse, as the gadgets. */
export async function reportAnswer(deps: ReportDeps, payload: unknown): Promise<CxReport> {
  const config = reportConfiguration(payload);
  const [settings, plan] = await Promise.all([deps.settings.get(), deps.reviewPlan.get()]);
  const scope = await resolveScope(deps, settings, config);
  return cxReport(deps, scope, config, plan);
}

/** The data-quality verdicts alone, for the viewer's projects. */
export async function dataQualityAnswer(
  deps: ReportDeps,
  payload: unknown,
): Promise<{ window: CxReport['window']; quality: ProjectQuality[] }> {
  const config = reportConfiguration(payload);
  const scope = await resolveScope(deps, await deps.settings.get(), config);
  return { window: scope.window, quality: await dataQuality(deps, scope) };
}
