import {
  fieldMessagesOf,
  groupFieldErrors,
  mergeFieldMessages,
  messagesUnder,
  unclaimedMessages,
} from '../../static/shared/field-messages';

describe('field messages', () => {
  const invalid = {
    code: 'INVALID_INPUT' as const,
    message: 'Some settings are not valid.',
    fields: [
      { field: 'reminder.afterDays', message: 'Too late.' },
      { field: 'reminder.afterDays', message: 'Too late.' },
      { field: 'enabledProjects.2', message: 'Not a key.' },
      { field: '', message: 'Whole form.' },
    ],
  };

  it('groups an INVALID_INPUT failure by field, without repeats', () => {
    const messages = fieldMessagesOf(invalid);
    expect(messages.get('reminder.afterDays')).toEqual(['Too late.']);
    expect(messagesUnder(messages, 'enabledProjects')).toEqual(['Not a key.']);
    expect(messagesUnder(messages, 'enabled')).toBeUndefined();
  });

  it('has nothing for other failures', () => {
    expect(fieldMessagesOf({ code: 'FORBIDDEN', message: 'No.' }).size).toBe(0);
    expect(fieldMessagesOf(null).size).toBe(0);
  });

  it('lists what no field shows, so nothing is lost', () => {
    const messages = fieldMessagesOf(invalid);
    expect(
      unclaimedMessages(messages, (field) => field.startsWith('reminder') || field.startsWith('enabled')),
    ).toEqual(['Whole form.']);
  });

  it('merges local and backend messages', () => {
    const merged = mergeFieldMessages(
      groupFieldErrors([{ field: 'a', message: '1' }]),
      groupFieldErrors([
        { field: 'a', message: '2' },
        { field: 'b', message: '3' },
      ]),
    );
    expect(Object.fromEntries(merged)).toEqual({ a: ['1', '2'], b: ['3'] });
  });
});
