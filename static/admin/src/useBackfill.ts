import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackfillStatus } from '../../../src/contract/backfill';
import type { Envelope, ResolverError } from '../../../src/contract/envelope';
import { resolvers } from '../../shared/resolvers';
import { POLL_INTERVAL_MS } from './backfill-words';

export type BackfillAction = 'start' | 'resume';

export interface UseBackfillResult {
  status: BackfillStatus | undefined;
  /** The first read failed: nothing to show but the error. */
  loadError: ResolverError | null;
  /** The last progress read failed while an import runs; the last known progress stays shown. */
  pollError: ResolverError | null;
  /** The last start or resume was refused. */
  actionError: ResolverError | null;
  pending: BackfillAction | null;
  reload: () => void;
  start: (months: number) => Promise<void>;
  resume: () => Promise<void>;
}

/**
 * The backfill's progress: read on mount, then again every two seconds while an import runs
 * (each read scheduled after the previous answer, so reads never pile up), until it stops or the
 * section unmounts.
 */
export function useBackfill(): UseBackfillResult {
  const [status, setStatus] = useState<BackfillStatus>();
  const [loadError, setLoadError] = useState<ResolverError | null>(null);
  const [pollError, setPollError] = useState<ResolverError | null>(null);
  const [actionError, setActionError] = useState<ResolverError | null>(null);
  const [pending, setPending] = useState<BackfillAction | null>(null);
  /** Bumped by a failed poll, so the next one is scheduled although the status did not change. */
  const [pollRound, setPollRound] = useState(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const load = useCallback(() => {
    setLoadError(null);
    void resolvers.getBackfill().then((answer) => {
      if (!mounted.current) return;
      if (answer.ok) setStatus(answer.data);
      else setLoadError(answer.error);
    });
  }, []);
  useEffect(load, [load]);

  const running = status?.state === 'running';
  useEffect(() => {
    if (!running) return;
    let live = true;
    const timer = setTimeout(() => {
      void resolvers.getBackfill().then((answer) => {
        if (!live) return;
        if (answer.ok) {
          setPollError(null);
          setStatus(answer.data);
        } else {
          setPollError(answer.error);
          setPollRound((n) => n + 1);
        }
      });
    }, POLL_INTERVAL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [running, status, pollRound]);

  const act = useCallback(
    async (action: BackfillAction, call: () => Promise<Envelope<BackfillStatus>>) => {
      setPending(action);
      setActionError(null);
      const answer = await call();
      if (!mounted.current) return;
      setPending(null);
      if (answer.ok) {
        setPollError(null);
        setStatus(answer.data);
        return;
      }
      setActionError(answer.error);
      // Another admin may have started one meanwhile: show it.
      if (answer.error.code === 'CONFLICT') load();
    },
    [load],
  );

  const start = useCallback((months: number) => act('start', () => resolvers.startBackfill(months)), [act]);
  const resume = useCallback(() => act('resume', resolvers.resumeBackfill), [act]);
  return { status, loadError, pollError, actionError, pending, reload: load, start, resume };
}
