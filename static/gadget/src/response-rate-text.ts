import type { ResponseFigure } from '../../../src/domain/report/response-figure';

/**
 * A survey score's response rate in words, with its counts, so a 90 % CSAT from 20 answers out of
 * 2,000 invitations reads as what it is: "Response rate 1 % (20 of 2,000 invited)".
 */
export function responseRateText(response: ResponseFigure, locale?: string): string {
  const number = new Intl.NumberFormat(locale);
  if (response.rate === null) return 'Response rate: nobody invited in this period';
  return `Response rate ${Math.round(response.rate)} % (${number.format(response.responses)} of ${number.format(response.invitations)} invited)`;
}

/** The same in a table cell: "42 % (84/200)", or "–" with nobody invited. */
export function responseRateCell(response: ResponseFigure | null | undefined, locale?: string): string {
  if (!response || response.rate === null) return '–';
  const number = new Intl.NumberFormat(locale);
  return `${Math.round(response.rate)} % (${number.format(response.responses)}/${number.format(response.invitations)})`;
}
