import { AID_ROUTES } from './aid/aid.routes';
import { ACTIVITY_LOOKUPS, FUNDING_ROUTES } from './budget/budget.funding';
import { BUDGET_ROUTES } from './budget/budget.routes';
import type { InternalContract } from './common/message';
import type { HttpRouteContract, RouteContract } from './common/route';
import { AUTH_ROUTES, USER_ROUTES } from './identity/identity.routes';
import { REPORTING_ROUTES } from './reporting/reporting.routes';
import { SEARCH_MESSAGES, SEARCH_ROUTES, type SearchContract } from './system/search.routes';
import { SYSTEM_ROUTES } from './system/system.routes';
import { CULTURE_ROUTES } from './culture/culture.routes';
import { TRAINING_ROUTES } from './training/training.routes';

/** Every department route the gateway forwards over NATS; the OpenAPI document is built from this list. */
export const DEPARTMENT_ROUTES: readonly RouteContract[] = [
  ...Object.values(TRAINING_ROUTES),
  ...Object.values(AID_ROUTES),
  ...Object.values(CULTURE_ROUTES),
  ...Object.values(BUDGET_ROUTES),
  ...Object.values(FUNDING_ROUTES),
  ...Object.values(REPORTING_ROUTES),
];

/** The routes the gateway answers itself. */
export const GATEWAY_ROUTES: readonly HttpRouteContract[] = [
  ...Object.values(SYSTEM_ROUTES),
  ...Object.values(SEARCH_ROUTES),
  ...Object.values(AUTH_ROUTES),
  ...Object.values(USER_ROUTES),
];

/** Every HTTP route of the API; each has an entry in the permission table. */
export const ALL_ROUTES: readonly HttpRouteContract[] = [...GATEWAY_ROUTES, ...DEPARTMENT_ROUTES];

/** Every subject a service asks another directly (not an HTTP route); NATS permissions say who may ask. */
export const INTERNAL_MESSAGES: readonly InternalContract[] = [...Object.values(ACTIVITY_LOOKUPS)];

/** Each service's part of the global search: the gateway alone asks them, with the signed caller. */
export const SEARCH_SUBJECTS: readonly SearchContract[] = Object.values(SEARCH_MESSAGES);
