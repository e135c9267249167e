import { randomUUID } from 'node:crypto';
import { Inject, Controller } from '@nestjs/common';
import { type EntityManager, MikroORM, OptimisticLockError } from '@mikro-orm/core';
import {
  type AuditEntry,
  type FileDownload,
  type ImportReport,
  type ImportRowReport,
  MAX_IMPORT_ROWS,
  type Page,
  type Trainee as TraineeDto,
  refusalField,
  TRAINING_ROUTES,
  type RouteInput,
  ruleParams,
} from '@ascc/contracts';
import {
  AuditRecord,
  type RequestContext,
  ServiceError,
  assertRecordAllowed,
  diff,
  findAudit,
  paginate,
  recordAudit,
  recordMeta,
  searchFilter,
  searchText,
  Handles,
} from '@ascc/service-kit';
import { type ParsedTrainee, parseTraineeRow } from './trainee-cells';
import { ImportFileError, readTraineeFile, traineeTemplate } from './trainee-file';
import { Trainee } from './trainee.entity';

const ENTITY = 'Trainee';

@Controller()
export class TraineesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(TRAINING_ROUTES.traineeCreate)
  async create(
    input: RouteInput<typeof TRAINING_ROUTES.traineeCreate>,
    ctx: RequestContext,
  ): Promise<TraineeDto> {
    if (input.agencyCode) assertRecordAllowed('training.trainee.manage', ctx, input.agencyCode);
    return this.orm.em.fork().transactional(async (em) => {
      await assertStaffCodeFree(em, input.staffCode);
      const trainee = em.create(Trainee, { ...input, searchText: traineeSearch(input) });
      await em.flush();
      const dto = toTraineeDto(trainee);
      recordAudit(em, ctx, { entity: ENTITY, entityId: trainee.id, action: 'create', after: dto });
      return dto;
    });
  }

  /** An edit under the create's rules, on the version the editor read; before → after in its history. */
  @Handles(TRAINING_ROUTES.traineeUpdate)
  async update(
    { id, version, ...input }: RouteInput<typeof TRAINING_ROUTES.traineeUpdate>,
    ctx: RequestContext,
  ): Promise<TraineeDto> {
    try {
      return await this.orm.em.fork().transactional(async (em) => {
        const trainee = await em.findOne(Trainee, { id });
        if (!trainee) throw ServiceError.notFound('Trainee', id);
        // The trainee's unit as stored, and the one it moves to: the caller must reach both.
        if (trainee.agencyCode) assertRecordAllowed('training.trainee.manage', ctx, trainee.agencyCode);
        if (input.agencyCode) assertRecordAllowed('training.trainee.manage', ctx, input.agencyCode);
        if (trainee.version !== version) throw staleVersion(trainee);
        if (input.staffCode !== trainee.staffCode) await assertStaffCodeFree(em, input.staffCode);
        const before = toTraineeDto(trainee);
        em.assign(trainee, { ...input, searchText: traineeSearch(input) });
        await em.flush();
        const after = toTraineeDto(trainee);
        recordAudit(em, ctx, { entity: ENTITY, entityId: id, action: 'update', before, after });
        return after;
      });
    } catch (error) {
      // A concurrent edit that won the race: the same 409 as a stale version, naming the one now stored.
      if (!(error instanceof OptimisticLockError)) throw error;
      const current = await this.orm.em.fork().findOne(Trainee, { id });
      throw current ? staleVersion(current) : error;
    }
  }

  @Handles(TRAINING_ROUTES.traineeHistory)
  async history(
    { id, ...page }: RouteInput<typeof TRAINING_ROUTES.traineeHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    const trainee = await em.findOne(Trainee, { id });
    if (!trainee) throw ServiceError.notFound('Trainee', id);
    if (trainee.agencyCode) assertRecordAllowed('training.trainee.read', ctx, trainee.agencyCode);
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
  }

  @Handles(TRAINING_ROUTES.traineeList)
  async list({
    q,
    level,
    group,
    gender,
    districtCode,
    agencyCode,
    ...page
  }: RouteInput<typeof TRAINING_ROUTES.traineeList>): Promise<Page<TraineeDto>> {
    const where = {
      ...searchFilter(q),
      ...(level && { level }),
      ...(group && { group }),
      ...(gender && { gender }),
      ...(districtCode && { districtCode }),
      ...(agencyCode && { agencyCode }),
    };
    const result = await paginate(this.orm.em.fork(), Trainee, where, page);
    return { ...result, items: result.items.map(toTraineeDto) };
  }

  @Handles(TRAINING_ROUTES.traineeGet)
  async get({ id }: RouteInput<typeof TRAINING_ROUTES.traineeGet>): Promise<TraineeDto> {
    const trainee = await this.orm.em.fork().findOne(Trainee, { id });
    if (!trainee) throw ServiceError.notFound('Trainee', id);
    return toTraineeDto(trainee);
  }

  /** The import's template: the headers in the language asked for (required ones starred), an example row. */
  @Handles(TRAINING_ROUTES.traineeImportTemplate)
  async template({ lang }: RouteInput<typeof TRAINING_ROUTES.traineeImportTemplate>): Promise<FileDownload> {
    const bytes = await traineeTemplate(lang);
    return {
      fileName: lang === 'vi' ? 'mau-nhap-hoc-vien.xlsx' : 'trainee-import-template.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: bytes.toString('base64'),
    };
  }

  /**
   * Checks every row of the file and reports on each. Nothing is half-written: with `commit` the rows
   * are inserted in one transaction only when every row is accepted; one rejected row writes none.
   */
  @Handles(TRAINING_ROUTES.traineeImport)
  async import(
    { file, commit }: RouteInput<typeof TRAINING_ROUTES.traineeImport>,
    ctx: RequestContext,
  ): Promise<ImportReport> {
    let parsed;
    try {
      parsed = await readTraineeFile(file.fileName, Buffer.from(file.base64, 'base64'), MAX_IMPORT_ROWS);
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      return {
        rows: [],
        accepted: 0,
        rejected: 0,
        written: 0,
        committed: false,
        fileError: error.message,
        fileIssue: error.issue,
      };
    }
    const em = this.orm.em.fork();
    const codes = parsed.map((r) => r.values.staffCode ?? '').filter(Boolean);
    const known = await existingStaffCodes(em, codes);
    const seen = new Map<string, number>();
    const valid: NonNullable<ParsedTrainee['trainee']>[] = [];
    const rows: ImportRowReport[] = parsed.map(({ row, values }) => {
      const { trainee, issues } = parseTraineeRow(values);
      const reasons: ImportRowReport['reasons'] = issues.map((i) => ({
        field: i.path,
        code: i.code,
        message: i.message,
        ...(i.params ? { params: i.params } : {}),
      }));
      const code = values.staffCode?.trim() ?? '';
      const holder = known.get(code);
      if (code && holder !== undefined) {
        const taken = refusalField(
          'staffCodeTaken',
          { staffCode: code, name: holder },
          `Staff code ${code} is already ${holder}'s`,
          { path: 'staffCode', code: 'duplicate' },
        );
        reasons.unshift({
          field: 'staffCode',
          code: taken.code,
          message: taken.message,
          params: taken.params,
        });
      }
      if (code && seen.has(code))
        reasons.unshift({
          field: 'staffCode',
          code: 'custom',
          message: `Same staff code as row ${seen.get(code)}`,
          params: ruleParams('importSameStaffCode', { row: seen.get(code) }),
        });
      if (code && !seen.has(code)) seen.set(code, row);
      if (trainee && !reasons.length) valid.push(trainee);
      return {
        row,
        staffCode: code || null,
        fullName: values.fullName?.trim() || null,
        accepted: reasons.length === 0,
        reasons,
      };
    });
    const rejected = rows.filter((r) => !r.accepted).length;
    const report = { rows, accepted: rows.length - rejected, rejected, fileError: null, fileIssue: null };
    if (!commit || rejected || !valid.length) return { ...report, written: 0, committed: false };
    await em.transactional(async (tx) => {
      const now = new Date();
      const inserted = valid.map((t) => ({
        ...t,
        id: randomUUID(),
        version: 1,
        createdAt: now,
        updatedAt: now,
        searchText: traineeSearch(t),
      }));
      await tx.insertMany(Trainee, inserted);
      // Each trainee's own history starts with its creation by this import, as one typed in does.
      await tx.insertMany(
        AuditRecord,
        inserted.map((t) => ({
          id: randomUUID(),
          at: now,
          entity: ENTITY,
          entityId: t.id,
          action: 'create' as const,
          userId: ctx.caller.userId,
          username: ctx.caller.username,
          agencyCode: ctx.caller.agencyCode,
          changes: diff(undefined, { ...toTraineeDto(t as Trainee), importFile: file.fileName }),
          correlationId: ctx.correlationId,
        })),
      );
      recordAudit(tx, ctx, {
        entity: ENTITY,
        entityId: `import-${randomUUID()}`,
        action: 'create',
        after: {
          file: file.fileName,
          count: valid.length,
          staffCodes: valid.map((t) => t.staffCode).join(', '),
        },
      });
    });
    return { ...report, written: valid.length, committed: true };
  }
}

async function assertStaffCodeFree(em: EntityManager, staffCode: string) {
  const holder = await em.findOne(Trainee, { staffCode });
  if (holder) {
    throw ServiceError.refuse(
      'staffCodeTaken',
      { staffCode: holder.staffCode, name: holder.fullName },
      `Staff code ${staffCode} is already ${holder.fullName}'s`,
      { at: { path: 'staffCode', code: 'duplicate' } },
    );
  }
}

function staleVersion(trainee: Trainee): ServiceError {
  return ServiceError.staleVersion('The trainee', trainee.version, { current: toTraineeDto(trainee) });
}

/** The registry's holders of these staff codes: code → the trainee's name. */
async function existingStaffCodes(em: EntityManager, codes: string[]): Promise<Map<string, string>> {
  const known = new Map<string, string>();
  for (let i = 0; i < codes.length; i += 500) {
    const found = await em.find(
      Trainee,
      { staffCode: { $in: codes.slice(i, i + 500) } },
      { fields: ['staffCode', 'fullName'] },
    );
    for (const t of found) known.set(t.staffCode, t.fullName);
  }
  return known;
}

function traineeSearch(t: {
  staffCode: string;
  fullName: string;
  commune?: string | null;
  position?: string | null;
}) {
  return searchText(t.staffCode, t.fullName, t.commune, t.position);
}

export function toTraineeDto(t: Trainee): TraineeDto {
  return {
    ...recordMeta(t),
    staffCode: t.staffCode,
    fullName: t.fullName,
    dateOfBirth: t.dateOfBirth ?? null,
    gender: t.gender,
    agencyCode: t.agencyCode ?? null,
    districtCode: t.districtCode ?? null,
    commune: t.commune ?? null,
    level: t.level,
    group: t.group,
    position: t.position ?? null,
    email: t.email ?? null,
    phone: t.phone ?? null,
  };
}
