import { ArgumentsHost, Catch, Logger, type RpcExceptionFilter } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type Observable, throwError } from 'rxjs';
import type { ServiceErrorBody } from '@ascc/contracts';
import { HEADER } from '../nats/headers';
import { isDatabaseUnavailable } from './database-unavailable';
import { ServiceError } from './service-error';

/**
 * Every failure leaves a service as a `ServiceErrorBody`. Known database conflicts become 409; a database
 * that cannot be reached just now a 503 (retry later); anything unexpected is logged here with its
 * correlation id and leaves as a bare 500, so nothing internal leaks.
 */
@Catch()
export class ServiceExceptionFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('ServiceError');

  catch(exception: unknown, host: ArgumentsHost): Observable<ServiceErrorBody> {
    const correlationId = correlationIdOf(host);
    return throwError(() => ({
      ...this.toBody(exception, correlationId),
      ...(correlationId ? { correlationId } : {}),
    }));
  }

  private toBody(exception: unknown, correlationId?: string): ServiceErrorBody {
    if (exception instanceof ServiceError) return exception.body;
    if (exception instanceof UniqueConstraintViolationException) {
      return ServiceError.refuse('recordExists', {}, 'A record with the same unique values already exists')
        .body;
    }
    if (exception instanceof OptimisticLockError) {
      return ServiceError.refuse(
        'recordChanged',
        {},
        'The record was changed by someone else; reload and try again',
      ).body;
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable [${correlationId ?? '-'}]`);
      return new ServiceError('SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly').body;
    }
    this.logger.error(
      `Unexpected error [${correlationId ?? '-'}]`,
      exception instanceof Error ? exception.stack : exception,
    );
    return new ServiceError('INTERNAL', 'Internal error').body;
  }
}

function correlationIdOf(host: ArgumentsHost): string | undefined {
  const ctx = host.switchToRpc().getContext<unknown>();
  if (ctx instanceof NatsContext) return ctx.getHeaders()?.get(HEADER.correlationId) || undefined;
  return undefined;
}
