import { Inject, Controller } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { isAseanMember, todayIsoDate } from '@ascc/catalog';
import {
  type AuditEntry,
  CreateNgoSchema,
  type Ngo as NgoDto,
  type Page,
  registrationState,
  AID_ROUTES,
  type RouteInput,
  AID_EVENTS,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  agencyScope,
  assertRecordAllowed,
  findAudit,
  findPermitted,
  type Row,
  paginateRows,
  recordAudit,
  searchFilter,
  searchText,
  Handles,
  recordEvent,
} from '@ascc/service-kit';
import { ngoRecorded } from '../events/aid-events';

import { Ngo } from './ngo.entity';

const ENTITY = 'Ngo';

type NgoInput = ReturnType<typeof CreateNgoSchema.parse>;

@Controller()
export class NgosService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(AID_ROUTES.ngoCreate)
  async create(input: RouteInput<typeof AID_ROUTES.ngoCreate>, ctx: RequestContext): Promise<NgoDto> {
    assertRecordAllowed('aid.ngo.create', ctx, input.agencyCode);
    return this.orm.em.fork().transactional(async (em) => {
      const ngo = em.create(Ngo, columns(input));
      await em.flush();
      const dto = toDto(ngo);
      recordAudit(em, ctx, { entity: ENTITY, entityId: ngo.id, action: 'create', after: dto });
      recordEvent(em, AID_EVENTS.ngoRecorded, ngoRecorded(ngo));
      return dto;
    });
  }

  /** Replaces the NGO's fields on the version the editor saw; a stale version gets 409 and changes nothing. */
  @Handles(AID_ROUTES.ngoUpdate)
  async update(
    { id, version, ...input }: RouteInput<typeof AID_ROUTES.ngoUpdate>,
    ctx: RequestContext,
  ): Promise<NgoDto> {
    return this.orm.em.fork().transactional(async (em) => {
      const ngo = await findPermitted(em, Ngo, id, ctx, 'aid.ngo.update', 'NGO');
      assertRecordAllowed('aid.ngo.update', ctx, input.agencyCode);
      if (ngo.version !== version) throw ServiceError.staleVersion('The NGO', ngo.version);
      const before = toDto(ngo);
      em.assign(ngo, {
        ...columns(input),
        acronym: input.acronym ?? null,
        notes: input.notes ?? null,
        ...(input.registration
          ? {}
          : {
              registrationNo: null,
              registrationIssuedBy: null,
              registrationValidFrom: null,
              registrationValidTo: null,
            }),
      } as never);
      // The version column makes the UPDATE conditional: a concurrent edit between read and write is a 409 too.
      await em.flush();
      const after = toDto(ngo);
      recordAudit(em, ctx, { entity: ENTITY, entityId: ngo.id, action: 'update', before, after });
      recordEvent(em, AID_EVENTS.ngoRecorded, ngoRecorded(ngo));
      return after;
    });
  }

  @Handles(AID_ROUTES.ngoList)
  async list(
    { q, countryCode, kind, agencyCode, ...page }: RouteInput<typeof AID_ROUTES.ngoList>,
    ctx: RequestContext,
  ): Promise<Page<NgoDto>> {
    const where = {
      ...searchFilter(this.orm.em, Ngo, q),
      ...agencyScope('aid.ngo.read', ctx, agencyCode),
      ...(countryCode && { countryCode }),
      ...(kind && { kind }),
    };
    // Read-only: lean rows mapped straight to DTOs, no entities.
    const result = await paginateRows(this.orm.em.fork(), Ngo, where, page);
    return { ...result, items: result.items.map((n) => toDto(n)) };
  }

  @Handles(AID_ROUTES.ngoGet)
  async get({ id }: RouteInput<typeof AID_ROUTES.ngoGet>, ctx: RequestContext): Promise<NgoDto> {
    return toDto(await findPermitted(this.orm.em.fork(), Ngo, id, ctx, 'aid.ngo.read', 'NGO'));
  }

  @Handles(AID_ROUTES.ngoHistory)
  async history(
    { id, ...page }: RouteInput<typeof AID_ROUTES.ngoHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    await findPermitted(em, Ngo, id, ctx, 'aid.ngo.read', 'NGO');
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
  }
}

function columns(input: NgoInput) {
  const { registration, ...rest } = input;
  return {
    ...rest,
    ...(registration && {
      registrationNo: registration.certificateNo,
      registrationIssuedBy: registration.issuedBy,
      registrationValidFrom: registration.validFrom,
      registrationValidTo: registration.validTo,
    }),
    searchText: searchText(input.nameOriginal, input.nameVi, input.acronym),
  };
}

export function toDto(ngo: Row<Ngo>, today: string = todayIsoDate()): NgoDto {
  return {
    // Written out, not spread from recordMeta (see its note).
    id: ngo.id,
    version: ngo.version,
    createdAt: ngo.createdAt.toISOString(),
    updatedAt: ngo.updatedAt.toISOString(),
    nameOriginal: ngo.nameOriginal,
    nameVi: ngo.nameVi,
    ...(ngo.acronym ? { acronym: ngo.acronym } : {}),
    countryCode: ngo.countryCode,
    isAsean: isAseanMember(ngo.countryCode, today),
    kind: ngo.kind,
    planArea: ngo.planArea,
    agencyCode: ngo.agencyCode,
    ...(ngo.registrationNo && ngo.registrationIssuedBy && ngo.registrationValidFrom && ngo.registrationValidTo
      ? {
          registration: {
            certificateNo: ngo.registrationNo,
            issuedBy: ngo.registrationIssuedBy,
            validFrom: ngo.registrationValidFrom,
            validTo: ngo.registrationValidTo,
          },
          registrationState: registrationState(ngo.registrationValidTo, today),
        }
      : {}),
    contacts: ngo.contacts ?? [],
    ...(ngo.notes ? { notes: ngo.notes } : {}),
  };
}
