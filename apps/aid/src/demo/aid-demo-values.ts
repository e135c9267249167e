import { randomUUID } from 'node:crypto';
import type { CountryCode, CurrencyCode } from '@ascc/contracts';
import type { seededRandom } from '@ascc/service-kit';
import { RATES } from './aid-demo-catalog';

export type DemoRandom = ReturnType<typeof seededRandom>;

/**
 * A plausible exchange rate on a date: the currency's band interpolated from 2017 to 2025, ±2.5 % noise;
 * KRW and JPY with two decimals, the others whole đồng.
 */
export function rateOn(rnd: DemoRandom, currency: Exclude<CurrencyCode, 'VND'>, date: string): string {
  const [low, high] = RATES[currency];
  const year = Number(date.slice(0, 4));
  const value = low + ((high - low) * (year - 2017)) / 8 + (rnd.next() - 0.5) * (high - low) * 0.05;
  return currency === 'KRW' || currency === 'JPY' ? value.toFixed(2) : String(Math.round(value));
}

/** `count` different items, drawn at random (count ≤ the items' number). */
export function pickDistinct<T>(rnd: DemoRandom, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(rnd.pick(items));
  return [...chosen];
}

/** 100 split in `parts` (one or two) whole percentages. */
export function split(parts: number): number[] {
  if (parts === 1) return [100];
  return [60, 40];
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number) {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** What every part of the demo draws from: the seeded random source, one timestamp, record metadata. */
export function demoContext(rnd: DemoRandom, now: Date) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    rnd,
    now,
    pad,
    meta: () => ({ id: randomUUID(), version: 1, createdAt: now, updatedAt: now }),
    dateIn: (year: number) => `${year}-${pad(rnd.int(1, 12))}-${pad(rnd.int(1, 28))}`,
  };
}
export type DemoContext = ReturnType<typeof demoContext>;

/** An NGO as the demo writes it (the projects and delegations refer to it). */
export interface DemoNgo {
  id: string;
  nameOriginal: string;
  acronym?: string;
  countryCode: CountryCode;
}

/** The rows the demo inserts in batches, table by table. */
export interface DemoRows {
  projects: Record<string, unknown>[];
  sectorRows: Record<string, unknown>[];
  locationRows: Record<string, unknown>[];
  transactions: Record<string, unknown>[];
  delegations: Record<string, unknown>[];
  delegationCountries: Record<string, unknown>[];
}
