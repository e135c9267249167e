import { defineRefusals } from '../common/common.refusals';

/** The culture service's refusals: events and their registrations. */
export const CULTURE_REFUSALS = defineRefusals({
  eventFinal: { code: 'CONFLICT', params: ['title', 'eventStatus'] },
  eventTransition: { code: 'CONFLICT', params: ['title', 'eventStatus', 'eventStatusTo'] },
  eventClosedToRegistrations: { code: 'CONFLICT', params: ['title', 'eventStatus'] },
  /** An event planned without registrations (a festival open to all). */
  eventTakesNoRegistrations: { code: 'VALIDATION_FAILED', params: ['title'] },
  checkInNotRegistered: { code: 'CONFLICT', params: ['name', 'registrationStatus'] },
});
