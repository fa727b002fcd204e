import { mount } from '../../shared/mount';
import { IssuePanelApp } from './IssuePanelApp';

void mount(<IssuePanelApp />);
