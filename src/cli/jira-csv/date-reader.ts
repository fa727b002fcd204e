import { tz } from '@date-fns/tz';
import { isValid, parse } from 'date-fns';
import { instant } from '../../domain';

/** Jira's default export format first ("12/Mar/24 3:45 PM"), then common variants. */
const FORMATS = [
  'dd/MMM/yy h:mm a',
  'd/MMM/yy h:mm a',
  'dd/MMM/yyyy h:mm a',
  'yyyy-MM-dd HH:mm',
  'yyyy-MM-dd HH:mm:ss',
  "yyyy-MM-dd'T'HH:mm:ss",
  "yyyy-MM-dd'T'HH:mm:ss.SSS",
];

/**
 * Reads export dates as epoch ms. Text with an offset is taken as is; text without one is in
 * `timeZone`, since Jira writes dates in the exporting user's zone without saying so. Two-digit
 * years resolve to the century nearest `now`.
 */
export function dateReader(
  timeZone: string,
  dateFormat: string | null,
  now: Date,
): (text: string) => number | undefined {
  const zone = tz(timeZone);
  const formats = dateFormat === null ? FORMATS : [dateFormat];
  return (text) => {
    const trimmed = text.trim();
    const withOffset = instant.safeParse(trimmed);
    if (withOffset.success) return withOffset.data;
    for (const format of formats) {
      const date = parse(trimmed, format, now, { in: zone });
      if (isValid(date)) return date.getTime();
    }
    return undefined;
  };
}
