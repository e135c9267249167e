import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { isAseanMember } from '@ascc/catalog';
import {
  CreateNgoSchema,
  GetByIdSchema,
  ListNgosSchema,
  type Ngo as NgoDto,
  type Page,
} from '@ascc/contracts';
import { ServiceError, paginate, recordMeta, searchFilter, searchText, validate } from '@ascc/service-kit';
import { Ngo } from './ngo.entity';

@Injectable()
export class NgosService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async create(payload: unknown): Promise<NgoDto> {
    const input = validate(CreateNgoSchema, payload);
    return this.orm.em.fork().transactional(async (em) => {
      const ngo = em.create(Ngo, {
        ...input,
        searchText: searchText(input.nameOriginal, input.nameVi, input.acronym),
      });
      await em.flush();
      return toDto(ngo);
    });
  }

  async list(payload: unknown): Promise<Page<NgoDto>> {
    const { q, countryCode, kind, agencyCode, ...page } = validate(ListNgosSchema, payload);
    const where = {
      ...searchFilter(q),
      ...(countryCode && { countryCode }),
      ...(kind && { kind }),
      ...(agencyCode && { agencyCode }),
    };
    const result = await paginate(this.orm.em.fork(), Ngo, where, page);
    return { ...result, items: result.items.map(toDto) };
  }

  async get(payload: unknown): Promise<NgoDto> {
    const { id } = validate(GetByIdSchema, payload);
    const ngo = await this.orm.em.fork().findOne(Ngo, { id });
    if (!ngo) throw ServiceError.notFound('NGO', id);
    return toDto(ngo);
  }
}

function toDto(ngo: Ngo): NgoDto {
  return {
    ...recordMeta(ngo),
    nameOriginal: ngo.nameOriginal,
    nameVi: ngo.nameVi,
    ...(ngo.acronym ? { acronym: ngo.acronym } : {}),
    countryCode: ngo.countryCode,
    isAsean: isAseanMember(ngo.countryCode),
    kind: ngo.kind,
    planArea: ngo.planArea,
    agencyCode: ngo.agencyCode,
    ...(ngo.notes ? { notes: ngo.notes } : {}),
  };
}
