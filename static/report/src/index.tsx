import { mount } from '../../shared/mount';
import { ReportApp } from './ReportApp';
import './report.css';

void mount(<ReportApp />);
