import { ServiceError } from '@ascc/service-kit';
import { CulturalEvent } from '../cultural-event.entity';
import { assertEditable, assertFresh, assertTransition } from '../event-guards';

function event(status: CulturalEvent['status'], version = 2): CulturalEvent {
  return Object.assign(new CulturalEvent(), {
    titleVi: 'Tuần văn hoá ASEAN',
    status,
    version,
    updatedAt: new Date('2026-03-01T02:00:00.000Z'),
  });
}

function refusal(run: () => unknown): ServiceError['body'] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return (error as ServiceError).body;
  }
  throw new Error('expected a refusal');
}

describe('cultural event guards', () => {
  it('lets a change made from the current version through', () => {
    expect(() => assertFresh(event('planned', 4), 4)).not.toThrow();
  });

  it('refuses a change made from a stale version with a 409', () => {
    const body = refusal(() => assertFresh(event('planned', 4), 3));
    expect(body.status).toBe(409);
    expect(JSON.stringify(body)).toContain('2026-03-01T02:00:00.000Z');
  });

  it('lets a planned, confirmed, postponed or held event be edited', () => {
    for (const status of ['planned', 'confirmed', 'postponed', 'held'] as const) {
      expect(() => assertEditable(event(status))).not.toThrow();
    }
  });

  it('refuses to edit a reported or cancelled event, naming the event and its status on the status field', () => {
    for (const status of ['reported', 'cancelled'] as const) {
      const body = refusal(() => assertEditable(event(status)));
      expect(body.status).toBe(409);
      expect(body.fields).toEqual([
        expect.objectContaining({
          path: 'status',
          code: 'final',
          params: { rule: 'eventFinal', title: 'Tuần văn hoá ASEAN', eventStatus: status },
        }),
      ]);
    }
  });

  it('lets the workflow move an event forward', () => {
    expect(() => assertTransition(event('planned'), 'confirmed')).not.toThrow();
    expect(() => assertTransition(event('held'), 'reported')).not.toThrow();
  });

  it('refuses a status change the workflow forbids, naming both statuses on the `to` field', () => {
    const body = refusal(() => assertTransition(event('planned'), 'reported'));
    expect(body.status).toBe(409);
    expect(body.fields).toEqual([
      expect.objectContaining({
        path: 'to',
        code: 'transition',
        params: {
          rule: 'eventTransition',
          title: 'Tuần văn hoá ASEAN',
          eventStatus: 'planned',
          eventStatusTo: 'reported',
        },
      }),
    ]);
  });
});
