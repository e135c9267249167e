import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type CulturalEventDetail, CULTURE_ROUTES, type RouteInput } from '@ascc/contracts';
import { type RequestContext, assertRecordAllowed, recordAudit, Handles } from '@ascc/service-kit';
import { CulturalEvent } from './cultural-event.entity';
import { assertEditable } from './event-guards';
import { EVENT_ENTITY, fieldsOf, toDto } from './event-mappers';
import { venueKey } from './event-rules';
import { detail, eventToChange, writeCoOrganisers, writeCountries } from './event-store';

/** Creates and edits events (each method declared with `@Handles`: caller, permission and input checked first). */
@Controller()
export class EventCommandsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(CULTURE_ROUTES.eventCreate)
  async create(
    input: RouteInput<typeof CULTURE_ROUTES.eventCreate>,
    ctx: RequestContext,
  ): Promise<CulturalEventDetail> {
    assertRecordAllowed('culture.event.create', ctx, input.agencyCode);
    return this.orm.em.fork().transactional(async (em) => {
      const event = em.create(CulturalEvent, { ...fieldsOf(input), venueKey: venueKey(input.venue) });
      await em.flush();
      await writeCountries(em, event);
      await writeCoOrganisers(em, event);
      const dto = toDto(event);
      recordAudit(em, ctx, { entity: EVENT_ENTITY, entityId: event.id, action: 'create', after: dto });
      return detail(em, event);
    });
  }

  @Handles(CULTURE_ROUTES.eventUpdate)
  async update(
    { id, version, ...input }: RouteInput<typeof CULTURE_ROUTES.eventUpdate>,
    ctx: RequestContext,
  ): Promise<CulturalEventDetail> {
    return this.orm.em.fork().transactional(async (em) => {
      const event = await eventToChange(em, id, version, ctx);
      assertRecordAllowed('culture.event.update', ctx, input.agencyCode);
      assertEditable(event);
      const before = toDto(event);
      em.assign(event, { ...fieldsOf(input), venueKey: venueKey(input.venue) });
      await em.flush();
      await writeCountries(em, event);
      await writeCoOrganisers(em, event);
      recordAudit(em, ctx, {
        entity: EVENT_ENTITY,
        entityId: id,
        action: 'update',
        before,
        after: toDto(event),
      });
      return detail(em, event);
    });
  }
}
