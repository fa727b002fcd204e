import { token } from '@atlaskit/tokens';
import { card } from '../../shared/styles';

interface Props {
  label: string;
  value: number;
}

/** A description list keeps the number and its label together for screen readers. */
export function StatTile({ label, value }: Props) {
  return (
    <dl style={{ ...card, margin: 0, minWidth: 180 }}>
      <dt style={{ color: token('color.text.subtle', '#44546F') }}>{label}</dt>
      <dd
        style={{
          margin: `${token('space.050', '4px')} 0 0`,
          font: token('font.heading.large', 'normal 500 24px/28px ui-sans-serif, sans-serif'),
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        {value.toLocaleString()}
      </dd>
    </dl>
  );
}
