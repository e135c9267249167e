import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  type AuditEntry,
  CreateCulturalEventSchema,
  type CulturalEvent as CulturalEventDto,
  GetByIdSchema,
  ListCulturalEventsSchema,
  type Page,
  RecordHistorySchema,
} from '@ascc/contracts';
import {
  type RequestContext,
  agencyScope,
  assertAllowed,
  assertRecordAllowed,
  findAudit,
  findPermitted,
  paginate,
  recordAudit,
  recordMeta,
  searchFilter,
  searchText,
  validate,
} from '@ascc/service-kit';
import { CulturalEvent } from './cultural-event.entity';

const ENTITY = 'CulturalEvent';

@Injectable()
export class EventsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async create(payload: unknown, ctx: RequestContext): Promise<CulturalEventDto> {
    assertAllowed('culture.event.create', ctx);
    const input = validate(CreateCulturalEventSchema, payload);
    assertRecordAllowed('culture.event.create', ctx, input.agencyCode);
    return this.orm.em.fork().transactional(async (em) => {
      const event = em.create(CulturalEvent, {
        ...input,
        countryCodes: [...new Set(input.countryCodes)],
        searchText: searchText(input.titleVi, input.titleEn, input.venue),
      });
      await em.flush();
      const dto = toDto(event);
      recordAudit(em, ctx, { entity: ENTITY, entityId: event.id, action: 'create', after: dto });
      return dto;
    });
  }

  async list(payload: unknown, ctx: RequestContext): Promise<Page<CulturalEventDto>> {
    const { q, type, status, districtCode, agencyCode, ...page } = validate(
      ListCulturalEventsSchema,
      payload,
    );
    const where = {
      ...searchFilter(q),
      ...agencyScope('culture.event.read', ctx, agencyCode),
      ...(type && { type }),
      ...(status && { status }),
      ...(districtCode && { districtCode }),
    };
    const result = await paginate(this.orm.em.fork(), CulturalEvent, where, page);
    return { ...result, items: result.items.map(toDto) };
  }

  async get(payload: unknown, ctx: RequestContext): Promise<CulturalEventDto> {
    const { id } = validate(GetByIdSchema, payload);
    return toDto(
      await findPermitted(this.orm.em.fork(), CulturalEvent, id, ctx, 'culture.event.read', 'Cultural event'),
    );
  }

  async history(payload: unknown, ctx: RequestContext): Promise<Page<AuditEntry>> {
    const { id, ...page } = validate(RecordHistorySchema, payload);
    const em = this.orm.em.fork();
    await findPermitted(em, CulturalEvent, id, ctx, 'culture.event.read', 'Cultural event');
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
  }
}

function toDto(event: CulturalEvent): CulturalEventDto {
  return {
    ...recordMeta(event),
    titleVi: event.titleVi,
    titleEn: event.titleEn,
    type: event.type,
    planArea: event.planArea,
    agencyCode: event.agencyCode,
    ...(event.districtCode ? { districtCode: event.districtCode } : {}),
    venue: event.venue,
    startDate: event.startDate,
    endDate: event.endDate,
    countryCodes: event.countryCodes,
    ...(event.expectedAudience != null ? { expectedAudience: event.expectedAudience } : {}),
    costEstimate: event.costEstimate,
    status: event.status,
  };
}
