import { LoginRequestSchema, type Session, TotpLoginRequestSchema } from '@ascc/contracts';
import { Alert, Button, Flex, Input, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { refusalText } from '../../../i18n/refusals';
import { startSession } from '../../../api/client';
import type { SignedOutReason } from '../../../api/session-store';
import { useT } from '../../../i18n/language';
import type { Translate } from '../../../i18n/translate';
import { FormField } from '../../../shared/form/form-field';
import {
  type ErrorExplanation,
  FormError,
  SchemaForm,
  useSchemaForm,
} from '../../../shared/form/schema-form';
import { login, loginWithCode } from '../api/auth.api';
import { RecoveryCodesPanel, TotpCodeField, TotpSetupPanel } from '../components/second-factor-panels';
import { SignInFrame } from '../components/sign-in-frame';

/**
 * After the password: a code from the authenticator app (or a recovery code), which a user whose roles
 * require one, without one yet, first sets up.
 */
interface CodeStep {
  challenge: string;
  username: string;
  setup?: { secret: string; uri?: string; qrCode?: string };
}

/**
 * Signing in: username and password, then a TOTP code where the account has (or, when its roles require
 * one, must set up) a second factor; after a set-up, the recovery codes, shown once. Once the session
 * starts, the login route sends the user on.
 */
export default function LoginPage({ reason }: { reason?: SignedOutReason }) {
  const t = useT();
  const [codeStep, setCodeStep] = useState<CodeStep>();
  const [setUp, setSetUp] = useState<{ session: Session; username: string }>();
  const title = setUp
    ? t('recovery.title')
    : codeStep?.setup
      ? t('auth.setupTitle')
      : codeStep
        ? t('auth.totpTitle')
        : t('auth.title');
  return (
    <SignInFrame title={title}>
      {setUp ? (
        <>
          <RecoveryCodesPanel codes={setUp.session.recoveryCodes ?? []} username={setUp.username} />
          <Button
            type="primary"
            block
            onClick={() => startSession(setUp.session)}
            data-testid="recovery-continue"
          >
            {t('auth.continue')}
          </Button>
        </>
      ) : codeStep ? (
        <CodeForm
          step={codeStep}
          onRestart={() => setCodeStep(undefined)}
          onSetUp={(session) => setSetUp({ session, username: codeStep.username })}
        />
      ) : (
        <PasswordForm reason={reason} onSecondFactor={setCodeStep} />
      )}
    </SignInFrame>
  );
}

const REASON_TEXT = {
  expired: 'auth.sessionExpired',
  'signed-out': 'auth.signedOut',
  'password-changed': 'auth.passwordChanged',
} as const;

function PasswordForm({
  reason,
  onSecondFactor,
}: {
  reason?: SignedOutReason;
  onSecondFactor: (step: CodeStep) => void;
}) {
  const t = useT();
  const controls = useSchemaForm({
    schema: LoginRequestSchema,
    onSubmit: async (request) => {
      const answer = await login(request);
      if (answer.status === 'signed-in') {
        startSession(answer);
        return;
      }
      onSecondFactor({
        challenge: answer.challenge,
        username: request.username,
        setup:
          answer.status === 'totp-setup-required'
            ? { secret: answer.totpSecret ?? '', uri: answer.otpauthUri, qrCode: answer.qrCode }
            : undefined,
      });
    },
    explainError: (error) => explainSignInError(error, t, 'auth.wrongCredentials'),
  });
  return (
    <>
      {reason && !controls.formError && (
        <Alert
          type={reason === 'expired' ? 'warning' : 'info'}
          showIcon
          title={t(REASON_TEXT[reason])}
          style={{ marginBottom: 16 }}
          data-testid="login-reason"
        />
      )}
      <FailureAlert>{controls.formError}</FailureAlert>
      <Typography.Paragraph type="secondary">{t('auth.intro')}</Typography.Paragraph>
      <SchemaForm controls={controls} name="login">
        <FormField name="username" label={t('auth.username')}>
          <Input autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus />
        </FormField>
        <FormField name="password" label={t('auth.password')}>
          <Input.Password autoComplete="current-password" />
        </FormField>
        <Button type="primary" htmlType="submit" block loading={controls.pending} data-testid="login-submit">
          {t('auth.signIn')}
        </Button>
      </SchemaForm>
    </>
  );
}

function CodeForm({
  step,
  onRestart,
  onSetUp,
}: {
  step: CodeStep;
  onRestart: () => void;
  /** A set-up finished: the session, with the recovery codes to show before going on. */
  onSetUp: (session: Session) => void;
}) {
  const t = useT();
  // A recovery code stands in for the app's code, never for a set-up's first code.
  const [recovery, setRecovery] = useState(false);
  const controls = useSchemaForm({
    schema: TotpLoginRequestSchema,
    extraValues: { challenge: step.challenge },
    onSubmit: async ({ challenge, code }) => {
      const session = await loginWithCode(challenge, code);
      if (session.recoveryCodes?.length) onSetUp(session);
      else startSession(session);
    },
    // A wrong code is said beside the field; a lock or too many attempts too, where the eye is.
    explainError: (error) => {
      const explained = explainSignInError(error, t, recovery ? 'auth.wrongRecoveryCode' : 'auth.wrongCode');
      return typeof explained?.text === 'string' ? { field: 'code', text: explained.text } : explained;
    },
  });
  const switchMode = () => {
    controls.form.resetFields(['code']);
    controls.clearError();
    setRecovery(!recovery);
  };
  return (
    <>
      <FailureAlert>{controls.formError}</FailureAlert>
      {step.setup ? (
        <>
          <Typography.Paragraph>{t('auth.setupIntro')}</Typography.Paragraph>
          <TotpSetupPanel secret={step.setup.secret} uri={step.setup.uri} qrCode={step.setup.qrCode} />
        </>
      ) : null}
      <Typography.Paragraph type="secondary">
        {recovery ? t('auth.recoveryIntro') : t('auth.totpIntro')}
      </Typography.Paragraph>
      <SchemaForm controls={controls} name="login-code">
        {recovery ? (
          <FormField
            key="recovery"
            name="code"
            label={t('auth.recoveryCode')}
            extra={t('auth.recoveryHint')}
            normalize={(value) => String(value ?? '').trim()}
          >
            <Input autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={40} autoFocus />
          </FormField>
        ) : (
          <TotpCodeField key="app" />
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={controls.pending}
          data-testid="login-code-submit"
        >
          {step.setup ? t('auth.setupConfirm') : t('auth.verify')}
        </Button>
      </SchemaForm>
      <Flex justify="center" wrap style={{ marginTop: 8 }}>
        {!step.setup && (
          <Button type="link" onClick={switchMode} data-testid="login-code-mode">
            {recovery ? t('auth.useAuthenticator') : t('auth.useRecoveryCode')}
          </Button>
        )}
        <Button type="link" onClick={onRestart}>
          {t('auth.otherAccount')}
        </Button>
      </Flex>
    </>
  );
}

function FailureAlert({ children }: { children?: ReactNode }) {
  const t = useT();
  return <FormError error={children} title={t('auth.failed')} testId="login-error" />;
}

/**
 * A refused sign-in in the reader's language only: the gateway names its rule (wrong credentials, a
 * locked account with the time it opens again, too many attempts), worded like every refusal.
 */
function explainSignInError(
  error: unknown,
  t: Translate,
  refusedKey: 'auth.wrongCredentials' | 'auth.wrongCode' | 'auth.wrongRecoveryCode',
): ErrorExplanation | undefined {
  if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 429)) return undefined;
  const refusal = error.fields.map((field) => refusalText(field, t.lang ?? 'vi')).find(Boolean);
  // A wrong password says the sign-in's own sentence; a wrong code the second step's.
  const worded = error.fields.some((field) => field.params?.rule === 'badCredentials') ? undefined : refusal;
  return { text: worded ?? (error.status === 429 ? t('refusal.tooManyAttempts') : t(refusedKey)) };
}
