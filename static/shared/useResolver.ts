import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope, ResolverError } from '../../src/contract/envelope';

export interface ResolverState<T> {
  isLoading: boolean;
  error: ResolverError | null;
  data: T | undefined;
  reload: () => void;
}

/**
 * Runs `load` on mount and on `reload()`. Expected failures arrive as envelope errors; a call
 * that throws (network, bridge, an unexpected backend error) becomes an UNAVAILABLE error with its
 * message, so the page always has something to show. A stale answer never overwrites a newer one.
 *
 * Pass a stable `load` (a module-level wrapper such as `getIssueHistory`).
 */
export function useResolver<T>(load: () => Promise<Envelope<T>>): ResolverState<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<ResolverState<T>, 'reload'>>({
    isLoading: true,
    error: null,
    data: undefined,
  });
  const latest = useRef(0);

  useEffect(() => {
    const call = ++latest.current;
    setState((previous) => ({ ...previous, isLoading: true, error: null }));
    load().then(
      (envelope) => {
        if (call !== latest.current) return;
        setState(
          envelope.ok
            ? { isLoading: false, error: null, data: envelope.data }
            : { isLoading: false, error: envelope.error, data: undefined },
        );
      },
      (thrown: unknown) => {
        if (call !== latest.current) return;
        const message =
          thrown instanceof Error && thrown.message ? thrown.message : 'The app could not be reached.';
        setState({ isLoading: false, error: { code: 'UNAVAILABLE', message }, data: undefined });
      },
    );
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
