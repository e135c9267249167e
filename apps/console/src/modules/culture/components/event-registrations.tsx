import { countryLabel } from '@ascc/catalog';
import {
  CreateRegistrationSchema,
  type CulturalEventDetail,
  type FieldError,
  type Registration,
  checkInGuard,
  fieldErrorsFromZod,
} from '@ascc/contracts';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Table,
  Tag,
  Typography,
  message,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { formatDateTime, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { CountrySelect } from '../../../shared/form/controls';
import { fieldErrorsToFormFields } from '../../../shared/form/form-values';
import { WhyDisabled, useGuardText } from '../../../shared/form/guard-override';
import { ApiError } from '../../../api/api-error';
import {
  useCancelRegistration,
  useCheckIn,
  useCreateRegistration,
  useRegistrations,
} from '../hooks/use-cultural-events';
import { RegistrationEditModal } from './registration-edit-modal';
import '../messages';

const STATUS_COLORS = { registered: 'green', waitlisted: 'gold', cancelled: 'default' } as const;

/** Participants of an event: add one (waitlisted past the capacity), correct, check in, cancel, and by country. */
export function EventRegistrations({ event, canManage }: { event: CulturalEventDetail; canManage: boolean }) {
  const t = useT();
  const lang = useLang();
  const query = useRegistrations(event.id, event.takesRegistrations);
  const create = useCreateRegistration();
  const checkIn = useCheckIn();
  const checkInRefusal = checkInGuard(event.status);
  const guardText = useGuardText();
  const cancel = useCancelRegistration();
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<Registration>();
  const [toast, toastHolder] = message.useMessage();

  if (!event.takesRegistrations) return <Empty description={t('culture.reg.closed')} />;
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error, t)} />;
  const items = query.data?.page.items ?? [];
  const counts = { registered: 0, waitlisted: 0 };
  for (const r of items) if (r.status !== 'cancelled') counts[r.status] += 1;

  const add = async (values: Record<string, unknown>) => {
    setError(undefined);
    const message = {
      ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')),
      id: event.id,
    };
    const parsed = CreateRegistrationSchema.safeParse(message);
    // Problems beside their fields; a refusal of the whole registration (a held event) above the form.
    const show = (errors: FieldError[]) => {
      const placed = fieldErrorsToFormFields(
        errors,
        ['name', 'organisation', 'countryCode', 'contact'],
        lang,
        message,
      );
      form.setFields(placed.fields);
      if (placed.unmatched.length) setError(placed.unmatched.join(' '));
    };
    if (!parsed.success) {
      show(fieldErrorsFromZod(parsed.error));
      return;
    }
    try {
      await create.mutateAsync(parsed.data);
      form.resetFields();
    } catch (failure) {
      if (failure instanceof ApiError && failure.fields.length) show(failure.fields);
      else setError(errorText(failure, t));
    }
  };

  const columns: TableColumnsType<Registration> = [
    { key: 'position', title: t('culture.reg.position'), dataIndex: 'position', width: 60 },
    { key: 'name', title: t('culture.reg.name'), dataIndex: 'name' },
    { key: 'organisation', title: t('culture.reg.organisation'), dataIndex: 'organisation' },
    {
      key: 'countryCode',
      title: t('field.countryCode'),
      dataIndex: 'countryCode',
      render: (code: string) => countryLabel(code, lang),
    },
    { key: 'contact', title: t('culture.reg.contact'), dataIndex: 'contact' },
    {
      key: 'status',
      title: t('culture.reg.status'),
      render: (_, r) => (
        <Flex gap={4} wrap>
          <Tag color={STATUS_COLORS[r.status]}>{t(`culture.reg.status.${r.status}`)}</Tag>
          {r.checkedInAt && (
            <Tag color="blue" title={formatDateTime(r.checkedInAt, lang)}>
              {t('culture.reg.checkedIn')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: '',
      render: (_, r) =>
        canManage && r.status !== 'cancelled' ? (
          <Flex gap={4} wrap>
            <Button size="small" data-testid="reg-edit" onClick={() => setEditing(r)}>
              {t('culture.reg.edit')}
            </Button>
            {r.status === 'registered' && !r.checkedInAt && (
              // Check-in only at a confirmed event: before that, the button says why it waits.
              <WhyDisabled reason={checkInRefusal ? guardText(checkInRefusal) : undefined}>
                <Button
                  size="small"
                  data-testid="reg-check-in"
                  loading={checkIn.isPending}
                  disabled={Boolean(checkInRefusal)}
                  onClick={() => checkIn.mutate({ id: event.id, registrationId: r.id })}
                >
                  {t('culture.reg.checkIn')}
                </Button>
              </WhyDisabled>
            )}
            <Popconfirm
              title={t('culture.reg.cancelConfirm', { name: r.name })}
              onConfirm={() => cancel.mutateAsync({ id: event.id, registrationId: r.id })}
            >
              <Button size="small" danger data-testid="reg-cancel">
                {t('culture.reg.cancel')}
              </Button>
            </Popconfirm>
          </Flex>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap="middle">
      {toastHolder}
      {editing && (
        <RegistrationEditModal
          registration={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(name) => {
            setEditing(undefined);
            void toast.success(t('culture.reg.saved', { name }));
          }}
        />
      )}
      <Typography.Text data-testid="reg-capacity">
        {t('culture.reg.capacity', {
          registered: counts.registered,
          capacity: event.capacity == null ? '∞' : formatNumber(event.capacity, lang),
          waitlisted: counts.waitlisted,
        })}
      </Typography.Text>
      {canManage && (
        <Card size="small" title={t('culture.reg.add')}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
          <Form form={form} layout="inline" name="registration" onFinish={(v) => void add(v)}>
            <Form.Item name="name" label={t('culture.reg.name')}>
              <Input />
            </Form.Item>
            <Form.Item name="organisation" label={t('culture.reg.organisation')}>
              <Input />
            </Form.Item>
            <Form.Item name="countryCode" label={t('field.countryCode')}>
              <CountrySelect style={{ minWidth: 160 }} />
            </Form.Item>
            <Form.Item name="contact" label={t('culture.reg.contact')}>
              <Input />
            </Form.Item>
            <Button htmlType="submit" type="primary" loading={create.isPending} data-testid="reg-submit">
              {t('culture.reg.add')}
            </Button>
          </Form>
        </Card>
      )}
      <Table<Registration>
        rowKey="id"
        size="small"
        loading={query.isFetching}
        columns={columns}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: <Empty description={t('culture.reg.empty')} /> }}
        data-testid="registrations"
      />
      {!!query.data?.byCountry.items.length && (
        <Card size="small" title={t('culture.reg.byCountry')}>
          <Table
            rowKey="countryCode"
            size="small"
            pagination={false}
            dataSource={query.data.byCountry.items}
            columns={[
              {
                key: 'c',
                title: t('field.countryCode'),
                dataIndex: 'countryCode',
                render: (c: string) => countryLabel(c, lang),
              },
              { key: 'r', title: t('culture.reg.status.registered'), dataIndex: 'registered' },
              { key: 'w', title: t('culture.reg.status.waitlisted'), dataIndex: 'waitlisted' },
              { key: 'i', title: t('culture.reg.checkedIn'), dataIndex: 'checkedIn' },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
