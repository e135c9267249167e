import type { Lang } from '@ascc/catalog';
import type { MessageKey, Translate } from '../../i18n/translate';
import type { RecordField, RecordFields } from '../../shared/record/record-values';
import {
  budgetConsolidationFields,
  budgetDeadlineFields,
  budgetEstimateFields,
} from '../budget/budget-fields';
import { yearlyReportFields } from '../dashboard/reporting-fields';
import { userFields } from '../users/users-fields';
import { aidProjectFields, aidTransactionFields, delegationFields, ngoFields } from '../aid/aid-fields';
import { culturalEventFields, eventRegistrationFields } from '../culture/culture-fields';
import { traineeFields, trainingCourseFields } from '../training/training-fields';

/**
 * The kinds of record the services' audit logs name (`entity`), each with its name for a person and the
 * fields its module declares: the audit log reads a change as the record's own history does. A kind
 * without fields of its own is read by the plain, readable form.
 */
const RECORD_KINDS: Record<string, { label: MessageKey; fields?: RecordFields }> = {
  TrainingCourse: { label: 'audit.kind.TrainingCourse', fields: trainingCourseFields },
  // A course's roster, attendance, scores: written about the course, read with its fields.
  Enrolment: { label: 'audit.kind.Enrolment', fields: trainingCourseFields },
  Trainee: { label: 'audit.kind.Trainee', fields: traineeFields },
  CulturalEvent: { label: 'audit.kind.CulturalEvent', fields: culturalEventFields },
  CulturalEventRegistration: {
    label: 'audit.kind.CulturalEventRegistration',
    fields: eventRegistrationFields,
  },
  Ngo: { label: 'audit.kind.Ngo', fields: ngoFields },
  AidProject: { label: 'audit.kind.AidProject', fields: aidProjectFields },
  AidTransaction: { label: 'audit.kind.AidTransaction', fields: aidTransactionFields },
  Delegation: { label: 'audit.kind.Delegation', fields: delegationFields },
  BudgetEstimate: { label: 'audit.kind.BudgetEstimate', fields: budgetEstimateFields },
  BudgetDeadline: { label: 'audit.kind.BudgetDeadline', fields: budgetDeadlineFields },
  BudgetConsolidation: { label: 'audit.kind.BudgetConsolidation', fields: budgetConsolidationFields },
  YearlyReport: { label: 'audit.kind.YearlyReport', fields: yearlyReportFields },
  ReviewSnapshot: { label: 'audit.kind.ReviewSnapshot' },
  ReadModel: { label: 'audit.kind.ReadModel' },
  User: { label: 'audit.kind.User', fields: userFields },
};

export const RECORD_KIND_NAMES = Object.keys(RECORD_KINDS);

/** A kind's name for a person; an unknown one (a newer service) as it is stored. */
export function recordKindLabel(entity: string, t: Translate): string {
  const kind = RECORD_KINDS[entity];
  return kind ? t(kind.label) : entity;
}

export function recordKindFields(entity: string, t: Translate, lang: Lang): RecordField[] {
  return RECORD_KINDS[entity]?.fields?.(t, lang) ?? [];
}
