import type { ResolutionsPerDay } from '../../../src/contract/resolvers';
import { formatDay, type DisplayPrefs } from '../../shared/format';

interface Props {
  data: ResolutionsPerDay;
  prefs: DisplayPrefs;
}

export function ResolutionsTable({ data, prefs }: Props) {
  return (
    <table className="cx-table">
      <caption>Resolved requests per day in {data.projectKey}</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col" className="cx-number">
            Resolved
          </th>
        </tr>
      </thead>
      <tbody>
        {data.days.map((day) => (
          <tr key={day.date}>
            <th scope="row" style={{ fontWeight: 400 }}>
              <time dateTime={day.date}>{formatDay(day.date, prefs, 'long')}</time>
            </th>
            <td className="cx-number">{day.resolved}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
