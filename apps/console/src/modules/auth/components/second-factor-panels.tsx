import { Alert, Button, Flex, Input, Typography, message } from 'antd';
import { useT } from '../../../i18n/language';
import { FormField } from '../../../shared/form/form-field';

/**
 * What an authenticator app needs: the QR code (an image the gateway drew: the console carries no QR
 * library), the secret grouped by four for typing, and the otpauth link, which apps accept pasted.
 */
export function TotpSetupPanel({ secret, uri, qrCode }: { secret: string; uri?: string; qrCode?: string }) {
  const t = useT();
  const grouped = secret.match(/.{1,4}/g)?.join(' ') ?? secret;
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }} data-testid="totp-setup">
      {qrCode && (
        <>
          <Typography.Text type="secondary">{t('auth.setupScan')}</Typography.Text>
          <Flex justify="center">
            <img
              src={qrCode}
              alt={t('auth.setupQr')}
              width={176}
              height={176}
              style={{ maxWidth: '100%', height: 'auto', imageRendering: 'pixelated' }}
              data-testid="totp-qr"
            />
          </Flex>
        </>
      )}
      <Typography.Text type="secondary">{t('auth.setupSecret')}</Typography.Text>
      <Typography.Text
        code
        copyable={{ text: secret }}
        style={{ fontSize: 16, letterSpacing: 1, overflowWrap: 'anywhere' }}
        data-testid="totp-secret"
      >
        {grouped}
      </Typography.Text>
      {uri && (
        <>
          <Typography.Text type="secondary">{t('auth.setupUri')}</Typography.Text>
          <Typography.Paragraph
            copyable
            ellipsis={{ rows: 1, expandable: true }}
            style={{ wordBreak: 'break-all', marginBottom: 0 }}
            data-testid="totp-uri"
          >
            {uri}
          </Typography.Paragraph>
        </>
      )}
    </Flex>
  );
}

/** The recovery codes, shown once: copied or downloaded as a text file before going on. */
export function RecoveryCodesPanel({ codes, username }: { codes: string[]; username: string }) {
  const t = useT();
  const [toast, toastHolder] = message.useMessage();
  const text = [t('recovery.fileTitle', { username }), t('recovery.fileNote'), '', ...codes, ''].join('\n');
  const copy = async () => {
    await navigator.clipboard?.writeText(text);
    void toast.success(t('recovery.copied'));
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `ascc-recovery-codes-${username}.txt`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }} data-testid="recovery-codes">
      {toastHolder}
      <Alert type="warning" showIcon title={t('recovery.title')} description={t('recovery.intro')} />
      <ol
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
          gap: '4px 16px',
          margin: 0,
          paddingInlineStart: 24,
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: 15,
        }}
      >
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ol>
      <Flex gap={8} wrap>
        <Button onClick={() => void copy()} data-testid="recovery-copy">
          {t('recovery.copy')}
        </Button>
        <Button onClick={download} data-testid="recovery-download">
          {t('recovery.download')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** The authenticator app's six-digit code; apps show it as "123 456", and a space copied along is dropped. */
export function TotpCodeField() {
  const t = useT();
  return (
    <FormField
      name="code"
      label={t('auth.totpCode')}
      extra={t('auth.totpHint')}
      normalize={(value) => String(value ?? '').replace(/\D/g, '')}
    >
      <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
    </FormField>
  );
}
