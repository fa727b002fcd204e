import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ReviewMarker, ReviewMarkers } from '../../app/ports/review-tasks';
import { keys } from './keys';

const markerSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('creating'), at: z.string() }),
  z.object({ state: z.literal('created'), at: z.string(), issueKey: z.string() }),
]);

/**
 * Review markers as plain KVS values. A claim is a write with `keyPolicy: 'FAIL_IF_EXISTS'`, which
 * Forge applies only when the key is absent (https://developer.atlassian.com/platform/forge/storage-reference/storage-api-basic-api/);
 * Forge publishes no error code for a key that exists, so a refused claim is checked by reading
 * the key again: present means another run holds it.
 */
export class KvsReviewMarkers implements ReviewMarkers {
  async get(metric: string, periodId: string): Promise<ReviewMarker | null> {
    const parsed = markerSchema.safeParse(await kvs.get(keys.reviewMarker(metric, periodId)));
    return parsed.success ? parsed.data : null;
  }

  async claim(metric: string, periodId: string, at: string): Promise<boolean> {
    try {
      await kvs.set(
        keys.reviewMarker(metric, periodId),
        { state: 'creating', at },
        { keyPolicy: 'FAIL_IF_EXISTS' },
      );
      return true;
    } catch (error) {
      if (
        error instanceof ForgeKvsAPIError &&
        (await kvs.get(keys.reviewMarker(metric, periodId))) !== undefined
      )
        return false;
      throw error;
    }
  }

  async put(metric: string, periodId: string, marker: ReviewMarker): Promise<void> {
    await kvs.set(keys.reviewMarker(metric, periodId), marker);
  }

  async release(metric: string, periodId: string): Promise<void> {
    await kvs.delete(keys.reviewMarker(metric, periodId));
  }
}
