import type { AgencyCode } from '@ascc/catalog';
import { DEPARTMENT_OWNERS, type Role } from './roles';
import type { Caller } from './identity.schema';

/** Which records a grant reaches: every agency's, or only those of the caller's own agency. */
export type Reach = 'all' | 'own-agency';

export interface Grant {
  role: Role;
  reach: Reach;
  /** When set, the caller's agency must be one of these (e.g. only Home Affairs edits training). */
  agencies?: readonly AgencyCode[];
}

const readAll = (...roles: Role[]): Grant[] => roles.map((role) => ({ role, reach: 'all' }));
const readOwn = (...roles: Role[]): Grant[] => roles.map((role) => ({ role, reach: 'own-agency' }));
/** The department's own staff reach every agency's records; everyone else's reach their own agency's. */
const staffOf =
  (agencies: readonly AgencyCode[]) =>
  (...roles: Role[]): Grant[] => [
    ...roles.map((role): Grant => ({ role, reach: 'all', agencies })),
    ...readOwn(...roles),
  ];
const trainingStaff = staffOf(DEPARTMENT_OWNERS.training);
const cultureStaff = staffOf(DEPARTMENT_OWNERS.culture);

/**
 * The one permission table. The gateway enforces it on every route (a route without an entry is
 * refused, and a test fails), each service checks it again against the record's agency, and the
 * console reads it to show only what the user may do. `public` routes need no sign-in.
 */
export const PERMISSIONS = {
  public: 'public',
  'session.self': [...readAll('admin', 'editor', 'viewer', 'finance-reviewer', 'plan-coordinator')],

  // Every agency runs courses of its own (plan III.6–III.9, VII.1, VII.10); Home Affairs keeps its view
  // and its hand on all training, the coordinator and admins read everything.
  'training.course.read': [...readAll('admin', 'plan-coordinator'), ...trainingStaff('editor', 'viewer')],
  'training.course.create': [...readAll('admin'), ...trainingStaff('editor')],
  'training.course.update': [...readAll('admin'), ...trainingStaff('editor')],
  'training.enrolment.manage': [...readAll('admin'), ...trainingStaff('editor')],
  // The registry holds personal data of every agency's staff: Home Affairs keeps it for the province.
  // Another agency's editor finds only its own staff, to enrol them in its own courses.
  'training.trainee.read': [
    ...readAll('admin', 'plan-coordinator'),
    { role: 'editor', reach: 'all', agencies: DEPARTMENT_OWNERS.training },
    { role: 'viewer', reach: 'all', agencies: DEPARTMENT_OWNERS.training },
    ...readOwn('editor'),
  ],
  'training.trainee.manage': [
    ...readAll('admin'),
    { role: 'editor', reach: 'all', agencies: DEPARTMENT_OWNERS.training },
  ],
  'training.stats.read': [...readAll('admin', 'plan-coordinator'), ...trainingStaff('editor', 'viewer')],
  'training.course.funding.read': [
    ...readAll('admin', 'plan-coordinator'),
    ...trainingStaff('editor', 'viewer'),
  ],

  'aid.ngo.read': [...readAll('admin', 'plan-coordinator'), ...readOwn('editor', 'viewer')],
  'aid.ngo.create': [
    ...readAll('admin'),
    { role: 'editor', reach: 'own-agency', agencies: DEPARTMENT_OWNERS.aid },
  ],
  'aid.ngo.update': [
    ...readAll('admin'),
    { role: 'editor', reach: 'own-agency', agencies: DEPARTMENT_OWNERS.aid },
  ],
  'aid.project.read': [...readAll('admin', 'plan-coordinator'), ...readOwn('editor', 'viewer')],
  'aid.project.manage': [
    ...readAll('admin'),
    { role: 'editor', reach: 'own-agency', agencies: DEPARTMENT_OWNERS.aid },
  ],
  // Corrections and voids of a recorded transaction: those who may record one, on their own projects.
  'aid.transaction.reverse': [
    ...readAll('admin'),
    { role: 'editor', reach: 'own-agency', agencies: DEPARTMENT_OWNERS.aid },
  ],
  'aid.delegation.read': [...readAll('admin', 'plan-coordinator'), ...readOwn('editor', 'viewer')],
  'aid.delegation.manage': [
    ...readAll('admin'),
    { role: 'editor', reach: 'own-agency', agencies: DEPARTMENT_OWNERS.aid },
  ],
  // Province-wide aggregates of Foreign Affairs' records: its own staff, the coordinator and admins.
  'aid.report.read': [
    ...readAll('admin', 'plan-coordinator'),
    { role: 'editor', reach: 'all', agencies: DEPARTMENT_OWNERS.aid },
    { role: 'viewer', reach: 'all', agencies: DEPARTMENT_OWNERS.aid },
  ],

  // Every agency records its own cultural and promotion events (plan VII.5, VII.9); Culture keeps its view
  // and its hand on all of them. A co-organising agency's users also read (never edit) the events they
  // co-organise: the culture service widens its own-agency reads to them.
  'culture.event.read': [...readAll('admin', 'plan-coordinator'), ...cultureStaff('editor', 'viewer')],
  'culture.event.create': [...readAll('admin'), ...cultureStaff('editor')],
  'culture.event.update': [...readAll('admin'), ...cultureStaff('editor')],
  'culture.registration.manage': [...readAll('admin'), ...cultureStaff('editor')],
  'culture.report.read': [...readAll('admin', 'plan-coordinator'), ...cultureStaff('editor', 'viewer')],
  'culture.event.funding.read': [
    ...readAll('admin', 'plan-coordinator'),
    ...cultureStaff('editor', 'viewer'),
  ],
  // Picking the event a delegation attends: any department's event, by title and dates only, for
  // those who record delegations.
  'culture.event.pick': [
    ...readAll('admin'),
    { role: 'editor', reach: 'all', agencies: DEPARTMENT_OWNERS.aid },
  ],

  'budget.estimate.read': [
    ...readAll('admin', 'plan-coordinator'),
    { role: 'finance-reviewer', reach: 'all', agencies: DEPARTMENT_OWNERS.finance },
    ...readOwn('editor', 'viewer'),
  ],
  'budget.estimate.create': [...readAll('admin'), ...readOwn('editor')],
  'budget.estimate.update': [...readAll('admin'), ...readOwn('editor')],
  'budget.estimate.submit': [...readAll('admin'), ...readOwn('editor')],
  // Only Finance reviews: an administrator does not stand in for its reviewers.
  'budget.estimate.review': [{ role: 'finance-reviewer', reach: 'all', agencies: DEPARTMENT_OWNERS.finance }],
  'budget.consolidation.read': [
    ...readAll('admin', 'plan-coordinator'),
    { role: 'finance-reviewer', reach: 'all', agencies: DEPARTMENT_OWNERS.finance },
  ],
  'budget.consolidation.manage': [
    { role: 'finance-reviewer', reach: 'all', agencies: DEPARTMENT_OWNERS.finance },
  ],

  // The cross-department read model: the dashboard for administrators and the plan's coordinator; the
  // plan browser's province-wide figures for every signed-in user; rebuilding it for admins only.
  'reporting.dashboard.read': [...readAll('admin', 'plan-coordinator')],
  'reporting.plan.read': [...readAll('admin', 'editor', 'viewer', 'finance-reviewer', 'plan-coordinator')],
  'reporting.readmodel.rebuild': [...readAll('admin')],
  // Yearly reports: each agency's own, read by the coordinator, who alone accepts or returns them.
  'reporting.report.read': [...readAll('admin', 'plan-coordinator'), ...readOwn('editor', 'viewer')],
  'reporting.report.manage': [...readAll('admin'), ...readOwn('editor')],
  'reporting.report.review': [...readAll('plan-coordinator')],
  // Frozen mid-term and final reviews: frozen by the coordinator, read by who reads the province report.
  'reporting.review.freeze': [...readAll('admin', 'plan-coordinator')],
  'reporting.review.read': [...readAll('admin', 'plan-coordinator')],
  // The plan's indicators: their definitions and progress for every signed-in user (each agency reports
  // its own in its yearly report); the catalogue kept by the plan's coordinator (and admins).
  'reporting.indicator.read': [
    ...readAll('admin', 'editor', 'viewer', 'finance-reviewer', 'plan-coordinator'),
  ],
  'reporting.indicator.manage': [...readAll('admin', 'plan-coordinator')],
  // Every signed-in user's own inbox: no agency is asked for, the service shows each caller only the
  // notifications addressed to them (or to their agency under a permission they hold); running the
  // reminders now: administrators.
  'reporting.notification.read': [
    ...readAll('admin', 'editor', 'viewer', 'finance-reviewer', 'plan-coordinator'),
  ],
  'reporting.reminder.run': [...readAll('admin')],

  // The global search: every signed-in user; each kind it finds is read under its own list's permission.
  'search.read': [...readAll('admin', 'editor', 'viewer', 'finance-reviewer', 'plan-coordinator')],
  // The plan's assigned tasks are reference data for every signed-in user; each agency records its own
  // action plan (read by the coordinator, who sees who has none on the task overview).
  'reporting.task.read': [...readAll('admin', 'editor', 'viewer', 'finance-reviewer', 'plan-coordinator')],
  'reporting.actionplan.read': [...readAll('admin', 'plan-coordinator'), ...readOwn('editor', 'viewer')],
  'reporting.actionplan.manage': [...readAll('admin'), ...readOwn('editor')],

  'identity.user.manage': [...readAll('admin')],
  'audit.read': [...readAll('admin')],
  // The operations figures of the status page (errors, slow routes, event lag): administrators only.
  'system.metrics.read': [...readAll('admin')],
  // The live stream of record changes: any signed-in user; each event is sent only to those whose
  // grant on its kind reaches its agency (LIVE_KINDS, authorizeRecord).
  'live.events.read': [...readAll('admin', 'editor', 'viewer', 'finance-reviewer', 'plan-coordinator')],
} as const satisfies Record<string, readonly Grant[] | 'public'>;

export type PermissionKey = keyof typeof PERMISSIONS;

export interface Decision {
  allowed: boolean;
  /** The widest reach among the caller's matching grants. */
  reach?: Reach;
}

/** What the caller may do under a permission, before looking at any record. */
export function authorize(
  permission: PermissionKey,
  caller: Pick<Caller, 'roles' | 'agencyCode'> | undefined,
): Decision {
  const grants = PERMISSIONS[permission];
  if (grants === 'public') return { allowed: true, reach: 'all' };
  if (!caller) return { allowed: false };
  let reach: Reach | undefined;
  for (const grant of grants as readonly Grant[]) {
    if (!caller.roles.includes(grant.role)) continue;
    if (grant.agencies && !grant.agencies.includes(caller.agencyCode as AgencyCode)) continue;
    if (grant.reach === 'all') return { allowed: true, reach: 'all' };
    reach = 'own-agency';
  }
  return reach ? { allowed: true, reach } : { allowed: false };
}

/** Whether the caller may act under a permission on a record of the given agency. */
export function authorizeRecord(
  permission: PermissionKey,
  caller: Pick<Caller, 'roles' | 'agencyCode'> | undefined,
  recordAgency: string,
): boolean {
  const decision = authorize(permission, caller);
  return decision.allowed && (decision.reach === 'all' || recordAgency === caller?.agencyCode);
}

/**
 * Who reads a notification addressed to an agency under a permission (the inbox's rule, and the
 * e-mails'): a person of that agency who may act under the permission on its records.
 */
export function readsAgencyNotification(
  permission: string,
  reader: Pick<Caller, 'roles' | 'agencyCode'>,
  agencyCode: string,
): boolean {
  if (!(permission in PERMISSIONS)) return false;
  const key = permission as PermissionKey;
  return (
    reader.agencyCode === agencyCode &&
    PERMISSIONS[key] !== 'public' &&
    authorizeRecord(key, reader, agencyCode)
  );
}

/**
 * The one rule of who must sign in with a second factor, named by what they may do: manage users
 * (administrators), approve budget estimates (Finance reviewers) or edit the trainee registry of
 * personal data (Home Affairs editors). Such a user without an authenticator sets one up at sign-in
 * before getting a session; anyone else may set one up from their account.
 */
export const SECOND_FACTOR_PERMISSIONS = [
  'identity.user.manage',
  'budget.estimate.review',
  'training.trainee.manage',
] as const satisfies readonly PermissionKey[];

export function secondFactorRequired(user: Pick<Caller, 'roles' | 'agencyCode'>): boolean {
  return SECOND_FACTOR_PERMISSIONS.some((permission) => authorize(permission, user).allowed);
}
