import { generateKeyPairSync } from 'node:crypto';
import type { ClientNats } from '@nestjs/microservices';
import { ErrorCode, type MsgHdrs, NatsError } from 'nats';
import { type Caller, TRAINING_ROUTES } from '@ascc/contracts';
import { CallerSigner, CallerVerifier, HEADER } from '@ascc/service-kit';
import { ApiError, ServiceBus, replyText } from '../service-bus';

const EDITOR: Caller = {
  userId: '00000000-0000-4000-8000-000000000010',
  username: 'snv.editor',
  agencyCode: 'SNV',
  roles: ['editor'],
};

/** The bytes a service's Nest server answers with (NatsRecordSerializer: JSON of the packet). */
const nestReply = (packet: object) => ({ data: new TextEncoder().encode(JSON.stringify(packet)) });

describe(ServiceBus.name, () => {
  const keys = generateKeyPairSync('ed25519');
  const sent: {
    subject: string;
    packet: { pattern: string; data: unknown; id: string };
    headers: MsgHdrs;
  }[] = [];
  /** What the fake service answers to a packet (by default: Nest's one-packet reply of `{ items: [] }`). */
  let answer: (id: string) => { data: Uint8Array } | Promise<never> = (id) =>
    nestReply({ response: { items: [] }, isDisposed: true, id });
  const connection = {
    request: async (subject: string, data: Uint8Array, opts: { headers: MsgHdrs }) => {
      const packet = JSON.parse(new TextDecoder().decode(data)) as (typeof sent)[number]['packet'];
      sent.push({ subject, packet, headers: opts.headers });
      return answer(packet.id);
    },
  };
  const client = { unwrap: () => connection } as unknown as ClientNats;
  const bus = new ServiceBus(client, new CallerSigner(keys.privateKey));
  const verifier = new CallerVerifier(keys.publicKey);

  beforeEach(() => {
    sent.length = 0;
    answer = (id) => nestReply({ response: { items: [] }, isDisposed: true, id });
  });

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

  it("sends Nest's packet: the subject as pattern, the validated message as data, a fresh id", async () => {
    await bus.request(TRAINING_ROUTES.courseList, { page: '2' }, { correlationId: 'req-4' });
    await bus.request(TRAINING_ROUTES.courseList, {}, { correlationId: 'req-5' });
    expect(Object.keys(sent[0].packet)).toEqual(['pattern', 'data', 'id']);
    expect(sent[0].packet).toMatchObject({ pattern: 'training.course.list', data: { page: 2 } });
    expect(sent[0].packet.id).not.toBe(sent[1].packet.id);
  });

  it("relays the service's answer as its JSON text and parses it for `request`", async () => {
    const page = { items: [{ id: 'c-1', titleVi: 'Khóa "ngoại ngữ"', fee: 12 }], total: 1 };
    answer = (id) => nestReply({ response: page, isDisposed: true, id });
    const text = await bus.relay(TRAINING_ROUTES.courseList, {}, { correlationId: 'req-6' });
    expect(text).toBe(JSON.stringify(page));
    expect(await bus.request(TRAINING_ROUTES.courseList, {}, { correlationId: 'req-7' })).toEqual(page);
  });

  it('refuses an invalid message with the fields named, sending nothing', async () => {
    const refused = bus.relay(TRAINING_ROUTES.courseList, { pageSize: 'many' }, { correlationId: 'req-8' });
    await expect(refused).rejects.toMatchObject({
      body: {
        code: 'VALIDATION_FAILED',
        status: 400,
        fields: [expect.objectContaining({ path: 'pageSize' })],
      },
    });
    expect(sent).toEqual([]);
  });

  it("answers the service's refusal with its body and the request's correlation id", async () => {
    const err = { code: 'NOT_FOUND', status: 404, message: 'No such course' };
    answer = (id) => nestReply({ err, isDisposed: true, id });
    const failed = bus.relay(TRAINING_ROUTES.courseList, {}, { correlationId: 'req-9' });
    await expect(failed).rejects.toBeInstanceOf(ApiError);
    await expect(failed).rejects.toMatchObject({ body: { ...err, correlationId: 'req-9' } });
  });

  it.each([
    ['no copy of the service is subscribed', ErrorCode.NoResponders, 'The training service is not running'],
    ['the service does not answer in time', ErrorCode.Timeout, 'The training service did not answer in time'],
    ['the connection is closed', ErrorCode.ConnectionClosed, 'The training service cannot be reached'],
  ])('answers 503 when %s', async (_, code, message) => {
    answer = () => Promise.reject(NatsError.errorForCode(code));
    await expect(bus.relay(TRAINING_ROUTES.courseList, {}, { correlationId: 'r' })).rejects.toMatchObject({
      body: { code: 'SERVICE_UNAVAILABLE', status: 503, message, correlationId: 'r' },
    });
  });

  describe(replyText.name, () => {
    it('takes the response out of one packet without parsing it, whatever its text holds', () => {
      const response = { note: '},"isDisposed":true,"id":"x"}', n: [1, 2] };
      expect(replyText(nestReply({ response, isDisposed: true, id: 'x' }), 'x')).toBe(
        JSON.stringify(response),
      );
    });

    it('parses any other shape as Nest would: a reply without isDisposed, another key order', () => {
      expect(replyText(nestReply({ response: [1], id: 'a' }), 'a')).toBe('[1]');
      expect(replyText(nestReply({ id: 'a', isDisposed: true, response: 'ok' }), 'a')).toBe('"ok"');
    });

    it('refuses a reply to another request, an answer with no value and an empty reply', () => {
      expect(() => replyText(nestReply({ response: 1, isDisposed: true, id: 'b' }), 'a')).toThrow();
      expect(() => replyText(nestReply({ isDisposed: true, id: 'a' }), 'a')).toThrow('no value');
      expect(() => replyText({ data: new Uint8Array() }, 'a')).toThrow();
    });
  });
});
