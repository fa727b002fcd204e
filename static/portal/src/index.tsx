import { mount } from '../../shared/mount';
import { PortalApp } from './PortalApp';

void mount(<PortalApp />);
