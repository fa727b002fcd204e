/** What the instance answers: status, headers and a JSON body. */
export interface InstanceReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * The failure envelope every REST API error uses: `{error:{message, detail}, status:"failure"}`,
 * `detail` possibly empty (servicenow.md §1, [12]).
 */
export function failure(status: number, message: string, detail: string | null = null): InstanceReply {
  return { status, body: { error: { message, detail }, status: 'failure' } };
}

/** The 401 of a missing, wrong or expired credential (wording as ServiceNow sends it, unverified). */
export const notAuthenticated = (): InstanceReply =>
  failure(401, 'User Not Authenticated', 'Required to provide Auth information');
