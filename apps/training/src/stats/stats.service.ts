import { Inject, Controller } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import ExcelJS from 'exceljs';
import {
  type FileDownload,
  type TrainingStats,
  TrainingStatsFilterSchema,
  type TrainingStatsRow,
  TRAINING_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import { agencyLabel } from '@ascc/catalog';
import { type RequestContext, addXlsxTable, agencyScope, csvFile, Handles } from '@ascc/service-kit';
import {
  GENDER_LABELS,
  GROUP_LABELS,
  LEVEL_LABELS,
  STATS_HEADERS,
  STATS_TITLE,
  TOPIC_LABELS,
} from './stats-labels';
import { TrainingCourse } from '../courses/training-course.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Trainee } from '../trainees/trainee.entity';

const HEADER = ['year', 'topic', 'level', 'group', 'gender', 'agencyCode', 'trained', 'completed'] as const;
const XLSX_WIDTHS: Record<(typeof HEADER)[number], number> = {
  year: 8,
  topic: 30,
  level: 16,
  group: 18,
  gender: 11,
  agencyCode: 40,
  trained: 16,
  completed: 14,
};

/**
 * People trained, aggregated by the database (GROUP BY): trainees enrolled in completed courses, by
 * the course's end year, topic and organising agency and the trainee's level, group and gender.
 */
@Controller()
export class StatsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(TRAINING_ROUTES.statsGet)
  async get(
    filter: RouteInput<typeof TRAINING_ROUTES.statsGet>,
    ctx: RequestContext,
  ): Promise<TrainingStats> {
    const rows = await this.rows(filter, ctx);
    return { rows, totals: totals(rows) };
  }

  @Handles(TRAINING_ROUTES.statsExport)
  async export(
    { format, lang, ...filter }: RouteInput<typeof TRAINING_ROUTES.statsExport>,
    ctx: RequestContext,
  ): Promise<FileDownload> {
    const rows = await this.rows(filter, ctx);
    const name = `training-stats-${filter.yearFrom ?? 'all'}-${filter.yearTo ?? 'all'}`;
    if (format === 'xlsx') {
      const workbook = new ExcelJS.Workbook();
      const span =
        filter.yearFrom === filter.yearTo
          ? `${filter.yearFrom}`
          : `${filter.yearFrom ?? '…'}–${filter.yearTo ?? '…'}`;
      const years = filter.yearFrom || filter.yearTo ? ` ${span}` : '';
      // Labels a person reads, not the field names and codes the CSV keeps for other programs.
      addXlsxTable(
        workbook,
        lang === 'vi' ? 'Đào tạo' : 'Training',
        HEADER.map((h) => ({
          header: STATS_HEADERS[h][lang],
          width: XLSX_WIDTHS[h],
          format: h === 'trained' || h === 'completed' ? ('count' as const) : undefined,
        })),
        rows.map((r) => [
          r.year,
          TOPIC_LABELS[r.topic][lang],
          LEVEL_LABELS[r.level][lang],
          GROUP_LABELS[r.group][lang],
          GENDER_LABELS[r.gender][lang],
          agencyLabel(r.agencyCode, lang),
          r.trained,
          r.completed,
        ]),
        { title: `${STATS_TITLE[lang]}${years}` },
      );
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      return {
        fileName: `${name}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: bytes.toString('base64'),
      };
    }
    return csvFile(name, [HEADER, ...rows.map((r) => HEADER.map((h) => r[h]))]);
  }

  private async rows(
    filter: ReturnType<typeof TrainingStatsFilterSchema.parse>,
    ctx: RequestContext,
  ): Promise<TrainingStatsRow[]> {
    const scope = agencyScope('training.stats.read', ctx, filter.agencyCode);
    const em = this.orm.em.fork() as SqlEntityManager;
    const knex = em.getKnex();
    const table = (entity: string) => {
      const meta = em.getMetadata().get(entity);
      const schema = meta.schema && meta.schema !== '*' ? meta.schema : em.config.get('schema');
      return schema ? `${schema}.${meta.tableName}` : meta.tableName;
    };
    const year = knex.raw('substr(c.end_date, 1, 4)');
    const query = knex
      .from({ e: table(Enrolment.name) })
      .join({ c: table(TrainingCourse.name) }, 'c.id', 'e.course_id')
      .join({ t: table(Trainee.name) }, 't.id', 'e.trainee_id')
      .where('c.status', 'completed')
      .andWhere('e.status', 'enrolled')
      .select({
        year,
        topic: 'c.topic',
        level: 't.level',
        group: 't.group',
        gender: 't.gender',
        agencyCode: 'c.agency_code',
      })
      .count({ trained: '*' })
      .sum({ completed: knex.raw("case when e.result = 'passed' then 1 else 0 end") })
      // Double quotes: `group` is a keyword, and both SQLite and PostgreSQL read them as identifiers.
      .groupByRaw('substr(c.end_date, 1, 4), c.topic, t.level, t."group", t.gender, c.agency_code')
      .orderBy([
        { column: 'year' },
        { column: 'topic' },
        { column: 'level' },
        { column: 'group' },
        { column: 'gender' },
      ]);
    if (filter.yearFrom) query.andWhere('c.end_date', '>=', `${filter.yearFrom}-01-01`);
    if (filter.yearTo) query.andWhere('c.end_date', '<=', `${filter.yearTo}-12-31`);
    if (filter.topic) query.andWhere('c.topic', filter.topic);
    if (filter.level) query.andWhere('t.level', filter.level);
    if (filter.group) query.andWhere('t.group', filter.group);
    if (filter.gender) query.andWhere('t.gender', filter.gender);
    if (scope.agencyCode) query.andWhere('c.agency_code', scope.agencyCode);
    const raw = (await query) as Record<string, string | number>[];
    return raw.map((r) => ({
      year: Number(r.year),
      topic: r.topic,
      level: r.level,
      group: r.group,
      gender: r.gender,
      agencyCode: r.agencyCode,
      trained: Number(r.trained),
      completed: Number(r.completed),
    })) as TrainingStatsRow[];
  }
}

function totals(rows: TrainingStatsRow[]): TrainingStats['totals'] {
  const trained = rows.reduce((s, r) => s + r.trained, 0);
  const completed = rows.reduce((s, r) => s + r.completed, 0);
  const communeTrained = rows.filter((r) => r.level === 'commune').reduce((s, r) => s + r.trained, 0);
  return {
    trained,
    completed,
    communeTrained,
    communeShare: trained ? communeTrained / trained : 0,
    completionRate: trained ? completed / trained : 0,
  };
}
