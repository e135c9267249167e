import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { MAX_JSON_BODY_BYTES, type ServiceErrorBody, refusalBody, ruleParams } from '@ascc/contracts';

/** The body parser's error type for a body whose bytes are not UTF-8. */
const NOT_UTF8 = 'entity.not.utf8';

/**
 * The JSON parser's `verify`: a UTF-8 body (the default, and what the console sends) must be valid UTF-8.
 * The parser would otherwise decode bad bytes to U+FFFD without a word, storing "�" for what was sent.
 */
export function verifyUtf8(
  _req: IncomingMessage,
  _res: ServerResponse,
  body: Buffer,
  encoding: string,
): void {
  if (/^utf-?8$/i.test(encoding) && !isUtf8(body)) {
    throw Object.assign(new Error('The body is not valid UTF-8'), { type: NOT_UTF8 });
  }
}

interface BodyParserError {
  status?: number;
  type?: string;
  /** The parser's limit in bytes, on a body too large. */
  limit?: number;
}

/**
 * Express error middleware after the JSON body parsers: a body over its route's limit answers 413
 * PAYLOAD_TOO_LARGE naming the limit, an unreadable body (not JSON, not UTF-8) 400, both in the one
 * error model (the parser's own errors would otherwise reach Express's HTML error page, or Nest as an
 * unknown 500).
 */
export function bodyErrors(
  error: unknown,
  req: Request & { correlationId?: string },
  res: Response,
  next: NextFunction,
): void {
  const { status, type, limit } = (error ?? {}) as BodyParserError;
  if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
  const correlationId = req.correlationId;
  let body: ServiceErrorBody;
  if (status === 413 || type === 'entity.too.large') {
    const maxKilobytes = Math.floor((limit ?? MAX_JSON_BODY_BYTES) / 1024);
    const message = `The request is larger than ${maxKilobytes} KB`;
    body = refusalBody('bodyTooLarge', { maxKilobytes }, message);
  } else if (type === NOT_UTF8) {
    const message = 'The body is not valid UTF-8';
    body = {
      code: 'VALIDATION_FAILED',
      status: 400,
      message,
      fields: [{ path: 'body', code: 'custom', message, params: ruleParams('malformedText') }],
    };
  } else {
    body = {
      code: 'VALIDATION_FAILED',
      status: 400,
      message: type === 'entity.parse.failed' ? 'The body is not valid JSON' : 'The body cannot be read',
    };
  }
  res.status(body.status).json({ ...body, ...(correlationId ? { correlationId } : {}) });
}
