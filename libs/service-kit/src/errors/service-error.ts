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

  /**
   * The 409 of an edit made on a version someone else has since replaced (optimistic locking). The
   * `version` field names the version the record has now, with whatever else the console needs to show
   * it (`extra`: the current record, its status); never a lost update.
   */
  static staleVersion(label: string, currentVersion: number, extra: Record<string, unknown> = {}) {
    return new ServiceError(
      'CONFLICT',
      `${label} was changed by someone else (now version ${currentVersion}); reload and try again`,
      [
        {
          path: 'version',
          code: 'stale',
          message: `${label} is now at version ${currentVersion}`,
          params: { rule: 'staleVersion', currentVersion, ...extra },
        },
      ],
    );
  }
}
