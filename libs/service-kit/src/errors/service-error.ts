import { RpcException } from '@nestjs/microservices';
import { ERROR_STATUS, type ErrorCode, type FieldError, type ServiceErrorBody } from '@ascc/contracts';

/** A failure a caller should see: a stable code, its HTTP status and a safe message. */
export class ServiceError extends RpcException {
  readonly body: ServiceErrorBody;

  constructor(code: ErrorCode, message: string, fields?: FieldError[]) {
    const body: ServiceErrorBody = {
      code,
      status: ERROR_STATUS[code],
      message,
      ...(fields ? { fields } : {}),
    };
    super(body);
    this.body = body;
  }

  static notFound(entity: string, id: string) {
    return new ServiceError('NOT_FOUND', `${entity} ${id} was not found`);
  }
}
