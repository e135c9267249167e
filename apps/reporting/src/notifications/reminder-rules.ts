import {
  AGENCIES,
  agenciesValidOn,
  annualReportDueDate,
  planAreasOfAgency,
  successorOn,
} from '@ascc/catalog';
import type {
  EventData,
  BUDGET_EVENTS,
  NotificationLink,
  NotificationParams,
  NotificationTemplate,
  PermissionKey,
} from '@ascc/contracts';

/**
 * The plan's reminder rules, one pure function each: given the province's day (`today`, ISO
 * `YYYY-MM-DD` in Asia/Ho_Chi_Minh, from `todayIsoDate`) and the records, the notifications due. Each
 * draft carries a `key` naming the reminder once and for all (rule, record, occurrence): the inbox's
 * UNIQUE key, so a reminder is delivered once however often and by however many copies the job runs.
 */
export interface NotificationDraft {
  key: string;
  template: NotificationTemplate;
  params: NotificationParams;
  link: NotificationLink;
  agencyCode: string;
  /** One user (a returned record's author), or null: everyone of the agency holding `permission`. */
  userId: string | null;
  permission: PermissionKey | null;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Whole days from `from` to `to` (calendar dates; negative when `to` is before `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The same day `months` later (the month's last day when it has no such day: 31 Aug + 6 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** How many days before a deadline the "due soon" reminder comes. */
export const DUE_SOON_DAYS = 7;

/**
 * Yearly reports (plan VII.12, due 15 December): each (agency, area) that has not submitted its report
 * for `today`'s year is reminded once when 7 days or fewer remain, once on the day, once when late.
 * `missing` comes from `tallyYearlyReports(year, …).missing` (a returned report counts as missing
 * only until it is resubmitted: the tally counts a returned report as in). Addressed to the agency's
 * report editors.
 */
export function yearlyReportReminders(
  today: string,
  year: number,
  missing: readonly { agencyCode: string; planArea: string }[],
): NotificationDraft[] {
  const dueDate = annualReportDueDate(year);
  const left = daysBetween(today, dueDate);
  const template: NotificationTemplate | null =
    left < 0
      ? 'report.late'
      : left === 0
        ? 'report.due-today'
        : left <= DUE_SOON_DAYS
          ? 'report.due-soon'
          : null;
  if (!template) return [];
  return missing.map(({ agencyCode, planArea }) => ({
    key: `${template}:${year}:${agencyCode}:${planArea}`,
    template,
    params: { year, planArea, dueDate, days: Math.abs(left) },
    link: { kind: 'yearly-reports' },
    agencyCode,
    userId: null,
    permission: 'reporting.report.manage',
  }));
}

/**
 * A budget estimate deadline (Finance's, per fiscal year): agencies that have not submitted an
 * estimate for the year are reminded once within 7 days of it and once on the day.
 */
export function budgetDeadlineReminders(
  today: string,
  deadline: { fiscalYear: number; deadline: string },
  agenciesWithoutEstimate: readonly string[],
): NotificationDraft[] {
  const left = daysBetween(today, deadline.deadline);
  if (left < 0 || left > DUE_SOON_DAYS) return [];
  const occurrence = left === 0 ? 'today' : 'soon';
  return agenciesWithoutEstimate.map((agencyCode) => ({
    key: `estimate.deadline-${occurrence}:${deadline.fiscalYear}:${agencyCode}`,
    template: 'estimate.deadline-soon' as const,
    params: { fiscalYear: deadline.fiscalYear, deadline: deadline.deadline, days: left },
    link: { kind: 'budget-estimate' as const },
    agencyCode,
    userId: null,
    permission: 'budget.estimate.submit' as const,
  }));
}

/**
 * The agencies expected to submit an estimate by `deadline`: those in office that day that carry a
 * plan area of their own or of an agency they succeeded — the plan's implementing agencies, the same
 * ones that owe a yearly report.
 */
export function estimateAgencies(deadline: string): string[] {
  return agenciesValidOn(deadline)
    .filter((agency) =>
      AGENCIES.some(
        (a) => successorOn(a.code, deadline)?.code === agency.code && planAreasOfAgency(a.code).length > 0,
      ),
    )
    .map((agency) => agency.code);
}

/** Finance returned an estimate: its author is told, with the comment (once per returned version). */
export function estimateReturnedNotification(
  event: EventData<typeof BUDGET_EVENTS.estimateReturned>,
): NotificationDraft {
  return {
    key: `estimate.returned:${event.estimateId}:${event.versionNo}:${event.returnedAt}`,
    template: 'estimate.returned',
    params: { title: event.title, fiscalYear: event.fiscalYear, comment: event.comment ?? '' },
    link: { kind: 'budget-estimate', id: event.estimateId },
    agencyCode: event.agencyCode,
    // Without a known author, the agency's estimate editors are told.
    userId: event.authorUserId,
    permission: event.authorUserId ? null : 'budget.estimate.update',
  };
}

/** The coordinator returned a yearly report: its author is told, with the comment. */
export function reportReturnedNotification(report: {
  id: string;
  agencyCode: string;
  year: number;
  planArea: string;
  comment: string;
  authorUserId: string | null;
  returnedAt: string;
}): NotificationDraft {
  return {
    key: `report.returned:${report.id}:${report.returnedAt}`,
    template: 'report.returned',
    params: { year: report.year, planArea: report.planArea, comment: report.comment },
    link: { kind: 'yearly-report', id: report.id },
    agencyCode: report.agencyCode,
    userId: report.authorUserId,
    permission: report.authorUserId ? null : 'reporting.report.manage',
  };
}

/** How far ahead an NGO's expiring registration is announced. */
export const NGO_EXPIRY_NOTICE_DAYS = 60;

/** An NGO's registration that expires within 60 days (and has not yet expired): once per expiry date. */
export function ngoRegistrationReminders(
  today: string,
  ngos: readonly { id: string; name: string; agencyCode: string; registrationExpiresOn: string | null }[],
): NotificationDraft[] {
  return ngos.flatMap((ngo) => {
    if (!ngo.registrationExpiresOn) return [];
    const left = daysBetween(today, ngo.registrationExpiresOn);
    if (left < 0 || left > NGO_EXPIRY_NOTICE_DAYS) return [];
    return [
      {
        key: `ngo.registration-expiring:${ngo.id}:${ngo.registrationExpiresOn}`,
        template: 'ngo.registration-expiring' as const,
        params: { name: ngo.name, expiresOn: ngo.registrationExpiresOn, days: left },
        link: { kind: 'ngo' as const, id: ngo.id },
        agencyCode: ngo.agencyCode,
        userId: null,
        permission: 'aid.ngo.update' as const,
      },
    ];
  });
}

/** An approved aid project must start within six months of its approval. */
export const AID_PROJECT_START_MONTHS = 6;

/** Aid projects approved six months ago or more that have not started: once per project. */
export function aidProjectNotStartedReminders(
  today: string,
  projects: readonly {
    id: string;
    title: string;
    agencyCode: string;
    approvedOn: string | null;
    startedOn: string | null;
  }[],
): NotificationDraft[] {
  return projects.flatMap((project) => {
    if (!project.approvedOn || project.startedOn) return [];
    const startBy = addMonths(project.approvedOn, AID_PROJECT_START_MONTHS);
    if (today < startBy) return [];
    return [
      {
        key: `aid-project.not-started:${project.id}`,
        template: 'aid-project.not-started' as const,
        params: { title: project.title, approvedOn: project.approvedOn, startBy },
        link: { kind: 'aid-project' as const, id: project.id },
        agencyCode: project.agencyCode,
        userId: null,
        permission: 'aid.project.manage' as const,
      },
    ];
  });
}

/** A course starting tomorrow that still has open places: once per course and start date. */
export function courseStartingTomorrowReminders(
  today: string,
  courses: readonly {
    id: string;
    title: string;
    agencyCode: string;
    startsOn: string;
    capacity: number;
    enrolled: number;
  }[],
): NotificationDraft[] {
  const tomorrow = addDays(today, 1);
  return courses.flatMap((course) => {
    const open = course.capacity - course.enrolled;
    if (course.startsOn !== tomorrow || open <= 0) return [];
    return [
      {
        key: `course.starting-tomorrow:${course.id}:${course.startsOn}`,
        template: 'course.starting-tomorrow' as const,
        params: { title: course.title, startsOn: course.startsOn, open },
        link: { kind: 'course' as const, id: course.id },
        agencyCode: course.agencyCode,
        userId: null,
        permission: 'training.enrolment.manage' as const,
      },
    ];
  });
}
