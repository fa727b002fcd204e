import { view } from '@forge/bridge';

/**
 * Asks the host to apply its colour mode (light or dark) and to follow later switches. The host
 * sets `data-color-mode` and `data-theme` on this document and provides the design-token CSS, so
 * every `token()` value resolves to the current theme. Rendering without theming still works: each
 * token carries a light fallback.
 */
export async function enableTheming(): Promise<void> {
  try {
    await view.theme.enable();
  } catch (error) {
    console.warn('Theming is not available here', error);
  }
}
