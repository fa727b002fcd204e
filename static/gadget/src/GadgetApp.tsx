import { EmptyState } from '../../shared/components/EmptyState';
import { Loading } from '../../shared/components/Loading';
import { useForgeContext } from '../../shared/useForgeContext';
import { GadgetEdit } from './GadgetEdit';
import { gadgetKind } from './gadget-kind';
import { GadgetView } from './GadgetView';
import { NpsFollowUpsGadget } from './NpsFollowUpsView';

/**
 * One bundle for the four gadgets and both entry points: the module key picks the gadget, and Jira
 * opens the edit view with `extension.entryPoint === 'edit'`. The saved configuration is read by
 * the backend from the invocation context, so the view only asks for its figures.
 */
const NPS_FOLLOW_UPS_GADGET = 'cx-nps-follow-ups';

export function GadgetApp() {
  const context = useForgeContext();
  if (!context) return <Loading />;
  const extension = (context.extension ?? {}) as Record<string, unknown>;
  const kind = gadgetKind(context.moduleKey);
  // The follow-ups list has nothing to configure: its edit view shows the list too.
  if (context.moduleKey === NPS_FOLLOW_UPS_GADGET)
    return <NpsFollowUpsGadget prefs={{ locale: context.locale, timezone: context.timezone }} />;
  if (!kind) {
    return (
      <EmptyState title="This gadget is no longer available">
        Remove it and add one of the CX gadgets: scorecard, trend, breakdown or score distribution.
      </EmptyState>
    );
  }
  const prefs = { locale: context.locale, timezone: context.timezone };
  return extension.entryPoint === 'edit' ? (
    <GadgetEdit kind={kind} saved={extension.gadgetConfiguration} prefs={prefs} />
  ) : (
    <GadgetView kind={kind} prefs={prefs} />
  );
}
