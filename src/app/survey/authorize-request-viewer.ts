import { AppError } from '../errors';
import type { PortalRequest, ServiceDesk } from '../ports/service-desk';

/**
 * The request, if the viewer may act on it: its reporter or a participant. The viewer comes
 * from the invocation context, never from the browser.
 */
export async function authorizeRequestViewer(
  desk: ServiceDesk,
  requestKey: string,
  viewerAccountId: string,
): Promise<PortalRequest> {
  const request = await desk.getRequest(requestKey);
  if (!request) throw new AppError('NOT_FOUND', `Request ${requestKey} was not found.`);
  if (request.reporterAccountId === viewerAccountId) return request;
  const participants = await desk.participantsOf(requestKey);
  if (participants.includes(viewerAccountId)) return request;
  throw new AppError('FORBIDDEN', 'Only the person who raised this request or a participant can answer.');
}
