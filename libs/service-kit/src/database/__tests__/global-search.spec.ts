import 'reflect-metadata';
import { generateKeyPairSync } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { NatsContext } from '@nestjs/microservices';
import { type Caller, type RouteInput, SEARCH_MESSAGES } from '@ascc/contracts';
import { headers } from 'nats';
import { CallerSigner } from '../../auth/caller-token';
import { type RequestContext, useCallerVerifyKey } from '../../auth/request-context';
import { ServiceError } from '../../errors/service-error';
import { Searches } from '../../handlers/handles';
import { HEADER } from '../../nats/headers';
import { answerSearch, findForSearch } from '../global-search';

/** Culture's editor: reads their own agency's events and estimates. */
const EDITOR: Caller = {
  userId: '6f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e91',
  username: 'svhttdl.editor',
  agencyCode: 'SVHTTDL',
  roles: ['editor'],
};
const keys = generateKeyPairSync('ed25519');
useCallerVerifyKey(keys.publicKey);
const signer = new CallerSigner(keys.privateKey);
const subject = SEARCH_MESSAGES.culture.subject;
const natsContext = async (caller?: Caller) => {
  const h = headers();
  if (caller) h.set(HEADER.caller, await signer.sign(caller, 'culture', 'c-1'));
  h.set(HEADER.correlationId, 'c-1');
  return new NatsContext([subject, h]);
};

class CultureSearch {
  calls: unknown[][] = [];

  @Searches(SEARCH_MESSAGES.culture)
  async find(input: RouteInput<typeof SEARCH_MESSAGES.culture>, ctx: RequestContext) {
    this.calls.push([input, ctx]);
    return { groups: [] };
  }
}

const handle = (search: CultureSearch, payload: unknown, nats: NatsContext) =>
  (CultureSearch.prototype as unknown as Record<string, (p: unknown, n: NatsContext) => Promise<unknown>>)[
    `handle ${subject}`
  ].call(search, payload, nats);

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return (error as ServiceError).body;
};

describe('@Searches', () => {
  it("passes the parsed words and kinds with the gateway's signed caller", async () => {
    const search = new CultureSearch();
    await handle(search, { q: '  le hoi  ', kinds: ['event'] }, await natsContext(EDITOR));
    expect(search.calls).toEqual([
      [
        { q: 'le hoi', kinds: ['event'] },
        { caller: EDITOR, correlationId: 'c-1' },
      ],
    ]);
  });

  it('refuses a message without a caller (401), then one naming no kind or an unknown one (400)', async () => {
    const search = new CultureSearch();
    expect((await refusal(handle(search, { q: 'x', kinds: ['event'] }, await natsContext()))).code).toBe(
      'UNAUTHENTICATED',
    );
    const bad = await refusal(handle(search, { q: 'x', kinds: ['secret'] }, await natsContext(EDITOR)));
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.fields?.map((f) => f.path)).toEqual(['kinds.0']);
    expect(search.calls).toEqual([]);
  });
});

describe(findForSearch.name, () => {
  it("refuses (403) a kind whose list the caller's role may not read, before any query", async () => {
    const em = {} as EntityManager;
    // Culture's viewer: the trainee registry is Home Affairs' staff's and each editor's own agency's only.
    const viewer: Caller = { ...EDITOR, username: 'svhttdl.viewer', roles: ['viewer'] };
    const ctx = { caller: viewer, correlationId: 'c-1' };
    expect((await refusal(findForSearch(em, 'Trainee', 'trainee', 'nguyen', ctx))).code).toBe('FORBIDDEN');
  });
});

describe(answerSearch.name, () => {
  it("answers the asked kinds it keeps, in the order asked, and leaves another service's out", async () => {
    const hit = { id: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f', title: 'Lễ hội' };
    const answer = await answerSearch(['trainee', 'event', 'course'], {
      course: async () => [],
      event: async () => [hit],
    });
    expect(answer).toEqual({
      groups: [
        { kind: 'event', items: [hit] },
        { kind: 'course', items: [] },
      ],
    });
  });
});
