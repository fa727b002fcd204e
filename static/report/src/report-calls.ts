import { callResolver } from '../../shared/resolvers';
import type { ReportScope } from '../../../src/contract/report-page';

/** The report page's resolvers, named as their keys. */
export const reportCalls = {
  getCxReport: (scope: ReportScope) => callResolver('getCxReport', scope),
  exportRecords: (cursor?: string) => callResolver('exportRecords', cursor === undefined ? {} : { cursor }),
};
