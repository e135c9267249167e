import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { FUNDING_SOURCE_CODES, PLAN_AREAS, agenciesValidOn } from '@ascc/catalog';
import { BUDGET_EVENTS, type BudgetEstimateStatus, type EventData } from '@ascc/contracts';
import { demoDataEnabled, recordEvent, searchText, seededRandom } from '@ascc/service-kit';
import { BudgetConsolidation } from '../consolidation/budget-consolidation.entity';
import { BudgetEstimate } from '../estimates/budget-estimate.entity';
import { BudgetLine } from '../estimates/budget-line.entity';
import { BudgetEstimateVersion } from '../estimates/budget-estimate-version.entity';
import { defaultDeadline } from '../estimates/budget-rules';

const TASKS = [
  'Hội nghị phổ biến Kế hoạch thực hiện Cộng đồng Văn hóa - Xã hội ASEAN',
  'Bồi dưỡng kiến thức hội nhập quốc tế cho cán bộ, công chức',
  'Tuyên truyền về Cộng đồng ASEAN trên báo, đài',
  'Tổ chức Tuần văn hóa, thể thao các nước ASEAN',
  'Khảo sát, học tập kinh nghiệm tại các nước ASEAN',
  'Biên soạn, in ấn tài liệu tuyên truyền',
  'Sơ kết, tổng kết thực hiện Kế hoạch',
];

/**
 * Demo estimates for every agency of each year 2017–2025 (npm start only, when the tables are empty):
 * most approved, some returned, the current year's still in review; years up to 2023 consolidated and
 * locked. Batch inserts in one transaction, so start-up stays fast.
 */
@Injectable()
export class BudgetDemoData implements OnApplicationBootstrap {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async onApplicationBootstrap() {
    if (!demoDataEnabled()) return;
    const em = this.orm.em.fork();
    if (await em.count(BudgetEstimate, {})) return;
    const random = seededRandom(38_2017);
    const estimates: Record<string, unknown>[] = [];
    const lines: Record<string, unknown>[] = [];
    const versions: Record<string, unknown>[] = [];
    const consolidations: Record<string, unknown>[] = [];
    const approvals: EventData<typeof BUDGET_EVENTS.estimateApproved>[] = [];
    for (let year = 2017; year <= 2025; year++) {
      for (const agency of agenciesValidOn(`${year}-01-01`)) {
        const id = randomUUID();
        const status: BudgetEstimateStatus =
          year === 2025
            ? random.pick(['draft', 'submitted', 'under-review', 'approved'] as const)
            : random.chance(0.1)
              ? 'returned'
              : 'approved';
        const submitted = status !== 'draft';
        const submittedAt = new Date(
          `${year - 1}-07-${String(random.int(1, 28)).padStart(2, '0')}T09:00:00Z`,
        );
        const estimateLines = Array.from({ length: random.int(2, 4) }, (_, position) => {
          const quantity = random.int(1, 20);
          const unitCost = random.int(5, 200) * 1_000_000;
          const amount = quantity * unitCost;
          return {
            id: randomUUID(),
            estimate: id,
            position,
            description: random.pick(TASKS),
            planArea: random.pick(PLAN_AREAS).code,
            fundingSource: random.chance(0.8) ? 'PROVINCIAL_BUDGET' : random.pick(FUNDING_SOURCE_CODES),
            quantity,
            unitCost,
            amount,
            approvedAmount: status === 'approved' ? Math.round((amount * random.int(80, 100)) / 100) : null,
            reviewComment: status === 'returned' ? 'Đề nghị làm rõ căn cứ xác định đơn giá' : null,
          };
        });
        const requested = estimateLines.reduce((s, l) => s + l.amount, 0);
        lines.push(...estimateLines);
        if (status === 'approved')
          approvals.push({
            estimateId: id,
            agencyCode: agency.code,
            fiscalYear: year,
            versionNo: 1,
            requestedAmount: estimateLines.reduce((s, l) => s + l.amount, 0),
            approvedAmount: estimateLines.reduce((s, l) => s + (l.approvedAmount ?? 0), 0),
            approvedAt: `${year - 1}-10-15T09:00:00.000Z`,
            lines: estimateLines.map((l) => ({
              lineId: l.id,
              description: l.description,
              // The demo's lines link no activity of another service.
              activity: null,
              planArea: l.planArea,
              fundingSource: l.fundingSource,
              requestedAmount: l.amount,
              approvedAmount: l.approvedAmount ?? 0,
            })),
          });
        const titleVi = `Dự toán kinh phí thực hiện Kế hoạch 38/KH-UBND năm ${year}`;
        estimates.push({
          id,
          version: 1,
          createdAt: submittedAt,
          updatedAt: submittedAt,
          searchText: searchText(titleVi, agency.code),
          agencyCode: agency.code,
          fiscalYear: year,
          titleVi,
          status,
          requestedAmount: requested,
          approvedAmount:
            status === 'approved' ? estimateLines.reduce((s, l) => s + (l.approvedAmount ?? 0), 0) : null,
          versionNo: submitted ? 1 : 0,
          submittedAt: submitted ? submittedAt : null,
          late: submitted && submittedAt.toISOString().slice(0, 10) > defaultDeadline(year),
          reviewComment: status === 'returned' ? 'Đề nghị bổ sung thuyết minh' : null,
          flaggedLines: 0,
        });
        if (submitted)
          versions.push({
            id: randomUUID(),
            estimateId: id,
            versionNo: 1,
            submittedAt,
            submittedBy: 'demo',
            snapshot: {
              versionNo: 1,
              submittedAt: submittedAt.toISOString(),
              submittedBy: 'demo',
              late: false,
              titleVi,
              requestedAmount: requested,
              lines: estimateLines.map((l) => ({
                id: l.id,
                position: l.position,
                description: l.description,
                planArea: l.planArea,
                fundingSource: l.fundingSource,
                quantity: l.quantity,
                unitCost: l.unitCost,
                amount: l.amount,
              })),
            },
          });
      }
      if (year <= 2023)
        consolidations.push({
          fiscalYear: year,
          status: 'decided',
          version: 1,
          consolidatedAt: new Date(`${year - 1}-11-15T09:00:00Z`),
          consolidatedBy: 'demo',
          submittedAt: new Date(`${year - 1}-11-20T09:00:00Z`),
          submissionNumber: `${random.int(100, 400)}/TTr-STC`,
          decisionNumber: `${random.int(2000, 3500)}/QĐ-UBND`,
          decisionDate: `${year - 1}-12-${random.int(10, 28)}`,
        });
    }
    await em.transactional(async (tx) => {
      await tx.insertMany(BudgetEstimate, estimates as never[]);
      for (let i = 0; i < lines.length; i += 500)
        await tx.insertMany(BudgetLine, lines.slice(i, i + 500) as never[]);
      await tx.insertMany(BudgetEstimateVersion, versions as never[]);
      await tx.insertMany(BudgetConsolidation, consolidations as never[]);
      // The events approving an estimate writes, so the cross-department dashboard has the demo's figures.
      for (const e of approvals) recordEvent(tx, BUDGET_EVENTS.estimateApproved, e);
      // The event submitting one writes: the deadline reminders skip an agency that has submitted.
      for (const e of estimates.filter((e) => e.submittedAt))
        recordEvent(tx, BUDGET_EVENTS.estimateSubmitted, {
          estimateId: e.id as string,
          agencyCode: e.agencyCode as EventData<typeof BUDGET_EVENTS.estimateSubmitted>['agencyCode'],
          fiscalYear: e.fiscalYear as number,
          versionNo: e.versionNo as number,
          submittedAt: (e.submittedAt as Date).toISOString(),
        });
    });
    new Logger('Demo').log(`budget: ${estimates.length} demo estimates, ${lines.length} lines`);
  }
}

@Module({ providers: [BudgetDemoData] })
export class DemoModule {}
