/** The portal's self-service question: whether to ask it, and its words. */
export type SelfServicePrompt =
  | { ask: false }
  | { ask: true; sessionId: string; question: string; yes: string; no: string; dismiss: string };

export interface SelfServiceResolverContract {
  openSelfService: { payload: Record<string, never>; answer: SelfServicePrompt };
  answerSelfService: {
    payload: { sessionId: string; answer: 'yes' | 'no' | 'dismiss' };
    answer: { thanks: string };
  };
}
