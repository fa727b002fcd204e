import { randomBytes } from 'node:crypto';
import type { FrameSession } from './types';

/**
 * Frame sessions by token. Pages create one per frame they render; the oldest are dropped past
 * `limit`, so a long-running demo does not grow without bound (a dropped frame reloads its page).
 */
export class FrameSessions {
  private readonly sessions = new Map<string, FrameSession>();

  constructor(private readonly limit = 5000) {}

  create(init: Omit<FrameSession, 'token'>): FrameSession {
    const session: FrameSession = { ...init, token: randomBytes(18).toString('base64url') };
    this.sessions.set(session.token, session);
    while (this.sessions.size > this.limit) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    return session;
  }

  get(token: string): FrameSession | undefined {
    return this.sessions.get(token);
  }

  get size(): number {
    return this.sessions.size;
  }
}
