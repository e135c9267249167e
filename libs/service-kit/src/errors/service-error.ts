import { RpcException } from '@nestjs/microservices';
import {
  ERROR_STATUS,
  type ErrorCode,
  type FieldError,
  type RefusalAt,
  type RefusalParams,
  type RefusalRule,
  type ServiceErrorBody,
  refusalField,
} from '@ascc/contracts';

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
   * A request refused by one of the rules of `REFUSAL_RULES` (409 unless `code` says otherwise), with
   * the params its sentence needs — who is already enrolled, which year is locked — so the console
   * says why in the reader's language. `at` places it on a form's field; without it, it concerns the
   * record as a whole.
   */
  static refuse<R extends RefusalRule>(
    rule: R,
    params: RefusalParams<R>,
    message: string,
    options: { at?: RefusalAt; code?: ErrorCode; extra?: Record<string, unknown> } = {},
  ) {
    return new ServiceError(options.code ?? 'CONFLICT', message, [
      refusalField(rule, params, message, options.at, options.extra),
    ]);
  }

  /** Several refusals by one rule at once (each trainee already on a course), one field error each. */
  static refuseAll<R extends RefusalRule>(
    rule: R,
    items: { params: RefusalParams<R>; message: string; at: RefusalAt }[],
    message: string,
  ) {
    return new ServiceError(
      'CONFLICT',
      message,
      items.map((item) => refusalField(rule, item.params, item.message, item.at)),
    );
  }

  /**
   * The 409 of an edit made on a version someone else has since replaced (optimistic locking). The
   * `version` field names the version the record has now, with whatever else the console needs to show
   * it (`extra`: the current record, its status); never a lost update.
   */
  static staleVersion(label: string, currentVersion: number, extra: Record<string, unknown> = {}) {
    return ServiceError.refuse(
      'staleVersion',
      { currentVersion },
      `${label} was changed by someone else (now version ${currentVersion}); reload and try again`,
      { at: { path: 'version', code: 'stale' }, extra },
    );
  }
}
