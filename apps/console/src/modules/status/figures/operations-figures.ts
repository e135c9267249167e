import type { SystemMetrics } from '@ascc/contracts';

/** Server errors (5xx) per minute over the gateway's window: the last minute, the average and the worst. */
export interface ErrorFigures {
  /** 5xx in the minute now running. */
  lastMinute: number;
  /** 5xx per minute, averaged over the window (one decimal). */
  perMinute: number;
  /** The worst minute of the window. */
  peak: number;
  /** Share of the window's answers that were 5xx, in percent (one decimal); 0 with no answers. */
  errorPercent: number;
  /** Answers in the window, and those refused (4xx): a wave of refusals is worth a look too. */
  requests: number;
  refused: number;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function errorFigures(minutes: SystemMetrics['minutes']): ErrorFigures {
  const requests = minutes.reduce((sum, m) => sum + m.requests, 0);
  const errors = minutes.reduce((sum, m) => sum + m.serverErrors, 0);
  return {
    lastMinute: minutes.at(-1)?.serverErrors ?? 0,
    perMinute: minutes.length ? oneDecimal(errors / minutes.length) : 0,
    peak: minutes.reduce((max, m) => Math.max(max, m.serverErrors), 0),
    errorPercent: requests ? oneDecimal((errors / requests) * 100) : 0,
    requests,
    refused: minutes.reduce((sum, m) => sum + m.clientErrors, 0),
  };
}

/** Each minute's bar as a share (0–1) of the busiest minute: answers, and the errors within them. */
export function minuteBars(
  minutes: SystemMetrics['minutes'],
): { minute: string; answers: number; errors: number }[] {
  const busiest = Math.max(1, ...minutes.map((m) => m.requests));
  return minutes.map((m) => ({
    minute: m.minute,
    answers: m.requests / busiest,
    errors: m.serverErrors / busiest,
  }));
}

/** Routes slower than this at the 95th percentile are marked on the page. */
export const SLOW_ROUTE_MS = 1000;

/** The slowest routes, slowest first, at most `limit`. */
export function slowestRoutes(routes: SystemMetrics['slowestRoutes'], limit = 5) {
  return [...routes].sort((a, b) => b.p95Ms - a.p95Ms || b.requests - a.requests).slice(0, limit);
}

/**
 * Consumers by events waiting, most first; those whose figure is unknown (failing, missing) come first of
 * all, since nobody knows how far behind they are.
 */
export function consumerLag(consumers: SystemMetrics['consumers']) {
  return [...consumers].sort(
    (a, b) =>
      Number(a.pending !== undefined) - Number(b.pending !== undefined) ||
      (b.pending ?? 0) - (a.pending ?? 0) ||
      a.name.localeCompare(b.name),
  );
}
