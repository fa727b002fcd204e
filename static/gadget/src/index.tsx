import { mount } from '../../shared/mount';
import { GadgetApp } from './GadgetApp';
import './gadget.css';

void mount(<GadgetApp />);
