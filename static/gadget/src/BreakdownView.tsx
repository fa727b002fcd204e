import { useId, useMemo, useState } from 'react';
import type { Breakdown, BreakdownRow } from '../../../src/contract/gadgets';
import { EmptyState } from '../../shared/components/EmptyState';
import { toBcp47, type DisplayPrefs } from '../../shared/format';
import { CiBar, ciScale } from './CiBar';
import { DrilldownView } from './DrilldownView';
import { formatTarget, formatValue } from './format-figures';
import { DIMENSION_LABELS, lowerIsBetter, signedMetric } from './labels';
import { ariaSort, DEFAULT_SORT, nextSort, sortRows, type SortKey, type SortOrder } from './sort-rows';
import { inReportingZone, windowLabel } from './window-label';
import { responseRateCell } from './response-rate-text';

interface Props {
  data: Breakdown;
  prefs: DisplayPrefs;
}

export function BreakdownView({ data, prefs }: Props) {
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [open, setOpen] = useState<BreakdownRow | null>(null);
  const drillId = useId();
  const rows = useMemo(() => sortRows(data.rows, sort), [data.rows, sort]);
  const locale = toBcp47(prefs.locale);
  const number = new Intl.NumberFormat(locale);
  // A survey's score: each row's response rate beside it (a team that few answer is a finding).
  const withRates = data.total.response != null;
  const where = windowLabel(data.window, prefs.locale);
  const signed = signedMetric(data.metric);
  const dimension = DIMENSION_LABELS[data.dimension];
  const target = formatTarget(data.target, data.unit, { signed });
  const title = `${data.label} by ${dimension.toLowerCase()}`;
  // A time metric is measured on tickets, not answers: its rows have no survey answers to open.
  const drillable = !lowerIsBetter(data.unit);
  if (data.rows.length === 0 || data.total.n === 0) {
    return (
      <EmptyState title={`No ${data.label} data in this period`}>
        <p style={{ margin: 0 }}>{where}</p>
      </EmptyState>
    );
  }
  const widest = Math.max(
    ...data.rows.map((row) => row.ci95?.[1] ?? row.value ?? 0),
    data.total.ci95?.[1] ?? 0,
  );
  const scale = ciScale(data.unit, signed, widest);
  const toggle = (row: BreakdownRow) => setOpen((current) => (current?.key === row.key ? null : row));

  const header = (key: SortKey, label: string, numeric: boolean) => (
    <th scope="col" aria-sort={ariaSort(sort, key)} className={numeric ? 'cx-number' : undefined}>
      <button type="button" className="cxg-sort" onClick={() => setSort(nextSort(sort, key))}>
        {label}
        <span className="cxg-sort__arrow" aria-hidden="true">
          {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );

  return (
    <section className="cxg-root" aria-label={title}>
      <div>
        <p className="cxg-title">{title}</p>
        <p className="cxg-meta">
          {where}
          {target ? ` · ${target}` : ''}
        </p>
      </div>
      <div className="cxg-scroll" role="region" aria-label={`${title}, table`} tabIndex={0}>
        <table className="cx-table cxg-table">
          <caption className="cx-visually-hidden">
            {title}. Sort by a column with its header button
            {drillable ? <>; a row&apos;s name opens the responses behind it.</> : '.'}
          </caption>
          <thead>
            <tr>
              {header('label', dimension, false)}
              {header('value', data.label, true)}
              {header('n', 'n', true)}
              {withRates && (
                <th scope="col" className="cx-number">
                  Response rate
                </th>
              )}
              <th scope="col">95 % CI</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const selected = open?.key === row.key;
              return (
                <tr
                  key={row.key}
                  className={
                    [drillable && 'cxg-row--clickable', row.lowSample && 'cxg-row--low']
                      .filter(Boolean)
                      .join(' ') || undefined
                  }
                  aria-selected={drillable ? selected : undefined}
                  // A click anywhere on the row is a shortcut for the button on its name (the keyboard path).
                  onClick={drillable ? () => toggle(row) : undefined}
                >
                  <th scope="row" className="cxg-wrap">
                    {drillable ? (
                      <button
                        type="button"
                        className="cxg-row-button"
                        aria-expanded={selected}
                        aria-controls={selected ? drillId : undefined}
                        onClick={(event) => {
                          event.stopPropagation();
                          toggle(row);
                        }}
                      >
                        {row.label}
                        <span className="cx-visually-hidden">: responses</span>
                      </button>
                    ) : (
                      row.label
                    )}
                    {row.lowSample && row.n > 0 && (
                      <span className="cxg-low" title="Fewer than 30 answers: indicative only">
                        indicative
                      </span>
                    )}
                  </th>
                  <td className="cx-number">{formatValue(row.value, data.unit, { signed })}</td>
                  <td className="cx-number">{number.format(row.n)}</td>
                  {withRates && <td className="cx-number">{responseRateCell(row.response, locale)}</td>}
                  <td>
                    <CiBar ci={row.ci95} value={row.value} unit={data.unit} signed={signed} scale={scale} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All</th>
              <td className="cx-number">{formatValue(data.total.value, data.unit, { signed })}</td>
              <td className="cx-number">{number.format(data.total.n)}</td>
              {withRates && <td className="cx-number">{responseRateCell(data.total.response, locale)}</td>}
              <td>
                <CiBar
                  ci={data.total.ci95}
                  value={data.total.value}
                  unit={data.unit}
                  signed={signed}
                  scale={scale}
                />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {open && drillable && (
        <DrilldownView
          key={open.key}
          id={drillId}
          row={open}
          dimension={dimension}
          prefs={inReportingZone(prefs, data.window)}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
