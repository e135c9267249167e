import type { QueryClient, QueryKey } from '@tanstack/react-query';
import {
  AID_ROUTES,
  BUDGET_ROUTES,
  CULTURE_ROUTES,
  LIVE_STREAM_EVENTS,
  type LiveKind,
  REPORTING_ROUTES,
  SYSTEM_ROUTES,
  TRAINING_ROUTES,
} from '@ascc/contracts';
import { routeScope } from '../../api/route-query';
import { type LiveChange, isHeld, noteChange } from './live-store';

const reporting = {
  dashboard: routeScope(REPORTING_ROUTES.dashboard),
  /** The plan area pages' figures (their key, `reportingKeys.area`, names the page, not the route). */
  areas: ['reporting', 'area'] as QueryKey,
  records: routeScope(REPORTING_ROUTES.records),
  /** The yearly reports' list and the year's overview. */
  reports: routeScope(REPORTING_ROUTES.reportList),
  /** The indicators' catalogue and progress. */
  indicators: routeScope(REPORTING_ROUTES.indicatorList),
  /** The action plans and the coordinator's task overview. */
  actionPlans: routeScope(REPORTING_ROUTES.actionPlanList),
  publicProgress: routeScope(REPORTING_ROUTES.publicProgress),
  /** The inbox and the bell's unread count. */
  inbox: routeScope(REPORTING_ROUTES.notificationList),
};

/**
 * The cached queries a change of each kind may have made stale: its lists and records (one scope, see
 * route-query) and the figures computed from them. The read model's pages (dashboard, plan areas,
 * records) are refreshed on `reporting.applied` alone — sent once the read model holds the change; a
 * department's own change arrives before that, and refreshing on it could read the old figure.
 */
export const LIVE_SCOPES: Record<LiveKind, QueryKey[]> = {
  'training.course': [routeScope(TRAINING_ROUTES.courseList), routeScope(TRAINING_ROUTES.statsGet)],
  'training.trainee': [routeScope(TRAINING_ROUTES.traineeList), routeScope(TRAINING_ROUTES.courseList)],
  'aid.ngo': [routeScope(AID_ROUTES.ngoList)],
  'aid.project': [routeScope(AID_ROUTES.projectList), routeScope(AID_ROUTES.reportAid)],
  'aid.delegation': [routeScope(AID_ROUTES.delegationList), routeScope(AID_ROUTES.reportDelegations)],
  'culture.event': [routeScope(CULTURE_ROUTES.eventList), routeScope(CULTURE_ROUTES.calendar)],
  'budget.estimate': [routeScope(BUDGET_ROUTES.estimateList), routeScope(BUDGET_ROUTES.consolidationGet)],
  // A report's review also notifies its author, its tasks feed the overview, its values the indicators.
  'reporting.report': [
    reporting.reports,
    reporting.actionPlans,
    reporting.indicators,
    reporting.publicProgress,
    reporting.inbox,
  ],
  'reporting.indicator': [reporting.indicators, reporting.publicProgress],
  'reporting.actionplan': [reporting.actionPlans],
  'reporting.applied': [
    reporting.dashboard,
    reporting.areas,
    reporting.records,
    reporting.indicators,
    reporting.inbox,
  ],
};

/** The id a query was asked for (`[...scope, operationId, input]`), if its input names one. */
function queryRecordId(key: QueryKey, scope: QueryKey): unknown {
  const input = key[scope.length + 1];
  return input && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
}

/**
 * Refreshes what `change` made stale: every query under its kind's scopes — except
 * the queries of a record open in an edit form, which keep the values the user is editing until they
 * choose to reload (the form shows the notice instead).
 */
export async function invalidateForChange(client: QueryClient, change: LiveChange): Promise<void> {
  const held = isHeld(change.kind, change.id);
  await Promise.all(
    LIVE_SCOPES[change.kind].map((scope) =>
      client.invalidateQueries({
        queryKey: scope,
        predicate: (query) => !held || queryRecordId(query.queryKey, scope) !== change.id,
      }),
    ),
  );
}

/** Everything a stale cache may hold (after a gap the gateway could not replay). */
export async function invalidateAll(client: QueryClient): Promise<void> {
  await client.invalidateQueries({
    predicate: (query) => !['auth', 'session'].includes(String(query.queryKey[0])),
  });
}

export interface LiveOptions {
  client: QueryClient;
  /** The access token to send, or undefined when signed out. */
  token: () => string | undefined;
  /** A fresh session when the token expired (401); undefined when the session is over. */
  renew: () => Promise<unknown>;
  /** The signed-in username: one's own changes show no notice. */
  me: () => string | undefined;
  onStatus?: (connected: boolean) => void;
  /** Wait before reconnecting (the gateway's `retry:` says 1 s). */
  retryMs?: number;
  fetchImpl?: typeof fetch;
}

/** One parsed Server-Sent Event. */
export interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

/** Splits a text stream into SSE events; returns the events and the unfinished rest. */
export function parseSse(buffer: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    const event: SseEvent = { event: 'message', data: '' };
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (!line || line.startsWith(':')) continue;
      const at = line.indexOf(':');
      const field = at < 0 ? line : line.slice(0, at);
      const value = at < 0 ? '' : line.slice(at + 1).replace(/^ /, '');
      if (field === 'id') event.id = value;
      else if (field === 'event') event.event = value;
      else if (field === 'data') data.push(value);
    }
    event.data = data.join('\n');
    if (data.length) events.push(event);
  }
  return { events, rest };
}

/**
 * The console's one live connection: `GET /api/events/stream` read with fetch (it carries the bearer
 * token, which an EventSource cannot), reconnecting after a drop with the last event's id so the gateway
 * replays what was missed. Each change refreshes its queries; a `reset` refreshes everything. Returns how
 * to stop.
 */
export function startLiveUpdates(options: LiveOptions): () => void {
  const { client, retryMs = 1000 } = options;
  const fetchImpl = options.fetchImpl ?? fetch.bind(globalThis);
  let stopped = false;
  let controller: AbortController | undefined;
  let lastEventId: string | undefined;

  const handle = (event: SseEvent) => {
    if (event.id) lastEventId = event.id;
    if (event.event === LIVE_STREAM_EVENTS.reset) return void invalidateAll(client);
    if (event.event !== LIVE_STREAM_EVENTS.change) return;
    const change = JSON.parse(event.data) as LiveChange;
    noteChange(change, options.me());
    // An unknown kind (a newer gateway than this console) changes nothing here.
    if (LIVE_SCOPES[change.kind]) void invalidateForChange(client, change);
  };

  const once = async (): Promise<'retry' | 'stop'> => {
    const token = options.token();
    if (!token) return 'stop';
    controller = new AbortController();
    const res = await fetchImpl(SYSTEM_ROUTES.liveEvents.path, {
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'text/event-stream',
        ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
      },
      signal: controller.signal,
    });
    if (res.status === 401) return (await options.renew().catch(() => undefined)) ? 'retry' : 'stop';
    if (!res.ok || !res.body) return 'retry';
    options.onStatus?.(true);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const parsed = parseSse(buffer + decoder.decode(value, { stream: true }));
      buffer = parsed.rest;
      parsed.events.forEach(handle);
    }
    return 'retry';
  };

  void (async () => {
    while (!stopped) {
      let next: 'retry' | 'stop' = 'retry';
      try {
        next = await once();
      } catch {
        // dropped or aborted: retried below unless stopped
      }
      options.onStatus?.(false);
      if (stopped || next === 'stop') break;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  })();

  return () => {
    stopped = true;
    controller?.abort();
  };
}
