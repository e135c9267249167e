import { randomUUID } from 'node:crypto';
import { Inject, Controller } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import {
  type FileDownload,
  type ImportReport,
  MAX_IMPORT_ROWS,
  TRAINING_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import { AuditRecord, type RequestContext, diff, recordAudit, Handles } from '@ascc/service-kit';
import { type ImportedTrainee, checkImportRows } from './trainee-import-check';
import { ImportFileError, readTraineeFile, traineeTemplate } from './trainee-file';
import { TRAINEE_ENTITY, toTraineeDto, traineeSearch } from './trainee-mappers';
import { Trainee } from './trainee.entity';

/** The registry filled from a spreadsheet: the template, and the import (read, check, commit). */
@Controller()
export class TraineeImportService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

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
    const { rows, valid } = checkImportRows(parsed, await existingStaffCodes(em, codes));
    const rejected = rows.filter((r) => !r.accepted).length;
    const report = { rows, accepted: rows.length - rejected, rejected, fileError: null, fileIssue: null };
    if (!commit || rejected || !valid.length) return { ...report, written: 0, committed: false };
    await commitImport(em, ctx, file.fileName, valid);
    return { ...report, written: valid.length, committed: true };
  }
}

/** Inserts the accepted trainees in one transaction, each with its creation in its history. */
async function commitImport(
  em: EntityManager,
  ctx: RequestContext,
  fileName: string,
  valid: ImportedTrainee[],
) {
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
        entity: TRAINEE_ENTITY,
        entityId: t.id,
        action: 'create' as const,
        userId: ctx.caller.userId,
        username: ctx.caller.username,
        agencyCode: ctx.caller.agencyCode,
        changes: diff(undefined, { ...toTraineeDto(t as Trainee), importFile: fileName }),
        correlationId: ctx.correlationId,
      })),
    );
    recordAudit(tx, ctx, {
      entity: TRAINEE_ENTITY,
      entityId: `import-${randomUUID()}`,
      action: 'create',
      after: {
        file: fileName,
        count: valid.length,
        staffCodes: valid.map((t) => t.staffCode).join(', '),
      },
    });
  });
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
