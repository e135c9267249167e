import { z } from 'zod';
import type { PermissionKey } from '../identity/permissions';
import { AUDIT_ACTIONS } from './audit.schema';
import { type EventContract, event } from './event';

/**
 * The kinds of record whose changes the console follows live (issue 21): for each, the audit entities
 * that announce a change of it (a course's roster lines are changes of the course) and the permission a
 * user needs to read it — the same permission its list and record routes use, so the gateway decides
 * with `authorizeRecord` exactly as the service does.
 */
export const LIVE_KINDS = {
  'training.course': { entities: ['TrainingCourse', 'Enrolment'], permission: 'training.course.read' },
  'training.trainee': { entities: ['Trainee'], permission: 'training.trainee.read' },
  'aid.ngo': { entities: ['Ngo'], permission: 'aid.ngo.read' },
  'aid.project': { entities: ['AidProject', 'AidTransaction'], permission: 'aid.project.read' },
  'aid.delegation': { entities: ['Delegation'], permission: 'aid.delegation.read' },
  'culture.event': { entities: ['CulturalEvent'], permission: 'culture.event.read' },
  'budget.estimate': { entities: ['BudgetEstimate'], permission: 'budget.estimate.read' },
  'reporting.report': { entities: ['YearlyReport'], permission: 'reporting.report.read' },
  // An indicator's agency is its lead agency (every signed-in user reads the catalogue).
  'reporting.indicator': { entities: ['PlanIndicator'], permission: 'reporting.indicator.read' },
  'reporting.actionplan': { entities: ['ActionPlan'], permission: 'reporting.actionplan.read' },
  /**
   * The reporting service applied another service's event (its read model and inbox changed: the
   * figures of the dashboard, plan areas and records, computed indicators, a notification), or rebuilt
   * its read model. Sent after that commit, so a console refreshing on it reads the new figures; `id`
   * is the applied event's subject (`read-model` for a rebuild). Every signed-in user reads the plan's
   * figures, so every console gets it (no record id, no values).
   */
  'reporting.applied': { entities: ['ReadModel'], permission: 'reporting.plan.read' },
} as const satisfies Record<string, { entities: readonly string[]; permission: PermissionKey }>;

export type LiveKind = keyof typeof LIVE_KINDS;
export const LIVE_KIND_NAMES = Object.keys(LIVE_KINDS) as [LiveKind, ...LiveKind[]];

/** The live kind an audit entity announces, if any. */
export function liveKindOf(entity: string): LiveKind | undefined {
  return LIVE_KIND_NAMES.find((kind) => (LIVE_KINDS[kind].entities as readonly string[]).includes(entity));
}

/**
 * A record changed: what a console needs to refresh and to warn someone editing it — the kind, id,
 * version and the names of the fields that changed, never their values; the agency decides who may see
 * it; `by` is the username the record's history already shows to its readers.
 */
export const RecordChangedSchema = z.object({
  kind: z.enum(LIVE_KIND_NAMES),
  id: z.string().min(1),
  agencyCode: z.string().min(1),
  action: z.enum(AUDIT_ACTIONS),
  version: z.number().int().nullable(),
  fields: z.array(z.string()),
  by: z.string(),
});
export type RecordChanged = z.infer<typeof RecordChangedSchema>;

/** `<service>.record.changed` on the service's stream, written with each audited change (service-kit). */
export function recordChangedEvent(service: string): EventContract<typeof RecordChangedSchema> {
  return event({
    subject: `${service}.record.changed`,
    stream: service.toUpperCase(),
    summary: 'A record changed (kind, id, version, changed field names): live updates of the consoles',
    schema: RecordChangedSchema,
  });
}

/**
 * One message of the live stream (GET /api/events/stream, Server-Sent Events): `change` events carry a
 * `RecordChanged`; `reset` tells the console it missed more than the gateway replays, so it refreshes
 * everything. The SSE `id` is the cursor to resume from (Last-Event-ID): the stream sequence reached
 * on each service's stream, `TRAINING:12,AID:3,…`.
 */
export const LIVE_STREAM_EVENTS = { change: 'change', reset: 'reset' } as const;

/** Parses a live cursor (`STREAM:seq,…`); unknown or malformed parts are ignored. */
export function parseLiveCursor(value: string | undefined | null): Record<string, number> {
  const cursor: Record<string, number> = {};
  for (const part of (value ?? '').split(',')) {
    const match = /^([A-Z]+):(\d{1,15})$/.exec(part.trim());
    if (match) cursor[match[1]] = Number(match[2]);
  }
  return cursor;
}

export function formatLiveCursor(cursor: Record<string, number>): string {
  return Object.keys(cursor)
    .sort()
    .map((stream) => `${stream}:${cursor[stream]}`)
    .join(',');
}
