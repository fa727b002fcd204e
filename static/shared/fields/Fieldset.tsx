import type { CSSProperties, ReactNode } from 'react';

interface Props {
  /** Names the group; a screen reader reads it before each control inside. */
  legend: ReactNode;
  /** A line under the legend, e.g. what choosing nothing means. */
  hint?: ReactNode;
  className?: string;
  style?: CSSProperties;
  /** `cx-visually-hidden` when the surroundings already show the name. */
  legendClassName?: string;
  legendStyle?: CSSProperties;
  disabled?: boolean;
  describedBy?: string;
  children: ReactNode;
}

/** A group of controls under one name (checkboxes, radios, related fields). */
export function Fieldset(props: Props) {
  const { legend, hint, className, style, legendClassName = 'cx-label', legendStyle, children } = props;
  return (
    <fieldset
      className={className}
      disabled={props.disabled}
      aria-describedby={props.describedBy}
      style={style}
    >
      <legend className={legendClassName} style={legendStyle}>
        {legend}
      </legend>
      {hint ? <span className="cx-hint">{hint}</span> : null}
      {children}
    </fieldset>
  );
}
