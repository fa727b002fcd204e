import { mount } from '../../shared/mount';
import { App } from './App';
import './gadget.css';

void mount(<App />);
