import type { RequestState } from '../../contract/resolvers';
import { AppError } from '../errors';
import type { ServiceDesk } from '../ports/service-desk';

/**
 * The resolution state of a portal request, for its reporter or a participant only. The viewer
 * comes from the invocation context, never from the browser.
 */
export async function readRequestState(
  desk: ServiceDesk,
  request: { key: string; viewerAccountId: string },
): Promise<RequestState> {
  const found = await desk.getRequest(request.key);
  if (!found) throw new AppError('NOT_FOUND', `Request ${request.key} was not found.`);
  if (found.reporterAccountId !== request.viewerAccountId) {
    const participants = await desk.participantsOf(request.key);
    if (!participants.includes(request.viewerAccountId)) {
      throw new AppError(
        'FORBIDDEN',
        'Only the person who raised this request or a participant can see this.',
      );
    }
  }
  return {
    requestKey: found.key,
    status: found.status,
    resolved: found.resolvedAt !== null,
    resolvedAt: found.resolvedAt,
  };
}
