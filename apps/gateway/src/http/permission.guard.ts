import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ERROR_STATUS, type HttpRouteContract, PERMISSIONS, authorize, refusalBody } from '@ascc/contracts';
import { setRequestCaller } from '@ascc/service-kit';
import { ApiError } from '../bus/service-bus';
import { AUTHENTICATOR, type Authenticator } from '../auth/authenticator';
import { type ApiRequest, ROUTE_CONTRACT } from './api-route.decorator';

/**
 * Deny by default: a handler without a route contract, or whose permission is not in the table, is
 * refused. Otherwise the caller is authenticated (401) and checked against the permission table (403);
 * what a grant reaches within the agency is checked by the service against the record.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<ApiRequest>();
    const route = this.reflector.get<HttpRouteContract | undefined>(ROUTE_CONTRACT, context.getHandler());
    if (!route || !(route.permission in PERMISSIONS)) {
      throw new ApiError({ code: 'FORBIDDEN', status: ERROR_STATUS.FORBIDDEN, message: 'Not allowed' });
    }
    if (PERMISSIONS[route.permission] === 'public') return true;
    const { mustChangePassword, ...caller } = await this.authenticator.authenticate(req);
    req.caller = caller;
    setRequestCaller(caller.userId);
    // A first or reset password must be replaced before anything but one's own session is touched.
    if (mustChangePassword && route.permission !== 'session.self') {
      throw new ApiError({
        ...refusalBody('passwordChangeRequired', {}, 'Change your password before continuing'),
        correlationId: req.correlationId,
      });
    }
    if (!authorize(route.permission, req.caller).allowed) {
      throw new ApiError({
        code: 'FORBIDDEN',
        status: ERROR_STATUS.FORBIDDEN,
        message: 'Your role does not allow this action',
        correlationId: req.correlationId,
      });
    }
    return true;
  }
}
