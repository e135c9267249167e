import { Inject, Controller } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import { isAseanMember } from '@ascc/catalog';
import {
  type AuditEntry,
  CreateDelegationSchema,
  type Delegation as DelegationDto,
  type Page,
  AID_ROUTES,
  type RouteInput,
  ruleParams,
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
} from '@ascc/service-kit';
import { tagList } from '../common/aid-sql';
import { recordDelegationEvent } from '../events/aid-events';
import { Ngo } from '../ngos/ngo.entity';
import { AidProject } from '../projects/aid-project.entity';
import { CulturalEventLinks } from './cultural-event-links';
import { Delegation } from './delegation.entity';
import { DelegationCountry } from './delegation-country.entity';

const ENTITY = 'Delegation';
type DelegationInput = ReturnType<typeof CreateDelegationSchema.parse>;

@Controller()
export class DelegationsService {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly culturalEvents: CulturalEventLinks,
  ) {}

  /** A newly linked cultural event is asked of the culture service, and takes the label it gives. */
  private async checkCulturalEvent<T extends { culturalEvent?: { id: string; label: string } }>(
    input: T,
    ctx: RequestContext,
    linked?: string,
  ): Promise<T> {
    const event = input.culturalEvent;
    if (!event || event.id === linked) return input;
    const label = await this.culturalEvents.check(event.id, ctx);
    return { ...input, culturalEvent: { id: event.id, label: label ?? event.label } };
  }

  @Handles(AID_ROUTES.delegationCreate)
  async create(
    valid: RouteInput<typeof AID_ROUTES.delegationCreate>,
    ctx: RequestContext,
  ): Promise<DelegationDto> {
    assertRecordAllowed('aid.delegation.manage', ctx, valid.agencyCode);
    const input = await this.checkCulturalEvent(valid, ctx);
    return this.orm.em.fork().transactional(async (em) => {
      await assertLinksExist(em, input);
      const delegation = em.create(Delegation, columns(input));
      writeCountries(em, delegation.id, input);
      await em.flush();
      const dto = toDto(delegation);
      recordAudit(em, ctx, { entity: ENTITY, entityId: delegation.id, action: 'create', after: dto });
      // The plan's dashboard learns of it through the outbox, in this transaction.
      recordDelegationEvent(em, delegation);
      return dto;
    });
  }

  @Handles(AID_ROUTES.delegationUpdate)
  async update(
    { id, version, ...valid }: RouteInput<typeof AID_ROUTES.delegationUpdate>,
    ctx: RequestContext,
  ): Promise<DelegationDto> {
    const stored = await findPermitted(
      this.orm.em.fork(),
      Delegation,
      id,
      ctx,
      'aid.delegation.manage',
      'Delegation',
    );
    // Asked before the transaction: no database transaction waits on another service.
    const input = await this.checkCulturalEvent(valid, ctx, stored.links?.culturalEvent?.id);
    return this.orm.em.fork().transactional(async (em) => {
      const delegation = await findPermitted(em, Delegation, id, ctx, 'aid.delegation.manage', 'Delegation');
      assertRecordAllowed('aid.delegation.manage', ctx, input.agencyCode);
      if (delegation.version !== version)
        throw ServiceError.staleVersion('The delegation', delegation.version);
      await assertLinksExist(em, input);
      const before = toDto(delegation);
      em.assign(delegation, columns(input) as never);
      await em.nativeDelete(DelegationCountry, { delegationId: delegation.id });
      writeCountries(em, delegation.id, input);
      await em.flush();
      const after = toDto(delegation);
      recordAudit(em, ctx, { entity: ENTITY, entityId: delegation.id, action: 'update', before, after });
      recordDelegationEvent(em, delegation);
      return after;
    });
  }

  @Handles(AID_ROUTES.delegationList)
  async list(
    {
      q,
      direction,
      purpose,
      countryCode,
      agencyCode,
      ngoId,
      projectId,
      from,
      to,
      ...page
    }: RouteInput<typeof AID_ROUTES.delegationList>,
    ctx: RequestContext,
  ): Promise<Page<DelegationDto>> {
    const where = {
      ...searchFilter(this.orm.em, Delegation, q),
      ...agencyScope('aid.delegation.read', ctx, agencyCode),
      ...(direction && { direction }),
      ...(purpose && { purpose }),
      ...(countryCode && { countryTags: { $like: `%,${countryCode},%` } }),
      ...(ngoId && { ngoId }),
      ...(projectId && { projectId }),
      // Overlapping the period: starts before its end and ends after its start.
      ...(to && { startDate: { $lte: to } }),
      ...(from && { endDate: { $gte: from } }),
    };
    // Read-only: lean rows mapped straight to DTOs, no entities.
    const result = await paginateRows(this.orm.em.fork(), Delegation, where, page);
    return { ...result, items: result.items.map(toDto) };
  }

  @Handles(AID_ROUTES.delegationGet)
  async get(
    { id }: RouteInput<typeof AID_ROUTES.delegationGet>,
    ctx: RequestContext,
  ): Promise<DelegationDto> {
    return toDto(
      await findPermitted(this.orm.em.fork(), Delegation, id, ctx, 'aid.delegation.read', 'Delegation'),
    );
  }

  @Handles(AID_ROUTES.delegationHistory)
  async history(
    { id, ...page }: RouteInput<typeof AID_ROUTES.delegationHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    await findPermitted(em, Delegation, id, ctx, 'aid.delegation.read', 'Delegation');
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
  }
}

/** A link to an NGO or project of this service must name one that exists (a cultural event: see CulturalEventLinks). */
async function assertLinksExist(em: EntityManager, input: DelegationInput) {
  const fields = [];
  if (input.ngo && !(await em.count(Ngo, { id: input.ngo.id })))
    fields.push({ path: 'ngo.id', code: 'custom', message: 'No such NGO', params: ruleParams('unknownNgo') });
  if (input.project && !(await em.count(AidProject, { id: input.project.id })))
    fields.push({
      path: 'project.id',
      code: 'custom',
      message: 'No such aid project',
      params: ruleParams('unknownProject'),
    });
  if (fields.length) throw new ServiceError('VALIDATION_FAILED', 'The request has invalid fields', fields);
}

function columns(input: DelegationInput) {
  const { ngo, project, culturalEvent, ...rest } = input;
  return {
    ...rest,
    headTitle: input.headTitle ?? null,
    outcomes: input.outcomes ?? null,
    followUps: input.followUps ?? null,
    ngoId: ngo?.id ?? null,
    projectId: project?.id ?? null,
    links: ngo || project || culturalEvent ? { ngo, project, culturalEvent } : null,
    countryTags: tagList(input.countryCodes),
    searchText: searchText(input.title, input.headName, ...input.organisations, ngo?.label, project?.label),
  };
}

function writeCountries(em: EntityManager, delegationId: string, input: DelegationInput) {
  for (const countryCode of input.countryCodes) {
    em.create(DelegationCountry, {
      delegationId,
      countryCode,
      direction: input.direction,
      startDate: input.startDate,
      size: input.size,
    });
  }
}

export function toDto(d: Row<Delegation>): DelegationDto {
  return {
    // Written out, not spread from recordMeta (see its note).
    id: d.id,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    title: d.title,
    direction: d.direction,
    purpose: d.purpose as DelegationDto['purpose'],
    countryCodes: d.countryCodes,
    organisations: d.organisations,
    headName: d.headName,
    ...(d.headTitle ? { headTitle: d.headTitle } : {}),
    size: d.size,
    startDate: d.startDate,
    endDate: d.endDate,
    agencyCode: d.agencyCode,
    planArea: d.planArea,
    ...(d.links?.ngo ? { ngo: d.links.ngo } : {}),
    ...(d.links?.project ? { project: d.links.project } : {}),
    ...(d.links?.culturalEvent ? { culturalEvent: d.links.culturalEvent } : {}),
    ...(d.outcomes ? { outcomes: d.outcomes } : {}),
    ...(d.followUps ? { followUps: d.followUps } : {}),
    includesAsean: d.countryCodes.some((code) => isAseanMember(code, d.startDate)),
  };
}
