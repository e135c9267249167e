import { BudgetEstimate } from '../budget-estimate.entity';
import { BudgetLine } from '../budget-line.entity';
import { auditView, lineDto, summary } from '../estimate-mappers';

const at = new Date('2026-03-01T02:00:00.000Z');

function estimate(values: Partial<BudgetEstimate> = {}): BudgetEstimate {
  return Object.assign(new BudgetEstimate(), {
    id: 'e1',
    version: 4,
    createdAt: at,
    updatedAt: at,
    agencyCode: 'SVHTTDL' as const,
    fiscalYear: 2026,
    titleVi: 'Dự toán 2026',
    late: true,
    ...values,
  });
}

function line(values: Partial<BudgetLine> = {}): BudgetLine {
  return Object.assign(new BudgetLine(), {
    id: 'l1',
    position: 0,
    description: 'Tuần văn hoá ASEAN',
    planArea: 'III.5' as const,
    fundingSource: 'PROVINCIAL_BUDGET' as const,
    quantity: 2,
    unitCost: 1_500_000,
    amount: 3_000_000,
    ...values,
  });
}

describe('estimate mappers', () => {
  it("writes an estimate's summary with its lock and deadline, nulls for what is not there yet", () => {
    expect(summary(estimate(), true, '2025-07-20')).toEqual({
      id: 'e1',
      version: 4,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      agencyCode: 'SVHTTDL',
      fiscalYear: 2026,
      titleVi: 'Dự toán 2026',
      status: 'draft',
      requestedAmount: 0,
      approvedAmount: null,
      versionNo: 0,
      submittedAt: null,
      deadline: '2025-07-20',
      late: true,
      reviewComment: null,
      flaggedLines: 0,
      locked: true,
    });
    const submitted = summary(
      estimate({ notes: 'ghi chú', submittedAt: at, approvedAmount: 5, reviewComment: 'ok' }),
      false,
      '2025-07-20',
    );
    expect(submitted).toMatchObject({
      notes: 'ghi chú',
      submittedAt: at.toISOString(),
      approvedAmount: 5,
      reviewComment: 'ok',
      locked: false,
    });
    expect('notes' in summary(estimate({ notes: '' }), false, '2025-07-20')).toBe(false);
  });

  it('writes a line without the optional fields it does not have, and its activity only when complete', () => {
    expect(lineDto(line())).toEqual({
      id: 'l1',
      position: 0,
      description: 'Tuần văn hoá ASEAN',
      planArea: 'III.5',
      fundingSource: 'PROVINCIAL_BUDGET',
      quantity: 2,
      unitCost: 1_500_000,
      amount: 3_000_000,
      approvedAmount: null,
      reviewComment: null,
      flag: null,
    });
    expect(
      lineDto(
        line({
          activityKind: 'cultural-event',
          activityId: 'ev1',
          activityLabel: 'Tuần văn hoá',
          chapter: '160',
          section: '161',
          item: '7000',
          notes: 'n',
          approvedAmount: 2_000_000,
          flag: 'Activity cancelled: mưa bão',
        }),
      ),
    ).toMatchObject({
      activity: { kind: 'cultural-event', id: 'ev1' },
      activityLabel: 'Tuần văn hoá',
      chapter: '160',
      section: '161',
      item: '7000',
      notes: 'n',
      approvedAmount: 2_000_000,
      flag: 'Activity cancelled: mưa bão',
    });
    expect('activity' in lineDto(line({ activityKind: 'cultural-event', activityId: null }))).toBe(false);
  });

  it('keeps totals and the line count in the audit, not the lines', () => {
    const dto = {
      ...summary(estimate({ requestedAmount: 7 }), false, '2025-07-20'),
      lines: [lineDto(line())],
    };
    expect(auditView(dto)).toEqual({
      titleVi: 'Dự toán 2026',
      status: 'draft',
      requestedAmount: 7,
      approvedAmount: null,
      versionNo: 0,
      lines: 1,
    });
  });
});
