import type { ResolutionStore } from '../../app/ports/resolution-store';
import type { ResolutionEvent } from '../../domain/resolution/events';
import { keys } from './keys';
import { queryAll } from './kvs-pages';
import { KvsTicketStore } from './kvs-ticket-store';

export class KvsResolutionStore implements ResolutionStore {
  async historyOf(issueId: string): Promise<ResolutionEvent[]> {
    const { ticket } = await new KvsTicketStore().load(issueId);
    return ticket.value?.events ?? [];
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
    for await (const _ of queryAll<unknown>(keys.resolvedPrefix)) recordedEvents += 1;
    const projects: string[] = [];
    for await (const { value } of queryAll<{ projectKey: string }>(keys.projectPrefix))
      projects.push(value.projectKey);
    return { recordedEvents, projects };
  }
}
