import { EmptyState } from '../../shared/components/EmptyState';
import type { GadgetKind } from '../../../src/contract/gadgets';
import { KIND_TITLES } from './gadget-kind';

export function ConfigurePrompt({ kind }: { kind: GadgetKind }) {
  return (
    <EmptyState title="Configure this gadget">
      Choose projects, a period and what the {KIND_TITLES[kind]} shows in the gadget&apos;s settings, opened
      from its menu.
    </EmptyState>
  );
}
