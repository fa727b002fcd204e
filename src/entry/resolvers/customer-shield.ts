import { z } from 'zod';
import { customerLocale } from '../../app/survey/read-portal-survey';
import type { ServiceDesk } from '../../app/ports/service-desk';
import { fail, type Envelope, type ErrorCode } from '../../contract/envelope';
import { surveyUnavailableMessage } from '../../domain/i18n/survey-unavailable';

/** Refusals a customer can act on; their messages are written for customers. */
const CUSTOMER_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INVALID_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'SURVEY_CLOSED',
]);

const customerContext = z.union([
  z.object({ extension: z.object({ type: z.literal('jiraServiceManagement:portalRequestDetail') }) }),
  z.object({ accountType: z.enum(['customer', 'unlicensed', 'anonymous']) }),
]);
const accountOf = z.object({ accountId: z.string().min(1) });

/** Whether a resolver call comes from the customer portal's panel, or from a customer at all. */
export const isCustomerCall = (context: unknown): boolean => customerContext.safeParse(context).success;

/**
 * Answers a call from the customer portal without internal details: a refusal the customer can
 * act on passes through; anything else (Jira busy, storage failing, an unexpected error) is logged
 * in full and answered with one generic message in the customer's language. Nothing behind the
 * portal module ever shows a customer an HTTP status, a key or a stack trace.
 */
export async function shieldCustomer<T>(
  context: unknown,
  desk: ServiceDesk,
  answer: () => Promise<Envelope<T>>,
): Promise<Envelope<T>> {
  let envelope: Envelope<T>;
  try {
    envelope = await answer();
  } catch (error) {
    console.error('A customer portal call failed:', error);
    return fail('UNAVAILABLE', await genericMessage(context, desk));
  }
  if (envelope.ok || CUSTOMER_CODES.has(envelope.error.code)) return envelope;
  console.error(`A customer portal call failed: ${envelope.error.code}: ${envelope.error.message}`);
  return fail('UNAVAILABLE', await genericMessage(context, desk));
}

/** The generic message in the customer's language when Jira can tell it, else in English. */
async function genericMessage(context: unknown, desk: ServiceDesk): Promise<string> {
  const account = accountOf.safeParse(context);
  const locale = account.success
    ? await customerLocale(desk, account.data.accountId).catch(() => null)
    : null;
  return surveyUnavailableMessage(locale);
}
