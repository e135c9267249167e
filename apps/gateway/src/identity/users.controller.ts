import { Controller, Req } from '@nestjs/common';
import { USER_ROUTES as R } from '@ascc/contracts';
import { authErrors } from '../auth/auth-errors';
import { SecondFactorService } from '../auth/second-factor.service';
import { type ApiRequest, ApiRoute, Message } from '../http/api-route.decorator';
import { parseMessage } from './parse-message';
import { type AdminContext, UserCommandsService } from './user-commands.service';
import { UserQueriesService } from './user-queries.service';

/** Users and roles, for administrators (USER_ROUTES). */
@Controller()
export class UsersController {
  constructor(
    private readonly commands: UserCommandsService,
    private readonly queries: UserQueriesService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  @ApiRoute(R.list)
  list(@Message() message: unknown) {
    return this.queries.list(parseMessage(R.list, message));
  }

  @ApiRoute(R.get)
  get(@Message() message: unknown) {
    return this.queries.get(parseMessage(R.get, message));
  }

  @ApiRoute(R.create)
  create(@Message() message: unknown, @Req() req: ApiRequest) {
    return this.commands.create(parseMessage(R.create, message), adminContext(req));
  }

  @ApiRoute(R.update)
  update(@Message() message: unknown, @Req() req: ApiRequest) {
    return this.commands.update(parseMessage(R.update, message), adminContext(req));
  }

  @ApiRoute(R.resetPassword)
  resetPassword(@Message() message: unknown, @Req() req: ApiRequest) {
    return this.commands.resetPassword(parseMessage(R.resetPassword, message), adminContext(req));
  }

  @ApiRoute(R.resetSecondFactor)
  resetSecondFactor(@Message() message: unknown, @Req() req: ApiRequest) {
    return this.secondFactor.reset(parseMessage(R.resetSecondFactor, message), adminContext(req));
  }

  @ApiRoute(R.history)
  history(@Message() message: unknown) {
    return this.queries.history(parseMessage(R.history, message));
  }

  @ApiRoute(R.audit)
  audit(@Message() message: unknown) {
    return this.queries.searchAudit(parseMessage(R.audit, message));
  }
}

function adminContext(req: ApiRequest): AdminContext {
  // The permission guard has authenticated the caller of every route here.
  if (!req.caller) throw authErrors.unauthenticated('Sign-in required');
  return { caller: req.caller, correlationId: req.correlationId };
}
