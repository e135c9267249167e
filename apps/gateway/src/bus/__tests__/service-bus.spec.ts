import { generateKeyPairSync } from 'node:crypto';
import type { ClientNats, NatsRecord } from '@nestjs/microservices';
import type { MsgHdrs } from 'nats';
import { of } from 'rxjs';
import { type Caller, TRAINING_ROUTES } from '@ascc/contracts';
import { CallerSigner, CallerVerifier, HEADER } from '@ascc/service-kit';
import { ServiceBus } from '../service-bus';

const EDITOR: Caller = {
  userId: '00000000-0000-4000-8000-000000000010',
  username: 'snv.editor',
  agencyCode: 'SNV',
  roles: ['editor'],
};

describe(ServiceBus.name, () => {
  const keys = generateKeyPairSync('ed25519');
  const sent: { subject: string; headers: MsgHdrs }[] = [];
  const client = {
    send: (subject: string, record: NatsRecord) => {
      sent.push({ subject, headers: record.headers as MsgHdrs });
      return of({ items: [] });
    },
  } as unknown as ClientNats;
  const bus = new ServiceBus(client, new CallerSigner(keys.privateKey));
  const verifier = new CallerVerifier(keys.publicKey);

  beforeEach(() => (sent.length = 0));

  it("signs the caller for the route's service and the request's correlation id", async () => {
    await bus.request(TRAINING_ROUTES.courseList, {}, { correlationId: 'req-1', caller: EDITOR });
    const [{ subject, headers }] = sent;
    expect(subject).toBe('training.course.list');
    expect(headers.get(HEADER.correlationId)).toBe('req-1');
    const token = headers.get(HEADER.caller);
    expect(token).not.toContain('snv.editor'); // not plain JSON any more
    expect(await verifier.verify(token, 'training', 'req-1')).toEqual(EDITOR);
    await expect(verifier.verify(token, 'budget', 'req-1')).rejects.toThrow();
    await expect(verifier.verify(token, 'training', 'req-2')).rejects.toThrow();
  });

  it('sends no caller when there is none (a public route, the health probe)', async () => {
    await bus.send('training.health', {}, { correlationId: 'req-3' });
    expect(sent[0].headers.has(HEADER.caller)).toBe(false);
  });
});
