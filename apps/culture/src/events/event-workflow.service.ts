import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  CULTURE_EVENTS,
  type CulturalEventDetail,
  eventTransitionGuard,
  provinceToday,
  CULTURE_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import { type RequestContext, applyGuards, recordAudit, recordEvent, Handles } from '@ascc/service-kit';
import { assertTransition } from './event-guards';
import { EVENT_ENTITY, toDto } from './event-mappers';
import { eventFigures } from './event-rules';
import { detail, eventToChange } from './event-store';

/** Moves an event through its statuses and takes its report, publishing what others depend on. */
@Controller()
export class EventWorkflowService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(CULTURE_ROUTES.eventTransition)
  async transition(
    input: RouteInput<typeof CULTURE_ROUTES.eventTransition>,
    ctx: RequestContext,
  ): Promise<CulturalEventDetail> {
    return this.orm.em.fork().transactional(async (em) => {
      const event = await eventToChange(em, input.id, input.version, ctx);
      assertTransition(event, input.to);
      const overrideReason = applyGuards(
        [eventTransitionGuard(event, input.to, provinceToday())],
        input,
        ctx,
      );
      const before = toDto(event);
      event.status = input.to;
      event.statusReason = input.to === 'cancelled' || input.to === 'postponed' ? input.reason : null;
      if (input.to === 'held') event.actualAudience = input.actualAudience;
      await em.flush();
      const now = new Date().toISOString();
      if (input.to === 'cancelled') {
        recordEvent(em, CULTURE_EVENTS.eventCancelled, {
          eventId: event.id,
          title: event.titleVi,
          agencyCode: event.agencyCode,
          reason: input.reason ?? '',
          cancelledAt: now,
        });
      }
      if (input.to === 'held') {
        recordEvent(em, CULTURE_EVENTS.eventHeld, {
          ...eventFigures(event, event.actualAudience ?? 0),
          heldAt: now,
        });
      }
      recordAudit(em, ctx, {
        entity: EVENT_ENTITY,
        entityId: event.id,
        action: 'update',
        before,
        // An overridden date rule stays in the event's history with its reason.
        after: overrideReason ? { ...toDto(event), overrideReason } : toDto(event),
      });
      return detail(em, event);
    });
  }

  @Handles(CULTURE_ROUTES.eventReport)
  async report(
    input: RouteInput<typeof CULTURE_ROUTES.eventReport>,
    ctx: RequestContext,
  ): Promise<CulturalEventDetail> {
    return this.orm.em.fork().transactional(async (em) => {
      const event = await eventToChange(em, input.id, input.version, ctx);
      assertTransition(event, 'reported');
      const before = toDto(event);
      event.status = 'reported';
      event.reportAttendance = input.attendance;
      event.reportOutcomes = input.outcomes;
      event.reportMediaCoverage = input.mediaCoverage;
      event.reportedAt = new Date();
      event.actualAudience = input.attendance;
      await em.flush();
      recordEvent(em, CULTURE_EVENTS.eventReported, {
        ...eventFigures(event, input.attendance),
        reportedAt: event.reportedAt.toISOString(),
      });
      recordAudit(em, ctx, {
        entity: EVENT_ENTITY,
        entityId: event.id,
        action: 'update',
        before,
        after: toDto(event),
      });
      return detail(em, event);
    });
  }
}
