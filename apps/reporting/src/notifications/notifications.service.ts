import { randomUUID } from 'node:crypto';
import { Controller, Inject } from '@nestjs/common';
import { type EntityManager, MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  type MarkedRead,
  type Notification as NotificationDto,
  type NotificationPage,
  REPORTING_ROUTES as R,
  type RouteInput,
  type RunRemindersResult,
  type UnreadCount,
} from '@ascc/contracts';
import {
  Handles,
  type RequestContext,
  ServiceError,
  knexOf,
  recordAudit,
  run,
  tableName,
  toNumber,
} from '@ascc/service-kit';
import { unreadQuery, visibleTo } from './inbox';
import { NotificationRead } from './notification-read.entity';
import { Notification } from './notification.entity';
import { ReminderJob } from './reminder-job';

/**
 * The inbox: each signed-in user reads only their own notifications (addressed to them, or to their
 * agency under a permission they hold), marks them read one by one or all at once. Read marks are the
 * reader's own state (no audit row); running the reminders by hand is audited.
 */
@Controller()
export class NotificationsService {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    @Inject(ReminderJob) private readonly job: ReminderJob,
  ) {}

  @Handles(R.notificationList)
  async list(input: RouteInput<typeof R.notificationList>, ctx: RequestContext): Promise<NotificationPage> {
    const em = this.orm.em.fork();
    const knex = knexOf(em);
    const caller = ctx.caller;
    const base = () =>
      input.unread
        ? unreadQuery(em, caller)
        : visibleTo(em, caller)(knex.from({ n: tableName(em, 'notification') }));
    const [{ total }] = await run<{ total: unknown }>(em, base().count({ total: '*' }));
    const unread = await this.unread(em, ctx);
    const rows = await run<{ id: string }>(
      em,
      base()
        .select('n.id')
        .orderBy([
          { column: 'n.created_at', order: 'desc' },
          { column: 'n.id', order: 'desc' },
        ])
        .limit(input.pageSize)
        .offset((input.page - 1) * input.pageSize),
    );
    const ids = rows.map((r) => r.id);
    const found = ids.length ? await em.find(Notification, { id: { $in: ids } }) : [];
    const reads = ids.length
      ? await em.find(NotificationRead, { notificationId: { $in: ids }, userId: caller.userId })
      : [];
    const byId = new Map(found.map((n) => [n.id, n]));
    const readAt = new Map(reads.map((r) => [r.notificationId, r.readAt]));
    return {
      items: ids.flatMap((id) => {
        const n = byId.get(id);
        return n ? [toDto(n, readAt.get(id) ?? null)] : [];
      }),
      total: toNumber(total),
      unread,
      page: input.page,
      pageSize: input.pageSize,
    };
  }

  @Handles(R.notificationCount)
  async count(_input: RouteInput<typeof R.notificationCount>, ctx: RequestContext): Promise<UnreadCount> {
    return { unread: await this.unread(this.orm.em.fork(), ctx) };
  }

  @Handles(R.notificationRead)
  async markRead(input: RouteInput<typeof R.notificationRead>, ctx: RequestContext): Promise<MarkedRead> {
    const em = this.orm.em.fork();
    const knex = knexOf(em);
    const [visible] = await run<{ id: string }>(
      em,
      visibleTo(
        em,
        ctx.caller,
      )(knex.from({ n: tableName(em, 'notification') }))
        .where('n.id', input.id)
        .select('n.id'),
    );
    // Another user's notification is answered as a missing one: a 403 would tell it exists.
    if (!visible) throw ServiceError.notFound('Notification', input.id);
    const already = await em.count(NotificationRead, { notificationId: input.id, userId: ctx.caller.userId });
    let marked = 0;
    if (!already) {
      try {
        await em.insert(NotificationRead, {
          id: randomUUID(),
          notificationId: input.id,
          userId: ctx.caller.userId,
          readAt: new Date(),
        });
        marked = 1;
      } catch (error) {
        // Marked at the same moment by the same user's other tab: read either way.
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
      }
    }
    return { marked, unread: await this.unread(em, ctx) };
  }

  @Handles(R.notificationReadAll)
  async markAllRead(
    _input: RouteInput<typeof R.notificationReadAll>,
    ctx: RequestContext,
  ): Promise<MarkedRead> {
    const marked = await this.orm.em.fork().transactional(async (em) => {
      const rows = await run<{ id: string }>(em, unreadQuery(em, ctx.caller).select('n.id'));
      if (rows.length)
        await em.insertMany(
          NotificationRead,
          rows.map((r) => ({
            id: randomUUID(),
            notificationId: r.id,
            userId: ctx.caller.userId,
            readAt: new Date(),
          })),
        );
      return rows.length;
    });
    return { marked, unread: await this.unread(this.orm.em.fork(), ctx) };
  }

  /** Runs the date-driven reminders now, for a given day (tests, catching up after an outage). */
  @Handles(R.reminderRun)
  async runReminders(
    input: RouteInput<typeof R.reminderRun>,
    ctx: RequestContext,
  ): Promise<RunRemindersResult> {
    const result = await this.job.run(input.date);
    await this.orm.em.fork().transactional(async (em) => {
      recordAudit(em, ctx, { entity: 'ReminderRun', entityId: result.date, action: 'create', after: result });
    });
    return result;
  }

  private async unread(em: EntityManager, ctx: RequestContext): Promise<number> {
    const [{ unread }] = await run<{ unread: unknown }>(
      em,
      unreadQuery(em, ctx.caller).count({ unread: '*' }),
    );
    return toNumber(unread);
  }
}

function toDto(n: Notification, readAt: Date | null): NotificationDto {
  return {
    id: n.id,
    template: n.template,
    params: n.params,
    link: n.link,
    agencyCode: n.agencyCode as NotificationDto['agencyCode'],
    createdAt: n.createdAt.toISOString(),
    readAt: readAt ? readAt.toISOString() : null,
  };
}
