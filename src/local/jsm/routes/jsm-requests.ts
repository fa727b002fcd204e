import { z } from 'zod';
import { canSeeInternal } from '../access';
import { intParam, jsmError, okResult, type RouteResult } from '../http';
import { addComment } from '../mutations';
import type { Route, RouteContext } from '../router';
import { jsmComment, jsmPage, jsmRequest, jsmUser, type JsmFeedback, type JsmUser } from '../shapes/jsm';
import { slaInformation } from '../sla';
import { isResult, requestFor } from './lookup';

/** JSM customer requests: `/rest/servicedeskapi/request/{issueIdOrKey}` and its sub-resources. */

const BASE = '/rest/servicedeskapi/request/{issueIdOrKey}';

const commentBody = z.object({ body: z.string().trim().min(1), public: z.boolean().default(true) });
const feedbackBody = z.object({
  type: z.literal('csat').default('csat'),
  rating: z.number().int().min(1).max(5),
  comment: z.object({ body: z.string() }).optional(),
});

const badPage = () => jsmError(400, 'start and limit must be non-negative integers.', 'sd.error.pagination');

function page<T>(context: RouteContext, all: T[], defaultLimit: number): RouteResult {
  const start = intParam(context.query, 'start', 0);
  const limit = intParam(context.query, 'limit', defaultLimit, 100);
  if (start === undefined || limit === undefined) return badPage();
  return okResult(jsmPage(all, start, limit, `${context.baseUrl}${context.path}`, context.baseUrl));
}

function getRequest(context: RouteContext): RouteResult {
  const request = requestFor(context, 'jsm');
  if (isResult(request)) return request;
  return okResult(jsmRequest(context.store, request, context.baseUrl));
}

function getParticipants(context: RouteContext): RouteResult {
  const request = requestFor(context, 'jsm');
  if (isResult(request)) return request;
  const users = request.participantIds
    .map((id) => context.store.user(id))
    .filter((user) => user !== undefined)
    .map((user): JsmUser => jsmUser(user, context.baseUrl));
  return page(context, users, 50);
}

function getSla(context: RouteContext): RouteResult {
  const request = requestFor(context, 'jsm');
  if (isResult(request)) return request;
  // Customers never see SLAs in JSM; the information is for agents.
  if (!canSeeInternal(context.viewer, request, context.store)) {
    return jsmError(403, 'You do not have permission to view SLA information.', 'sd.sla.error.no.permission');
  }
  return page(context, slaInformation(context.store, request, context.now, context.baseUrl), 50);
}

function getComments(context: RouteContext): RouteResult {
  const request = requestFor(context, 'jsm');
  if (isResult(request)) return request;
  const wantPublic = context.query.get('public') !== 'false';
  const wantInternal =
    context.query.get('internal') !== 'false' && canSeeInternal(context.viewer, request, context.store);
  const comments = request.comments
    .filter((comment) => (comment.public ? wantPublic : wantInternal))
    .map((comment) => jsmComment(context.store, request, comment, context.baseUrl));
  return page(context, comments, 50);
}

function postComment(context: RouteContext): RouteResult {
  const request = requestFor(context, 'jsm');
  if (isResult(request)) return request;
  const parsed = commentBody.safeParse(context.body);
  if (!parsed.success)
    return jsmError(400, `Invalid comment: ${parsed.error.message}`, 'sd.comment.error.invalid');
  if (!parsed.data.public && !canSeeInternal(context.viewer, request, context.store)) {
    return jsmError(403, 'Customers can only add public comments.', 'sd.comment.error.internal.not.allowed');
  }
  const comment = addComment(context.store, request, {
    authorId: context.viewer.user.accountId,
    body: parsed.data.body,
    public: parsed.data.public,
    at: context.now,
  });
  return okResult(jsmComment(context.store, request, comment, context.baseUrl), 201);
}

/**
 * JSM's feedback operations are experimental: JSM answers them only to a caller that sends
 * `X-ExperimentalApi: opt-in` ("To use experimental methods, you must include the
 * X-ExperimentalApi: opt-in header", https://developer.atlassian.com/cloud/jira/service-desk/rest/intro/).
 * Without it JSM refuses with 412 Precondition Failed before looking at the request, with this
 * message (reported from live sites, e.g. https://github.com/MrRefactoring/jira.js/issues/213).
 * The body has JSM's error shape; its i18n key is not published, so the one here is this site's.
 */
const EXPERIMENTAL_REFUSAL =
  "This API is experimental. Experimental APIs are not guaranteed to be stable within the preview period. You must set the header 'X-ExperimentalApi: opt-in' to opt into using this API.";

function experimentalRefusal(context: RouteContext): RouteResult | null {
  if (context.headers.get('X-ExperimentalApi')?.trim().toLowerCase() === 'opt-in') return null;
  return jsmError(412, EXPERIMENTAL_REFUSAL, 'sd.api.experimental.optin.required');
}

function getFeedback(context: RouteContext): RouteResult {
  const refused = experimentalRefusal(context);
  if (refused) return refused;
  const request = requestFor(context, 'jsm');
  if (isResult(request)) return request;
  if (!request.feedback)
    return jsmError(404, 'No feedback has been given for this request.', 'sd.feedback.not.found');
  const feedback: JsmFeedback = {
    type: 'csat',
    rating: request.feedback.rating,
    ...(request.feedback.comment === null ? {} : { comment: { body: request.feedback.comment } }),
  };
  return okResult(feedback);
}

function postFeedback(context: RouteContext): RouteResult {
  const refused = experimentalRefusal(context);
  if (refused) return refused;
  const request = requestFor(context, 'jsm');
  if (isResult(request)) return request;
  if (context.viewer.kind === 'user' && context.viewer.user.accountId !== request.reporterId) {
    return jsmError(
      403,
      'Only the reporter can give feedback on this request.',
      'sd.feedback.error.not.reporter',
    );
  }
  if (request.resolution === null) {
    return jsmError(
      400,
      'Feedback can only be given on a resolved request.',
      'sd.feedback.error.not.resolved',
    );
  }
  const parsed = feedbackBody.safeParse(context.body);
  if (!parsed.success)
    return jsmError(400, `Invalid feedback: ${parsed.error.message}`, 'sd.feedback.error.invalid');
  request.feedback = {
    rating: parsed.data.rating,
    comment: parsed.data.comment?.body ?? null,
    created: context.now.toISOString(),
  };
  return getFeedback(context);
}

export const jsmRequestRoutes: Route[] = [
  { method: 'GET', path: BASE, handler: getRequest },
  { method: 'GET', path: `${BASE}/participant`, handler: getParticipants },
  { method: 'GET', path: `${BASE}/sla`, handler: getSla },
  { method: 'GET', path: `${BASE}/comment`, handler: getComments },
  { method: 'POST', path: `${BASE}/comment`, handler: postComment },
  { method: 'GET', path: `${BASE}/feedback`, handler: getFeedback },
  { method: 'POST', path: `${BASE}/feedback`, handler: postFeedback },
];
