/** The reference data the seeded instance is built from: names a ServiceNow admin would recognise. */

export const COMPANIES = ['ACME North America', 'ACME Europe'] as const;
export const DEPARTMENTS = ['IT', 'Finance', 'Sales', 'Human Resources', 'Operations'] as const;

/** Assignment groups; the HR group's incidents are hidden from the integration user by an ACL. */
export const GROUPS = [
  'Service Desk',
  'Network',
  'Hardware',
  'Software',
  'Database',
  'HR Service Delivery',
] as const;
export const HR_GROUP = 'HR Service Delivery';

export const CATEGORY_GROUP: Readonly<Record<string, (typeof GROUPS)[number]>> = {
  inquiry: 'Service Desk',
  software: 'Software',
  hardware: 'Hardware',
  network: 'Network',
  database: 'Database',
};

export const CATALOG_ITEMS = [
  'Standard Laptop',
  'New Email Account',
  'Access Request',
  'Mobile Phone',
  'Software License',
] as const;

const FIRST = ['Beth', 'David', 'Fred', 'Abel', 'Bud', 'Don', 'Luke', 'Ron', 'Sam', 'Carol', 'Maria', 'Ivan'];
const LAST = [
  'Anglin',
  'Loo',
  'Luddy',
  'Tuter',
  'Richman',
  'Goodliffe',
  'Wilson',
  'Kettering',
  'Sorokin',
  'Cheng',
];

/** A person's name and user name, from a running index: deterministic and unique. */
export function person(index: number): { name: string; userName: string } {
  const first = FIRST[index % FIRST.length] as string;
  const last = LAST[Math.floor(index / FIRST.length) % LAST.length] as string;
  const suffix =
    index >= FIRST.length * LAST.length ? String(Math.floor(index / (FIRST.length * LAST.length))) : '';
  return { name: `${first} ${last}`, userName: `${first}.${last}${suffix}`.toLowerCase() };
}

/** Priority mix of incidents and the (impact, urgency) pair giving each priority by the stock lookup [37]. */
export const PRIORITY_MIX: ReadonlyArray<readonly [string, number]> = [
  ['1', 0.03],
  ['2', 0.12],
  ['3', 0.45],
  ['4', 0.35],
  ['5', 0.05],
];
export const IMPACT_URGENCY: Readonly<Record<string, [string, string]>> = {
  '1': ['1', '1'],
  '2': ['1', '2'],
  '3': ['2', '2'],
  '4': ['2', '3'],
  '5': ['3', '3'],
};

const MINUTE = 60;
const HOUR = 3600;

/** SLA definitions (contract_sla): a response and a resolution target per priority class. */
export const SLA_DEFINITIONS = [
  { name: 'Priority 1 response (15 minutes)', target: 'response', seconds: 15 * MINUTE, priorities: ['1'] },
  { name: 'Priority 2 response (1 hour)', target: 'response', seconds: HOUR, priorities: ['2'] },
  { name: 'Standard response (4 hours)', target: 'response', seconds: 4 * HOUR, priorities: ['3', '4', '5'] },
  { name: 'Priority 1 resolution (8 hour)', target: 'resolution', seconds: 8 * HOUR, priorities: ['1', '2'] },
  {
    name: 'Standard resolution (3 days)',
    target: 'resolution',
    seconds: 72 * HOUR,
    priorities: ['3', '4', '5'],
  },
] as const;

/** Median first response and resolution times by priority (seconds). */
export const RESPONSE_MEDIAN: Readonly<Record<string, number>> = {
  '1': 6 * MINUTE,
  '2': 20 * MINUTE,
  '3': 70 * MINUTE,
  '4': 2 * HOUR,
  '5': 4 * HOUR,
};
export const RESOLUTION_MEDIAN: Readonly<Record<string, number>> = {
  '1': 2 * HOUR,
  '2': 6 * HOUR,
  '3': 20 * HOUR,
  '4': 40 * HOUR,
  '5': 80 * HOUR,
};

export const COMMENTS = [
  'Quick fix, thanks',
  'Took too long to hear back',
  'Great help from the desk',
  'Had to call twice',
  'Clear updates all the way',
  'The fix did not last',
] as const;
