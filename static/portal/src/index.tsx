import { mount } from '../../shared/mount';
import { readContext } from '../../shared/useForgeContext';
import { NpsPrompt } from './NpsPrompt';
import { PortalApp } from './PortalApp';

/** One bundle, two portal modules: the request's survey panel, and the NPS prompt under a page's title. */
const SUBHEADER = 'jiraServiceManagement:portalSubheader';

void readContext().then(
  (context) => mount(context.extension?.type === SUBHEADER ? <NpsPrompt /> : <PortalApp />),
  () => mount(<PortalApp />),
);
