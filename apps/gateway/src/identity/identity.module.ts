/*
 * Identity lives in a module of the gateway with its own database (SQLite file data/identity.sqlite by
 * default; PostgreSQL schema `identity` when DATABASE_URL is set), because authentication happens at
 * the edge: tokens are issued and verified where every request enters, and a separate service would add
 * a NATS hop to each token refresh without isolating anything the gateway does not already hold.
 */
import { Module } from '@nestjs/common';
import { DatabaseModule } from '@ascc/service-kit';
import { AccountLockout } from '../auth/account-lockout';
import { AuthController } from '../auth/auth.controller';
import { deriveKeys, loadAuthSecret } from '../auth/auth-secret';
import { AUTHENTICATOR } from '../auth/authenticator';
import { BearerAuthenticator } from '../auth/bearer-authenticator';
import { OwnAccountService } from '../auth/own-account.service';
import { PasswordSignInService } from '../auth/password-sign-in.service';
import { RefreshAndSignOutService } from '../auth/refresh-sign-out.service';
import { SecondFactorService } from '../auth/second-factor.service';
import { SessionIssuer } from '../auth/session-issuer';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { SessionCache } from '../auth/session-cache';
import { SessionsService } from '../auth/sessions.service';
import { AUTH_KEYS, TokensService } from '../auth/tokens.service';
import { DATABASE } from '../database';
import { DemoUsers } from './demo-users';
import { UserAudit } from './user-audit';
import { UserCommandsService } from './user-commands.service';
import { UserQueriesService } from './user-queries.service';
import { UsersController } from './users.controller';

@Module({
  imports: [DatabaseModule.forService(DATABASE)],
  controllers: [AuthController, UsersController],
  providers: [
    // Read once at start: a missing or short AUTH_SECRET in production stops the gateway here.
    { provide: AUTH_KEYS, useFactory: () => deriveKeys(loadAuthSecret()) },
    TokensService,
    SessionsService,
    SignInThrottle,
    AccountLockout,
    SessionIssuer,
    PasswordSignInService,
    SecondFactorService,
    RefreshAndSignOutService,
    OwnAccountService,
    UserCommandsService,
    UserQueriesService,
    UserAudit,
    SessionCache,
    BearerAuthenticator,
    { provide: AUTHENTICATOR, useExisting: BearerAuthenticator },
    DemoUsers,
  ],
  exports: [AUTHENTICATOR, BearerAuthenticator, SessionCache, SessionsService],
})
export class IdentityModule {}
