import { LoginRequestSchema, TotpLoginRequestSchema } from '@ascc/contracts';
import { Alert, Button, Flex, Input, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { refusalText } from '../../../i18n/refusals';
import { startSession } from '../../../api/client';
import type { SignedOutReason } from '../../../api/session-store';
import { useT } from '../../../i18n/language';
import type { Translate } from '../../../i18n/translate';
import { FormField } from '../../../shared/form/form-field';
import { type ErrorExplanation, SchemaForm, useSchemaForm } from '../../../shared/form/schema-form';
import { login, loginWithCode } from '../api/auth.api';
import { SignInFrame } from '../components/sign-in-frame';

/** After the password: a code from the authenticator app, which an admin without one first sets up. */
interface CodeStep {
  challenge: string;
  setup?: { secret: string; uri?: string };
}

/**
 * Signing in: username and password, then a TOTP code where the account has (or, for an admin, must
 * set up) a second factor. Once the session starts, the login route sends the user on.
 */
export default function LoginPage({ reason }: { reason?: SignedOutReason }) {
  const t = useT();
  const [codeStep, setCodeStep] = useState<CodeStep>();
  const title = codeStep?.setup ? t('auth.setupTitle') : codeStep ? t('auth.totpTitle') : t('auth.title');
  return (
    <SignInFrame title={title}>
      {codeStep ? (
        <CodeForm step={codeStep} onRestart={() => setCodeStep(undefined)} />
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
        setup:
          answer.status === 'totp-setup-required'
            ? { secret: answer.totpSecret ?? '', uri: answer.otpauthUri }
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

function CodeForm({ step, onRestart }: { step: CodeStep; onRestart: () => void }) {
  const t = useT();
  const controls = useSchemaForm({
    schema: TotpLoginRequestSchema,
    extraValues: { challenge: step.challenge },
    onSubmit: async ({ challenge, code }) => startSession(await loginWithCode(challenge, code)),
    explainError: (error) => explainSignInError(error, t, 'auth.wrongCode'),
  });
  return (
    <>
      <FailureAlert>{controls.formError}</FailureAlert>
      {step.setup ? <SetupInstructions {...step.setup} /> : null}
      <Typography.Paragraph type="secondary">{t('auth.totpIntro')}</Typography.Paragraph>
      <SchemaForm controls={controls} name="login-code">
        <FormField
          name="code"
          label={t('auth.totpCode')}
          extra={t('auth.totpHint')}
          // Apps show the code as "123 456"; copying it brings the space along.
          normalize={(value) => String(value ?? '').replace(/\D/g, '')}
        >
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
        </FormField>
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
      <Flex justify="center" style={{ marginTop: 8 }}>
        <Button type="link" onClick={onRestart}>
          {t('auth.otherAccount')}
        </Button>
      </Flex>
    </>
  );
}

/**
 * The secret as the authenticator apps ask for it, grouped by four for reading aloud or typing, and
 * the otpauth link, which apps accept pasted. A QR code would be quicker to scan, but needs a library
 * the console does not carry yet.
 */
function SetupInstructions({ secret, uri }: { secret: string; uri?: string }) {
  const t = useT();
  const grouped = secret.match(/.{1,4}/g)?.join(' ') ?? secret;
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }}>
      <Typography.Paragraph>{t('auth.setupIntro')}</Typography.Paragraph>
      <Typography.Text type="secondary">{t('auth.setupSecret')}</Typography.Text>
      <Typography.Text
        code
        copyable={{ text: secret }}
        style={{ fontSize: 18, letterSpacing: 1 }}
        data-testid="totp-secret"
      >
        {grouped}
      </Typography.Text>
      {uri && (
        <>
          <Typography.Text type="secondary">{t('auth.setupUri')}</Typography.Text>
          <Typography.Paragraph copyable style={{ wordBreak: 'break-all' }} data-testid="totp-uri">
            {uri}
          </Typography.Paragraph>
        </>
      )}
    </Flex>
  );
}

function FailureAlert({ children }: { children?: ReactNode }) {
  const t = useT();
  if (!children) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={t('auth.failed')}
      description={children}
      style={{ marginBottom: 16 }}
      data-testid="login-error"
    />
  );
}

/**
 * A refused sign-in in the reader's language only: the gateway names its rule (wrong credentials, a
 * locked account with the time it opens again, too many attempts), worded like every refusal.
 */
function explainSignInError(
  error: unknown,
  t: Translate,
  refusedKey: 'auth.wrongCredentials' | 'auth.wrongCode',
): ErrorExplanation | undefined {
  if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 429)) return undefined;
  const refusal = error.fields.map((field) => refusalText(field, t.lang ?? 'vi')).find(Boolean);
  // A wrong password says the sign-in's own sentence; a wrong code the second step's.
  const worded = error.fields.some((field) => field.params?.rule === 'badCredentials') ? undefined : refusal;
  return { text: worded ?? (error.status === 429 ? t('refusal.tooManyAttempts') : t(refusedKey)) };
}
