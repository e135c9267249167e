import { agencyLabel } from '@ascc/catalog';
import { Button, Dropdown, Flex, Grid, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useState } from 'react';
import { useSessionUser } from '../../../app/use-session';
import { useLang, useT } from '../../../i18n/language';
import { signOut } from '../api/auth.api';
import { ChangePasswordModal } from './change-password-modal';
import { MailPreferencesModal } from './mail-preferences-modal';
import { SecondFactorModal } from './second-factor-modal';

/**
 * Who is signed in (name, agency, roles), and the way to change the password, manage the two-step
 * verification or sign out.
 */
export function UserMenu() {
  const t = useT();
  const lang = useLang();
  const user = useSessionUser();
  const [changingPassword, setChangingPassword] = useState(false);
  const [secondFactor, setSecondFactor] = useState(false);
  const [mailPreferences, setMailPreferences] = useState(false);
  const phone = Grid.useBreakpoint().sm === false;
  if (!user) return null;

  const items: MenuProps['items'] = [
    {
      key: 'password',
      label: <span data-testid="menu-change-password">{t('password.change')}</span>,
      onClick: () => setChangingPassword(true),
    },
    {
      key: 'second-factor',
      label: <span data-testid="menu-second-factor">{t('twoFactor.menu')}</span>,
      onClick: () => setSecondFactor(true),
    },
    {
      key: 'mail-preferences',
      label: <span data-testid="menu-mail-preferences">{t('mailPrefs.menu')}</span>,
      onClick: () => setMailPreferences(true),
    },
    {
      key: 'sign-out',
      danger: true,
      label: <span data-testid="menu-sign-out">{t('user.signOut')}</span>,
      onClick: () => void signOut(),
    },
  ];

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{ items }}
        popupRender={(menu) => (
          <div
            style={{ background: '#fff', borderRadius: 8, boxShadow: '0 6px 16px rgba(0,0,0,.12)' }}
            data-testid="user-menu-panel"
          >
            <Flex
              vertical
              gap={4}
              style={{
                padding: '12px 16px',
                maxWidth: 'min(320px, calc(100vw - 24px))',
                overflowWrap: 'anywhere',
              }}
            >
              <Typography.Text strong>{user.displayName}</Typography.Text>
              <Typography.Text type="secondary">{user.username}</Typography.Text>
              <Typography.Text data-testid="user-agency">
                {agencyLabel(user.agencyCode, lang)}
              </Typography.Text>
              <Flex wrap gap={4} data-testid="user-roles">
                {user.roles.map((role) => (
                  <Tag key={role} color={role === 'admin' ? 'red' : 'blue'}>
                    {t(`role.${role}`)}
                  </Tag>
                ))}
              </Flex>
            </Flex>
            {menu}
          </div>
        )}
      >
        <Button
          data-testid="user-menu"
          aria-label={t('user.signedInAs', { name: user.displayName })}
          title={user.displayName}
          style={{ maxWidth: phone ? 120 : 260, minWidth: 0 }}
        >
          {/* A long name or role never widens the header: it ends in an ellipsis, whole in the panel. */}
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {user.displayName}
          </span>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
      <SecondFactorModal open={secondFactor} onClose={() => setSecondFactor(false)} />
      <MailPreferencesModal open={mailPreferences} onClose={() => setMailPreferences(false)} />
    </>
  );
}
