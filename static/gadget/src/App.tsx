import { Loading } from '../../shared/components/Loading';
import { useForgeContext } from '../../shared/useForgeContext';
import { readGadgetConfig } from './config';
import { GadgetEdit } from './GadgetEdit';
import { GadgetView } from './GadgetView';

/** One bundle for both entry points: Jira opens the edit view with `extension.entryPoint === 'edit'`. */
export function App() {
  const context = useForgeContext();
  if (!context) return <Loading />;
  const extension = context.extension as Record<string, unknown>;
  const config = readGadgetConfig(extension);
  const prefs = { locale: context.locale, timezone: context.timezone };
  return extension.entryPoint === 'edit' ? (
    <GadgetEdit initial={config} />
  ) : (
    <GadgetView config={config} prefs={prefs} />
  );
}
