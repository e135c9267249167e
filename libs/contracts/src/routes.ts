import { AID_ROUTES } from './aid/aid.routes';
import { BUDGET_ROUTES } from './budget/budget.routes';
import type { RouteContract } from './common/route';
import { CULTURE_ROUTES } from './culture/culture.routes';
import { TRAINING_ROUTES } from './training/training.routes';

/** Every department route the gateway forwards over NATS; the OpenAPI document is built from this list. */
export const DEPARTMENT_ROUTES: readonly RouteContract[] = [
  ...Object.values(TRAINING_ROUTES),
  ...Object.values(AID_ROUTES),
  ...Object.values(CULTURE_ROUTES),
  ...Object.values(BUDGET_ROUTES),
];
