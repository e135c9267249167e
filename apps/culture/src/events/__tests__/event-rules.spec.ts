import { CULTURAL_EVENT_NEXT_STATUSES as NEXT_STATUSES, CULTURAL_EVENT_STATUSES } from '@ascc/contracts';
import {
  aseanCountries,
  canTransition,
  datesOverlap,
  eventFigures,
  participatingCountries,
  venueKey,
} from '../event-rules';

describe('cultural event rules', () => {
  it('follows planned → confirmed → held → reported', () => {
    expect(canTransition('planned', 'confirmed')).toBe(true);
    expect(canTransition('confirmed', 'held')).toBe(true);
    expect(canTransition('held', 'reported')).toBe(true);
  });

  it('never lets a held event go back to planned, nor a reported or cancelled one change', () => {
    expect(canTransition('held', 'planned')).toBe(false);
    expect(canTransition('held', 'confirmed')).toBe(false);
    expect(canTransition('held', 'cancelled')).toBe(false);
    expect(NEXT_STATUSES.reported).toEqual([]);
    expect(NEXT_STATUSES.cancelled).toEqual([]);
    expect(canTransition('planned', 'held')).toBe(false);
    expect(canTransition('planned', 'reported')).toBe(false);
  });

  it('lets a postponed event be planned or confirmed again, or cancelled', () => {
    expect(NEXT_STATUSES.postponed).toEqual(['planned', 'confirmed', 'cancelled']);
    for (const status of CULTURAL_EVENT_STATUSES) expect(NEXT_STATUSES[status]).toBeDefined();
  });

  it('sees an overlap when inclusive date ranges share a day, and none when they only touch', () => {
    const a = { startDate: '2024-05-10', endDate: '2024-05-12' };
    expect(datesOverlap(a, { startDate: '2024-05-12', endDate: '2024-05-20' })).toBe(true);
    expect(datesOverlap(a, { startDate: '2024-05-01', endDate: '2024-05-10' })).toBe(true);
    expect(datesOverlap(a, { startDate: '2024-05-11', endDate: '2024-05-11' })).toBe(true);
    expect(datesOverlap(a, { startDate: '2024-05-13', endDate: '2024-05-14' })).toBe(false);
    expect(datesOverlap(a, { startDate: '2024-05-01', endDate: '2024-05-09' })).toBe(false);
  });

  it('compares venues without case, diacritics or punctuation', () => {
    expect(venueKey('Quảng trường Thái Bình')).toBe(venueKey('  quang truong THAI BINH. '));
    expect(venueKey('Đền Trần')).toBe('den tran');
    expect(venueKey('Nhà văn hóa A')).not.toBe(venueKey('Nhà văn hóa B'));
  });

  it('adds troupe countries to the participating countries, once each', () => {
    expect(participatingCountries(['LA', 'JP'], [{ countryCode: 'TH' }, { countryCode: 'LA' }])).toEqual([
      'LA',
      'JP',
      'TH',
    ]);
  });

  it('marks ASEAN members as of the event date (Timor-Leste only from 26 October 2025)', () => {
    expect(aseanCountries(['LA', 'JP', 'TH', 'TL'], '2024-01-01')).toEqual(['LA', 'TH']);
    expect(aseanCountries(['TL'], '2025-11-01')).toEqual(['TL']);
  });

  it('gives the dashboard figures of an event: its title, the year of its first day, ASEAN members then', () => {
    const event = {
      id: '6f1c3f55-8f5e-4a52-9d0b-6a4f3c2b1a00',
      titleVi: 'Tuần Văn hóa ASEAN',
      agencyCode: 'SVHTTDL' as const,
      type: 'culture-week',
      startDate: '2025-10-25',
      districtCode: null,
      planArea: 'III.5',
      countryCodes: ['LA', 'TL', 'KR'] as const,
    };
    expect(eventFigures(event, 1200)).toEqual({
      eventId: event.id,
      titleVi: 'Tuần Văn hóa ASEAN',
      agencyCode: 'SVHTTDL',
      type: 'culture-week',
      year: 2025,
      districtCode: null,
      planArea: 'III.5',
      // Timor-Leste joined on 26 October 2025, the day after this event began.
      countries: [
        { code: 'LA', asean: true },
        { code: 'TL', asean: false },
        { code: 'KR', asean: false },
      ],
      audience: 1200,
    });
  });
});
