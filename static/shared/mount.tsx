import { StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { enableTheming } from './enable-theming';
import './base.css';

/** Enables the host's theme first, so the first paint already has the right colours, then renders. */
export async function mount(app: ReactElement): Promise<void> {
  await enableTheming();
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary>{app}</ErrorBoundary>
    </StrictMode>,
  );
}
