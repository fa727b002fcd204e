import { token } from '@atlaskit/tokens';
import type { AdminSettings } from '../../../src/contract/survey';
import { Banner } from '../../shared/components/Banner';
import { FieldMessageList } from '../../shared/components/FieldMessageList';
import { ProjectChecklist } from './ProjectChecklist';
import { SettingsSection } from './SettingsSection';

interface Props {
  projects: AdminSettings['projects'];
  warnings: AdminSettings['warnings'];
  value: string[];
  onChange: (keys: string[]) => void;
  messages?: readonly string[];
}

/** Where JSM's own satisfaction survey is on too, and the warning that customers get two surveys. */
export function JsmSurveySection({ projects, warnings, value, onChange, messages }: Props) {
  return (
    <SettingsSection
      id="cx-jsm"
      title="JSM's own satisfaction survey"
      description="Tick the projects where Jira Service Management's built-in survey is also on."
    >
      {warnings.length > 0 && (
        <Banner tone="warning" title="Customers in these projects get two surveys">
          <ul style={{ margin: 0, paddingLeft: token('space.250', '20px') }}>
            {warnings.map((warning) => (
              <li key={`${warning.project}-${warning.message}`}>
                <strong>{warning.project}</strong>: {warning.message}
              </li>
            ))}
          </ul>
        </Banner>
      )}
      <ProjectChecklist
        legend="Projects with JSM's own satisfaction survey on"
        projects={projects}
        checked={value}
        onChange={onChange}
        describedBy={messages?.length ? 'cx-jsmSurveyProjects-error' : undefined}
      />
      <FieldMessageList id="cx-jsmSurveyProjects-error" messages={messages} />
    </SettingsSection>
  );
}
