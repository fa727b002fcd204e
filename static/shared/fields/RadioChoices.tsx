import type { ReactNode } from 'react';

export interface RadioChoice<T> {
  value: T;
  label: ReactNode;
}

interface Props<T> {
  /** Groups the radios, so arrow keys move between them and one tab stop reaches the group. */
  name: string;
  choices: readonly RadioChoice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** One radio per choice, each inside its label; the caller's fieldset names the group. */
export function RadioChoices<T extends string | number>({ name, choices, value, onChange }: Props<T>) {
  return (
    <>
      {choices.map((choice) => (
        <label key={choice.value} className="cx-check">
          <input
            type="radio"
            name={name}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </>
  );
}
