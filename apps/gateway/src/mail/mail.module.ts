import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  Optional,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type HealthCheck, REPORTING_EVENTS } from '@ascc/contracts';
import { EventBus, EventConsumers, consumerGauges, consumerName, onCommit } from '@ascc/service-kit';
import { MailDelivery } from './mail-delivery.entity';
import { mailRecipients } from './mail-recipients';
import { MailSender } from './mail-sender';
import { MAIL_MAX_AGE_MS, type MailSettings, mailSettings } from './mail-settings';

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/** An e-mail waiting this long past its time makes the queue's check `lagging` (the sender looks every few seconds). */
const MAIL_QUEUE_LAG_MS = 60_000;

/** The gateway's one durable consumer of the inbox's events: shared by every gateway copy. */
export const MAIL_CONSUMER = consumerName('gateway', REPORTING_EVENTS.notificationCreated);

/**
 * E-mail delivery of the inbox's notifications (issue 21), on only when SMTP_URL is set. The
 * reporting service announces each notification (`reporting.notification.created`); one gateway copy
 * handles each event through the shared durable consumer (EventConsumers: the event's id is recorded
 * in the same transaction, so a redelivery changes nothing), writes one `mail_delivery` row per
 * recipient (UNIQUE per notification and user), and wakes the sender.
 */
@Injectable()
export class MailDeliveries implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private bus?: EventBus;
  private written = false;
  private stopWatch?: () => void;
  consumers?: EventConsumers;
  sender?: MailSender;

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    @Optional() @Inject(MAIL_SETTINGS) private readonly settings?: MailSettings,
  ) {}

  onApplicationBootstrap() {
    if (!this.settings) {
      this.logger.log('e-mail off (SMTP_URL not set): notifications stay in the inbox');
      return;
    }
    this.bus = new EventBus('gateway');
    this.consumers = new EventConsumers(this.orm, this.bus);
    const sender = new MailSender(this.orm, this.settings);
    this.sender = sender;
    const contract = REPORTING_EVENTS.notificationCreated;
    void this.consumers.consume(contract, MAIL_CONSUMER, async (em, data) => {
      if (Date.now() - Date.parse(data.createdAt) > MAIL_MAX_AGE_MS) return;
      const recipients = await mailRecipients(em, data);
      if (!recipients.length) return;
      const known = new Set(
        (await em.find(MailDelivery, { notificationId: data.notificationId }, { fields: ['userId'] })).map(
          (d) => d.userId,
        ),
      );
      const now = new Date();
      for (const user of recipients.filter((u) => !known.has(u.id)))
        em.create(MailDelivery, {
          notificationId: data.notificationId,
          userId: user.id,
          address: user.email as string,
          language: user.language,
          template: data.template,
          params: data.params,
          link: data.link,
          nextAttemptAt: now,
          createdAt: now,
        });
      // Sent once this transaction has committed (see the commit watch below).
      this.written = true;
    });
    this.stopWatch = onCommit(this.orm, () => {
      if (!this.written) return;
      this.written = false;
      sender.wake();
    });
    this.consumers.start();
    // Its pending, unacknowledged and redelivered events on /metrics, as each service's consumers.
    consumerGauges(this.consumers);
    sender.start();
  }

  /**
   * This copy's e-mail parts for the status page, none when e-mail is off: the shared consumer of the
   * notifications (from JetStream) and the queue of e-mails — failing while a send is being retried (the
   * SMTP server refused it), lagging when e-mails wait more than `MAIL_QUEUE_LAG_MS` past their time.
   * Counts only: the status is public, so no address nor SMTP answer is shown.
   */
  /** The shared consumer of the notifications (from JetStream; none when e-mail is off), counts only. */
  async consumerHealth(): Promise<HealthCheck[]> {
    return ((await this.consumers?.health()) ?? []).map(({ detail: _, ...check }) => check);
  }

  async health(): Promise<HealthCheck[]> {
    if (!this.consumers) return [];
    const em = this.orm.em.fork();
    const waiting = { status: { $in: ['pending', 'sending'] } } as const;
    const [consumer, pending, retrying, late] = await Promise.all([
      this.consumerHealth(),
      em.count(MailDelivery, waiting),
      em.count(MailDelivery, { ...waiting, attempts: { $gt: 0 } }),
      em.count(MailDelivery, {
        status: 'pending',
        nextAttemptAt: { $lt: new Date(Date.now() - MAIL_QUEUE_LAG_MS) },
      }),
    ]);
    const status = retrying > 0 ? 'failing' : late > 0 ? 'lagging' : 'ok';
    return [...consumer, { name: 'mail', kind: 'mail', status, pending }];
  }

  async beforeApplicationShutdown() {
    this.stopWatch?.();
    await Promise.all([this.consumers?.stop(), this.sender?.stop()]);
    await this.bus?.close();
  }
}

@Module({
  providers: [{ provide: MAIL_SETTINGS, useFactory: () => mailSettings() }, MailDeliveries],
  exports: [MailDeliveries],
})
export class MailModule {}
