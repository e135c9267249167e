import { Inject, Controller } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import { findSector, isAseanMember, todayIsoDate } from '@ascc/catalog';
import {
  type AidProject as AidProjectDto,
  type AuditEntry,
  type CountryCode,
  CreateAidProjectSchema,
  type Page,
  canMoveTo,
  notStartedInTime,
  AID_ROUTES,
  type RouteInput,
  ruleParams,
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
import { projectRecorded } from '../events/aid-events';
import { tagList } from '../common/aid-sql';
import { Ngo } from '../ngos/ngo.entity';
import { AidProject } from './aid-project.entity';
import { ProjectLocation } from './project-location.entity';
import { ProjectSector } from './project-sector.entity';
import { projectTotals, totalsFrom } from './project-totals';
import { TRANSACTION_ENTITY } from './transactions.service';

const ENTITY = 'AidProject';
type ProjectInput = ReturnType<typeof CreateAidProjectSchema.parse>;

@Controller()
export class ProjectsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(AID_ROUTES.projectCreate)
  async create(
    input: RouteInput<typeof AID_ROUTES.projectCreate>,
    ctx: RequestContext,
  ): Promise<AidProjectDto> {
    assertRecordAllowed('aid.project.manage', ctx, input.agencyCode);
    return this.orm.em.fork().transactional(async (em) => {
      await assertCodeFree(em, input.code);
      const derived = await deriveFromParticipants(em, input);
      const project = em.create(AidProject, { ...columns(input), ...derived });
      writeShares(em, project.id, input);
      await em.flush();
      const dto = (await toDtos(em, [project]))[0];
      recordAudit(em, ctx, { entity: ENTITY, entityId: project.id, action: 'create', after: snapshot(dto) });
      recordEvent(em, AID_EVENTS.projectRecorded, projectRecorded(project));
      return dto;
    });
  }

  @Handles(AID_ROUTES.projectUpdate)
  async update(
    { id, version, ...input }: RouteInput<typeof AID_ROUTES.projectUpdate>,
    ctx: RequestContext,
  ): Promise<AidProjectDto> {
    return this.orm.em.fork().transactional(async (em) => {
      const project = await findPermitted(em, AidProject, id, ctx, 'aid.project.manage', 'Aid project');
      assertRecordAllowed('aid.project.manage', ctx, input.agencyCode);
      if (project.version !== version) throw ServiceError.staleVersion('The project', project.version);
      if (!canMoveTo(project.status, input.status)) {
        throw new ServiceError('VALIDATION_FAILED', 'The request has invalid fields', [
          {
            path: 'status',
            code: 'custom',
            message: `A project cannot go from ${project.status} to ${input.status}`,
            params: ruleParams('statusTransition', { from: project.status }),
          },
        ]);
      }
      if (input.code !== project.code) await assertCodeFree(em, input.code);
      const before = snapshot((await toDtos(em, [project]))[0]);
      const derived = await deriveFromParticipants(em, input);
      em.assign(project, { ...nullable(columns(input)), ...derived } as never);
      await em.nativeDelete(ProjectSector, { projectId: project.id });
      await em.nativeDelete(ProjectLocation, { projectId: project.id });
      writeShares(em, project.id, input);
      await em.flush();
      const dto = (await toDtos(em, [project]))[0];
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: project.id,
        action: 'update',
        before,
        after: snapshot(dto),
      });
      recordEvent(em, AID_EVENTS.projectRecorded, projectRecorded(project));
      return dto;
    });
  }

  @Handles(AID_ROUTES.projectList)
  async list(
    query: RouteInput<typeof AID_ROUTES.projectList>,
    ctx: RequestContext,
  ): Promise<Page<AidProjectDto>> {
    const { q, status, agencyCode, donorCountryCode, sectorCode, districtCode, ngoId, ...page } = query;
    const where = {
      ...searchFilter(this.orm.em, AidProject, q),
      ...agencyScope('aid.project.read', ctx, agencyCode),
      ...(status && { status }),
      ...(donorCountryCode && { donorCountryCode }),
      ...(sectorCode && { sectorTags: { $like: `%,${sectorCode},%` } }),
      ...(districtCode && { districtTags: { $like: `%,${districtCode},%` } }),
      ...(ngoId && { ngoTags: { $like: `%,${ngoId},%` } }),
    };
    const em = this.orm.em.fork();
    // Read-only: lean rows mapped straight to DTOs, no entities.
    const result = await paginateRows(em, AidProject, where, page);
    return { ...result, items: await toDtos(em, result.items) };
  }

  @Handles(AID_ROUTES.projectGet)
  async get({ id }: RouteInput<typeof AID_ROUTES.projectGet>, ctx: RequestContext): Promise<AidProjectDto> {
    const em = this.orm.em.fork();
    const project = await findPermitted(em, AidProject, id, ctx, 'aid.project.read', 'Aid project');
    return (await toDtos(em, [project]))[0];
  }

  @Handles(AID_ROUTES.projectHistory)
  async history(
    { id, ...page }: RouteInput<typeof AID_ROUTES.projectHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    await findPermitted(em, AidProject, id, ctx, 'aid.project.read', 'Aid project');
    return findAudit(em, { entity: [ENTITY, TRANSACTION_ENTITY], entityId: id, ...page });
  }
}

async function assertCodeFree(em: EntityManager, code: string) {
  if (await em.count(AidProject, { code })) {
    throw ServiceError.refuse('projectCodeTaken', { code }, `A project with code ${code} already exists`, {
      at: { path: 'code', code: 'duplicate' },
    });
  }
}

/**
 * Checks the linked NGOs exist (400 naming the participant otherwise) and derives the donor country
 * (the first funding organisation's: the NGO registry's country wins over a typed one) and the tags.
 */
async function deriveFromParticipants(em: EntityManager, input: ProjectInput) {
  const ids = [...new Set(input.participants.flatMap((p) => (p.ngoId ? [p.ngoId] : [])))];
  const ngos = ids.length ? await em.find(Ngo, { id: { $in: ids } }) : [];
  const byId = new Map(ngos.map((n) => [n.id, n]));
  const missing = input.participants.flatMap((p, i) =>
    p.ngoId && !byId.has(p.ngoId)
      ? [
          {
            path: `participants.${i}.ngoId`,
            code: 'custom',
            message: 'No such NGO',
            params: ruleParams('unknownNgo'),
          },
        ]
      : [],
  );
  if (missing.length) throw new ServiceError('VALIDATION_FAILED', 'The request has invalid fields', missing);
  const funder = input.participants.find((p) => p.role === 'funding');
  const donorCountryCode: CountryCode | null =
    (funder?.ngoId ? byId.get(funder.ngoId)?.countryCode : funder?.countryCode) ?? null;
  return {
    participants: input.participants.map((p) => ({
      ...p,
      name: p.name ?? (p.ngoId ? byId.get(p.ngoId)?.nameOriginal : undefined) ?? '',
    })),
    donorCountryCode,
    ngoTags: tagList(ids),
    sectorTags: tagList(input.sectors.map((s) => s.code)),
    districtTags: tagList(input.locations.map((l) => l.districtCode)),
    searchText: searchText(
      input.code,
      input.titleVi,
      input.titleEn,
      ...input.participants.map((p) => p.name),
      ...ngos.flatMap((n) => [n.nameOriginal, n.acronym]),
    ),
  };
}

function columns(input: ProjectInput) {
  return {
    code: input.code,
    titleVi: input.titleVi,
    titleEn: input.titleEn,
    description: input.description,
    agencyCode: input.agencyCode,
    planArea: input.planArea,
    participants: input.participants,
    sectors: input.sectors,
    locations: input.locations,
    beneficiaries: input.beneficiaries,
    status: input.status,
    decisionNo: input.decisionNo,
    decisionDate: input.decisionDate,
    approvingAuthority: input.approvingAuthority,
    appraisals: input.appraisals,
    plannedStart: input.plannedStart,
    plannedEnd: input.plannedEnd,
    actualStart: input.actualStart,
    actualEnd: input.actualEnd,
  };
}

/** An edit clears what the message leaves out. */
function nullable<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === undefined ? null : v])) as T;
}

function writeShares(em: EntityManager, projectId: string, input: ProjectInput) {
  for (const s of input.sectors) {
    em.create(ProjectSector, {
      projectId,
      sectorCode: s.code,
      planArea: findSector(s.code)?.planArea ?? input.planArea,
      percentage: s.percentage,
    });
  }
  for (const l of input.locations) {
    em.create(ProjectLocation, {
      projectId,
      districtCode: l.districtCode,
      commune: l.commune ?? null,
      percentage: l.percentage,
    });
  }
}

/** Without the totals: they change with transactions, which have their own audit lines. */
function snapshot(dto: AidProjectDto): Record<string, unknown> {
  const { totals: _totals, notStartedInTime: _late, ...rest } = dto;
  return rest;
}

export async function toDtos(em: EntityManager, projects: Row<AidProject>[], today = todayIsoDate()) {
  const totals = await projectTotals(
    em,
    projects.map((p) => p.id),
  );
  return projects.map((p) => toDto(p, totals.get(p.id) ?? totalsFrom(), today));
}

function toDto(p: Row<AidProject>, totals: AidProjectDto['totals'], today: string): AidProjectDto {
  const opt = <K extends string, V>(key: K, value: V | null | undefined) =>
    (value === null || value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
  return {
    // Written out, not spread from recordMeta (see its note).
    id: p.id,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    code: p.code,
    titleVi: p.titleVi,
    titleEn: p.titleEn,
    ...opt('description', p.description),
    agencyCode: p.agencyCode,
    planArea: p.planArea,
    participants: p.participants,
    sectors: p.sectors as AidProjectDto['sectors'],
    locations: p.locations,
    beneficiaries: p.beneficiaries as AidProjectDto['beneficiaries'],
    status: p.status,
    ...opt('decisionNo', p.decisionNo),
    ...opt('decisionDate', p.decisionDate),
    ...opt('approvingAuthority', p.approvingAuthority),
    appraisals: p.appraisals,
    ...opt('plannedStart', p.plannedStart),
    ...opt('plannedEnd', p.plannedEnd),
    ...opt('actualStart', p.actualStart),
    ...opt('actualEnd', p.actualEnd),
    ...opt('donorCountryCode', p.donorCountryCode),
    donorIsAsean: p.donorCountryCode ? isAseanMember(p.donorCountryCode, today) : false,
    totals,
    notStartedInTime: notStartedInTime(
      {
        status: p.status,
        decisionDate: p.decisionDate ?? undefined,
        actualStart: p.actualStart ?? undefined,
      },
      today,
    ),
  };
}
