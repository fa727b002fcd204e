import { EmptyState } from '../../shared/components/EmptyState';

export function ConfigurePrompt() {
  return (
    <EmptyState title="Configure this gadget">
      Choose a service project and a period in the gadget&apos;s settings to see its resolutions per day.
    </EmptyState>
  );
}
