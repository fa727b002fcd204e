import { webTrigger } from '@forge/api';

/** The manifest's web trigger module that takes records from outside Jira. */
export const INGEST_MODULE = 'records-ingest';

/**
 * The endpoint's URL, stable for an installation
 * (https://developer.atlassian.com/platform/forge/runtime-reference/web-trigger-api/, `webTrigger.getUrl`).
 */
export const ingestUrl = (): Promise<string> => webTrigger.getUrl(INGEST_MODULE);
