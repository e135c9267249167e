import { AID_SUBJECTS } from '../aid/aid.subjects';
import { BUDGET_SUBJECTS } from '../budget/budget.subjects';
import { CULTURE_SUBJECTS } from '../culture/culture.subjects';
import { REPORTING_SUBJECTS } from '../reporting/reporting.subjects';
import { TRAINING_SUBJECTS } from '../training/training.subjects';
import type { ServiceName } from './system.schema';

/** Health subject of each service, taken from the service's own subjects map. */
export const HEALTH_SUBJECTS: Record<ServiceName, string> = {
  training: TRAINING_SUBJECTS.health,
  aid: AID_SUBJECTS.health,
  culture: CULTURE_SUBJECTS.health,
  budget: BUDGET_SUBJECTS.health,
  reporting: REPORTING_SUBJECTS.health,
};

/** Audit search subject of each service. */
export const AUDIT_SUBJECTS: Record<ServiceName, string> = {
  training: TRAINING_SUBJECTS.auditList,
  aid: AID_SUBJECTS.auditList,
  culture: CULTURE_SUBJECTS.auditList,
  budget: BUDGET_SUBJECTS.auditList,
  reporting: REPORTING_SUBJECTS.auditList,
};
