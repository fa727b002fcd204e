import { kvs } from '@forge/kvs';
import type { ThresholdStore } from '../../app/ingest/ports';
import { serviceThresholdsSchema, type ServiceThresholds } from '../../domain/ingest/service-thresholds';
import { keys } from './keys';

/** The per-service thresholds, one key; a value that no longer reads counts as none set. */
export class KvsServiceThresholds implements ThresholdStore {
  async get(): Promise<ServiceThresholds> {
    const parsed = serviceThresholdsSchema.safeParse(await kvs.get<unknown>(keys.serviceThresholds));
    return parsed.success ? parsed.data : [];
  }

  set(thresholds: ServiceThresholds): Promise<void> {
    return kvs.set(keys.serviceThresholds, thresholds);
  }
}
