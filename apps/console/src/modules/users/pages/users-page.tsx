import { ListUsersSchema, ROLES, USER_SORTS, type User } from '@ascc/contracts';
import { Button, Drawer, Flex, Grid, Space, Tag, Typography, message } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useSessionUser } from '../../../app/use-session';
import { formatDateTime } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { agencyOptions, enumOptions } from '../../../shared/form/controls';
import { agencyColumn, createdAtColumn } from '../../../shared/list/columns';
import { type ListFilter, ListPage } from '../../../shared/list/list-page';
import { errorText } from '../../../shared/error-text';
import { HistoryPanel } from '../../../shared/record/history-panel';
import { useCan } from '../../auth/hooks/use-can';
import { getUser } from '../api/users.api';
import { ResetPasswordModal } from '../components/reset-password-modal';
import { ResetSecondFactorModal } from '../components/reset-second-factor-modal';
import { CreateUserForm, EditUserForm } from '../components/user-form';
import { useUserHistory, useUsers } from '../hooks/use-users';
import { userFields } from '../users-fields';

/**
 * The key column stays at the left edge; a phone shows it with only the essentials. The e-mail address
 * is offered in the column settings (and in each user's form): shown by default, it made the list wider
 * than a 1366×768 screen.
 */
const COLUMN_DEFAULTS = { pinned: ['username'], hidden: ['createdAt', 'email'], phone: ['actions'] };

/** Administrators manage who may sign in, for which agency, with which roles. */
/** The row's actions wrap inside their words, so the list's columns fit 1366 px in Vietnamese too. */
const ACTION_LINK = { whiteSpace: 'normal', height: 'auto', textAlign: 'start', paddingInline: 4 } as const;

export default function UsersPage() {
  const t = useT();
  const lang = useLang();
  const me = useSessionUser();
  const canManage = useCan('identity.user.manage').allowed;
  const [toast, toastHolder] = message.useMessage();
  const [editing, setEditing] = useState<User>();
  const [resetting, setResetting] = useState<User>();
  const [resettingTotp, setResettingTotp] = useState<User>();
  const [reading, setReading] = useState<User>();
  const screens = Grid.useBreakpoint();

  const reloadEditing = (id: string) =>
    getUser(id).then(setEditing, (error: unknown) => void toast.error(errorText(error, t)));

  const columns = useMemo<TableColumnsType<User>>(
    () => [
      {
        key: 'username',
        title: t('field.username'),
        dataIndex: 'username',
        render: (username: string, user) => (
          <Space size={4}>
            <Typography.Text strong>{username}</Typography.Text>
            {user.id === me?.id && <Tag>{t('users.you')}</Tag>}
          </Space>
        ),
      },
      { key: 'displayName', title: t('field.displayName'), dataIndex: 'displayName' },
      {
        key: 'email',
        title: t('field.email'),
        dataIndex: 'email',
        render: (email: string | null) =>
          email ? (
            <span style={{ overflowWrap: 'anywhere' }}>{email}</span>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          ),
      },
      agencyColumn(t, lang),
      {
        key: 'roles',
        title: t('field.roles'),
        dataIndex: 'roles',
        render: (roles: User['roles']) => (
          <Flex wrap gap={4}>
            {roles.map((role) => (
              <Tag key={role} color={role === 'admin' ? 'red' : 'blue'}>
                {t(`role.${role}`)}
              </Tag>
            ))}
          </Flex>
        ),
      },
      {
        key: 'state',
        title: t('field.status'),
        render: (_, user) => <UserState user={user} />,
      },
      {
        key: 'lastLoginAt',
        title: t('field.lastLoginAt'),
        dataIndex: 'lastLoginAt',
        width: 160,
        render: (value: string | null) =>
          value ? (
            <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value, lang)}</span>
          ) : (
            <Typography.Text type="secondary">{t('users.never')}</Typography.Text>
          ),
      },
      createdAtColumn(t, lang),
      {
        key: 'actions',
        title: t('users.actions'),
        width: 200,
        render: (_, user) => (
          <Space size={0} wrap>
            <Button type="link" style={ACTION_LINK} onClick={() => setEditing(user)} data-testid="edit-user">
              {t('users.editAction')}
            </Button>
            <Button
              type="link"
              style={ACTION_LINK}
              onClick={() => setResetting(user)}
              data-testid="reset-password"
            >
              {t('users.resetPassword')}
            </Button>
            {user.totpEnabled && (
              <Button
                type="link"
                style={ACTION_LINK}
                danger
                onClick={() => setResettingTotp(user)}
                data-testid="reset-second-factor"
              >
                {t('users.resetTotp')}
              </Button>
            )}
            <Button
              type="link"
              style={ACTION_LINK}
              onClick={() => setReading(user)}
              data-testid="user-history"
            >
              {t('users.history')}
            </Button>
          </Space>
        ),
      },
    ],
    [t, lang, me?.id],
  );

  const filters = useMemo<ListFilter[]>(
    () => [
      { name: 'agencyCode', label: t('field.agencyCode'), options: agencyOptions(lang, t) },
      { name: 'role', label: t('field.role'), options: enumOptions(ROLES, (role) => t(`role.${role}`)) },
    ],
    [t, lang],
  );

  return (
    <>
      {toastHolder}
      <ListPage
        columnDefaults={COLUMN_DEFAULTS}
        title={t('users.title')}
        schema={ListUsersSchema}
        sortFields={USER_SORTS}
        columns={columns}
        filters={filters}
        useList={useUsers}
        readPermission="identity.user.manage"
        createLabel={canManage ? t('users.create') : undefined}
        emptyHint={t('users.emptyHint')}
        renderCreateForm={canManage ? (props) => <CreateUserForm {...props} /> : undefined}
      />
      {editing && (
        // A reload after a conflict brings a new version; keying by it starts the form from the new values.
        <EditUserForm
          key={`${editing.id}:${editing.version}`}
          user={editing}
          onClose={() => setEditing(undefined)}
          onReload={() => void reloadEditing(editing.id)}
        />
      )}
      <Drawer
        open={Boolean(reading)}
        onClose={() => setReading(undefined)}
        // The whole screen on a phone.
        size={screens.md ? 640 : '100%'}
        destroyOnHidden
        title={reading ? t('users.historyTitle', { name: reading.displayName }) : ''}
      >
        {reading && <HistoryPanel id={reading.id} useHistory={useUserHistory} fields={userFields} />}
      </Drawer>
      {resettingTotp && (
        <ResetSecondFactorModal
          user={resettingTotp}
          onClose={() => setResettingTotp(undefined)}
          onDone={() => {
            void toast.success(t('users.resetTotpDone', { name: resettingTotp.displayName }));
            setResettingTotp(undefined);
          }}
        />
      )}
      {resetting && (
        <ResetPasswordModal
          user={resetting}
          onClose={() => setResetting(undefined)}
          onDone={() => {
            void toast.success(t('users.resetDone', { name: resetting.displayName }));
            setResetting(undefined);
          }}
        />
      )}
    </>
  );
}

/** Active or not, locked by failed sign-ins until when, waiting to change a reset password, and 2FA. */
function UserState({ user }: { user: User }) {
  const t = useT();
  const lang = useLang();
  const locked = user.lockedUntil !== null && Date.parse(user.lockedUntil) > Date.now();
  return (
    <Flex wrap gap={4}>
      {user.active ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>}
      {locked && user.lockedUntil && (
        <Tag color="orange" data-testid="user-locked">
          {t('users.lockedUntil', { time: formatDateTime(user.lockedUntil, lang) })}
        </Tag>
      )}
      {user.mustChangePassword && <Tag color="gold">{t('users.mustChange')}</Tag>}
      {user.totpEnabled && <Tag color="purple">{t('field.totpEnabled')}</Tag>}
    </Flex>
  );
}
