import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { successorOn, todayIsoDate } from '@ascc/catalog';
import { type RunRemindersResult, defaultEstimateDeadline, tallyYearlyReports } from '@ascc/contracts';
import { YearlyReport } from '../yearly-reports/yearly-report.entity';
import { toDto } from '../yearly-reports/yearly-reports.service';
import { AidProjectReminderFact } from './facts/aid-project-reminder-fact.entity';
import { BudgetDeadlineFact } from './facts/budget-deadline-fact.entity';
import { CourseReminderFact } from './facts/course-reminder-fact.entity';
import { EstimateSubmissionFact } from './facts/estimate-submission-fact.entity';
import { NgoReminderFact } from './facts/ngo-reminder-fact.entity';
import { recordNotice } from '../read-model/applied-notices';
import { deliverAll } from './inbox';
import {
  AID_PROJECT_START_MONTHS,
  DUE_SOON_DAYS,
  NGO_EXPIRY_NOTICE_DAYS,
  type NotificationDraft,
  addDays,
  addMonths,
  aidProjectNotStartedReminders,
  budgetDeadlineReminders,
  courseStartingTomorrowReminders,
  estimateAgencies,
  ngoRegistrationReminders,
  yearlyReportReminders,
} from './reminder-rules';

/** Statuses of a course that has not started yet (a reminder for a cancelled course would mislead). */
const NOT_STARTED = ['planned', 'open'];

/** What the live notice after a run that added reminders names. */
export const REMINDERS_NOTICE = 'reporting.reminders';

/** How often each copy runs the date-driven reminders; the first run comes a minute after start. */
const EVERY_MS = 60 * 60_000;
const FIRST_AFTER_MS = 60_000;

/**
 * The date-driven reminders. Every copy of the service runs the job (hourly) and there is no leader:
 * a reminder's key is UNIQUE in the inbox, so whichever copy inserts it first delivers it and every
 * other run — the same copy an hour later, a second copy at the same moment — is refused by the
 * database and adds nothing. Reminders due on a day the service was down come on the next run (the
 * rules look at "within 7 days" or "late", not "exactly on the day").
 */
@Injectable()
export class ReminderJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReminderJob.name);
  private timer?: NodeJS.Timeout;

  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  onApplicationBootstrap() {
    const tick = () =>
      this.run().catch((error: Error) => this.logger.warn(`reminders not run: ${error.message}`));
    this.timer = setTimeout(() => {
      void tick();
      this.timer = setInterval(() => void tick(), EVERY_MS);
      this.timer.unref();
    }, FIRST_AFTER_MS);
    this.timer.unref();
  }

  onModuleDestroy() {
    clearTimeout(this.timer);
    clearInterval(this.timer);
  }

  /** The reminders due on `date` (the province's today when absent), delivered once each. */
  async run(date: string = todayIsoDate()): Promise<RunRemindersResult> {
    const created = await deliverAll(this.orm.em.fork(), await this.drafts(date));
    // The consoles' bells count again on the notice, once the new reminders are committed.
    if (created > 0) await this.orm.em.fork().transactional(async (em) => recordNotice(em, REMINDERS_NOTICE));
    return { date, created };
  }

  /**
   * Every rule's drafts for `date`. Each reads only the facts its window can hold, through an index:
   * registrations expiring within 60 days, projects still waiting to start approved six months ago or
   * more, courses starting tomorrow, the deadlines of the next 7 days.
   */
  async drafts(date: string): Promise<NotificationDraft[]> {
    const em = this.orm.em.fork();
    const year = Number(date.slice(0, 4));
    const reports = await em.find(YearlyReport, { year });
    const { missing } = tallyYearlyReports(year, reports.map(toDto));

    const ngos = await em.find(NgoReminderFact, {
      expiresOn: { $gte: date, $lte: addDays(date, NGO_EXPIRY_NOTICE_DAYS) },
    });
    // A month's last day shortens "six months" by up to 3 days (31 Aug → 28 Feb): the range keeps them,
    // the rule decides.
    const projects = await em.find(AidProjectReminderFact, {
      approvedOn: { $ne: null, $lte: addDays(addMonths(date, -AID_PROJECT_START_MONTHS), 3) },
    });
    const courses = await em.find(CourseReminderFact, {
      startsOn: addDays(date, 1),
      status: { $in: NOT_STARTED },
    });

    return [
      ...yearlyReportReminders(date, year, missing),
      ...(await this.budgetDrafts(date)),
      ...ngoRegistrationReminders(
        date,
        ngos.map((n) => ({
          id: n.ngoId,
          name: n.name,
          agencyCode: n.agencyCode,
          registrationExpiresOn: n.expiresOn ?? null,
        })),
      ),
      ...aidProjectNotStartedReminders(
        date,
        projects.map((p) => ({
          id: p.projectId,
          title: p.title,
          agencyCode: p.agencyCode,
          approvedOn: p.approvedOn ?? null,
          startedOn: p.startedOn ?? null,
        })),
      ),
      ...courseStartingTomorrowReminders(
        date,
        courses.map((c) => ({
          id: c.courseId,
          title: c.title,
          agencyCode: c.agencyCode,
          startsOn: c.startsOn,
          capacity: c.capacity,
          enrolled: c.enrolled,
        })),
      ),
    ];
  }

  /**
   * The estimate deadlines within 7 days of `date` — those Finance set, and next fiscal year's default
   * (20 July) when Finance set none — each with the agencies that have not submitted for its year.
   */
  private async budgetDrafts(date: string): Promise<NotificationDraft[]> {
    const em = this.orm.em.fork();
    const until = addDays(date, DUE_SOON_DAYS);
    const deadlines = (await em.find(BudgetDeadlineFact, { deadline: { $gte: date, $lte: until } })).map(
      (d) => ({ fiscalYear: d.fiscalYear, deadline: d.deadline }),
    );
    const nextYear = Number(date.slice(0, 4)) + 1;
    const byDefault = defaultEstimateDeadline(nextYear);
    if (
      byDefault >= date &&
      byDefault <= until &&
      !(await em.count(BudgetDeadlineFact, { fiscalYear: nextYear }))
    )
      deadlines.push({ fiscalYear: nextYear, deadline: byDefault });
    const drafts: NotificationDraft[] = [];
    for (const deadline of deadlines) {
      const submitted = new Set(
        (
          await em.find(
            EstimateSubmissionFact,
            { fiscalYear: deadline.fiscalYear },
            { fields: ['agencyCode'] },
          )
        )
          // An estimate of an agency since merged counts for the agency that carries on its work.
          .map((s) => successorOn(s.agencyCode, deadline.deadline)?.code ?? s.agencyCode),
      );
      const without = estimateAgencies(deadline.deadline).filter((code) => !submitted.has(code));
      drafts.push(...budgetDeadlineReminders(date, deadline, without));
    }
    return drafts;
  }
}
