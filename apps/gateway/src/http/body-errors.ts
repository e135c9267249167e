import type { NextFunction, Request, Response } from 'express';
import { MAX_BODY_BYTES, type ServiceErrorBody, refusalField } from '@ascc/contracts';

interface BodyParserError {
  status?: number;
  type?: string;
}

/**
 * Express error middleware after the JSON body parser: a body over `MAX_BODY_BYTES` answers 413
 * PAYLOAD_TOO_LARGE naming the limit, an unreadable body 400, both in the one error model (the parser's
 * own errors would otherwise reach Express's HTML error page, or Nest as an unknown 500).
 */
export function bodyErrors(
  error: unknown,
  req: Request & { correlationId?: string },
  res: Response,
  next: NextFunction,
): void {
  const { status, type } = (error ?? {}) as BodyParserError;
  if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
  const correlationId = req.correlationId;
  let body: ServiceErrorBody;
  if (status === 413 || type === 'entity.too.large') {
    const maxMegabytes = MAX_BODY_BYTES / 1024 / 1024;
    const message = `The request is larger than ${maxMegabytes} MB`;
    body = {
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
      message,
      fields: [refusalField('bodyTooLarge', { maxMegabytes }, message, undefined)],
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
