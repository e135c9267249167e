import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { PLAN_AREAS, todayIsoDate } from '@ascc/catalog';
import {
  type IndicatorProgress,
  type PublicIndicator,
  type PublicProgress,
  REPORTING_ROUTES as R,
  type RouteInput,
} from '@ascc/contracts';
import { Handles } from '@ascc/service-kit';
import { indicatorProgressOf } from './indicators.service';
import { publishedGeneration } from './published-changes';

/** How long one copy keeps the public page's answer: a flood of visitors costs one computation a minute. */
export const PUBLIC_PROGRESS_TTL_MS = 60_000;

/** The last closed year in the province: computed values of the year still running are not published. */
export function lastClosedYear(now: Date = new Date()): number {
  return Number(todayIsoDate(now).slice(0, 4)) - 1;
}

/**
 * The public progress page (issue 20, plan IV.4 and VII.6), no sign-in: every area's indicators with
 * their PUBLISHED values only — reported values from yearly reports the coordinator accepted (a draft,
 * a submitted or a returned report is not yet the province's word), computed values up to the last
 * closed year — judged by the same status rule as the console, and shaped by an explicit allow-list.
 */
@Controller()
export class PublicProgressService {
  private cached: { at: number; generation: number; answer: Promise<PublicProgress> } | undefined;

  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(R.publicProgress)
  progress(_input: RouteInput<typeof R.publicProgress>): Promise<PublicProgress> {
    const now = Date.now();
    if (
      !this.cached ||
      this.cached.generation !== publishedGeneration() ||
      now - this.cached.at >= PUBLIC_PROGRESS_TTL_MS
    ) {
      const answer = this.compute(new Date(now));
      // A failure is not kept: the next visitor asks again.
      answer.catch(() => {
        if (this.cached?.answer === answer) this.cached = undefined;
      });
      this.cached = { at: now, generation: publishedGeneration(), answer };
    }
    return this.cached.answer;
  }

  private async compute(now: Date): Promise<PublicProgress> {
    const publishedThrough = lastClosedYear(now);
    const items = await indicatorProgressOf(this.orm.em.fork(), { from: null, to: null }, undefined, {
      reportStatuses: ['accepted'],
      computedThrough: publishedThrough,
    });
    return {
      publishedThrough,
      areas: PLAN_AREAS.map((area) => ({
        code: area.code,
        indicators: items.filter((p) => p.indicator.planArea === area.code).map(toPublicIndicator),
      })),
    };
  }
}

/** The allow-list: what the plan states of an indicator, and its published values — nothing else. */
export function toPublicIndicator(p: IndicatorProgress): PublicIndicator {
  const i = p.indicator;
  const value = (v: { year: number; value: number | string }) => ({ year: v.year, value: v.value });
  return {
    code: i.code,
    nameVi: i.nameVi,
    nameEn: i.nameEn,
    unit: i.unit,
    direction: i.direction,
    baseline: i.baseline,
    baselineYear: i.baselineYear,
    targets: i.targets.map((t) => ({ year: t.year, value: t.value })),
    cumulative: i.cumulative,
    leadAgencyCode: i.leadAgencyCode,
    method: i.method,
    planRef: i.planRef,
    values: p.values.map(value),
    latest: p.latest && value(p.latest),
    target: p.target && { year: p.target.year, value: p.target.value },
    expected: p.expected,
    status: p.status,
  };
}
