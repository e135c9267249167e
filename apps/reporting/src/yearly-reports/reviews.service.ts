import { Controller, Inject } from '@nestjs/common';
import {
  type EntityManager,
  IsolationLevel,
  MikroORM,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { PHASES, PLAN, todayIsoDate } from '@ascc/catalog';
import {
  type FileDownload,
  REPORTING_ROUTES as R,
  type RouteInput,
  type ProvinceReportContent,
  type ReviewKindCode,
  type ReviewSnapshot as ReviewSnapshotDto,
  tallyYearlyReports,
} from '@ascc/contracts';
import { Handles, type RequestContext, ServiceError, recordAudit, searchText } from '@ascc/service-kit';
import { indicatorProgressOf } from '../indicators/indicators.service';
import { ReadModelFigures } from '../read-model/read-model-figures';
import { ReviewSnapshot } from './review-snapshot.entity';
import { renderProvinceReport } from './province-report.render';
import { YearlyReport } from './yearly-report.entity';
import { toDto } from './yearly-reports.service';

const title = (years: string) => `Báo cáo kết quả thực hiện Kế hoạch ${PLAN.number} năm ${years}`;

/**
 * The province report (live, for a year) and the frozen reviews (plan V, VII.12): the mid-term review
 * covers phase 1 (2017–2020), the final review the whole plan (2017–2025). Both are built from the
 * same content — the read model's figures, the agencies' reports and who has not reported — which a
 * review stores once, in one transaction, and exports from then on exactly as frozen.
 */
@Controller()
export class ReviewsService {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    @Inject(ReadModelFigures) private readonly figures: ReadModelFigures,
  ) {}

  @Handles(R.provinceExport)
  async provinceReport(input: RouteInput<typeof R.provinceExport>): Promise<FileDownload> {
    const year = input.year ?? Number(todayIsoDate().slice(0, 4));
    const content = await this.content(this.orm.em.fork(), year, year, title(String(year)));
    return renderProvinceReport(content, input.format, `bao-cao-ke-hoach-38-nam-${year}`);
  }

  @Handles(R.reviewFreeze)
  async freeze({ kind }: RouteInput<typeof R.reviewFreeze>, ctx: RequestContext): Promise<ReviewSnapshotDto> {
    const { yearFrom, yearTo, name } = reviewSpan(kind);
    const conflict = () =>
      ServiceError.refuse(
        'reviewFrozen',
        { reviewKind: kind },
        `The ${kind} review has already been frozen`,
        {
          at: { path: 'kind', code: 'duplicate' },
        },
      );
    // One snapshot across the freeze's queries (figures, reports, who has not reported): PostgreSQL's
    // default READ COMMITTED gives each statement its own, so a report submitted meanwhile could be
    // counted in one query and not another. SQLite's transactions are already serializable.
    const isolation =
      this.orm.em.getPlatform() instanceof PostgreSqlPlatform
        ? { isolationLevel: IsolationLevel.REPEATABLE_READ }
        : {};
    try {
      return await this.orm.em.fork().transactional(async (em) => {
        if (await em.count(ReviewSnapshot, { kind })) throw conflict();
        const content = await this.content(
          em,
          yearFrom,
          yearTo,
          `${name} - ${title(`${yearFrom}-${yearTo}`)}`,
        );
        const snapshot = em.create(ReviewSnapshot, {
          kind,
          yearFrom,
          yearTo,
          frozenAt: new Date(content.generatedAt),
          frozenBy: ctx.caller.username,
          content,
          searchText: searchText(kind, String(yearFrom), String(yearTo)),
        });
        await em.flush();
        const dto = toSnapshotDto(snapshot);
        recordAudit(em, ctx, {
          entity: 'ReviewSnapshot',
          entityId: snapshot.id,
          action: 'create',
          after: dto,
        });
        return dto;
      }, isolation);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw conflict();
      throw error;
    }
  }

  @Handles(R.reviewList)
  async list(): Promise<{ items: ReviewSnapshotDto[] }> {
    // At most one snapshot per kind (two rows): no paging. Only the listed columns are read.
    const rows = await this.orm.em
      .fork()
      .find(ReviewSnapshot, {}, { orderBy: { frozenAt: 'asc', id: 'asc' } });
    return { items: rows.map(toSnapshotDto) };
  }

  @Handles(R.reviewExport)
  async export({ id, format }: RouteInput<typeof R.reviewExport>): Promise<FileDownload> {
    const snapshot = await this.orm.em.fork().findOne(ReviewSnapshot, { id });
    if (!snapshot) throw new ServiceError('NOT_FOUND', 'Review not found');
    return renderProvinceReport(
      snapshot.content,
      format,
      `${snapshot.kind === 'final' ? 'tong-ket' : 'so-ket'}-ke-hoach-38-${snapshot.yearFrom}-${snapshot.yearTo}`,
    );
  }

  /**
   * The report's content for years `yearFrom`–`yearTo`: the read model's figures for the span, every
   * report of those years (bounded: agencies × 12 areas × years, read in one query), per year who owes
   * a report and has not submitted it, and every indicator's progress.
   */
  private async content(
    em: EntityManager,
    yearFrom: number,
    yearTo: number,
    heading: string,
  ): Promise<ProvinceReportContent> {
    const figures = await this.figures.dashboard({}, em, { from: yearFrom, to: yearTo });
    const reports = await em.find(
      YearlyReport,
      { year: { $gte: yearFrom, $lte: yearTo } },
      { orderBy: { year: 'asc', planArea: 'asc', agencyCode: 'asc', id: 'asc' } },
    );
    let expected = 0;
    let submitted = 0;
    let onTime = 0;
    const missing: ProvinceReportContent['missing'] = [];
    for (let year = yearFrom; year <= yearTo; year++) {
      const tally = tallyYearlyReports(year, reports.filter((r) => r.year === year).map(toDto));
      expected += tally.expected;
      submitted += tally.submitted;
      onTime += tally.onTime;
      missing.push(...tally.missing.map((e) => ({ year, agencyCode: e.agencyCode, planArea: e.planArea })));
    }
    // The indicators' definitions as they are now and their progress over the span: a frozen review
    // keeps both, whatever the catalogue becomes later.
    const indicators = await indicatorProgressOf(em, { from: yearFrom, to: yearTo });
    return {
      title: heading,
      yearFrom,
      yearTo,
      generatedAt: new Date().toISOString(),
      figures,
      expected,
      submitted,
      onTime,
      reports: reports.map(toDto),
      missing,
      indicators,
    };
  }
}

/** The years a review covers, from the catalog's phases: mid-term = phase 1, final = the whole plan. */
export function reviewSpan(kind: ReviewKindCode) {
  const phase = PHASES.find((p) => p.review.kind === kind);
  if (!phase) throw new ServiceError('NOT_FOUND', 'Unknown review');
  const yearFrom = kind === 'final' ? PLAN.firstYear : phase.fromYear;
  const yearTo = kind === 'final' ? PLAN.lastYear : phase.toYear;
  return {
    yearFrom,
    yearTo,
    name: phase.review.nameVi,
  };
}

function toSnapshotDto(s: ReviewSnapshot): ReviewSnapshotDto {
  return {
    id: s.id,
    kind: s.kind,
    yearFrom: s.yearFrom,
    yearTo: s.yearTo,
    frozenAt: s.frozenAt.toISOString(),
    frozenBy: s.frozenBy ?? null,
    reports: s.content.reports.length,
    expected: s.content.expected,
    submitted: s.content.submitted,
  };
}
