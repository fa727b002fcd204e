import type { ReactNode } from 'react';
import { FieldMessageList } from '../components/FieldMessageList';

export interface FieldFrame {
  /** The control's id, which the label points at. */
  id: string;
  label: ReactNode;
  /** Shown under the control, with id `hintId`. */
  hint?: ReactNode;
  hintId?: string;
  /** The id of the messages block, which the control's `aria-describedby` names while invalid. */
  errorId: string;
  messages?: readonly string[];
}

/**
 * The frame every labelled control sits in: label, control, hint, messages, one under the other.
 * The control itself (input, select…) is the child, wired with `wiring()`.
 */
export function Field({
  id,
  label,
  hint,
  hintId,
  errorId,
  messages,
  children,
}: FieldFrame & { children: ReactNode }) {
  return (
    <div className="cx-field">
      <label className="cx-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint ? (
        <span id={hintId} className="cx-hint">
          {hint}
        </span>
      ) : null}
      <FieldMessageList id={errorId} messages={messages} />
    </div>
  );
}
