import fs from 'node:fs';
import path from 'node:path';
import {
  AID_SUBJECTS,
  BUDGET_SUBJECTS,
  CULTURE_SUBJECTS,
  DEPARTMENT_ROUTES,
  DOMAIN_EVENTS,
  FUNDING_SUBJECTS,
  REPORTING_SUBJECTS,
  TRAINING_SUBJECTS,
} from '@ascc/contracts';
import { consumerName } from '@ascc/service-kit';
import { NATS_AUTH_CONFIG, REPO_ROOT } from '../index';

/** The README's subjects table must say what the contracts say: every subject, in its service's row. */

const SERVICES = ['training', 'aid', 'culture', 'budget', 'reporting'] as const;
const SUBJECT = /`([a-z]+\.[a-z-]+\.[a-z-]+)`/g;

interface Row {
  requests: string[];
  events: string[];
  stream: string | undefined;
  consumes: string[];
}

/** The rows of the table under "### Subjects", by service. */
function readmeRows(): Map<string, Row> {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('### Subjects');
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  const rows = new Map<string, Row>();
  for (const line of section.split('\n').filter((l) => /^\|\s*[a-z]+\s*\|/.test(l))) {
    const [service, requests, events, consumes] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const subjects = (cell: string) => [...cell.matchAll(SUBJECT)].map((m) => m[1]);
    if (service === 'service') continue; // the header
    rows.set(service, {
      requests: subjects(requests),
      events: subjects(events),
      stream: /stream `([A-Z]+)`/.exec(events)?.[1],
      consumes: subjects(consumes),
    });
  }
  return rows;
}

/** Every request/reply subject of the contracts, by the service that answers it (its first segment). */
function contractRequests(): Map<string, string[]> {
  const all = [
    TRAINING_SUBJECTS,
    AID_SUBJECTS,
    CULTURE_SUBJECTS,
    BUDGET_SUBJECTS,
    REPORTING_SUBJECTS,
    FUNDING_SUBJECTS,
  ].flatMap((map) => Object.values(map) as string[]);
  const byService = new Map<string, string[]>();
  for (const subject of all) {
    const service = subject.split('.')[0];
    byService.set(service, [...(byService.get(service) ?? []), subject]);
  }
  return byService;
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('the README subjects table', () => {
  const rows = readmeRows();

  it('has one row per service', () => {
    expect(sorted([...rows.keys()])).toEqual(sorted(SERVICES));
  });

  it.each(SERVICES)('lists every request/reply subject %s answers, and no other', (service) => {
    expect(sorted(rows.get(service)?.requests ?? [])).toEqual(sorted(contractRequests().get(service) ?? []));
  });

  it('covers every route the gateway forwards', () => {
    const listed = new Set([...rows.values()].flatMap((row) => row.requests));
    expect(DEPARTMENT_ROUTES.map((route) => route.subject).filter((subject) => !listed.has(subject))).toEqual(
      [],
    );
  });

  it.each(SERVICES)('lists the events %s publishes, with their stream', (service) => {
    const events = DOMAIN_EVENTS[service] ?? [];
    const row = rows.get(service);
    expect(sorted(row?.events ?? [])).toEqual(sorted(events.map((event) => event.subject)));
    if (events.length) expect(events.every((event) => event.stream === row?.stream)).toBe(true);
  });

  it.each(SERVICES)('lists as consumed by %s only events it has a durable consumer for', (service) => {
    const consumes = rows.get(service)?.consumes ?? [];
    const known = new Set(
      Object.values(DOMAIN_EVENTS).flatMap((events) => events.map((event) => event.subject)),
    );
    const auth = fs.readFileSync(NATS_AUTH_CONFIG(REPO_ROOT), 'utf8');
    for (const subject of consumes) {
      expect(known).toContain(subject);
      const stream = subject.split('.')[0].toUpperCase();
      expect(auth).toContain(`"$JS.API.CONSUMER.MSG.NEXT.${stream}.${consumerName(service, { subject })}"`);
    }
    // …and every durable consumer auth.conf grants this service is in the table.
    const granted = [...auth.matchAll(/"\$JS\.API\.CONSUMER\.MSG\.NEXT\.[A-Z]+\.([a-z-]+)"/g)]
      .map((m) => m[1])
      .filter((name) => name.startsWith(`${service}-`) && name !== `${service}-rebuild`);
    expect(sorted(granted)).toEqual(sorted(consumes.map((subject) => consumerName(service, { subject }))));
  });
});
