import 'reflect-metadata';
import { generateKeyPairSync } from 'node:crypto';
import { NatsContext } from '@nestjs/microservices';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { CULTURE_ROUTES, type Caller, type RouteInput, internalMessage } from '@ascc/contracts';
import { headers } from 'nats';
import { z } from 'zod';
import { CallerSigner } from '../../auth/caller-token';
import { type RequestContext, useCallerVerifyKey } from '../../auth/request-context';
import { HEADER } from '../../nats/headers';
import { ServiceError } from '../../errors/service-error';
import { Answers, Handles, declaredHandlers } from '../handles';

/** Foreign Affairs' editor links delegations to cultural events: culture.event.pick is theirs. */
const EDITOR: Caller = {
  userId: '6f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e90',
  username: 'sngv.editor',
  agencyCode: 'SNGV',
  roles: ['editor'],
};
const VIEWER: Caller = { ...EDITOR, username: 'sngv.viewer', roles: ['viewer'] };
/** The gateway's key pair: this process checks callers with its public half. */
const keys = generateKeyPairSync('ed25519');
useCallerVerifyKey(keys.publicKey);
const signer = new CallerSigner(keys.privateKey);
const natsContext = async (caller?: Caller) => {
  const h = headers();
  if (caller) h.set(HEADER.caller, await signer.sign(caller, 'culture', 'c-1'));
  h.set(HEADER.correlationId, 'c-1');
  return new NatsContext(['culture.event.options', h]);
};
const LOOKUP = internalMessage({
  subject: 'test.lookup',
  input: z.object({ id: z.uuid() }),
  output: z.object({ exists: z.boolean() }),
  summary: 'a test lookup',
});

class Events {
  calls: unknown[][] = [];

  @Handles(CULTURE_ROUTES.eventOptions)
  async options(input: RouteInput<typeof CULTURE_ROUTES.eventOptions>, ctx: RequestContext) {
    this.calls.push([input, ctx]);
    return { items: [] };
  }

  @Answers(LOOKUP)
  async lookup(input: { id: string }) {
    this.calls.push([input]);
    return { exists: true };
  }
}

/** What Nest calls for a subject: the handler the decorator registered for it. */
function handlerFor(subject: string): (payload: unknown, nats: NatsContext) => Promise<unknown> {
  const proto = Events.prototype as unknown as Record<string, unknown>;
  const key = Object.getOwnPropertyNames(proto).find((name) => {
    const value = proto[name];
    return typeof value === 'function' && Reflect.getMetadata(PATTERN_METADATA, value)?.[0] === subject;
  });
  if (!key) throw new Error(`nothing answers ${subject}`);
  const events = new Events();
  return (payload, nats) =>
    (proto[key] as (p: unknown, n: NatsContext) => Promise<unknown>).call(events, payload, nats);
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return (error as ServiceError).body;
};

describe('@Handles: the route decides who may call and what is taken, before the method runs', () => {
  const handle = handlerFor(CULTURE_ROUTES.eventOptions.subject);

  it("passes the parsed input and the caller from the gateway's headers", async () => {
    const events = new Events();
    const proto = Events.prototype as unknown as Record<
      string,
      (p: unknown, n: NatsContext) => Promise<unknown>
    >;
    const answer = await proto[`handle ${CULTURE_ROUTES.eventOptions.subject}`].call(
      events,
      { q: '  Tuần văn hóa  ' },
      await natsContext(EDITOR),
    );
    expect(answer).toEqual({ items: [] });
    const [input, ctx] = events.calls[0] as [unknown, RequestContext];
    expect(input).toEqual(CULTURE_ROUTES.eventOptions.input.parse({ q: '  Tuần văn hóa  ' }));
    expect(ctx).toEqual({ caller: EDITOR, correlationId: 'c-1' });
  });

  it('refuses a message without a caller (401), a caller the permission does not allow (403), then bad input (400)', async () => {
    expect((await refusal(handle({ q: 'x' }, await natsContext()))).code).toBe('UNAUTHENTICATED');
    // culture.event.pick is not a viewer's: refused before the input is even read.
    expect((await refusal(handle({ q: 7 }, await natsContext(VIEWER)))).code).toBe('FORBIDDEN');
    const bad = await refusal(handle({ q: 7 }, await natsContext(EDITOR)));
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.fields?.map((f) => f.path)).toEqual(['q']);
  });

  it('refuses (401) a caller the gateway did not sign, before the permission or the input is looked at', async () => {
    const events = new Events();
    const proto = Events.prototype as unknown as Record<
      string,
      (p: unknown, n: NatsContext) => Promise<unknown>
    >;
    const h = headers();
    h.set(HEADER.caller, JSON.stringify(EDITOR));
    h.set(HEADER.correlationId, 'c-1');
    const forged = proto[`handle ${CULTURE_ROUTES.eventOptions.subject}`].call(
      events,
      { q: 7 },
      new NatsContext(['culture.event.options', h]),
    );
    expect((await refusal(forged)).code).toBe('UNAUTHENTICATED');
    expect(events.calls).toEqual([]);
  });

  it('leaves the method itself callable with typed input by the class and its tests', async () => {
    const events = new Events();
    await events.options({ q: 'a' } as never, { caller: EDITOR, correlationId: null } as never);
    expect(events.calls).toHaveLength(1);
  });

  it('records each declared handler with its own contract', () => {
    const mine = declaredHandlers().filter((h) => h.className === 'Events');
    expect(mine.map((h) => [h.subject, h.kind, h.method])).toEqual([
      [CULTURE_ROUTES.eventOptions.subject, 'route', 'options'],
      ['test.lookup', 'internal', 'lookup'],
    ]);
    expect(mine[0].contract).toBe(CULTURE_ROUTES.eventOptions);
  });
});

describe('@Answers: an internal question is validated, with no caller needed', () => {
  const answer = handlerFor('test.lookup');

  it('answers a valid question and refuses a malformed one naming the field', async () => {
    expect(await answer({ id: EDITOR.userId }, await natsContext())).toEqual({ exists: true });
    const bad = await refusal(answer({ id: 'nope' }, await natsContext()));
    expect(bad.fields?.map((f) => f.path)).toEqual(['id']);
  });
});
