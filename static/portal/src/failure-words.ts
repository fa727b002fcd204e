/**
 * What a customer reads when the survey refuses them, in their language. The backend's messages
 * for these refusals are written in English for the logs; the panel says the same in the
 * customer's words, and offers a retry only where waiting can help.
 */
import type { ResolverError } from '../../../src/contract/envelope';
import type { PortalWords } from '../../../src/domain/i18n/portal-words';

/** The refusal in the customer's words; a busy or failing backend already answers in them. */
export function refusalWords(error: Pick<ResolverError, 'code' | 'message'>, words: PortalWords): string {
  switch (error.code) {
    case 'FORBIDDEN':
      return words.notAllowed;
    case 'NOT_FOUND':
      return words.notFound;
    case 'CONFLICT':
      return words.alreadyAnswered;
    default:
      return error.message;
  }
}

/** The heading over a refusal: a viewer who may not answer is told so, not that loading failed. */
export function refusalTitle(
  error: Pick<ResolverError, 'code'>,
  words: PortalWords,
  otherwise: string,
): string {
  return error.code === 'FORBIDDEN' ? words.cannotAnswer : otherwise;
}

/**
 * Only a backend that was busy or failing may answer differently a moment later: a viewer who may
 * not answer, a request that is gone or an answer already given stay so however often one retries.
 */
export const retryCanHelp = (error: Pick<ResolverError, 'code'>): boolean => error.code === 'UNAVAILABLE';
