import { Inject, Injectable, Logger } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import {
  AUTH_ROUTES,
  type Caller,
  type SecondFactorSetup,
  type SecondFactorStatus,
  type SecondFactorStep,
  USER_ROUTES,
  type User as UserDto,
  secondFactorRequired,
} from '@ascc/contracts';
import type { z } from 'zod';
import { RecoveryCode } from '../identity/recovery-code.entity';
import { UserAudit } from '../identity/user-audit';
import { toUserDto } from '../identity/user-dto';
import { findUser } from '../identity/user-guards';
import { User, bookkeeping } from '../identity/user.entity';
import { AccountLockout, lockedUntil } from './account-lockout';
import { authErrors } from './auth-errors';
import { qrCodeDataUrl } from './qr-code';
import { generateRecoveryCodes } from './recovery-codes';
import { type AuthContext, SessionIssuer, type SignedIn } from './session-issuer';
import { type ChallengeClaims, TokensService } from './tokens.service';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp';

type TotpLogin = z.infer<typeof AUTH_ROUTES.loginTotp.input>;
type ConfirmCode = z.infer<typeof AUTH_ROUTES.confirmSecondFactorSetup.input>;
type ResetInput = z.infer<typeof USER_ROUTES.resetSecondFactor.input>;

const REUSED_OR_WRONG_CODE = 'Wrong code, or a code that was already used; wait for the next one';
const STEP_NO_LONGER_VALID = 'This sign-in step is no longer valid; sign in again';

/** Refused inside a transaction: rolls it back. */
class Refused extends Error {}

/**
 * The TOTP second factor: the challenge after a good password, the set-up (at sign-in for those whose
 * roles require it, from their account for anyone), one-time recovery codes, and an administrator's
 * reset. Each code is good once; each challenge is good once and dies with a password change or a
 * reset; wrong codes count towards the account's lock.
 */
@Injectable()
export class SecondFactorService {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly tokens: TokensService,
    private readonly lockout: AccountLockout,
    private readonly issuer: SessionIssuer,
    private readonly audit: UserAudit,
  ) {}

  /** The step a user whose password was right must take next, or null when none is needed. */
  async stepFor(em: EntityManager, user: User): Promise<SecondFactorStep | null> {
    if (user.totpEnabled) {
      return { status: 'totp-required', challenge: await this.tokens.issueChallenge(user, 'verify') };
    }
    if (!secondFactorRequired(user)) return null;
    const setup = await this.setupOf(em, user);
    return {
      status: 'totp-setup-required',
      challenge: await this.tokens.issueChallenge(user, 'setup'),
      ...setup,
    };
  }

  /**
   * The second step: a TOTP code (or, once TOTP is on, a recovery code) against the challenge; for a
   * set-up, this also enables TOTP and answers the recovery codes once.
   */
  async loginTotp(input: TotpLogin, ctx: AuthContext): Promise<SignedIn> {
    const now = new Date();
    let challenge: ChallengeClaims;
    try {
      challenge = await this.tokens.verifyChallenge(input.challenge, now.getTime());
    } catch {
      throw authErrors.unauthenticated('This sign-in step has expired; sign in again');
    }
    const em = this.orm.em.fork();
    const user = await em.findOne(User, { id: challenge.sub });
    if (!user || !user.active) throw authErrors.unauthenticated('Sign-in required');
    if (lockedUntil(user, now)) throw authErrors.locked(user.lockedUntil as Date);
    if (
      challenge.ver !== user.challengeVersion ||
      user.totpEnabled !== (challenge.purpose === 'verify') ||
      !user.totpSecret
    ) {
      throw authErrors.unauthenticated(STEP_NO_LONGER_VALID);
    }
    const code = input.code.trim();
    const accepted = /^\d{6}$/.test(code)
      ? await this.claimTotp(em, user, code, now, challenge.ver)
      : // A set-up is confirmed only by the new authenticator, never by a recovery code.
        challenge.purpose === 'verify' &&
        (await this.useRecoveryCode(em, user, code, challenge.ver, now, ctx));
    if (!accepted) {
      const lock = await this.lockout.recordFailure(em, user, now, ctx.correlationId);
      throw lock ? authErrors.locked(lock) : authErrors.unauthenticated(REUSED_OR_WRONG_CODE);
    }
    if (challenge.purpose === 'setup') {
      const self = { userId: user.id, username: user.username, agencyCode: user.agencyCode };
      const recoveryCodes = await this.enable(user, self, ctx);
      const signedIn = await this.issuer.signIn(em, user, ctx, now);
      return { ...signedIn, body: { ...signedIn.body, recoveryCodes } };
    }
    return this.issuer.signIn(em, user, ctx, now);
  }

  /** One's own second factor, for the account screen. */
  async status(caller: Caller): Promise<SecondFactorStatus> {
    const em = this.orm.em.fork();
    const user = await this.ownUser(em, caller);
    return {
      enabled: user.totpEnabled,
      required: secondFactorRequired(user),
      recoveryCodesLeft: user.totpEnabled ? await em.count(RecoveryCode, { user: user.id, usedAt: null }) : 0,
    };
  }

  /** Starts (or shows again) a set-up from the account screen; enabled once a code confirms it. */
  async startSetup(caller: Caller): Promise<SecondFactorSetup> {
    const em = this.orm.em.fork();
    const user = await this.ownUser(em, caller);
    if (user.totpEnabled) {
      throw authErrors.refuse(
        'secondFactorAlreadyEnabled',
        {},
        'Your authenticator is already set up; ask an administrator to reset it to change it',
      );
    }
    return this.setupOf(em, user);
  }

  /** Enables TOTP with a current code of the authenticator being set up; the recovery codes, once. */
  async confirmSetup(
    caller: Caller,
    input: ConfirmCode,
    ctx: AuthContext,
  ): Promise<{ recoveryCodes: string[] }> {
    const now = new Date();
    const em = this.orm.em.fork();
    const user = await this.ownUser(em, caller);
    if (user.totpEnabled) {
      throw authErrors.refuse('secondFactorAlreadyEnabled', {}, 'Your authenticator is already set up');
    }
    if (!user.totpSecret) {
      throw authErrors.refuse('secondFactorNotSetUp', {}, 'Start the authenticator set-up first');
    }
    if (!(await this.claimTotp(em, user, input.code, now))) throw codeRejected();
    return { recoveryCodes: await this.enable(user, caller, ctx) };
  }

  /** New recovery codes for a current authenticator code; the earlier ones stop working. */
  async regenerateRecoveryCodes(
    caller: Caller,
    input: ConfirmCode,
    ctx: AuthContext,
  ): Promise<{ recoveryCodes: string[] }> {
    const now = new Date();
    const em = this.orm.em.fork();
    const user = await this.ownUser(em, caller);
    if (!user.totpEnabled || !user.totpSecret) {
      throw authErrors.refuse('secondFactorNotSetUp', {}, 'Set up an authenticator first');
    }
    // Someone holding a stolen session must not be able to guess codes for a lasting way in.
    if (lockedUntil(user, now)) throw codeRejected();
    if (!(await this.claimTotp(em, user, input.code, now))) {
      await this.lockout.recordFailure(em, user, now, ctx.correlationId);
      throw codeRejected();
    }
    const recoveryCodes = await em.transactional(async (tx) => {
      const codes = await this.replaceRecoveryCodes(tx, user.id);
      this.audit.record(
        {
          action: 'user.recovery-codes-regenerated',
          actor: caller,
          user,
          changes: { recoveryCodes: codes.length },
          correlationId: ctx.correlationId,
        },
        tx,
      );
      return codes;
    });
    return { recoveryCodes };
  }

  /**
   * An administrator's reset of a user's authenticator (a lost phone): the secret, the recovery codes
   * and any challenge under way are gone; a user whose roles require one sets it up at next sign-in.
   */
  async reset(input: ResetInput, ctx: { caller: Caller; correlationId: string }): Promise<UserDto> {
    const em = this.orm.em.fork();
    const user = await em.transactional(async (tx) => {
      const found = await findUser(tx, input.id);
      const revoked = await tx.nativeDelete(RecoveryCode, { user: found.id });
      const wasEnabled = found.totpEnabled;
      found.totpEnabled = false;
      found.totpSecret = null;
      found.totpLastStep = null;
      found.challengeVersion += 1;
      this.audit.record(
        {
          action: 'user.totp-reset',
          actor: ctx.caller,
          user: found,
          changes: { totpEnabled: [wasEnabled, false], recoveryCodesRevoked: revoked },
          correlationId: ctx.correlationId,
        },
        tx,
      );
      return found;
    });
    return toUserDto(user);
  }

  /**
   * Checks a TOTP code and claims its step in the database, so a code is good once even for two
   * requests racing with it; with `challengeVersion`, the same update uses up the challenge.
   */
  private async claimTotp(
    em: EntityManager,
    user: User,
    code: string,
    now: Date,
    challengeVersion?: number,
  ): Promise<boolean> {
    const step = verifyTotp(this.readTotpSecret(user), code, user.totpLastStep, now.getTime());
    if (step === null) return false;
    const challenge = challengeVersion === undefined ? {} : { challengeVersion };
    const next = challengeVersion === undefined ? {} : { challengeVersion: challengeVersion + 1 };
    const claimed = await em.nativeUpdate(
      User,
      { id: user.id, ...challenge, $or: [{ totpLastStep: null }, { totpLastStep: { $lt: step } }] },
      bookkeeping({ totpLastStep: step, ...next }),
    );
    return claimed === 1;
  }

  /** Uses one recovery code and the challenge together, or neither. */
  private async useRecoveryCode(
    em: EntityManager,
    user: User,
    typed: string,
    challengeVersion: number,
    now: Date,
    ctx: AuthContext,
  ): Promise<boolean> {
    const codeHash = this.tokens.recoveryCodeHash(typed, user.id);
    if (!codeHash) return false;
    try {
      return await em.transactional(async (tx) => {
        const used = await tx.nativeUpdate(
          RecoveryCode,
          { user: user.id, codeHash, usedAt: null },
          { usedAt: now },
        );
        if (used !== 1) return false;
        const claimed = await tx.nativeUpdate(
          User,
          { id: user.id, challengeVersion },
          bookkeeping({ challengeVersion: challengeVersion + 1 }),
        );
        if (claimed !== 1) throw new Refused();
        const left = await tx.count(RecoveryCode, { user: user.id, usedAt: null });
        this.audit.record(
          {
            action: 'user.recovery-code-used',
            actor: { userId: user.id, username: user.username, agencyCode: user.agencyCode },
            user,
            changes: { recoveryCodesLeft: left },
            correlationId: ctx.correlationId,
          },
          tx,
        );
        return true;
      });
    } catch (error) {
      if (error instanceof Refused) return false;
      throw error;
    }
  }

  /** Turns TOTP on with a fresh set of recovery codes, audited, in one transaction; answers the codes. */
  private async enable(
    user: User,
    actor: Pick<Caller, 'userId' | 'username' | 'agencyCode'>,
    ctx: AuthContext,
  ): Promise<string[]> {
    const codes = await this.orm.em.fork().transactional(async (tx) => {
      const written = await tx.nativeUpdate(
        User,
        { id: user.id, totpEnabled: false },
        bookkeeping({ totpEnabled: true }),
      );
      if (written !== 1) {
        throw authErrors.refuse('secondFactorAlreadyEnabled', {}, 'Your authenticator is already set up');
      }
      const fresh = await this.replaceRecoveryCodes(tx, user.id);
      this.audit.record(
        {
          action: 'user.totp-enabled',
          actor,
          user,
          changes: { totpEnabled: true, recoveryCodes: fresh.length },
          correlationId: ctx.correlationId,
        },
        tx,
      );
      return fresh;
    });
    user.totpEnabled = true;
    return codes;
  }

  /** Replaces every recovery code of a user with new ones (only their hashes are kept). */
  private async replaceRecoveryCodes(tx: EntityManager, userId: string): Promise<string[]> {
    await tx.nativeDelete(RecoveryCode, { user: userId });
    const codes = generateRecoveryCodes();
    for (const code of codes) {
      tx.create(RecoveryCode, {
        user: tx.getReference(User, userId),
        codeHash: this.tokens.recoveryCodeHash(code, userId) as string,
      });
    }
    await tx.flush();
    return codes;
  }

  private async setupOf(em: EntityManager, user: User): Promise<SecondFactorSetup> {
    const secret = await this.pendingTotpSecret(em, user);
    const uri = otpauthUri(secret, user.username);
    return { totpSecret: secret, otpauthUri: uri, qrCode: await qrCodeDataUrl(uri) };
  }

  private async ownUser(em: EntityManager, caller: Caller): Promise<User> {
    const user = await em.findOne(User, { id: caller.userId });
    if (!user || !user.active) throw authErrors.unauthenticated('Sign-in required');
    return user;
  }

  /** The secret being set up: kept from an earlier attempt (or create-admin), else a new one. */
  private async pendingTotpSecret(em: EntityManager, user: User): Promise<string> {
    if (user.totpSecret) {
      try {
        return this.tokens.openTotpSecret(user.totpSecret, user.id);
      } catch {
        // Sealed under an earlier auth secret: nobody can have it in an app that works; start again.
      }
    }
    const secret = generateTotpSecret();
    const written = await em.nativeUpdate(
      User,
      { id: user.id, totpSecret: user.totpSecret, totpEnabled: false },
      bookkeeping({ totpSecret: this.tokens.sealTotpSecret(secret, user.id) }),
    );
    if (written === 1) return secret;
    // Another sign-in of the same user wrote one first: show that one, so both screens agree.
    const fresh = await em.fork().findOneOrFail(User, { id: user.id });
    return this.tokens.openTotpSecret(fresh.totpSecret as string, user.id);
  }

  private readTotpSecret(user: User): string {
    try {
      return this.tokens.openTotpSecret(user.totpSecret as string, user.id);
    } catch (error) {
      this.logger.error(
        `The TOTP secret of ${user.username} cannot be decrypted: ${(error as Error).message}`,
      );
      throw authErrors.unauthenticated(
        'Your authenticator cannot be checked; ask an administrator to reset it',
      );
    }
  }
}

/** A wrong or used code on the account screen: beside the code field, the session untouched. */
function codeRejected() {
  return authErrors.refuse('secondFactorCodeRejected', {}, REUSED_OR_WRONG_CODE, {
    path: 'code',
    code: 'custom',
  });
}
