import { Logger } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/core';
import nodemailer, { type Transporter } from 'nodemailer';
import { User } from '../identity/user.entity';
import { MailDelivery } from './mail-delivery.entity';
import {
  MAX_ATTEMPTS,
  MAX_RETRY_MS,
  type MailSettings,
  SENDING_LEASE_MS,
  safeErrorMessage,
  smtpServerForLogs,
} from './mail-settings';
import { renderMail } from './mail-templates';

/** How often a copy looks for e-mails due (a retry's time come, another copy's rows), besides being woken. */
const POLL_MS = 5000;
const BATCH = 20;

/**
 * Sends the e-mails written by the consumer: each due row (pending, or left `sending` by a copy that
 * died) is claimed by one copy with a conditional update on its try count, sent, and marked; an SMTP
 * failure is logged (delivery and user ids, the server's answer — never the password nor the body) and
 * tried again later, waiting `retryMs`, then twice as long each time, `failed` after `MAX_ATTEMPTS`.
 */
export class MailSender {
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly settings: MailSettings,
    transporter?: Transporter,
  ) {
    this.transporter = transporter ?? nodemailer.createTransport(settings.smtpUrl);
  }

  start(): void {
    this.logger.log(`e-mail on, through ${smtpServerForLogs(this.settings.smtpUrl)}`);
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.wake();
  }

  /** Looks for e-mails due now (after the consumer wrote some); a call during a run makes it run again. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          while ((await this.sendDue()) === BATCH && !this.stopped);
        } catch (error) {
          this.logger.warn(`e-mail run failed: ${safeErrorMessage(error, this.settings.smtpUrl)}`);
        }
      } while (this.again && !this.stopped);
    })().finally(() => (this.running = undefined));
  }

  /** Resolves once no run is under way (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    this.transporter.close();
  }

  /** Sends one batch of due e-mails; answers how many it looked at. */
  async sendDue(now = new Date()): Promise<number> {
    const em = this.orm.em.fork();
    const due = await em.find(
      MailDelivery,
      { status: { $in: ['pending', 'sending'] }, nextAttemptAt: { $lte: now } },
      { orderBy: { nextAttemptAt: 'asc' }, limit: BATCH },
    );
    const users = new Map(
      (due.length ? await em.find(User, { id: { $in: due.map((d) => d.userId) } }) : []).map((u) => [
        u.id,
        u,
      ]),
    );
    for (const delivery of due) {
      if (this.stopped) break;
      if (!(await this.claim(delivery, now))) continue;
      await this.send(delivery, users.get(delivery.userId));
    }
    return due.length;
  }

  /** Takes the row for this copy: only one copy's update finds its try count unchanged. */
  private async claim(delivery: MailDelivery, now: Date): Promise<boolean> {
    const claimed = await this.orm.em.fork().nativeUpdate(
      MailDelivery,
      { id: delivery.id, attempts: delivery.attempts, status: { $in: ['pending', 'sending'] } },
      {
        status: 'sending',
        attempts: delivery.attempts + 1,
        nextAttemptAt: new Date(now.getTime() + SENDING_LEASE_MS),
      },
    );
    if (claimed === 1) delivery.attempts += 1;
    return claimed === 1;
  }

  private async send(delivery: MailDelivery, user: User | undefined): Promise<void> {
    const em = this.orm.em.fork();
    try {
      const mail = renderMail(
        delivery,
        { displayName: user?.displayName ?? '', language: delivery.language },
        this.settings.consoleUrl,
      );
      await this.transporter.sendMail({ from: this.settings.from, to: delivery.address, ...mail });
      await em.nativeUpdate(
        MailDelivery,
        { id: delivery.id },
        { status: 'sent', sentAt: new Date(), lastError: null },
      );
    } catch (error) {
      const reason = safeErrorMessage(error, this.settings.smtpUrl);
      const last = delivery.attempts >= MAX_ATTEMPTS;
      const waitMs = Math.min(MAX_RETRY_MS, this.settings.retryMs * 2 ** (delivery.attempts - 1));
      const nextAttemptAt = new Date(Date.now() + waitMs);
      this.logger.warn(
        `e-mail ${delivery.id} (notification ${delivery.notificationId}, user ${delivery.userId}) failed, ` +
          `try ${delivery.attempts}/${MAX_ATTEMPTS}${last ? ', giving up' : `, again at ${nextAttemptAt.toISOString()}`}: ${reason}`,
      );
      await em.nativeUpdate(
        MailDelivery,
        { id: delivery.id },
        last
          ? { status: 'failed', lastError: reason }
          : { status: 'pending', nextAttemptAt, lastError: reason },
      );
    }
  }
}
