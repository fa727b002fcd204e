import { useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { FieldMessageList } from '../../shared/components/FieldMessageList';
import { VisuallyHidden } from '../../shared/components/VisuallyHidden';
import { nextRadioValue, tabStop } from '../../shared/radio-keys';
import { scalePoints } from '../../shared/scales';

interface Props {
  name: string;
  question: string;
  lowLabel: string;
  highLabel: string;
  scale: { min: number; max: number };
  value: number | null;
  onChange: (score: number) => void;
  errors?: readonly string[];
  disabled?: boolean;
}

/**
 * One rating question as a radio group of large buttons: a click (or Space/Enter) on a score is
 * the answer; arrow keys, Home and End move and choose within the group; Tab enters and leaves it.
 * The end labels are part of the first and last buttons' names, and shown under them.
 */
export function ScaleQuestion({
  name,
  question,
  lowLabel,
  highLabel,
  scale,
  value,
  onChange,
  errors,
  disabled,
}: Props) {
  const points = scalePoints(scale);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const questionId = `cx-${name}-question`;
  const errorId = `cx-${name}-error`;
  const focusable = tabStop(points, value);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, from: number) => {
    const next = nextRadioValue(points, from, event.key);
    if (next === null) return;
    event.preventDefault();
    onChange(next);
    buttons.current.get(next)?.focus();
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <p id={questionId} style={{ margin: 0, fontWeight: 600 }}>
        {question}
      </p>
      <div
        role="radiogroup"
        aria-labelledby={questionId}
        aria-describedby={errors?.length ? errorId : undefined}
        aria-invalid={errors?.length ? true : undefined}
        className="cx-scale"
        style={{ '--cx-scale-points': points.length } as CSSProperties}
      >
        {points.map((point) => {
          const end = point === scale.min ? lowLabel : point === scale.max ? highLabel : null;
          return (
            <button
              key={point}
              ref={(element) => {
                if (element) buttons.current.set(point, element);
                else buttons.current.delete(point);
              }}
              type="button"
              role="radio"
              aria-checked={value === point}
              tabIndex={point === focusable ? 0 : -1}
              className="cx-scale-option"
              disabled={disabled}
              onClick={() => onChange(point)}
              onKeyDown={(event) => onKeyDown(event, point)}
            >
              {point}
              {end && <VisuallyHidden>, {end}</VisuallyHidden>}
            </button>
          );
        })}
      </div>
      <div
        className="cx-scale-ends"
        aria-hidden="true"
        style={{ maxWidth: `calc(${points.length} * 3.5rem + ${points.length - 1} * 6px)` }}
      >
        <span>{lowLabel}</span>
        <span>{highLabel}</span>
      </div>
      <FieldMessageList id={errorId} messages={errors} />
    </div>
  );
}
