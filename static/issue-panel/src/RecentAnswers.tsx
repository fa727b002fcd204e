import type { AgentTicketResult } from '../../../src/contract/survey';
import { formatDate, type DisplayPrefs } from '../../shared/format';
import { scoreOnScale } from '../../shared/scales';
import { text } from '../../shared/styles';

interface Props {
  issueKey: string;
  recent: AgentTicketResult['customerRecent'];
  scales: AgentTicketResult['scales'];
  prefs: DisplayPrefs;
}

/** This customer's last five answers on any ticket, newest first; this ticket is marked. */
export function RecentAnswers({ issueKey, recent, scales, prefs }: Props) {
  if (recent.length === 0) {
    return <p style={{ ...text.subtle, margin: 0 }}>No answers from this customer yet.</p>;
  }
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="cx-table">
        <caption>This customer's recent answers</caption>
        <thead>
          <tr>
            <th scope="col">Ticket</th>
            <th scope="col">Date</th>
            <th scope="col" className="cx-number">
              CES
            </th>
            <th scope="col" className="cx-number">
              CSAT
            </th>
          </tr>
        </thead>
        <tbody>
          {recent.slice(0, 5).map((row) => (
            <tr key={`${row.ticketKey}-${row.answeredAt}`}>
              <th scope="row" style={{ fontWeight: row.ticketKey === issueKey ? 600 : 400 }}>
                {row.ticketKey}
                {row.ticketKey === issueKey && <span style={text.subtlest}> (this)</span>}
              </th>
              <td>
                <time dateTime={row.answeredAt}>{formatDate(row.answeredAt, prefs)}</time>
              </td>
              <td className="cx-number">{scoreOnScale(row.ces, scales.ces)}</td>
              <td className="cx-number">{scoreOnScale(row.csat, scales.csat)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
