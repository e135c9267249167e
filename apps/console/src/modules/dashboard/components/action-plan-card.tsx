import { agencyLabel } from '@ascc/catalog';
import {
  type ActionPlan,
  CreateActionPlanSchema,
  type FileUpload,
  REPORTING_ROUTES,
  UpdateActionPlanSchema,
} from '@ascc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Flex, Input, Popconfirm, Skeleton, Space } from 'antd';
import { useRef, useState } from 'react';
import { byIdPage, routePageQuery } from '../../../api/route-query';
import { formatDate, fromCalendarDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { ATTACHMENT_ACCEPT, readBase64 } from '../../../shared/file/read-file';
import { DateInput } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { FormField } from '../../../shared/form/form-field';
import { HistoryPanel } from '../../../shared/record/history-panel';
import type { RecordField } from '../../../shared/record/record-values';
import {
  actionPlanKeys,
  createActionPlan,
  deleteActionPlan,
  downloadActionPlanFile,
  listActionPlans,
  updateActionPlan,
} from '../api/action-plans.api';
import '../messages';

const useActionPlanHistory = routePageQuery(REPORTING_ROUTES.actionPlanHistory, {
  args: byIdPage,
  scope: actionPlanKeys.all,
});

/**
 * An agency's action plan (plan VII: issued by 30 June 2017): its number, date, signer and signed file,
 * recorded and corrected by the agency's editors, with its history; removing it asks first.
 */
export function ActionPlanCard({ agencyCode, manage }: { agencyCode: string; manage: boolean }) {
  const t = useT();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<ActionPlan | 'new'>();
  const [history, setHistory] = useState(false);
  const [error, setError] = useState<string>();
  const query = { agencyCode: agencyCode as ActionPlan['agencyCode'] };
  const plans = useQuery({
    queryKey: actionPlanKeys.list(query),
    queryFn: ({ signal }) => listActionPlans(query, signal),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: actionPlanKeys.all });
  const remove = useMutation({
    mutationFn: deleteActionPlan,
    onSuccess: () => {
      setError(undefined);
      return refresh();
    },
    onError: (e) => setError(errorText(e, t)),
  });
  const plan = plans.data?.items[0];
  return (
    <Card
      size="small"
      title={`${t('actionPlan.title')} · ${agencyLabel(agencyCode, lang)}`}
      data-testid="action-plan-card"
      extra={
        manage &&
        !plan &&
        plans.data && (
          <Button type="primary" size="small" onClick={() => setEditing('new')} data-testid="action-plan-add">
            {t('actionPlan.add')}
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      {plans.isPending && <Skeleton active />}
      {plans.isError && <Alert type="warning" showIcon title={t('actionPlan.loadError')} />}
      {plans.data && !plan && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('actionPlan.none')} />
      )}
      {plan && (
        <Flex vertical gap="small">
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            bordered
            data-testid="action-plan"
            items={[
              { key: 'n', label: t('actionPlan.number'), children: plan.number },
              { key: 'd', label: t('actionPlan.issuedOn'), children: formatDate(plan.issuedOn, lang) },
              { key: 's', label: t('actionPlan.signer'), children: plan.signer },
              {
                key: 'f',
                label: t('actionPlan.file'),
                children: plan.file ? (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
                    onClick={() => downloadActionPlanFile(plan.id).catch((e) => setError(errorText(e, t)))}
                  >
                    {plan.file.fileName}
                  </Button>
                ) : (
                  '—'
                ),
              },
            ]}
          />
          <Space wrap>
            {manage && (
              <Button size="small" onClick={() => setEditing(plan)} data-testid="action-plan-edit">
                {t('actionPlan.edit')}
              </Button>
            )}
            <Button size="small" onClick={() => setHistory(!history)} data-testid="action-plan-history">
              {t('actionPlan.history')}
            </Button>
            {manage && (
              <Popconfirm
                title={t('actionPlan.deleteConfirm', { number: plan.number })}
                okButtonProps={{ danger: true, 'data-testid': 'action-plan-delete-ok' } as never}
                onConfirm={() => remove.mutate({ id: plan.id, version: plan.version })}
              >
                <Button size="small" danger loading={remove.isPending} data-testid="action-plan-delete">
                  {t('actionPlan.delete')}
                </Button>
              </Popconfirm>
            )}
          </Space>
          {history && (
            <HistoryPanel id={plan.id} useHistory={useActionPlanHistory} fields={actionPlanFields} />
          )}
        </Flex>
      )}
      <ActionPlanForm
        agencyCode={agencyCode}
        editing={editing}
        onClose={() => setEditing(undefined)}
        onSaved={refresh}
      />
    </Card>
  );
}

function actionPlanFields(t: ReturnType<typeof useT>): RecordField[] {
  return [
    { name: 'number', label: t('actionPlan.number') },
    { name: 'issuedOn', label: t('actionPlan.issuedOn') },
    { name: 'signer', label: t('actionPlan.signer') },
    {
      name: 'file',
      label: t('actionPlan.file'),
      format: (value) =>
        value && typeof value === 'object' ? String((value as { fileName: string }).fileName) : '—',
    },
  ];
}

/** The record or correct form, checked with the contract's schema; problems shown beside their fields. */
function ActionPlanForm(props: {
  agencyCode: string;
  editing: ActionPlan | 'new' | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const edited = props.editing && props.editing !== 'new' ? props.editing : undefined;
  return (
    <CreateDrawer
      name="action-plan"
      title={edited ? t('actionPlan.edit') : t('actionPlan.add')}
      open={Boolean(props.editing)}
      onClose={props.onClose}
      schema={edited ? UpdateActionPlanSchema : CreateActionPlanSchema}
      initialValues={
        edited
          ? { number: edited.number, issuedOn: fromCalendarDate(edited.issuedOn), signer: edited.signer }
          : {}
      }
      extraValues={edited ? { id: edited.id, version: edited.version } : { agencyCode: props.agencyCode }}
      successMessage={t('actionPlan.saved')}
      onSubmit={async (message) => {
        const saved = edited
          ? await updateActionPlan(message as Parameters<typeof updateActionPlan>[0])
          : await createActionPlan(message as Parameters<typeof createActionPlan>[0]);
        props.onSaved();
        return saved;
      }}
    >
      <FormField name="number" label={t('actionPlan.number')}>
        <Input data-testid="action-plan-number" maxLength={60} placeholder="25/KH-SNgV" />
      </FormField>
      <FormField name="issuedOn" label={t('actionPlan.issuedOn')}>
        <DateInput data-testid="action-plan-issuedOn" />
      </FormField>
      <FormField name="signer" label={t('actionPlan.signer')}>
        <Input data-testid="action-plan-signer" maxLength={200} />
      </FormField>
      <FormField
        name="file"
        label={t('actionPlan.file')}
        extra={edited?.file ? t('actionPlan.fileKept', { name: edited.file.fileName }) : undefined}
      >
        <FilePick />
      </FormField>
    </CreateDrawer>
  );
}

/** A picked file as the message carries it (name, type, base64); the service checks its content. */
function FilePick({ value, onChange }: { value?: FileUpload; onChange?: (value?: FileUpload) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Space wrap>
      <input
        ref={input}
        type="file"
        accept={ATTACHMENT_ACCEPT}
        style={{ display: 'none' }}
        data-testid="action-plan-file"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          onChange?.({
            fileName: file.name,
            contentType: file.type || 'application/octet-stream',
            base64: await readBase64(file),
          });
          e.target.value = '';
        }}
      />
      <Button size="small" onClick={() => input.current?.click()}>
        {t('actionPlan.pickFile')}
      </Button>
      {value && <span style={{ wordBreak: 'break-all' }}>{value.fileName}</span>}
    </Space>
  );
}
