import type { ReportFigure } from '../../../src/contract/report-page';
import { spokenDuration } from '../../shared/duration';

/**
 * A change against the previous period as the report table writes it: its arrow and size, and
 * whether it is good news, in words: for a time metric a fall is better ("▼ 8 min, better").
 */
export function reportChangeText(figure: Pick<ReportFigure, 'unit' | 'change'>): string {
  if (figure.change === null) return '—';
  const size =
    figure.unit === 'seconds' ? spokenDuration(Math.abs(figure.change)) : Math.abs(figure.change).toFixed(1);
  if (size === '0.0' || size === spokenDuration(0)) return '▬ no change';
  const arrow = figure.change > 0 ? '▲' : '▼';
  const better = figure.unit === 'seconds' ? figure.change < 0 : figure.change > 0;
  return `${arrow} ${size}, ${better ? 'better' : 'worse'}`;
}
