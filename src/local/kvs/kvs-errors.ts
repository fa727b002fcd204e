/**
 * Rejections in the shape Forge's storage service sends: a non-2xx status with `{ code, message }`
 * (https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs/ and
 * .../handling-errors-customentities/). The SDK turns that body into a `ForgeKvsAPIError` carrying
 * the same code and message, so apps see the error they would see in production.
 *
 * Codes marked "documented" come from those published tables; the others are not published, and
 * were chosen to match what apps in the wild test for. A refused condition (a transaction's
 * `conditions`, or `keyPolicy: 'FAIL_IF_EXISTS'`) has no published code at all, so it is answered
 * with a published code chosen by the store's `conditionFailure` setting (see below): no app can
 * come to depend on a code Forge never promised.
 */
export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KvsError';
  }

  toBody(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

const badRequest = (code: string, message: string) => new KvsError(400, code, message);

export const errors = {
  // The SDK's own fixtures use these two bodies.
  badRequest: (detail?: string) =>
    badRequest(
      'BAD_REQUEST',
      detail ? `Provided request body is invalid: ${detail}` : 'Provided request body is invalid',
    ),
  keyNotFound: () => new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist'),

  // Documented key and value errors.
  keyTooShort: () => badRequest('KEY_TOO_SHORT', 'The provided key needs to be more than one character.'),
  emptyKey: () => badRequest('EMPTY_KEY', 'Key cannot be empty.'),
  keyTooLong: () => badRequest('KEY_TOO_LONG', 'The provided key has exceeded the maximum 500 characters.'),
  invalidKey: () =>
    badRequest('INVALID_KEY', 'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/'),
  maxSize: () => badRequest('MAX_SIZE', 'The provided value has exceeded the maximum size limit.'),
  maxDepth: () =>
    badRequest('MAX_DEPTH', 'The provided value has exceeded the maximum object depth (32) limit.'),

  // Documented key-query errors.
  listQueryLimitExceeded: () =>
    badRequest('LIST_QUERY_LIMIT_EXCEEDED', 'Limit for list query should be below 100.'),
  queryWhereInvalid: () =>
    badRequest('QUERY_WHERE_INVALID', 'KVS queries should contain only a single "where" clause.'),
  queryWhereFieldInvalid: () =>
    badRequest('QUERY_WHERE_FIELD_INVALID', 'The specified field is not supported for filters.'),
  invalidFilterCondition: () =>
    badRequest('INVALID_FILTER_CONDITION', 'The specified condition is not supported for filters.'),
  invalidFilterValues: () =>
    badRequest(
      'INVALID_FILTER_VALUES',
      'The specified number of values are not supported by the given condition.',
    ),

  // Documented custom-entity errors.
  entityTypeTooShort: () =>
    badRequest('ENTITY_TYPE_TOO_SHORT', 'The provided key needs to be more than 3 characters.'),
  entityTypeTooLarge: () =>
    badRequest('ENTITY_TYPE_TOO_LARGE', 'The provided key has exceeded the maximum 60 characters.'),
  invalidEntityType: (detail: string) => badRequest('INVALID_ENTITY_TYPE', detail),
  invalidEntityValue: (detail: string) =>
    badRequest(
      'INVALID_ENTITY_VALUE',
      `Entity values must match one of the types defined in Custom Entities. ${detail}`,
    ),
  invalidEntityIndex: (detail: string) =>
    badRequest('INVALID_ENTITY_INDEX', `The custom entity index provided is invalid. ${detail}`),
  pageLimitNotInRange: () =>
    badRequest('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', 'The page limit must be set between 1 and 100.'),
  emptyFilterOperator: () =>
    badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.'),
  invalidFilterOperatorsCombination: () =>
    badRequest(
      'INVALID_FILTER_OPERATORS_COMBINATION',
      'Filter operators "and" and "or" cannot be present at the same level.',
    ),
  insufficientFilterValues: () =>
    badRequest('INSUFFICIENT_FILTER_VALUES', 'The specified condition needs at least two values.'),

  // Not in the published tables.
  invalidCursor: () => badRequest('INVALID_CURSOR', 'The provided cursor is invalid.'),
  invalidTtl: () =>
    badRequest('INVALID_TTL', 'The provided TTL must be a positive whole number of its unit.'),
  batchSizeExceeded: (max: number) =>
    badRequest('BATCH_SIZE_EXCEEDED', `A batch request can contain between 1 and ${max} items.`),
  transactionSizeExceeded: (max: number) =>
    badRequest('TRANSACTION_SIZE_EXCEEDED', `Each transaction can contain between 1 and ${max} operations.`),
  transactionDuplicateKey: (key: string) =>
    badRequest('TRANSACTION_DUPLICATE_KEY', `Each key can only be used once in a transaction: "${key}".`),
  /** A refused condition: published code, and a message that says what really happened. */
  conditionNotMet: (failure: ConditionFailure, detail: string) =>
    new KvsError(failure.status, failure.code, `Condition not met: ${detail}`),
  unknownOperation: (path: string) => new KvsError(404, 'NOT_FOUND', `No KVS operation at ${path}.`),
  methodNotAllowed: () => new KvsError(405, 'METHOD_NOT_ALLOWED', 'KVS operations are POST requests.'),
} as const;

/** Anything else thrown while answering becomes the SDK's 500 body, so a bug here surfaces in the app. */
export function toKvsError(error: unknown): KvsError {
  if (error instanceof KvsError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new KvsError(500, 'INTERNAL_SERVER_ERROR', `An internal server error has occurred: ${detail}`);
}

/**
 * Every code in Forge's published storage error tables: the Key-Value Store and Custom Entity Store
 * pages above, plus the quota answer both pages give (429 RATE_LIMIT_EXCEEDED) and the transaction
 * rate-limit error of https://developer.atlassian.com/platform/forge/storage-reference/transactions/.
 */
export const PUBLISHED_CODES = [
  'KEY_TOO_SHORT',
  'EMPTY_KEY',
  'KEY_TOO_LONG',
  'INVALID_KEY',
  'NOT_FOUND',
  'MAX_SIZE',
  'MAX_DEPTH',
  'LIST_QUERY_LIMIT_EXCEEDED',
  'QUERY_WHERE_INVALID',
  'QUERY_WHERE_FIELD_INVALID',
  'INVALID_FILTER_CONDITION',
  'INVALID_FILTER_VALUES',
  'ENTITY_TYPE_TOO_SHORT',
  'ENTITY_TYPE_TOO_LARGE',
  'INVALID_ENTITY_TYPE',
  'INVALID_ENTITY_VALUE',
  'INVALID_ENTITY_ATTRIBUTE',
  'INVALID_ENTITY_INDEX',
  'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
  'EMPTY_FILTER_OPERATOR',
  'INVALID_FILTER_OPERATORS_COMBINATION',
  'INSUFFICIENT_FILTER_VALUES',
  'RATE_LIMIT_EXCEEDED',
  'TOO_MANY_REQUESTS',
] as const;
export type PublishedCode = (typeof PUBLISHED_CODES)[number];

/**
 * How the store answers a condition that does not hold. Forge documents that such a transaction
 * is rolled back as a whole (https://developer.atlassian.com/platform/forge/storage-reference/transactions-entities/)
 * and that a refusal is a non-2xx `{ code, message }`, but publishes no code for it. The default is
 * an HTTP 409 with a published code; tests set others to show the app relies on none of them.
 */
export interface ConditionFailure {
  status: number;
  code: PublishedCode;
}
export const DEFAULT_CONDITION_FAILURE: ConditionFailure = { status: 409, code: 'INVALID_ENTITY_VALUE' };

/** Refuses a setting that would make the store answer with an unpublished code or a success status. */
export function checkConditionFailure(failure: ConditionFailure): ConditionFailure {
  if (!(PUBLISHED_CODES as readonly string[]).includes(failure.code)) {
    throw new Error(
      `conditionFailure.code ${failure.code} is not in Forge's published storage error tables.`,
    );
  }
  if (!Number.isInteger(failure.status) || failure.status < 400 || failure.status > 599) {
    throw new Error(`conditionFailure.status must be an HTTP error status, not ${failure.status}.`);
  }
  return failure;
}
