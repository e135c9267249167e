import { Controller, Inject } from '@nestjs/common';
import { type FilterQuery, MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import {
  type AuditEntry,
  type CulturalEvent as CulturalEventDto,
  type CulturalEventDetail,
  type CulturalEventOptions,
  type Page,
  CULTURE_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import { type RequestContext, findAudit, paginateRows, searchFilter, Handles } from '@ascc/service-kit';
import { CulturalEventCountry } from './cultural-event-country.entity';
import { CulturalEvent } from './cultural-event.entity';
import { EVENT_ENTITY, toDto } from './event-mappers';
import { findReadableEvent, readableEvents } from './event-reach';
import { detail } from './event-store';

/** Reads events: the list, one event, the link picker's options and an event's history. */
@Controller()
export class EventQueriesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(CULTURE_ROUTES.eventList)
  async list(
    {
      q,
      type,
      status,
      districtCode,
      agencyCode,
      planArea,
      countryCode,
      year,
      ...page
    }: RouteInput<typeof CULTURE_ROUTES.eventList>,
    ctx: RequestContext,
  ): Promise<Page<CulturalEventDto>> {
    const em = this.orm.em.fork() as SqlEntityManager;
    const filters: FilterQuery<CulturalEvent> = {
      ...searchFilter(this.orm.em, CulturalEvent, q),
      ...(type && { type }),
      ...(status && { status }),
      ...(districtCode && { districtCode }),
      ...(planArea && { planArea }),
      ...(year && { startDate: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }),
      // A sub-query on the country rows, so the filter stays in the database.
      ...(countryCode && {
        id: {
          $in: em
            .createQueryBuilder(CulturalEventCountry, 'c')
            .select('c.eventId')
            .where({ countryCode })
            .getKnexQuery() as never,
        },
      }),
    };
    // Who reads what (own, co-organised, or all) as an `$or` of one beside the filters: its id sub-query
    // never meets the country's, and a free-text search keeps its `$and` at the top, where the search
    // index reads it (`broadSearch`: a broad search walks the index in the list's order).
    const reach = readableEvents(em, ctx, agencyCode);
    const where: FilterQuery<CulturalEvent> = Object.keys(reach).length
      ? { ...filters, $or: [reach] }
      : filters;
    // Read-only: lean rows mapped straight to DTOs, no entities.
    const result = await paginateRows(em, CulturalEvent, where, page);
    return { ...result, items: result.items.map(toDto) };
  }

  /** Any agency's events by title, newest first: only what a link needs (title, dates, status). */
  @Handles(CULTURE_ROUTES.eventOptions)
  async options({ q }: RouteInput<typeof CULTURE_ROUTES.eventOptions>): Promise<CulturalEventOptions> {
    const events = await this.orm.em.fork().find(CulturalEvent, searchFilter(this.orm.em, CulturalEvent, q), {
      orderBy: { startDate: 'desc', id: 'asc' },
      limit: 20,
    });
    return {
      items: events.map((e) => ({
        id: e.id,
        titleVi: e.titleVi,
        titleEn: e.titleEn,
        startDate: e.startDate,
        endDate: e.endDate,
        status: e.status,
      })),
    };
  }

  @Handles(CULTURE_ROUTES.eventGet)
  async get(
    { id }: RouteInput<typeof CULTURE_ROUTES.eventGet>,
    ctx: RequestContext,
  ): Promise<CulturalEventDetail> {
    const em = this.orm.em.fork();
    return detail(em, await findReadableEvent(em, id, ctx));
  }

  @Handles(CULTURE_ROUTES.eventHistory)
  async history(
    { id, ...page }: RouteInput<typeof CULTURE_ROUTES.eventHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    await findReadableEvent(em, id, ctx);
    return findAudit(em, { entity: EVENT_ENTITY, entityId: id, ...page });
  }
}
