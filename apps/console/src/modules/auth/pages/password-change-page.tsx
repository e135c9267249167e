import { Button, Flex, Typography } from 'antd';
import { useT } from '../../../i18n/language';
import { signOut } from '../api/auth.api';
import { ChangePasswordFields, useChangePasswordForm } from '../components/change-password-form';
import { SignInFrame } from '../components/sign-in-frame';

/**
 * Before anything else, a user whose password an administrator set chooses their own. Once changed,
 * the renewed session no longer asks for it and the console opens where they were going.
 */
export default function PasswordChangePage() {
  const t = useT();
  // Nothing to do on success: the renewed session no longer says the password must change.
  const controls = useChangePasswordForm(() => undefined);
  return (
    <SignInFrame title={t('password.mustChangeTitle')}>
      <Typography.Paragraph>{t('password.mustChangeIntro')}</Typography.Paragraph>
      <ChangePasswordFields controls={controls}>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={controls.pending}
          data-testid="change-password-submit"
        >
          {t('password.change')}
        </Button>
      </ChangePasswordFields>
      <Flex justify="center" style={{ marginTop: 8 }}>
        <Button type="link" onClick={() => void signOut()}>
          {t('user.signOut')}
        </Button>
      </Flex>
    </SignInFrame>
  );
}
