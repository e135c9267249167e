import { compareDong } from '../common/money';

/**
 * The aid domain's business rules, in one place, pure (no database, no clock unless given): the zod
 * schemas, the service and the console all call these.
 */

/** Days before a registration certificate ends when the console starts warning. */
export const REGISTRATION_WARNING_DAYS = 90;
/** Months after approval by which an approved project is expected to have started. */
export const START_DEADLINE_MONTHS = 6;

export type RegistrationState = 'valid' | 'expires-soon' | 'expired';

const DAY_MS = 86_400_000;
const toUtc = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** `isoDate` plus `months` calendar months, clamped to the month's last day (31 Aug + 6 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Where an NGO's registration in Viet Nam stands on `today`. */
export function registrationState(validTo: string, today: string): RegistrationState {
  const left = daysBetween(today, validTo);
  if (left < 0) return 'expired';
  return left <= REGISTRATION_WARNING_DAYS ? 'expires-soon' : 'valid';
}

/** Whether percentages add up to exactly 100 (an empty list has nothing to check). */
export function percentagesAddUp(shares: readonly { percentage: number }[]): boolean {
  return shares.length === 0 || shares.reduce((sum, share) => sum + share.percentage, 0) === 100;
}

export const APPROVAL_STATUSES = ['submitted', 'under-appraisal', 'approved', 'refused'] as const;
/** IATI ActivityStatus codes 1–6, in the codelist's order. */
export const IATI_STATUSES = [
  'pipeline',
  'implementation',
  'finalisation',
  'closed',
  'cancelled',
  'suspended',
] as const;
export const PROJECT_STATUSES = [...APPROVAL_STATUSES, ...IATI_STATUSES] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Statuses that need the approval decision recorded. */
export function needsApprovalDecision(status: ProjectStatus): boolean {
  return !['submitted', 'under-appraisal', 'refused'].includes(status);
}

/** The IATI ActivityStatus code a status is published as (approval states count as pipeline). */
export function iatiActivityStatus(status: ProjectStatus): number {
  const index = (IATI_STATUSES as readonly string[]).indexOf(status);
  return index >= 0 ? index + 1 : status === 'refused' ? 5 : 1;
}

/** Which statuses a project may move to from each one; staying put is always allowed. */
const NEXT: Record<ProjectStatus, readonly ProjectStatus[]> = {
  submitted: ['under-appraisal', 'approved', 'refused'],
  'under-appraisal': ['approved', 'refused'],
  approved: ['pipeline', 'implementation', 'cancelled'],
  refused: ['submitted'],
  pipeline: ['implementation', 'cancelled', 'suspended'],
  implementation: ['finalisation', 'suspended', 'cancelled', 'closed'],
  finalisation: ['closed', 'implementation'],
  closed: [],
  cancelled: [],
  suspended: ['implementation', 'cancelled'],
};

/** Whether a project may go from `from` to `to` (e.g. not from refused straight into implementation). */
export function canMoveTo(from: ProjectStatus, to: ProjectStatus): boolean {
  return from === to || NEXT[from].includes(to);
}

/**
 * An approved project not started within six months of its decision: approved or in the pipeline,
 * with no actual start date, and the deadline passed by `today`.
 */
export function notStartedInTime(
  project: { status: ProjectStatus; decisionDate?: string; actualStart?: string },
  today: string,
): boolean {
  if (!['approved', 'pipeline'].includes(project.status)) return false;
  if (project.actualStart || !project.decisionDate) return false;
  return addMonths(project.decisionDate, START_DEADLINE_MONTHS) < today;
}

/** Disbursed more than committed: allowed (a donor may add funds late) but shown. */
export function overDisbursed(totals: {
  committed: number | string | bigint;
  disbursed: number | string | bigint;
}): boolean {
  return compareDong(totals.disbursed, totals.committed) > 0;
}
