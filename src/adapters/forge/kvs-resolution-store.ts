import { kvs } from '@forge/kvs';
import type { ResolutionStore } from '../../app/ports/resolution-store';
import { dayOf } from '../../domain/resolution/daily';
import { resolutionEventSchema, type ResolutionEvent } from '../../domain/resolution/events';
import { keys } from './keys';
import { queryAll } from './kvs-pages';

/** Forge's error code (HTTP 409) when FAIL_IF_EXISTS meets an existing key. */
const KEY_EXISTS = 'KEY_CONFLICT';

const isKeyExists = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === KEY_EXISTS;

export class KvsResolutionStore implements ResolutionStore {
  async record(event: ResolutionEvent): Promise<'recorded' | 'duplicate'> {
    try {
      await kvs.set(keys.history(event.issueId, event.changelogId), event, { keyPolicy: 'FAIL_IF_EXISTS' });
    } catch (error) {
      if (isKeyExists(error)) return 'duplicate';
      throw error;
    }
    // The history key is the idempotency guard: only the first delivery gets here, so the
    // day marker and the project marker are written once per changelog.
    await kvs.set(keys.project(event.projectKey), { projectKey: event.projectKey });
    if (event.kind === 'resolved') {
      await kvs.set(keys.resolvedOn(event.projectKey, dayOf(event.at), event.issueId, event.changelogId), 1);
    }
    return 'recorded';
  }

  async historyOf(issueId: string): Promise<ResolutionEvent[]> {
    const events: ResolutionEvent[] = [];
    for await (const { value } of queryAll<unknown>(keys.historyPrefix(issueId))) {
      events.push(resolutionEventSchema.parse(value));
    }
    return events;
  }

  async resolutionsOn(projectKey: string, days: string[]): Promise<number[]> {
    return Promise.all(
      days.map(async (day) => {
        let count = 0;
        for await (const _ of queryAll<number>(keys.resolvedOnPrefix(projectKey, day))) count += 1;
        return count;
      }),
    );
  }

  async overview(): Promise<{ recordedEvents: number; projects: string[] }> {
    let recordedEvents = 0;
    for await (const _ of queryAll<unknown>(keys.allHistoryPrefix)) recordedEvents += 1;
    const projects: string[] = [];
    for await (const { value } of queryAll<{ projectKey: string }>(keys.projectPrefix)) projects.push(value.projectKey);
    return { recordedEvents, projects };
  }
}
