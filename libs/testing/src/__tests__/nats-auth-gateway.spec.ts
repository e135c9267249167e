import fs from 'node:fs';
import {
  DEPARTMENT_ROUTES,
  DOMAIN_EVENTS,
  HEALTH_SUBJECTS,
  INTERNAL_MESSAGES,
  REPORTING_EVENTS,
  SEARCH_SUBJECTS,
} from '@ascc/contracts';
import { consumerName } from '@ascc/service-kit';
import { NATS_AUTH_CONFIG, NATS_USERS, REPO_ROOT } from '../index';

/** The streams carrying `<service>.record.changed`, which the gateway's live feed reads (issue 21). */
const liveStreams = () =>
  Object.values(DOMAIN_EVENTS)
    .flat()
    .filter((e) => e.subject.endsWith('.record.changed'))
    .map((e) => e.stream);
/** What the live feed needs of JetStream: look at each such stream, make an ephemeral consumer on it. */
const liveJetStream = () =>
  liveStreams().flatMap((s) => [`$JS.API.STREAM.INFO.${s}`, `$JS.API.CONSUMER.CREATE.${s}`]);
/**
 * The e-mail delivery's one durable consumer, shared by every gateway copy (apps/gateway/src/mail): look
 * at it, create it, pull from it and acknowledge its messages — that consumer only.
 */
const mailDurable = consumerName('gateway', REPORTING_EVENTS.notificationCreated);
const mailJetStream = () => {
  const stream = REPORTING_EVENTS.notificationCreated.stream;
  return [
    `$JS.API.CONSUMER.INFO.${stream}.${mailDurable}`,
    `$JS.API.CONSUMER.CREATE.${stream}.${mailDurable}`,
    `$JS.API.CONSUMER.CREATE.${stream}.${mailDurable}.>`,
    `$JS.API.CONSUMER.MSG.NEXT.${stream}.${mailDurable}`,
    `$JS.ACK.${stream}.${mailDurable}.>`,
  ];
};

const auth = () => fs.readFileSync(NATS_AUTH_CONFIG(REPO_ROOT), 'utf8');

/** The permissions block of one NATS user in infra/nats/auth.conf, comments left out. */
function userBlock(user: string): string {
  const text = auth();
  const start = text.indexOf(`user: ${user}\n`);
  if (start < 0) throw new Error(`no user ${user} in auth.conf`);
  const next = text.indexOf('user: ', start + 6);
  return text
    .slice(start, next < 0 ? undefined : next)
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n');
}

/** The quoted subjects of one list (`publish: [...]` or `subscribe: [...]`) of a user. */
function list(user: string, which: 'publish' | 'subscribe'): string[] {
  const match = new RegExp(`${which}: \\[([^\\]]*)\\]`).exec(userBlock(user));
  if (!match) throw new Error(`no ${which} list for ${user}`);
  return [...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

const sorted = (items: Iterable<string>) => [...new Set(items)].sort();

describe('infra/nats/auth.conf: the gateway and the streams', () => {
  it('lets the gateway publish exactly the department routes’ subjects, the health probes and the searches', () => {
    const expected = sorted([
      ...DEPARTMENT_ROUTES.map((r) => r.subject),
      ...Object.values(HEALTH_SUBJECTS),
      ...SEARCH_SUBJECTS.map((s) => s.subject),
      ...liveJetStream(),
      ...mailJetStream(),
    ]);
    const granted = list('gateway', 'publish');
    // A subject missing here is a route the gateway cannot reach: add it to auth.conf's gateway list.
    expect(expected.filter((s) => !granted.includes(s))).toEqual([]);
    expect(sorted(granted)).toEqual(expected);
  });

  it('gives the gateway no wildcard, no domain event, no internal lookup and of JetStream only the live feed’s reading', () => {
    const granted = list('gateway', 'publish');
    // No wildcard but the e-mail consumer's own acks and its create-with-filter form.
    expect(
      granted.filter((s) => (s.includes('>') || s.includes('*')) && !s.includes(`.${mailDurable}.`)),
    ).toEqual([]);
    const events = Object.values(DOMAIN_EVENTS).flatMap((list) => list.map((e) => e.subject));
    expect(events.length).toBeGreaterThan(0);
    expect(granted.filter((s) => events.includes(s))).toEqual([]);
    expect(granted.filter((s) => INTERNAL_MESSAGES.some((m) => m.subject === s))).toEqual([]);
    // No durable consumer but its own e-mail one, no pull (MSG.NEXT) from or acknowledgement for another's.
    expect(sorted(granted.filter((s) => s.startsWith('$')))).toEqual(
      sorted([...liveJetStream(), ...mailJetStream()]),
    );
    expect(liveStreams().sort()).toEqual(['AID', 'BUDGET', 'CULTURE', 'REPORTING', 'TRAINING']);
    expect(list('gateway', 'subscribe')).toEqual(['_INBOX.>', '_INBOX_gateway.>']);
  });

  it('lets no user but "provision" create, change or delete a stream', () => {
    const changes = /^\$JS\.API\.(>|STREAM\.(>|CREATE|UPDATE|DELETE|PURGE|MSG\.DELETE|RESTORE|SNAPSHOT))/;
    for (const user of NATS_USERS.filter((u) => u !== 'provision'))
      expect({ user, changes: list(user, 'publish').filter((s) => changes.test(s) || s === '>') }).toEqual({
        user,
        changes: [],
      });
    expect(list('provision', 'publish')).toEqual(['$JS.API.INFO', '$JS.API.STREAM.>']);
    expect(list('provision', 'subscribe')).toEqual(['_INBOX_provision.>']);
  });
});
