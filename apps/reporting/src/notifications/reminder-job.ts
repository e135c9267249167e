import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { todayIsoDate } from '@ascc/catalog';
import { type RunRemindersResult, tallyYearlyReports } from '@ascc/contracts';
import { YearlyReport } from '../yearly-reports/yearly-report.entity';
import { toDto } from '../yearly-reports/yearly-reports.service';
import { deliverAll } from './inbox';
import { type NotificationDraft, yearlyReportReminders } from './reminder-rules';

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
    return { date, created: await deliverAll(this.orm.em.fork(), await this.drafts(date)) };
  }

  private async drafts(date: string): Promise<NotificationDraft[]> {
    const year = Number(date.slice(0, 4));
    const reports = await this.orm.em.fork().find(YearlyReport, { year });
    const { missing } = tallyYearlyReports(year, reports.map(toDto));
    return yearlyReportReminders(date, year, missing);
  }
}
