import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { WebTriggerModule } from './manifest';

/**
 * Web triggers as Forge runs them: each `webtrigger` module of the manifest gets one URL
 * (`/x1/<id>`, the id opaque), a request to it is handed to the module's function as JSON, and the
 * function's answer becomes the HTTP response. Page:
 * https://developer.atlassian.com/platform/forge/events-reference/web-trigger/ (request and
 * response formats) and https://developer.atlassian.com/platform/forge/runtime-reference/web-trigger
 * ("If the function result is not compatible with the JSON format, then an error response with
 * status code 500 is sent").
 */

/**
 * "Webtrigger request and response sizes (including body, headers, query parameters, and all other
 * metadata) are subject to the function request and response payload sizes" (events page above):
 * 5 MB each (https://developer.atlassian.com/platform/forge/limits-invocation/).
 */
export const WEB_TRIGGER_PAYLOAD_BYTES = 5 * 1024 * 1024;

/** "Runtime seconds (web-triggers): 55" (https://developer.atlassian.com/platform/forge/limits-invocation/). */
export const WEB_TRIGGER_SECONDS = 55;

/** What the function receives: header and query values are lists, the body a string. */
export interface WebTriggerRequest {
  method: string;
  path: string;
  /** The path segments after the trigger's id. */
  userPath: string;
  headers: Record<string, string[]>;
  queryParameters: Record<string, string[]>;
  body?: string;
}

/** What the function must return: `statusCode` is required, header values are lists of strings. */
const responseSchema = z
  .object({
    statusCode: z.number().int().min(100).max(599),
    headers: z.record(z.string(), z.array(z.string())).optional(),
    body: z.string().optional(),
  })
  .passthrough();

export interface HttpAnswer {
  status: number;
  headers: Record<string, string[]>;
  body: string;
}

/** Forge's answer when the function's result cannot be turned into a response. */
export class WebTriggerRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'WebTriggerRefusal';
  }
}

/** The HTTP response a function's result becomes, or the refusal Forge answers instead. */
export function responseFrom(result: unknown, moduleKey: string): HttpAnswer {
  const parsed = responseSchema.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WebTriggerRefusal(
      500,
      `Web trigger ${moduleKey} returned no valid response: ${issue?.path.join('.') || 'result'} ${issue?.message ?? ''}`.trim(),
    );
  }
  const { statusCode, headers = {}, body = '' } = parsed.data;
  const size = payloadBytes(headers, body);
  if (size > WEB_TRIGGER_PAYLOAD_BYTES) {
    throw new WebTriggerRefusal(
      500,
      `Web trigger ${moduleKey} returned ${size} bytes; a response may hold at most ${WEB_TRIGGER_PAYLOAD_BYTES}.`,
    );
  }
  return { status: statusCode, headers, body };
}

/**
 * A static web trigger's answer: the function names one of the `outputs` the manifest declares
 * (`{ outputKey }`), and the platform sends that output's status, content type and body; the
 * function cannot shape the response itself
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/web-trigger/). A result
 * naming no declared output is a 500, as any result the platform cannot use.
 */
export function staticResponseFrom(result: unknown, module: WebTriggerModule): HttpAnswer {
  const outputs = module.response?.type === 'static' ? module.response.outputs : [];
  const parsed = z.object({ outputKey: z.string() }).safeParse(result);
  const output = parsed.success
    ? outputs.find((candidate) => candidate.key === parsed.data.outputKey)
    : undefined;
  if (!output) {
    throw new WebTriggerRefusal(
      500,
      parsed.success
        ? `Web trigger ${module.key} named output "${parsed.data.outputKey}", which manifest.yml does not declare.`
        : `Web trigger ${module.key} has a static response; its function returned no outputKey.`,
    );
  }
  return {
    status: output.statusCode,
    headers: output.contentType ? { 'Content-Type': [output.contentType] } : {},
    body: output.body ?? '',
  };
}

/** Refuses a request over the payload limit before any function runs. */
export function checkRequestSize(request: WebTriggerRequest): void {
  const size =
    payloadBytes(request.headers, request.body ?? '') +
    Buffer.byteLength(JSON.stringify(request.queryParameters));
  if (size > WEB_TRIGGER_PAYLOAD_BYTES) {
    throw new WebTriggerRefusal(
      413,
      `The request holds ${size} bytes; a web trigger takes at most ${WEB_TRIGGER_PAYLOAD_BYTES}.`,
    );
  }
}

function payloadBytes(headers: Record<string, string[]>, body: string): number {
  return Buffer.byteLength(body) + Buffer.byteLength(JSON.stringify(headers));
}

/** The web trigger URLs of one installation: one opaque id per module of the manifest. */
export class WebTriggerUrls {
  private base: string;
  private readonly byId = new Map<string, WebTriggerModule>();
  private readonly idByKey = new Map<string, string>();

  constructor(modules: readonly WebTriggerModule[], appId: string, base: string) {
    this.base = base.replace(/\/$/, '');
    for (const module of modules) {
      const id = createHash('sha256').update(`${appId}:${module.key}`).digest('hex').slice(0, 32);
      this.byId.set(id, module);
      this.idByKey.set(module.key, id);
    }
  }

  /** Where the local server is reached (known once it listens). */
  setBase(base: string): void {
    this.base = base.replace(/\/$/, '');
  }

  /** The URL of a declared module; `undefined` for a key the manifest does not declare. */
  urlOf(moduleKey: string): string | undefined {
    const id = this.idByKey.get(moduleKey);
    return id ? `${this.base}/x1/${id}` : undefined;
  }

  moduleOf(id: string): WebTriggerModule | undefined {
    return this.byId.get(id);
  }

  list(): Array<{ moduleKey: string; url: string }> {
    return [...this.idByKey.keys()].map((moduleKey) => ({ moduleKey, url: this.urlOf(moduleKey)! }));
  }
}
