import { z } from 'zod';
import { recordObservation } from '../../app/capture/record-observation';
import { observationFromComment } from '../../domain/capture/comment-observation';
import { observationFromCreatedEvent } from '../../domain/capture/issue-observation';
import { KvsIngestStore } from '../../adapters/forge/kvs-ingest-store';
import { noteRequestRaised } from '../../app/ingest/note-request-raised';
import { appDeps } from '../deps';

const eventSchema = z.object({
  eventType: z.enum(['avi:jira:created:issue', 'avi:jira:commented:issue']),
  issue: z.object({
    id: z.union([z.string(), z.number()]).transform(String),
    key: z.string(),
    fields: z.object({ project: z.object({ key: z.string() }) }),
  }),
});

/**
 * `avi:jira:created:issue` and `avi:jira:commented:issue`: keeps the process metrics live — when
 * a request was created, its first response (by a person or by automation), and customer
 * follow-ups after a resolution. The app's own comments never arrive (`ignoreSelf`). A payload
 * that cannot be read is logged and dropped; the resolution's full read of the issue fills gaps.
 */
export async function onIssueActivity(payload: unknown): Promise<'recorded' | 'unchanged' | 'ignored'> {
  const event = eventSchema.safeParse(payload);
  if (!event.success) {
    console.warn('Ignored an issue event without an issue:', event.error.message);
    return 'ignored';
  }
  const receivedAt = Date.now();
  const observed =
    event.data.eventType === 'avi:jira:created:issue'
      ? observationFromCreatedEvent(payload, { receivedAt })
      : observationFromComment(payload);
  if (!observed.ok) {
    console.warn(`Ignored ${event.data.eventType} on ${event.data.issue.key}: ${observed.reason}`);
    return 'ignored';
  }
  const { id, key, fields } = event.data.issue;
  const deps = appDeps();
  const recorded = await recordObservation(
    deps,
    { issueId: id, issueKey: key, projectKey: fields.project.key },
    { observation: observed.observation },
  );
  // A request raised within 24 hours of a "found what I needed" session makes that session fail.
  const reporter = observed.observation.attribution.reporter?.value;
  const createdAt = observed.observation.createdAt;
  if (event.data.eventType === 'avi:jira:created:issue' && reporter && createdAt !== undefined) {
    const store = new KvsIngestStore();
    await noteRequestRaised({ ...deps, sessions: store, store }, reporter, createdAt);
  }
  return recorded;
}
