import { Controller, Inject } from '@nestjs/common';
import { type EntityManager, MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import { todayIsoDate } from '@ascc/catalog';
import {
  ACTION_PLAN_DUE,
  type ActionPlan,
  type AuditEntry,
  type FileDownload,
  type Page,
  type PlanTask,
  REPORTING_ROUTES as R,
  type RouteInput,
  type TaskOverview,
  type TaskProgressStatus,
  taskBehind,
} from '@ascc/contracts';
import {
  Handles,
  type RequestContext,
  ServiceError,
  agencyScope,
  assertRecordAllowed,
  checkedUpload,
  findAudit,
  findPermitted,
  recordAudit,
  searchText,
} from '@ascc/service-kit';
import { YearlyReport } from '../yearly-reports/yearly-report.entity';
import { ActionPlanRecord } from './action-plan.entity';
import { planTasksOn } from './plan-tasks';

const ENTITY = 'ActionPlan';
const LABEL = 'Action plan';

/**
 * The plan's assigned tasks (reference data from its text) and each agency's action plan: recorded by
 * the agency (one transaction per command, with its audit row), read by the plan coordinator, whose
 * task overview lists who has not issued one and which tasks are behind (`taskBehind`).
 */
@Controller()
export class ActionPlansService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(R.taskList)
  async tasks({ agencyCode, on }: RouteInput<typeof R.taskList>): Promise<{ on: string; items: PlanTask[] }> {
    const date = on ?? todayIsoDate();
    const items = planTasksOn(date).filter(
      (t) => !agencyCode || t.agencyCode === agencyCode || t.holderCode === agencyCode,
    );
    return { on: date, items };
  }

  @Handles(R.taskOverview)
  async overview({ on }: RouteInput<typeof R.taskOverview>): Promise<TaskOverview> {
    const date = on ?? todayIsoDate();
    const em = this.orm.em.fork();
    const tasks = planTasksOn(date);
    const planned = new Set((await em.find(ActionPlanRecord, {})).map((p) => p.agencyCode));
    const withoutActionPlan = new Map<string, TaskOverview['withoutActionPlan'][number]>();
    for (const task of tasks) {
      if (planned.has(task.agencyCode)) continue;
      const entry = withoutActionPlan.get(task.agencyCode) ?? {
        agencyCode: task.agencyCode,
        holderCode: task.holderCode,
        tasks: 0,
      };
      entry.tasks += 1;
      withoutActionPlan.set(task.agencyCode, entry);
    }
    const latest = await latestProgress(em, date);
    const behind: TaskOverview['behind'] = [];
    for (const task of tasks) {
      const progress =
        latest.get(`${task.agencyCode}|${task.code}`) ??
        (task.holderCode ? latest.get(`${task.holderCode}|${task.code}`) : undefined) ??
        null;
      const reason = taskBehind(task, progress, date);
      if (reason)
        behind.push({
          code: task.code,
          agencyCode: task.agencyCode,
          holderCode: task.holderCode,
          reason,
          latest: progress,
          due: task.due,
        });
    }
    return {
      on: date,
      actionPlanDue: ACTION_PLAN_DUE,
      withoutActionPlan: [...withoutActionPlan.values()],
      behind,
      tasks: tasks.length,
    };
  }

  @Handles(R.actionPlanList)
  async list({ agencyCode }: RouteInput<typeof R.actionPlanList>, ctx: RequestContext) {
    const scope = agencyScope('reporting.actionplan.read', ctx, agencyCode);
    const rows = await this.orm.em.fork().find(ActionPlanRecord, scope, { orderBy: { agencyCode: 'asc' } });
    return { items: rows.map(toActionPlanDto) };
  }

  @Handles(R.actionPlanHistory)
  async history(
    { id, ...page }: RouteInput<typeof R.actionPlanHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    await findPermitted(em, ActionPlanRecord, id, ctx, 'reporting.actionplan.read', LABEL);
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
  }

  @Handles(R.actionPlanFile)
  async file({ id }: RouteInput<typeof R.actionPlanFile>, ctx: RequestContext): Promise<FileDownload> {
    const em = this.orm.em.fork();
    const plan = await findPermitted(em, ActionPlanRecord, id, ctx, 'reporting.actionplan.read', LABEL);
    await em.populate(plan, ['fileBytes']);
    if (!plan.fileName || !plan.fileBytes) throw ServiceError.notFound('Action plan file', id);
    return {
      fileName: plan.fileName,
      contentType: plan.fileType ?? 'application/octet-stream',
      base64: Buffer.from(plan.fileBytes).toString('base64'),
    };
  }

  @Handles(R.actionPlanCreate)
  async create(input: RouteInput<typeof R.actionPlanCreate>, ctx: RequestContext): Promise<ActionPlan> {
    assertRecordAllowed('reporting.actionplan.manage', ctx, input.agencyCode);
    const file = input.file ? fileOf(input.file) : {};
    try {
      return await this.orm.em.fork().transactional(async (em) => {
        const { file: _file, ...fields } = input;
        const plan = em.create(ActionPlanRecord, { ...fields, ...file, searchText: searchOf(input) });
        await em.flush();
        const after = toActionPlanDto(plan);
        recordAudit(em, ctx, { entity: ENTITY, entityId: plan.id, action: 'create', after });
        return after;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw ServiceError.refuse(
          'actionPlanExists',
          { agencyCode: input.agencyCode },
          `${input.agencyCode} has already recorded its action plan: correct that one`,
          { at: { path: 'agencyCode', code: 'duplicate' } },
        );
      throw error;
    }
  }

  @Handles(R.actionPlanUpdate)
  async update(input: RouteInput<typeof R.actionPlanUpdate>, ctx: RequestContext): Promise<ActionPlan> {
    const { id, version, file, ...fields } = input;
    const upload = file ? fileOf(file) : {};
    return this.orm.em.fork().transactional(async (em) => {
      const plan = await findPermitted(em, ActionPlanRecord, id, ctx, 'reporting.actionplan.manage', LABEL);
      if (plan.version !== version)
        throw ServiceError.staleVersion('The action plan', plan.version, { current: toActionPlanDto(plan) });
      const before = toActionPlanDto(plan);
      em.assign(plan, {
        ...fields,
        ...upload,
        searchText: searchOf({ ...fields, agencyCode: plan.agencyCode }),
      });
      await em.flush();
      const after = toActionPlanDto(plan);
      recordAudit(em, ctx, { entity: ENTITY, entityId: id, action: 'update', before, after });
      return after;
    });
  }

  @Handles(R.actionPlanDelete)
  async remove(
    { id, version }: RouteInput<typeof R.actionPlanDelete>,
    ctx: RequestContext,
  ): Promise<ActionPlan> {
    return this.orm.em.fork().transactional(async (em) => {
      const plan = await findPermitted(em, ActionPlanRecord, id, ctx, 'reporting.actionplan.manage', LABEL);
      if (plan.version !== version)
        throw ServiceError.staleVersion('The action plan', plan.version, { current: toActionPlanDto(plan) });
      const before = toActionPlanDto(plan);
      await em.nativeDelete(ActionPlanRecord, { id });
      recordAudit(em, ctx, { entity: ENTITY, entityId: id, action: 'delete', before });
      return before;
    });
  }
}

/**
 * Each (agency, task) pair's latest progress up to `on`'s year, from the agencies' yearly reports of any
 * status: the latest year, in it the report saved last (an agency reports its tasks in each of its
 * area reports; the one saved last is its latest word).
 */
async function latestProgress(
  em: EntityManager,
  on: string,
): Promise<Map<string, { year: number; status: TaskProgressStatus; note: string }>> {
  const reports = await em.find(
    YearlyReport,
    { year: { $lte: Number(on.slice(0, 4)) }, tasks: { $ne: null } },
    {
      orderBy: { year: 'asc', updatedAt: 'asc', id: 'asc' },
      fields: ['agencyCode', 'year', 'tasks', 'updatedAt'],
    },
  );
  const out = new Map<string, { year: number; status: TaskProgressStatus; note: string }>();
  for (const report of reports)
    for (const entry of report.tasks ?? [])
      out.set(`${report.agencyCode}|${entry.code}`, {
        year: report.year,
        status: entry.status,
        note: entry.note,
      });
  return out;
}

function fileOf(file: NonNullable<RouteInput<typeof R.actionPlanCreate>['file']>) {
  const { bytes, type } = checkedUpload(file);
  return { fileName: file.fileName, fileType: type, fileSize: bytes.length, fileBytes: bytes };
}

const searchOf = (p: { agencyCode: string; number: string; signer: string }) =>
  searchText(p.agencyCode, p.number, p.signer);

export function toActionPlanDto(p: ActionPlanRecord): ActionPlan {
  return {
    id: p.id,
    version: p.version,
    agencyCode: p.agencyCode as ActionPlan['agencyCode'],
    number: p.number,
    issuedOn: p.issuedOn,
    signer: p.signer,
    file: p.fileName ? { fileName: p.fileName, contentType: p.fileType ?? '', size: p.fileSize ?? 0 } : null,
    updatedAt: p.updatedAt.toISOString(),
  };
}
