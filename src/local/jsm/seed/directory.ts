import type { PriorityName, RequestKind } from '../model';

/**
 * Who and what the seeded site contains: two desks (IT and HR), their request types with the
 * team that handles each, agent teams, organizations and customer locales.
 */

export interface DeskSpec {
  key: string;
  name: string;
  projectId: string;
  serviceDeskId: string;
  /** Share of all arrivals. */
  share: number;
}

export interface RequestTypeSpec {
  id: string;
  desk: string;
  name: string;
  kind: RequestKind;
  team: string;
  weight: number;
  summaries: string[];
}

export const DESKS: DeskSpec[] = [
  { key: 'SD', name: 'IT Help Desk', projectId: '10000', serviceDeskId: '1', share: 0.72 },
  { key: 'HR', name: 'HR Services', projectId: '10001', serviceDeskId: '2', share: 0.28 },
];

export const TEAMS: Array<{ name: string; desk: string; size: number }> = [
  { name: 'Service Desk L1', desk: 'SD', size: 9 },
  { name: 'Service Desk L2', desk: 'SD', size: 6 },
  { name: 'Infrastructure', desk: 'SD', size: 4 },
  { name: 'HR Operations', desk: 'HR', size: 5 },
  { name: 'Payroll', desk: 'HR', size: 3 },
];

export const REQUEST_TYPES: RequestTypeSpec[] = [
  {
    id: '1',
    desk: 'SD',
    name: 'Get IT help',
    kind: 'request',
    team: 'Service Desk L1',
    weight: 5,
    summaries: [
      'Cannot open shared mailbox',
      'Need help with Excel macro',
      'Password reset',
      'Printer setup',
    ],
  },
  {
    id: '2',
    desk: 'SD',
    name: 'Report a system problem',
    kind: 'incident',
    team: 'Service Desk L2',
    weight: 3,
    summaries: [
      'Email not syncing on phone',
      'CRM is very slow',
      'Cannot log in to the intranet',
      'VPN drops',
    ],
  },
  {
    id: '3',
    desk: 'SD',
    name: 'Request new hardware',
    kind: 'request',
    team: 'Service Desk L1',
    weight: 2,
    summaries: ['New laptop for new starter', 'Second monitor', 'Replacement headset', 'Docking station'],
  },
  {
    id: '4',
    desk: 'SD',
    name: 'Request new software',
    kind: 'request',
    team: 'Service Desk L1',
    weight: 2,
    summaries: ['Install Visio', 'Licence for design tool', 'Access to analytics workspace'],
  },
  {
    id: '5',
    desk: 'SD',
    name: 'Report a network outage',
    kind: 'incident',
    team: 'Infrastructure',
    weight: 1,
    summaries: ['Wi-Fi down on floor 3', 'Office network unreachable', 'File server not responding'],
  },
  {
    id: '6',
    desk: 'HR',
    name: 'Ask an HR question',
    kind: 'request',
    team: 'HR Operations',
    weight: 4,
    summaries: [
      'Parental leave policy',
      'Change of address',
      'Training budget question',
      'Holiday carry-over',
    ],
  },
  {
    id: '7',
    desk: 'HR',
    name: 'Onboard a new hire',
    kind: 'request',
    team: 'HR Operations',
    weight: 2,
    summaries: ['Onboarding for new engineer', 'Contract for new sales hire', 'Start date change'],
  },
  {
    id: '8',
    desk: 'HR',
    name: 'Report a payroll problem',
    kind: 'incident',
    team: 'Payroll',
    weight: 1.5,
    summaries: ['Salary not received', 'Wrong tax code on payslip', 'Overtime missing from payslip'],
  },
];

/** Priority mix by kind: incidents skew higher. */
export const PRIORITY_MIX_BY_KIND: Record<RequestKind, Array<readonly [PriorityName, number]>> = {
  incident: [
    ['Highest', 6],
    ['High', 22],
    ['Medium', 50],
    ['Low', 22],
  ],
  request: [
    ['Highest', 1],
    ['High', 9],
    ['Medium', 60],
    ['Low', 30],
  ],
};

export const ORGANIZATIONS: Array<{ id: string; name: string; desks: string[]; weight: number }> = [
  { id: '1', name: 'Finance', desks: ['SD', 'HR'], weight: 3 },
  { id: '2', name: 'Sales', desks: ['SD', 'HR'], weight: 5 },
  { id: '3', name: 'Engineering', desks: ['SD', 'HR'], weight: 6 },
  { id: '4', name: 'Marketing', desks: ['SD', 'HR'], weight: 3 },
  { id: '5', name: 'Operations', desks: ['SD', 'HR'], weight: 4 },
  { id: '6', name: 'Legal', desks: ['SD', 'HR'], weight: 1 },
  // Contractors use the IT desk only; HR is not theirs.
  { id: '7', name: 'Contractors', desks: ['SD'], weight: 2 },
];

export interface LocaleSpec {
  locale: string;
  timeZone: string;
  weight: number;
  first: string[];
  last: string[];
}

export const LOCALES: LocaleSpec[] = [
  {
    locale: 'en_US',
    timeZone: 'America/New_York',
    weight: 45,
    first: ['James', 'Mary', 'Robert', 'Linda', 'Michael', 'Sarah', 'David', 'Emily', 'Daniel', 'Olivia'],
    last: ['Smith', 'Johnson', 'Brown', 'Taylor', 'Miller', 'Wilson', 'Moore', 'Clark', 'Hall', 'Young'],
  },
  {
    locale: 'de_DE',
    timeZone: 'Europe/Berlin',
    weight: 18,
    first: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Mia', 'Paul', 'Hannah'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker'],
  },
  {
    locale: 'fr_FR',
    timeZone: 'Europe/Paris',
    weight: 14,
    first: ['Louis', 'Camille', 'Hugo', 'Chloé', 'Jules', 'Léa', 'Arthur', 'Manon'],
    last: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit'],
  },
  {
    locale: 'es_ES',
    timeZone: 'Europe/Madrid',
    weight: 13,
    first: ['Hugo', 'Lucía', 'Mateo', 'Sofía', 'Pablo', 'Martina', 'Álvaro', 'Paula'],
    last: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez'],
  },
  {
    locale: 'ja_JP',
    timeZone: 'Asia/Tokyo',
    weight: 10,
    first: ['Haruto', 'Yui', 'Sota', 'Hina', 'Ren', 'Sakura', 'Yuto', 'Aoi'],
    last: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto'],
  },
];

export const AUTOMATION_ACCOUNT_ID = '557058:automation-for-jira';

/** Arrivals by UTC hour (office hours in Europe and the Americas) and by weekday (Sunday first). */
export const HOUR_WEIGHTS = [
  0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 1.5, 2.6, 3.0, 2.8, 2.4, 1.8, 2.3, 2.6, 2.4, 2.0, 1.4, 0.8, 0.5, 0.35,
  0.25, 0.2, 0.15,
];
export const WEEKDAY_WEIGHTS = [0.15, 1.25, 1.2, 1.15, 1.1, 0.95, 0.2];
