import { mount } from '../../shared/mount';
import { readContext } from '../../shared/useForgeContext';
import { NpsQuestion } from './NpsQuestion';
import { PortalApp } from './PortalApp';
import { SelfServiceQuestion } from './SelfServiceQuestion';

/**
 * One bundle, three portal modules: the request's survey panel, the NPS prompt under a page's
 * title, and the self-service question at the foot of the help center and portals.
 */
const SUBHEADER = 'jiraServiceManagement:portalSubheader';
const FOOTER = 'jiraServiceManagement:portalFooter';

void readContext().then(
  (context) =>
    mount(
      context.extension?.type === SUBHEADER ? (
        <NpsQuestion />
      ) : context.extension?.type === FOOTER ? (
        <SelfServiceQuestion />
      ) : (
        <PortalApp />
      ),
    ),
  () => mount(<PortalApp />),
);
