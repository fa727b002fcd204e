import type { CSSProperties, ReactNode } from 'react';

export interface CheckItem {
  value: string;
  label: ReactNode;
}

interface Props {
  items: readonly CheckItem[];
  /** The ticked values, in the order they were ticked. */
  checked: readonly string[];
  /** The new ticked values: a newly ticked one goes last. */
  onChange: (checked: string[]) => void;
  className?: string;
  style?: CSSProperties;
  labelStyle?: CSSProperties;
}

/** A list of checkboxes for choosing several of a set (projects, request types…). */
export function CheckList({ items, checked, onChange, className, style, labelStyle }: Props) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...checked, value] : checked.filter((candidate) => candidate !== value));
  return (
    <ul className={className} style={style}>
      {items.map((item) => (
        <li key={item.value}>
          <label className="cx-check" style={labelStyle}>
            <input
              type="checkbox"
              checked={checked.includes(item.value)}
              onChange={(event) => toggle(item.value, event.target.checked)}
            />
            {item.label}
          </label>
        </li>
      ))}
    </ul>
  );
}
