/**
 * What one request to the ingest endpoint may hold, and how often a sender may call it. The body
 * limit stays well inside the platform's 5 MB web-trigger payload
 * (https://developer.atlassian.com/platform/forge/limits-invocation/) so that a whole request is
 * read, checked and stored within one invocation; the record limit keeps the writes of one
 * request to a few dozen batch calls.
 */
export const INGEST_LIMITS = {
  /** Largest body accepted, in bytes (UTF-8). */
  maxBodyBytes: 1024 * 1024,
  /** Most records in one request. */
  maxRecords: 1000,
  /** Most requests a sender (the site's one secret) may make in one clock minute. */
  requestsPerMinute: 60,
  /** Longest sender record id. */
  maxIdLength: 200,
} as const;
