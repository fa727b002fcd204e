import { view, type FullContext } from '@forge/bridge';
import { useEffect, useState } from 'react';

let pending: Promise<FullContext> | undefined;

/** The module's context, read once per page. Use it for display choices only, never to authorize. */
export function readContext(): Promise<FullContext> {
  pending ??= view.getContext();
  return pending;
}

export function useForgeContext(): FullContext | undefined {
  const [context, setContext] = useState<FullContext>();
  useEffect(() => {
    let live = true;
    readContext().then(
      (value) => live && setContext(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return context;
}
