import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { isAseanMember } from '@ascc/catalog';
import {
  type AuditEntry,
  CreateNgoSchema,
  GetByIdSchema,
  ListNgosSchema,
  type Ngo as NgoDto,
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
import { Ngo } from './ngo.entity';

const ENTITY = 'Ngo';

@Injectable()
export class NgosService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async create(payload: unknown, ctx: RequestContext): Promise<NgoDto> {
    assertAllowed('aid.ngo.create', ctx);
    const input = validate(CreateNgoSchema, payload);
    assertRecordAllowed('aid.ngo.create', ctx, input.agencyCode);
    return this.orm.em.fork().transactional(async (em) => {
      const ngo = em.create(Ngo, {
        ...input,
        searchText: searchText(input.nameOriginal, input.nameVi, input.acronym),
      });
      await em.flush();
      const dto = toDto(ngo);
      recordAudit(em, ctx, { entity: ENTITY, entityId: ngo.id, action: 'create', after: dto });
      return dto;
    });
  }

  async list(payload: unknown, ctx: RequestContext): Promise<Page<NgoDto>> {
    const { q, countryCode, kind, agencyCode, ...page } = validate(ListNgosSchema, payload);
    const where = {
      ...searchFilter(q),
      ...agencyScope('aid.ngo.read', ctx, agencyCode),
      ...(countryCode && { countryCode }),
      ...(kind && { kind }),
    };
    const result = await paginate(this.orm.em.fork(), Ngo, where, page);
    return { ...result, items: result.items.map(toDto) };
  }

  async get(payload: unknown, ctx: RequestContext): Promise<NgoDto> {
    const { id } = validate(GetByIdSchema, payload);
    return toDto(await findPermitted(this.orm.em.fork(), Ngo, id, ctx, 'aid.ngo.read', 'NGO'));
  }

  async history(payload: unknown, ctx: RequestContext): Promise<Page<AuditEntry>> {
    const { id, ...page } = validate(RecordHistorySchema, payload);
    const em = this.orm.em.fork();
    await findPermitted(em, Ngo, id, ctx, 'aid.ngo.read', 'NGO');
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
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
