import type { FigureUnit } from '../../../src/contract/gadgets';
import { formatInterval } from './format-figures';

/** The scale an interval is drawn on: shares 0–100, NPS −100–100, durations 0 to the widest upper end. */
export function ciScale(unit: FigureUnit, signed: boolean, widest: number): [number, number] {
  if (unit === 'percent') return [0, 100];
  if (unit === 'score') return signed ? [-100, 100] : [0, 100];
  return [0, Math.max(widest, 1)];
}

const position = (value: number, [min, max]: [number, number]) =>
  Math.min(100, Math.max(0, ((value - min) / (max - min)) * 100));

interface Props {
  ci: [number, number] | null;
  value: number | null;
  unit: FigureUnit;
  signed: boolean;
  scale: [number, number];
}

/** A small range bar with the value marked, then the interval as text (which carries the meaning). */
export function CiBar({ ci, value, unit, signed, scale }: Props) {
  const text = formatInterval(ci, unit, { signed });
  if (!ci) return <span>{text}</span>;
  const left = position(ci[0], scale);
  const right = position(ci[1], scale);
  return (
    <span className="cxg-ci">
      <span className="cxg-ci__track" aria-hidden="true">
        <span
          className="cxg-ci__range"
          style={{ left: `${left}%`, width: `${Math.max(right - left, 1)}%` }}
        />
        {value !== null && <span className="cxg-ci__point" style={{ left: `${position(value, scale)}%` }} />}
      </span>
      <span>{text}</span>
    </span>
  );
}
