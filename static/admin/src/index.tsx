import { mount } from '../../shared/mount';
import { AdminApp } from './AdminApp';

void mount(<AdminApp />);
