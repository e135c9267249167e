import { Controller, Inject } from '@nestjs/common';
import { MikroORM, type EntityManager } from '@mikro-orm/core';
import {
  type Page,
  type ParticipantsByCountry,
  type Registration as RegistrationDto,
  checkInGuard,
  CULTURE_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  applyGuards,
  type Row,
  paginateRows,
  recordAudit,
  Handles,
} from '@ascc/service-kit';
import { CulturalEventRegistration } from './cultural-event-registration.entity';
import { CulturalEvent } from './cultural-event.entity';
import { lockEvent } from './event-store';
import { findEventToChange } from './event-reach';
import { sqlOf } from './sql';

const PERMISSION = 'culture.registration.manage';
const ENTITY = 'CulturalEventRegistration';

/** Registrations of events that take them: a capacity, a waitlist promoted in order, check-in. */
/** Answers its routes (each method declared with `@Handles`: caller, permission and input checked first). */
@Controller()
export class RegistrationsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(CULTURE_ROUTES.registrationCreate)
  async create(
    { id, ...input }: RouteInput<typeof CULTURE_ROUTES.registrationCreate>,
    ctx: RequestContext,
  ): Promise<RegistrationDto> {
    return this.orm.em.fork().transactional(async (em) => {
      await lockEvent(em, id);
      const event = await findEventToChange(em, id, ctx, PERMISSION);
      if (!event.takesRegistrations) {
        throw ServiceError.refuse(
          'eventTakesNoRegistrations',
          { title: event.titleVi },
          'This event does not take registrations',
          { at: { path: 'id', code: 'no_registrations' } },
        );
      }
      if (!['planned', 'confirmed', 'postponed'].includes(event.status)) {
        throw ServiceError.refuse(
          'eventClosedToRegistrations',
          { title: event.titleVi, eventStatus: event.status },
          `A ${event.status} event takes no more registrations`,
        );
      }
      const registered = await em.count(CulturalEventRegistration, { eventId: id, status: 'registered' });
      const last = await em.findOne(
        CulturalEventRegistration,
        { eventId: id },
        { orderBy: { position: 'desc' }, fields: ['position'] },
      );
      const full = event.capacity != null && registered >= event.capacity;
      const registration = em.create(CulturalEventRegistration, {
        eventId: id,
        name: input.name,
        organisation: input.organisation || null,
        countryCode: input.countryCode,
        contact: input.contact,
        status: full ? 'waitlisted' : 'registered',
        position: (last?.position ?? 0) + 1,
      });
      await em.flush();
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: registration.id,
        action: 'create',
        after: { eventId: id, name: input.name, countryCode: input.countryCode, status: registration.status },
      });
      return toDto(registration);
    });
  }

  /** Corrects a participant's details; their place (status, position) and check-in stay as they are. */
  @Handles(CULTURE_ROUTES.registrationUpdate)
  async update(
    { id, registrationId, version, ...input }: RouteInput<typeof CULTURE_ROUTES.registrationUpdate>,
    ctx: RequestContext,
  ): Promise<RegistrationDto> {
    return this.orm.em.fork().transactional(async (em) => {
      const registration = await this.find(em, id, registrationId, ctx);
      if (registration.version !== version) {
        throw ServiceError.staleVersion('The registration', registration.version);
      }
      const before = detailsOf(registration);
      em.assign(registration, {
        name: input.name,
        organisation: input.organisation || null,
        countryCode: input.countryCode,
        contact: input.contact,
      });
      const after = detailsOf(registration);
      if (JSON.stringify(before) === JSON.stringify(after)) return toDto(registration);
      await em.flush();
      recordAudit(em, ctx, { entity: ENTITY, entityId: registration.id, action: 'update', before, after });
      return toDto(registration);
    });
  }

  @Handles(CULTURE_ROUTES.registrationList)
  async list(
    { id, status, page, pageSize }: RouteInput<typeof CULTURE_ROUTES.registrationList>,
    ctx: RequestContext,
  ): Promise<Page<RegistrationDto>> {
    const em = this.orm.em.fork();
    await findEventToChange(em, id, ctx, PERMISSION);
    const result = await paginateRows(
      em,
      CulturalEventRegistration,
      { eventId: id, ...(status && { status }) },
      {
        page,
        pageSize,
        sort: 'position',
        order: 'asc',
      },
    );
    return { ...result, items: result.items.map(toDto) };
  }

  @Handles(CULTURE_ROUTES.registrationCheckIn)
  async checkIn(
    { id, registrationId }: RouteInput<typeof CULTURE_ROUTES.registrationCheckIn>,
    ctx: RequestContext,
  ): Promise<RegistrationDto> {
    return this.orm.em.fork().transactional(async (em) => {
      const registration = await this.find(em, id, registrationId, ctx);
      const event = await em.findOneOrFail(CulturalEvent, { id });
      applyGuards([checkInGuard(event.status)], {}, ctx);
      if (registration.status !== 'registered') {
        throw ServiceError.refuse(
          'checkInNotRegistered',
          { name: registration.name, registrationStatus: registration.status },
          `A ${registration.status} participant cannot check in`,
        );
      }
      if (!registration.checkedInAt) {
        registration.checkedInAt = new Date();
        recordAudit(em, ctx, {
          entity: ENTITY,
          entityId: registration.id,
          action: 'update',
          after: { checkedIn: true },
        });
      }
      return toDto(registration);
    });
  }

  @Handles(CULTURE_ROUTES.registrationCancel)
  async cancel(
    { id, registrationId }: RouteInput<typeof CULTURE_ROUTES.registrationCancel>,
    ctx: RequestContext,
  ): Promise<RegistrationDto> {
    return this.orm.em.fork().transactional(async (em) => {
      await lockEvent(em, id);
      const registration = await this.find(em, id, registrationId, ctx);
      if (registration.status === 'cancelled') return toDto(registration);
      const freesPlace = registration.status === 'registered';
      registration.status = 'cancelled';
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: registration.id,
        action: 'update',
        after: { status: 'cancelled' },
      });
      if (freesPlace) {
        // The first on the waitlist takes the freed place.
        const next = await em.findOne(
          CulturalEventRegistration,
          { eventId: id, status: 'waitlisted' },
          { orderBy: { position: 'asc' } },
        );
        if (next) {
          next.status = 'registered';
          recordAudit(em, ctx, {
            entity: ENTITY,
            entityId: next.id,
            action: 'update',
            after: { status: 'registered' },
          });
        }
      }
      return toDto(registration);
    });
  }

  @Handles(CULTURE_ROUTES.registrationByCountry)
  async byCountry(
    { id }: RouteInput<typeof CULTURE_ROUTES.registrationByCountry>,
    ctx: RequestContext,
  ): Promise<ParticipantsByCountry> {
    const em = this.orm.em.fork();
    await findEventToChange(em, id, ctx, PERMISSION);
    const { knex, table } = sqlOf(em);
    const rows = (await knex
      .from(table('cultural_event_registration', 'r'))
      .where('r.event_id', id)
      .andWhere('r.status', '<>', 'cancelled')
      .groupBy('r.country_code')
      .orderBy('r.country_code')
      .select(
        'r.country_code',
        knex.raw(`sum(case when r.status = 'registered' then 1 else 0 end) as registered`),
        knex.raw(`sum(case when r.status = 'waitlisted' then 1 else 0 end) as waitlisted`),
        knex.raw(
          `sum(case when r.status = 'registered' and r.checked_in_at is not null then 1 else 0 end) as checked_in`,
        ),
      )) as { country_code: string; registered: unknown; waitlisted: unknown; checked_in: unknown }[];
    return {
      items: rows.map((r) => ({
        countryCode: r.country_code as RegistrationDto['countryCode'],
        registered: Number(r.registered),
        waitlisted: Number(r.waitlisted),
        checkedIn: Number(r.checked_in),
      })),
    };
  }

  private async find(em: EntityManager, eventId: string, registrationId: string, ctx: RequestContext) {
    await findEventToChange(em, eventId, ctx, PERMISSION);
    const registration = await em.findOne(CulturalEventRegistration, { id: registrationId, eventId });
    if (!registration) throw ServiceError.notFound('Registration', registrationId);
    return registration;
  }
}

/** What a correction may change, as the audit line records it. */
function detailsOf(r: CulturalEventRegistration) {
  return {
    name: r.name,
    organisation: r.organisation ?? null,
    countryCode: r.countryCode,
    contact: r.contact,
  };
}

function toDto(r: Row<CulturalEventRegistration>): RegistrationDto {
  return {
    id: r.id,
    eventId: r.eventId,
    name: r.name,
    ...(r.organisation ? { organisation: r.organisation } : {}),
    countryCode: r.countryCode,
    contact: r.contact,
    status: r.status,
    position: r.position,
    checkedInAt: r.checkedInAt ? r.checkedInAt.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  };
}
