import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ERROR_STATUS, type ErrorCode, type ServiceErrorBody } from '@ascc/contracts';
import { isDatabaseUnavailable } from '@ascc/service-kit';
import { ApiError } from '../bus/service-bus';

const CODE_BY_STATUS: Record<number, ErrorCode> = Object.fromEntries(
  Object.entries(ERROR_STATUS).map(([code, status]) => [status, code as ErrorCode]),
);

/**
 * Every error leaves the gateway as JSON in the one error model: its own database out of reach (the
 * session lookup while PostgreSQL restarts) as a 503 to retry, unexpected ones as a bare 500.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Gateway');

  catch(exception: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { correlationId?: string }>();
    const res = http.getResponse<Response>();
    const body = this.toBody(exception, req.correlationId);
    if (exception instanceof ApiError && exception.retryAfterSeconds) {
      res.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    res.status(body.status).json(body);
  }

  private toBody(exception: unknown, correlationId?: string): ServiceErrorBody {
    if (exception instanceof ApiError) return { ...exception.body, correlationId };
    if (exception instanceof HttpException) {
      // Framework errors: unknown route (404), malformed JSON (400), body too large (413).
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status < 500 ? 'VALIDATION_FAILED' : 'INTERNAL');
      const message = status === 404 ? 'Not found' : status < 500 ? exception.message : 'Internal error';
      return { code, status, message, correlationId };
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable [${correlationId ?? '-'}]`);
      return {
        code: 'SERVICE_UNAVAILABLE',
        status: ERROR_STATUS.SERVICE_UNAVAILABLE,
        message: 'The database is unavailable; try again shortly',
        correlationId,
      };
    }
    this.logger.error(
      `Unexpected error [${correlationId ?? '-'}]`,
      exception instanceof Error ? exception.stack : exception,
    );
    return { code: 'INTERNAL', status: 500, message: 'Internal error', correlationId };
  }
}
