/**
 * The ingest endpoint as the admin page shows it: where senders post, whether a secret exists
 * (never the secret, save once when it is made), the limits, and what recent requests did.
 */
export interface IngestReportView {
  at: string;
  status: number;
  accepted: number;
  duplicates: number;
  refused: Array<{ line: number; reason: string }>;
}

export interface IngestStatus {
  url: string;
  secret: { version: number; createdAt: string } | null;
  limits: { maxBodyBytes: number; maxRecords: number; requestsPerMinute: number };
  recent: IngestReportView[];
  /** Per service, the response time its users accept, for samples sent without one. */
  thresholds: Array<{ service: string; thresholdMs: number }>;
}

/** A newly made secret: shown once, then only its version and date. */
export interface NewIngestSecret {
  secret: string;
  version: number;
  createdAt: string;
}

export interface IngestResolverContract {
  getIngest: { payload: Record<string, never>; answer: IngestStatus };
  rotateIngestSecret: { payload: Record<string, never>; answer: NewIngestSecret };
  saveServiceThresholds: {
    payload: { thresholds: Array<{ service: string; thresholdMs: number }> };
    answer: IngestStatus['thresholds'];
  };
}
