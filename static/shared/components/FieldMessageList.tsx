import { token } from '@atlaskit/tokens';

interface Props {
  /** Referenced by the field's `aria-describedby`. */
  id: string;
  messages: readonly string[] | undefined;
}

/** The messages for one field, shown right under it and read with it by screen readers. */
export function FieldMessageList({ id, messages }: Props) {
  if (!messages || messages.length === 0) return null;
  return (
    <div
      id={id}
      style={{
        color: token('color.text.danger', '#AE2E24'),
        font: token('font.body.small', 'normal 400 12px/16px ui-sans-serif, system-ui, sans-serif'),
      }}
    >
      {messages.map((message) => (
        <p key={message} style={{ margin: 0 }}>
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      ))}
    </div>
  );
}
