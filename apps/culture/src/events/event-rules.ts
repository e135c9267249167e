import { isAseanMember } from '@ascc/catalog';
import {
  type AgencyCode,
  CULTURAL_EVENT_NEXT_STATUSES,
  type CountryCode,
  type CulturalEventStatus,
  type DistrictCode,
} from '@ascc/contracts';

/**
 * The business rules of a cultural event, in one place: which status may follow which (the table is in
 * the contract, so the console offers the same actions), when two events at one venue overlap, and which
 * participating countries count as ASEAN members.
 */
export function canTransition(from: CulturalEventStatus, to: CulturalEventStatus): boolean {
  return CULTURAL_EVENT_NEXT_STATUSES[from].includes(to);
}

/** Statuses whose dates still occupy the venue (a postponed or cancelled event frees it). */
export const VENUE_OCCUPYING_STATUSES: readonly CulturalEventStatus[] = [
  'planned',
  'confirmed',
  'held',
  'reported',
];

/** Statuses the public sees (page, feed and iCal): nothing planned, postponed or cancelled. */
export const PUBLIC_STATUSES = ['confirmed', 'held', 'reported'] as const;

/** Two inclusive date ranges (ISO dates) share at least one day. */
export function datesOverlap(
  a: { startDate: string; endDate: string },
  b: { startDate: string; endDate: string },
): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/**
 * The key two venue names are compared by: case, diacritics, punctuation and spacing do not make a
 * different place ("Quảng trường Thái Bình" = "quang truong thai binh").
 */
export function venueKey(venue: string): string {
  return venue
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .slice(0, 300);
}

/** Participating countries: those named, plus every troupe's country, each once, in order. */
export function participatingCountries(
  countryCodes: readonly CountryCode[],
  troupes: readonly { countryCode: CountryCode }[],
): CountryCode[] {
  return [...new Set([...countryCodes, ...troupes.map((t) => t.countryCode)])];
}

/** The countries that were ASEAN members on the event's first day (the catalog knows the dates). */
export function aseanCountries(countryCodes: readonly CountryCode[], onDate: string): CountryCode[] {
  return countryCodes.filter((code) => isAseanMember(code, onDate));
}

/** What the dashboard figures of an event are read from (the entity, or a demo row). */
export interface EventFiguresSource {
  id: string;
  titleVi: string;
  agencyCode: AgencyCode;
  type: string;
  startDate: string;
  districtCode?: DistrictCode | null;
  planArea: string;
  countryCodes: readonly CountryCode[];
}

/**
 * The figures `culture.event.held` and `culture.event.reported` carry (with `audience`, the actual
 * audience or the report's attendance): the year of the first day, each country ASEAN member or not then.
 */
export function eventFigures(event: EventFiguresSource, audience: number) {
  const asean = new Set(aseanCountries(event.countryCodes, event.startDate));
  return {
    eventId: event.id,
    titleVi: event.titleVi,
    agencyCode: event.agencyCode,
    type: event.type,
    year: Number(event.startDate.slice(0, 4)),
    districtCode: event.districtCode ?? null,
    planArea: event.planArea,
    countries: event.countryCodes.map((code) => ({ code, asean: asean.has(code) })),
    audience,
  };
}
