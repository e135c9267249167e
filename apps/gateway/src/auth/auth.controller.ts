import { Controller, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AUTH_ROUTES as R, type Caller } from '@ascc/contracts';
import { type ApiRequest, ApiRoute, Message } from '../http/api-route.decorator';
import { parseMessage } from '../identity/parse-message';
import { authErrors } from './auth-errors';
import { BearerAuthenticator, bearerToken } from './bearer-authenticator';
import { clearedRefreshCookie, refreshCookie, refreshTokenOf } from './cookies';
import { OwnAccountService } from './own-account.service';
import { PasswordSignInService } from './password-sign-in.service';
import { loginRateLimiter } from './rate-limit';
import { RefreshAndSignOutService } from './refresh-sign-out.service';
import { SecondFactorService } from './second-factor.service';
import type { AuthContext, SignedIn } from './session-issuer';

/** Sign-in and the signed-in person's own account (AUTH_ROUTES). */
@Controller()
export class AuthController {
  private readonly loginLimiter = loginRateLimiter();

  constructor(
    private readonly passwordSignIn: PasswordSignInService,
    private readonly secondFactor: SecondFactorService,
    private readonly session: RefreshAndSignOutService,
    private readonly account: OwnAccountService,
    private readonly authenticator: BearerAuthenticator,
  ) {}

  @ApiRoute(R.login)
  async login(
    @Message() message: unknown,
    @Req() req: ApiRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    this.throttle(req, res);
    const outcome = await this.passwordSignIn.login(parseMessage(R.login, message), context(req));
    res.setHeader('Cache-Control', 'no-store');
    if (outcome.kind === 'second-factor') return outcome.body;
    return sendSession(req, res, outcome);
  }

  @ApiRoute(R.loginTotp)
  async loginTotp(
    @Message() message: unknown,
    @Req() req: ApiRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    this.throttle(req, res);
    const signedIn = await this.secondFactor.loginTotp(parseMessage(R.loginTotp, message), context(req));
    return sendSession(req, res, signedIn);
  }

  @ApiRoute(R.refresh)
  async refresh(@Req() req: ApiRequest, @Res({ passthrough: true }) res: Response) {
    try {
      return sendSession(req, res, await this.session.refresh(refreshTokenOf(req), context(req)));
    } catch (error) {
      // A refused refresh token is dead for good: the browser should drop it.
      res.setHeader('Set-Cookie', clearedRefreshCookie(req));
      throw error;
    }
  }

  @ApiRoute(R.logout)
  async logout(@Req() req: ApiRequest, @Res({ passthrough: true }) res: Response) {
    await this.session.logout(refreshTokenOf(req), bearerToken(req), context(req));
    res.setHeader('Set-Cookie', clearedRefreshCookie(req));
    return { ok: true as const };
  }

  @ApiRoute(R.me)
  me(@Req() req: ApiRequest) {
    return this.account.me(callerOf(req));
  }

  @ApiRoute(R.changePassword)
  changePassword(@Message() message: unknown, @Req() req: ApiRequest) {
    const input = parseMessage(R.changePassword, message);
    const keep = this.authenticator.sessionOf(req)?.familyId;
    return this.account.changePassword(callerOf(req), keep, input, context(req));
  }

  @ApiRoute(R.updateMailPreferences)
  updateMailPreferences(@Message() message: unknown, @Req() req: ApiRequest) {
    const input = parseMessage(R.updateMailPreferences, message);
    return this.account.updateMailPreferences(callerOf(req), input, context(req));
  }

  @ApiRoute(R.secondFactor)
  secondFactorStatus(@Req() req: ApiRequest) {
    return this.secondFactor.status(callerOf(req));
  }

  @ApiRoute(R.startSecondFactorSetup)
  startSecondFactorSetup(@Req() req: ApiRequest, @Res({ passthrough: true }) res: Response) {
    // The answer holds the secret: no cache keeps it.
    res.setHeader('Cache-Control', 'no-store');
    return this.secondFactor.startSetup(callerOf(req));
  }

  @ApiRoute(R.confirmSecondFactorSetup)
  confirmSecondFactorSetup(
    @Message() message: unknown,
    @Req() req: ApiRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const input = parseMessage(R.confirmSecondFactorSetup, message);
    res.setHeader('Cache-Control', 'no-store');
    return this.secondFactor.confirmSetup(callerOf(req), input, context(req));
  }

  @ApiRoute(R.regenerateRecoveryCodes)
  regenerateRecoveryCodes(
    @Message() message: unknown,
    @Req() req: ApiRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const input = parseMessage(R.regenerateRecoveryCodes, message);
    res.setHeader('Cache-Control', 'no-store');
    return this.secondFactor.regenerateRecoveryCodes(callerOf(req), input, context(req));
  }

  /** Every /api/auth/login* request counts, good or bad: the limit is on guessing, not on failing. */
  private throttle(req: ApiRequest, res: Response) {
    const waitMs = this.loginLimiter.hit(req.ip ?? 'unknown');
    if (waitMs > 0) {
      res.setHeader('Retry-After', String(Math.ceil(waitMs / 1000)));
      throw authErrors.rateLimited();
    }
  }
}

function context(req: ApiRequest): AuthContext {
  return {
    correlationId: req.correlationId,
    client: { ip: req.ip, userAgent: req.headers['user-agent'] },
  };
}

function callerOf(req: ApiRequest): Caller {
  // The permission guard has authenticated every route that is not public.
  if (!req.caller) throw authErrors.unauthenticated('Sign-in required');
  return req.caller;
}

function sendSession(req: ApiRequest, res: Response, signedIn: SignedIn) {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Set-Cookie', refreshCookie(req, signedIn.refreshToken, signedIn.refreshMaxAgeSeconds));
  return signedIn.body;
}
