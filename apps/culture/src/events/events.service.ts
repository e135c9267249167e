import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  CreateCulturalEventSchema,
  type CulturalEvent as CulturalEventDto,
  GetByIdSchema,
  ListCulturalEventsSchema,
  type Page,
} from '@ascc/contracts';
import { ServiceError, paginate, recordMeta, searchFilter, searchText, validate } from '@ascc/service-kit';
import { CulturalEvent } from './cultural-event.entity';

@Injectable()
export class EventsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async create(payload: unknown): Promise<CulturalEventDto> {
    const input = validate(CreateCulturalEventSchema, payload);
    return this.orm.em.fork().transactional(async (em) => {
      const event = em.create(CulturalEvent, {
        ...input,
        countryCodes: [...new Set(input.countryCodes)],
        searchText: searchText(input.titleVi, input.titleEn, input.venue),
      });
      await em.flush();
      return toDto(event);
    });
  }

  async list(payload: unknown): Promise<Page<CulturalEventDto>> {
    const { q, type, status, districtCode, agencyCode, ...page } = validate(
      ListCulturalEventsSchema,
      payload,
    );
    const where = {
      ...searchFilter(q),
      ...(type && { type }),
      ...(status && { status }),
      ...(districtCode && { districtCode }),
      ...(agencyCode && { agencyCode }),
    };
    const result = await paginate(this.orm.em.fork(), CulturalEvent, where, page);
    return { ...result, items: result.items.map(toDto) };
  }

  async get(payload: unknown): Promise<CulturalEventDto> {
    const { id } = validate(GetByIdSchema, payload);
    const event = await this.orm.em.fork().findOne(CulturalEvent, { id });
    if (!event) throw ServiceError.notFound('Cultural event', id);
    return toDto(event);
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
