import { text } from '../../shared/styles';

/** An expired or withdrawn survey: one calm sentence, no form. */
export function ClosedNotice({ message }: { message: string }) {
  return (
    <p role="status" style={{ ...text.subtle, margin: 0 }}>
      {message}
    </p>
  );
}
