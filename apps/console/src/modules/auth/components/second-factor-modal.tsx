import { AUTH_ROUTES, ConfirmSecondFactorSchema, type SecondFactorSetup } from '@ascc/contracts';
import { Alert, Button, Flex, Modal, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useRouteQuery } from '../../../api/route-query';
import { useSessionUser } from '../../../app/use-session';
import { useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { SchemaForm, useSchemaForm } from '../../../shared/form/schema-form';
import { confirmSecondFactorSetup, regenerateRecoveryCodes, startSecondFactorSetup } from '../api/auth.api';
import { RecoveryCodesPanel, TotpCodeField, TotpSetupPanel } from './second-factor-panels';

type Stage =
  | { kind: 'status' }
  | { kind: 'setup'; setup: SecondFactorSetup }
  | { kind: 'regenerate' }
  | { kind: 'codes'; codes: string[] };

/**
 * "My account" → two-step verification: whether it is on (and required by one's roles), the recovery
 * codes left; setting up an authenticator (QR code, key, a code to confirm), new recovery codes.
 */
export function SecondFactorModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const user = useSessionUser();
  // Read when opened (and again after a change), not with every page the menu is on.
  const status = useRouteQuery(AUTH_ROUTES.secondFactor, {}, { enabled: open });
  const [stage, setStage] = useState<Stage>({ kind: 'status' });
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string>();

  const close = () => {
    setStage({ kind: 'status' });
    setStartError(undefined);
    onClose();
  };
  const showCodes = (codes: string[]) => {
    setStage({ kind: 'codes', codes });
    void status.refetch();
  };
  const start = async () => {
    setStarting(true);
    setStartError(undefined);
    try {
      setStage({ kind: 'setup', setup: await startSecondFactorSetup() });
    } catch (error) {
      setStartError(errorText(error, t));
    } finally {
      setStarting(false);
    }
  };

  let body;
  if (stage.kind === 'setup') {
    body = (
      <>
        <Typography.Paragraph>{t('twoFactor.setupIntro')}</Typography.Paragraph>
        <TotpSetupPanel
          secret={stage.setup.totpSecret}
          uri={stage.setup.otpauthUri}
          qrCode={stage.setup.qrCode}
        />
        <CodeForm
          name="second-factor-confirm"
          submitLabel={t('twoFactor.turnOn')}
          send={confirmSecondFactorSetup}
          onDone={showCodes}
        />
      </>
    );
  } else if (stage.kind === 'regenerate') {
    body = (
      <>
        <Typography.Paragraph>{t('twoFactor.regenerateExplain')}</Typography.Paragraph>
        <CodeForm
          name="second-factor-regenerate"
          submitLabel={t('twoFactor.regenerate')}
          send={regenerateRecoveryCodes}
          onDone={showCodes}
        />
      </>
    );
  } else if (stage.kind === 'codes') {
    body = (
      <>
        <Alert type="success" showIcon title={t('twoFactor.enabled')} style={{ marginBottom: 12 }} />
        <RecoveryCodesPanel codes={stage.codes} username={user?.username ?? ''} />
      </>
    );
  } else if (status.isPending) {
    body = <Spin />;
  } else if (status.isError) {
    body = <Alert type="error" showIcon title={errorText(status.error, t)} />;
  } else {
    const { enabled, required, recoveryCodesLeft } = status.data;
    body = (
      <Flex vertical gap={12} data-testid="second-factor-status">
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{t('twoFactor.menu')}</Typography.Text>
          {enabled ? (
            <Tag color="green">{t('twoFactor.on')}</Tag>
          ) : (
            <Tag color={required ? 'red' : 'default'}>{t('twoFactor.off')}</Tag>
          )}
        </Flex>
        <Typography.Text type="secondary">
          {required ? t('twoFactor.required') : t('twoFactor.optional')}
        </Typography.Text>
        {startError && <Alert type="error" showIcon title={startError} />}
        {enabled ? (
          <>
            <Typography.Text data-testid="recovery-codes-left">
              {t('twoFactor.codesLeft', { count: recoveryCodesLeft })}
            </Typography.Text>
            <Flex gap={8} wrap>
              <Button onClick={() => setStage({ kind: 'regenerate' })} data-testid="recovery-regenerate">
                {t('twoFactor.regenerate')}
              </Button>
            </Flex>
            <Typography.Text type="secondary">{t('twoFactor.changePhone')}</Typography.Text>
          </>
        ) : (
          <Flex>
            <Button
              type="primary"
              loading={starting}
              onClick={() => void start()}
              data-testid="second-factor-start"
            >
              {t('twoFactor.setUp')}
            </Button>
          </Flex>
        )}
      </Flex>
    );
  }

  return (
    <Modal
      title={t('twoFactor.menu')}
      open={open}
      onCancel={close}
      footer={
        <Button onClick={close} data-testid="second-factor-close">
          {t('twoFactor.close')}
        </Button>
      }
      destroyOnHidden
      width={480}
    >
      {body}
    </Modal>
  );
}

/** One code of the authenticator app, checked by the server; its refusal is said beside the field. */
function CodeForm({
  name,
  submitLabel,
  send,
  onDone,
}: {
  name: string;
  submitLabel: string;
  send: (code: string) => Promise<{ recoveryCodes: string[] }>;
  onDone: (codes: string[]) => void;
}) {
  const controls = useSchemaForm({
    schema: ConfirmSecondFactorSchema,
    onSubmit: async ({ code }) => onDone((await send(code)).recoveryCodes),
  });
  return (
    <SchemaForm controls={controls} name={name}>
      {controls.formError && (
        <Alert type="error" showIcon title={controls.formError} style={{ marginBottom: 12 }} />
      )}
      <TotpCodeField />
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={controls.pending}
        data-testid="second-factor-submit"
      >
        {submitLabel}
      </Button>
    </SchemaForm>
  );
}
