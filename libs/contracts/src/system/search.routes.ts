import { AID_ROUTES } from '../aid/aid.routes';
import { AID_SUBJECTS } from '../aid/aid.subjects';
import { BUDGET_ROUTES } from '../budget/budget.routes';
import { BUDGET_SUBJECTS } from '../budget/budget.subjects';
import { gatewayRoute, type RouteContract } from '../common/route';
import { CULTURE_ROUTES } from '../culture/culture.routes';
import { CULTURE_SUBJECTS } from '../culture/culture.subjects';
import { REPORTING_ROUTES } from '../reporting/reporting.routes';
import { REPORTING_SUBJECTS } from '../reporting/reporting.subjects';
import { TRAINING_ROUTES } from '../training/training.routes';
import { TRAINING_SUBJECTS } from '../training/training.subjects';
import {
  GlobalSearchQuerySchema,
  GlobalSearchResultSchema,
  type SearchKind,
  ServiceSearchAnswerSchema,
  ServiceSearchRequestSchema,
} from './search.schema';
import type { ServiceName } from './system.schema';

/**
 * Which service answers each kind, and the kind's list route: a kind is searched under its list's own
 * permission (the gateway asks only for the kinds the caller may read; the service checks again and
 * narrows to the caller's agency exactly as the list does, with the list's `agencyScope`).
 */
export const SEARCH_KINDS: Record<SearchKind, { service: ServiceName; list: RouteContract }> = {
  course: { service: 'training', list: TRAINING_ROUTES.courseList },
  trainee: { service: 'training', list: TRAINING_ROUTES.traineeList },
  ngo: { service: 'aid', list: AID_ROUTES.ngoList },
  project: { service: 'aid', list: AID_ROUTES.projectList },
  delegation: { service: 'aid', list: AID_ROUTES.delegationList },
  event: { service: 'culture', list: CULTURE_ROUTES.eventList },
  estimate: { service: 'budget', list: BUDGET_ROUTES.estimateList },
  report: { service: 'reporting', list: REPORTING_ROUTES.reportList },
};

/**
 * A service's part of the global search: asked by the gateway alone (with the signed caller, like a
 * route), never an HTTP route of its own. `@Searches(contract)` (service-kit) answers it.
 */
export interface SearchContract {
  service: ServiceName;
  subject: string;
  input: typeof ServiceSearchRequestSchema;
  output: typeof ServiceSearchAnswerSchema;
  summary: string;
}

const searchMessage = (service: ServiceName, subject: string): SearchContract => ({
  service,
  subject,
  input: ServiceSearchRequestSchema,
  output: ServiceSearchAnswerSchema,
  summary: `The ${service} service's records matching the global search`,
});

/** Each service's search subject, from its own subjects map. */
export const SEARCH_MESSAGES: Record<ServiceName, SearchContract> = {
  training: searchMessage('training', TRAINING_SUBJECTS.search),
  aid: searchMessage('aid', AID_SUBJECTS.search),
  culture: searchMessage('culture', CULTURE_SUBJECTS.search),
  budget: searchMessage('budget', BUDGET_SUBJECTS.search),
  reporting: searchMessage('reporting', REPORTING_SUBJECTS.search),
};

export const SEARCH_ROUTES = {
  /** Every signed-in user searches; what each finds is what their lists show them. */
  search: gatewayRoute({
    operationId: 'searchPlan',
    method: 'GET',
    path: '/api/search',
    input: GlobalSearchQuerySchema,
    output: GlobalSearchResultSchema,
    status: 200,
    summary: 'Courses, trainees, NGOs, projects, delegations, events, estimates and reports by their words',
    tag: 'system',
    permission: 'search.read',
  }),
};
