import fc from 'fast-check';
import { COMMENT_MAX_LENGTH, parseCustomerResponse } from '../../../src/domain/survey';

const refused = (value: unknown) => {
  const result = parseCustomerResponse(value);
  if (result.ok) throw new Error(`accepted by mistake: ${JSON.stringify(value)}`);
  return result.errors;
};

describe('parseCustomerResponse', () => {
  it('accepts both scores and a comment, trimming the comment', () => {
    expect(parseCustomerResponse({ ces: 6, csat: 5, comment: '  Quick, thanks!\r\nBye\t ' })).toEqual({
      ok: true,
      response: { ces: 6, csat: 5, comment: 'Quick, thanks!\nBye' },
    });
  });

  it('accepts either score alone, at each end of its scale', () => {
    for (const value of [{ ces: 1 }, { ces: 7 }, { csat: 1 }, { csat: 5 }]) {
      expect(parseCustomerResponse(value)).toEqual({ ok: true, response: value });
    }
  });

  it('drops a comment of only whitespace', () => {
    expect(parseCustomerResponse({ csat: 3, comment: ' \n\t ' })).toEqual({
      ok: true,
      response: { csat: 3 },
    });
  });

  it('accepts ordinary text that merely contains "<"', () => {
    const comment = 'I <3 this team; waiting time < 1 h, 2<3. 素晴らしい 😀';
    expect(parseCustomerResponse({ csat: 5, comment })).toEqual({ ok: true, response: { csat: 5, comment } });
  });

  it('counts the comment limit after trimming: 2,000 characters pass, 2,001 do not', () => {
    const longest = 'x'.repeat(COMMENT_MAX_LENGTH);
    expect(parseCustomerResponse({ ces: 4, comment: `  ${longest}  ` }).ok).toBe(true);
    expect(refused({ ces: 4, comment: `${longest}y` })).toEqual([
      { field: 'comment', message: 'The comment must be at most 2,000 characters long.' },
    ]);
  });

  it.each([
    [{ ces: 0 }, 'ces', 'The CES score must be a whole number from 1 to 7.'],
    [{ ces: 8 }, 'ces', 'The CES score must be a whole number from 1 to 7.'],
    [{ ces: 4.5 }, 'ces', 'The CES score must be a whole number from 1 to 7.'],
    [{ ces: '5' }, 'ces', 'The CES score must be a whole number from 1 to 7.'],
    [{ ces: null }, 'ces', 'The CES score must be a whole number from 1 to 7.'],
    [{ csat: 6 }, 'csat', 'The CSAT score must be a whole number from 1 to 5.'],
    [{ csat: Number.NaN }, 'csat', 'The CSAT score must be a whole number from 1 to 5.'],
    [{ csat: Number.POSITIVE_INFINITY }, 'csat', 'The CSAT score must be a whole number from 1 to 5.'],
    [{ csat: 3, comment: 42 }, 'comment', 'The comment must be text.'],
    [
      { csat: 3, comment: '<script>alert(1)</script>' },
      'comment',
      'The comment cannot contain HTML or script tags (such as <b> or <script>); please write plain text.',
    ],
    [
      { csat: 3, comment: 'nice <img src=x onerror=alert(1)>' },
      'comment',
      'The comment cannot contain HTML or script tags (such as <b> or <script>); please write plain text.',
    ],
    [
      { csat: 3, comment: 'bell\u0007' },
      'comment',
      'The comment contains control or invisible formatting characters; only plain text, tabs and line breaks are allowed.',
    ],
    [
      { csat: 3, comment: 'gro\u202Eod' },
      'comment',
      'The comment contains control or invisible formatting characters; only plain text, tabs and line breaks are allowed.',
    ],
    [{}, '', 'Please give at least one score: CES (1–7) or CSAT (1–5).'],
    [{ comment: 'only words' }, '', 'Please give at least one score: CES (1–7) or CSAT (1–5).'],
    [
      { ces: 5, respondent: 'someone-else' },
      '',
      'Unexpected field: "respondent". An answer has only "ces", "csat" and "comment".',
    ],
    [null, '', 'The answer must be an object with "ces", "csat" and "comment".'],
    [[5, 4], '', 'The answer must be an object with "ces", "csat" and "comment".'],
    ['{"ces":5}', '', 'The answer must be an object with "ces", "csat" and "comment".'],
  ])('refuses %j on %j with a clear message', (value, field, message) => {
    expect(refused(value)).toEqual([{ field, message }]);
  });

  it('refuses a "__proto__" field rather than reading through it', () => {
    const payload: unknown = JSON.parse('{"csat": 4, "__proto__": {"ces": 1}}');
    expect(refused(payload)).toEqual([
      {
        field: '',
        message: 'Unexpected field: "__proto__". An answer has only "ces", "csat" and "comment".',
      },
    ]);
  });
});

describe('parseCustomerResponse against generated payloads', () => {
  // Words, not characters, so that "<" never happens to precede a letter and form a tag.
  const safeText = fc
    .array(
      fc.constantFrom('abc', 'XYZ', ' ', 'äöü', 'é', '語', '😀', '<3', ' < ', '1 < 2', '.', '!?', '\n', '\t'),
      {
        maxLength: 30,
      },
    )
    .map((words) => words.join(''));
  const valid = fc
    .record(
      {
        ces: fc.integer({ min: 1, max: 7 }),
        csat: fc.integer({ min: 1, max: 5 }),
        comment: safeText,
      },
      { requiredKeys: [] },
    )
    .filter((answer) => answer.ces !== undefined || answer.csat !== undefined);

  const neitherTextNorNumber = fc.oneof(
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 2 }),
    fc.object({ maxDepth: 1 }),
    fc.bigInt(),
  );
  const notText = fc.oneof(neitherTextNorNumber, fc.integer());
  // Not fc.integer() here: an integer can be a valid score.
  const notANumber = fc.oneof(neitherTextNorNumber, fc.string());
  const outOfRange = (min: number, max: number) =>
    fc.oneof(
      fc.integer({ max: min - 1 }),
      fc.integer({ min: max + 1 }),
      fc.constant(-0 - 1e9),
      fc.constant(1e21),
    );
  const nonInteger = fc.oneof(
    fc.double({ noNaN: false }).filter((number) => !Number.isInteger(number)),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2.5, 1e-9),
  );
  const markup = fc
    .tuple(
      safeText,
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '</div>',
        '<!-- x -->',
        '<b>',
        '<?php',
        '<svg/onload=alert(1)>',
        '<a href="javascript:alert(1)">x</a>',
      ),
      safeText,
    )
    .map((parts) => parts.join(''));
  const oversized = fc
    .tuple(fc.integer({ min: 1, max: 500 }), fc.constantFrom('x', '語', 'ab'))
    .map(([extra, unit]) => unit.repeat(Math.ceil((COMMENT_MAX_LENGTH + extra) / unit.length)));
  const controlled = fc
    .tuple(
      safeText,
      fc.constantFrom('\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u202E', '\u2066', '\uD800'),
      safeText,
    )
    .map((parts) => `x${parts.join('')}x`);
  const unknownKey = fc.oneof(
    fc.string({ minLength: 1, maxLength: 20 }).filter((key) => !['ces', 'csat', 'comment'].includes(key)),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'respondent', 'surveyId', 'CES', 'score'),
  );

  /** One thing wrong with an otherwise valid answer, and the field the error must name. */
  type Defect = { field: string; apply: (answer: Record<string, unknown>) => unknown };
  const setField =
    (field: string) =>
    (value: unknown): Defect => ({ field, apply: (answer) => ({ ...answer, [field]: value }) });
  const defect: fc.Arbitrary<Defect> = fc.oneof(
    fc.oneof(notANumber, outOfRange(1, 7), nonInteger).map(setField('ces')),
    fc.oneof(notANumber, outOfRange(1, 5), nonInteger).map(setField('csat')),
    fc.oneof(oversized, markup, controlled, notText).map(setField('comment')),
    fc
      .tuple(unknownKey, fc.anything())
      .map(([key, value]): Defect => ({ field: '', apply: (answer) => ({ ...answer, [key]: value }) })),
    fc.constant<Defect>({ field: '', apply: ({ comment }) => (comment === undefined ? {} : { comment }) }),
    fc
      .oneof(notANumber, fc.constant(undefined), fc.integer())
      .map((value): Defect => ({ field: '', apply: () => value })),
  );

  it('refuses each of 1,000 hostile payloads with a message naming the field, accepting none', () => {
    fc.assert(
      fc.property(valid, defect, (answer, { field, apply }) => {
        const payload = apply({ ...answer });
        const result = parseCustomerResponse(payload);
        if (result.ok) return false;
        return (
          result.errors.length > 0 &&
          result.errors.every((error) => typeof error.message === 'string' && error.message.length > 10) &&
          result.errors.some((error) => error.field === field)
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every well-formed answer, keeping its scores', () => {
    fc.assert(
      fc.property(valid, (answer) => {
        const result = parseCustomerResponse(answer);
        return result.ok && result.response.ces === answer.ces && result.response.csat === answer.csat;
      }),
      { numRuns: 1000 },
    );
  });
});
