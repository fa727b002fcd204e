import { axiosServiceNowHttp } from '../adapters/servicenow/axios-http';
import {
  KvsServiceNowRecords,
  KvsServiceNowSettings,
  QueueServiceNowSync,
} from '../adapters/forge/kvs-servicenow';
import type { Timer } from '../app/servicenow/ports';
import { appDeps } from './deps';

/** Real time: waits before a retry (Retry-After) sleep the invocation. */
const realTimer: Timer = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What the ServiceNow connector works with in one invocation. */
export const serviceNowDeps = () => {
  const deps = appDeps();
  return {
    desk: deps.desk,
    settings: deps.settings,
    rollups: deps.rollups,
    serviceNow: new KvsServiceNowSettings(),
    records: new KvsServiceNowRecords(),
    queue: new QueueServiceNowSync(),
    http: (instanceUrl: string) => axiosServiceNowHttp(instanceUrl),
    timer: realTimer,
    now: deps.now,
  };
};
