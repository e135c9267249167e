import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { bodyErrors, verifyUtf8 } from '../http/body-errors';

const req = {} as IncomingMessage;
const res = {} as ServerResponse;

/** What `bodyErrors` answers for the error `verifyUtf8` throws, as the body parser hands it on (403). */
function answerTo(error: unknown, status = 403) {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
      return this;
    },
  } as unknown as Response;
  bodyErrors(
    Object.assign(error as object, { status }),
    {} as Request,
    response,
    (() => undefined) as NextFunction,
  );
  return sent;
}

describe(verifyUtf8.name, () => {
  it('lets a UTF-8 body through, Vietnamese and astral characters included', () => {
    expect(() => verifyUtf8(req, res, Buffer.from('{"titleVi":"Lễ hội 🎉"}'), 'utf-8')).not.toThrow();
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence', [0xe1, 0xba]],
    ['Latin-1 "ễ"', [0xea]],
  ])('refuses %s, and the gateway answers 400 naming the body', (_, bytes) => {
    const body = Buffer.concat([Buffer.from('{"titleVi":"'), Buffer.from(bytes), Buffer.from('"}')]);
    let thrown: unknown;
    try {
      verifyUtf8(req, res, body, 'utf-8');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(answerTo(thrown)).toEqual({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        status: 400,
        message: 'The body is not valid UTF-8',
        fields: [
          {
            path: 'body',
            code: 'custom',
            message: 'The body is not valid UTF-8',
            params: { rule: 'malformedText' },
          },
        ],
      },
    });
  });

  it('leaves a body sent in another declared charset to the parser', () => {
    expect(() => verifyUtf8(req, res, Buffer.from('{"a":"b"}', 'utf16le'), 'utf-16le')).not.toThrow();
  });
});

describe(bodyErrors.name, () => {
  it.each([
    [100 * 1024, 100],
    [8 * 1024 * 1024, 8192],
  ])(
    'answers a body over the limit of %i bytes with a 413 naming %i KB, and nothing internal',
    (limit, kb) => {
      const error = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', limit });
      expect(answerTo(error, 413)).toEqual({
        status: 413,
        body: {
          code: 'PAYLOAD_TOO_LARGE',
          status: 413,
          message: `The request is larger than ${kb} KB`,
          fields: [
            {
              path: '',
              code: 'refused',
              message: `The request is larger than ${kb} KB`,
              params: { rule: 'bodyTooLarge', maxKilobytes: kb },
            },
          ],
        },
      });
    },
  );
});
