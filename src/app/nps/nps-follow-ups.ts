import { z } from 'zod';
import type { NpsFollowUpList, NpsFollowUpView } from '../../contract/nps-survey';
import { changeFollowUpState, FOLLOW_UP_STATES } from '../../domain/nps/nps-follow-up';
import { fieldErrors } from '../../domain/settings/field-errors';
import { AppError } from '../errors';
import { visibleProjects } from '../gadgets/gadget-scope';
import type { ServiceDesk } from '../ports/service-desk';
import { conflict, done, untilCommitted } from '../survey/optimistic';
import type { NpsStore } from './ports';

/** The list shows the latest follow-ups; older ones stay stored with their history. */
export const FOLLOW_UPS_LISTED = 50;

type Deps = { nps: NpsStore; desk: ServiceDesk; now: () => Date };

/**
 * The latest follow-ups of the service desks the viewer may browse (asked of Jira as the viewer,
 * as the gadgets' projects are), newest first, with how many of them are still open.
 */
export async function listNpsFollowUps(deps: Deps): Promise<NpsFollowUpList> {
  const [visible, page] = await Promise.all([
    visibleProjects(deps.desk),
    deps.nps.recentFollowUps(FOLLOW_UPS_LISTED),
  ]);
  const items = page.items.filter((item) => visible.includes(item.projectKey));
  return { items, open: items.filter((item) => item.state === 'open').length };
}

const changeSchema = z.strictObject(
  {
    id: z.string({ error: 'The follow-up id must be text.' }).regex(/^[a-z0-9]{1,64}$/, {
      error: 'The follow-up id is not one the app gave.',
    }),
    state: z.enum(FOLLOW_UP_STATES, { error: 'The state must be "open", "contacted" or "closed".' }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unexpected field: ${issue.keys.join(', ')}. A change has only "id" and "state".`
        : 'A change must be an object with "id" and "state".',
  },
);

/**
 * A team lead moves a follow-up to open, contacted or closed; who and when are recorded and the
 * change is appended to its history. Only someone who may browse the follow-up's service desk may
 * change it; two changes at once are applied one after the other.
 */
export async function changeNpsFollowUp(
  deps: Deps,
  viewer: string,
  payload: unknown,
): Promise<NpsFollowUpView> {
  const parsed = changeSchema.safeParse(payload);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    throw new AppError('INVALID_INPUT', errors.map((e) => e.message).join(' '), errors);
  }
  const { id, state } = parsed.data;
  const visible = await visibleProjects(deps.desk);
  return untilCommitted(
    async () => {
      const stored = await deps.nps.loadFollowUp(id);
      if (!stored.value || !visible.includes(stored.value.projectKey))
        throw new AppError('NOT_FOUND', 'There is no such follow-up in the service desks you can browse.');
      const changed = changeFollowUpState(stored.value, state, viewer, deps.now().toISOString());
      if (!changed.ok) throw new AppError('CONFLICT', changed.message);
      const committed = await deps.nps.saveFollowUp({ value: changed.item, version: stored.version });
      return committed === 'conflict' ? conflict : done(changed.item);
    },
    undefined,
    'The follow-up',
  );
}

/**
 * A closed account's follow-ups name the stand-in instead (the account itself, and its entries in
 * the history); the customer record that lists them is removed with the account.
 */
export async function eraseNpsFollowUps(
  store: NpsStore,
  accountId: string,
  standIn: string,
): Promise<number> {
  const { customer } = await store.loadForPrompt(accountId);
  let rewritten = 0;
  for (const id of customer.value?.nps.followUps ?? []) {
    await untilCommitted(
      async () => {
        const stored = await store.loadFollowUp(id);
        if (!stored.value || stored.value.accountId !== accountId) return done(null);
        const swap = (who: string) => (who === accountId ? standIn : who);
        const committed = await store.saveFollowUp({
          value: {
            ...stored.value,
            accountId: standIn,
            history: stored.value.history.map((entry) => ({ ...entry, by: swap(entry.by) })),
          },
          version: stored.version,
        });
        if (committed === 'conflict') return conflict;
        rewritten += 1;
        return done(null);
      },
      undefined,
      'The follow-up',
    );
  }
  return rewritten;
}
