import type { EntityManager } from '@mikro-orm/core';
import type {
  BudgetEstimate as BudgetEstimateDto,
  BudgetEstimateSummary,
  BudgetLine as BudgetLineDto,
} from '@ascc/contracts';
import type { Row } from '@ascc/service-kit';
import type { BudgetEstimate } from './budget-estimate.entity';
import type { BudgetLine } from './budget-line.entity';
import { deadlineOf } from './deadlines';
import { lockedYears } from './fiscal-year-locks';

/** The audit rows' entity name of an estimate (its lines' attachments are written under it too). */
export const ESTIMATE_ENTITY = 'BudgetEstimate';

/** An estimate with its lines as the routes answer it: with its year's lock and deadline. */
export async function estimateDto(
  em: EntityManager,
  estimate: BudgetEstimate,
  lines: BudgetLine[],
): Promise<BudgetEstimateDto> {
  const [locked, deadline] = await Promise.all([
    lockedYears(em, [estimate.fiscalYear]),
    deadlineOf(em, estimate.fiscalYear),
  ]);
  return {
    ...summary(estimate, locked.has(estimate.fiscalYear), deadline),
    lines: [...lines].sort((a, b) => a.position - b.position).map(lineDto),
  };
}

export function summary(
  estimate: Row<BudgetEstimate>,
  locked: boolean,
  deadline: string,
): BudgetEstimateSummary {
  return {
    // Written out, not spread from recordMeta (see its note).
    id: estimate.id,
    version: estimate.version,
    createdAt: estimate.createdAt.toISOString(),
    updatedAt: estimate.updatedAt.toISOString(),
    agencyCode: estimate.agencyCode,
    fiscalYear: estimate.fiscalYear,
    titleVi: estimate.titleVi,
    ...(estimate.notes ? { notes: estimate.notes } : {}),
    status: estimate.status,
    requestedAmount: estimate.requestedAmount,
    approvedAmount: estimate.approvedAmount ?? null,
    versionNo: estimate.versionNo,
    submittedAt: estimate.submittedAt?.toISOString() ?? null,
    deadline,
    late: estimate.late,
    reviewComment: estimate.reviewComment ?? null,
    flaggedLines: estimate.flaggedLines,
    locked,
  };
}

export function lineDto(line: BudgetLine): BudgetLineDto {
  return {
    id: line.id,
    position: line.position,
    description: line.description,
    planArea: line.planArea,
    ...(line.activityKind && line.activityId
      ? { activity: { kind: line.activityKind, id: line.activityId } }
      : {}),
    ...(line.activityLabel ? { activityLabel: line.activityLabel } : {}),
    ...(line.chapter ? { chapter: line.chapter } : {}),
    ...(line.section ? { section: line.section } : {}),
    ...(line.item ? { item: line.item } : {}),
    fundingSource: line.fundingSource,
    quantity: line.quantity,
    unitCost: line.unitCost,
    amount: line.amount,
    ...(line.notes ? { notes: line.notes } : {}),
    approvedAmount: line.approvedAmount ?? null,
    reviewComment: line.reviewComment ?? null,
    flag: line.flag ?? null,
  };
}

/** The audit keeps totals and line count, not every line (the versions keep those). */
export function auditView(dto: BudgetEstimateDto) {
  return {
    titleVi: dto.titleVi,
    status: dto.status,
    requestedAmount: dto.requestedAmount,
    approvedAmount: dto.approvedAmount,
    versionNo: dto.versionNo,
    lines: dto.lines.length,
  };
}
