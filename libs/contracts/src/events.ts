import { AID_EVENTS } from './aid/aid.events';
import { BUDGET_EVENTS } from './budget/budget.events';
import type { EventContract } from './common/event';
import { CULTURE_EVENTS } from './culture/culture.events';
import { REPORTING_EVENTS } from './reporting/reporting.events';
import { TRAINING_EVENTS } from './training/training.events';

/**
 * Every domain event, by publishing service. A service's outbox relay makes its stream hold exactly
 * these subjects (never a request subject), and infra/nats/auth.conf lets each service publish only
 * its own (a unit test checks the two agree). Add a domain's map here when it gets events.
 */
export const DOMAIN_EVENTS: Record<string, readonly EventContract[]> = {
  training: Object.values(TRAINING_EVENTS),
  aid: Object.values(AID_EVENTS),
  culture: Object.values(CULTURE_EVENTS),
  budget: Object.values(BUDGET_EVENTS),
  reporting: Object.values(REPORTING_EVENTS),
};
