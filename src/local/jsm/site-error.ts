/**
 * Misuse of the site's own API (not REST answers, which are status codes): an unknown request, a
 * transition that the workflow does not allow. A stable `code` lets callers react without parsing.
 */
export type JsmSiteErrorCode =
  'NOT_FOUND' | 'ALREADY_RESOLVED' | 'NOT_RESOLVED' | 'UNKNOWN_USER' | 'UNKNOWN_RESOLUTION';

export class JsmSiteError extends Error {
  constructor(
    readonly code: JsmSiteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'JsmSiteError';
  }
}
