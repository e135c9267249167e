import type { Delegation } from '@ascc/contracts';
import { Button } from 'antd';
import { useMemo, useState } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { RecordDrawer } from '../../../shared/record/record-drawer';
import { type RecordField, recordValue } from '../../../shared/record/record-values';
import { useDelegation, useDelegationHistory } from '../hooks/use-aid';
import { DelegationForm } from './delegation-form';

/** The edit button and form of a delegation, for those who may manage its agency's delegations. */
function EditDelegation({ delegation }: { delegation: Delegation }) {
  const t = useT();
  const canEdit = useCan('aid.delegation.manage', delegation.agencyCode).allowed;
  const [editing, setEditing] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      <Button onClick={() => setEditing(true)} data-testid="edit-delegation">
        {t('aid.edit')}
      </Button>
      <DelegationForm open={editing} onClose={() => setEditing(false)} editing={delegation} />
    </>
  );
}

const linkLabel = (value: unknown) =>
  value && typeof value === 'object' && 'label' in value ? String(value.label) : '';

export default function DelegationDrawer() {
  const t = useT();
  const lang = useLang();
  const fields = useMemo<RecordField[]>(
    () => [
      { name: 'title', label: t('aid.field.delegationTitle') },
      { name: 'direction', label: t('aid.field.direction'), format: recordValue.option(t, 'aid.direction') },
      { name: 'purpose', label: t('aid.field.purpose'), format: recordValue.option(t, 'aid.purpose') },
      { name: 'countryCodes', label: t('aid.field.countries'), format: recordValue.countries(lang) },
      { name: 'organisations', label: t('aid.field.organisations') },
      { name: 'headName', label: t('aid.field.headName') },
      { name: 'headTitle', label: t('aid.field.headTitle') },
      { name: 'size', label: t('aid.field.size') },
      { name: 'startDate', label: t('field.startDate'), format: recordValue.date(lang) },
      { name: 'endDate', label: t('field.endDate'), format: recordValue.date(lang) },
      { name: 'agencyCode', label: t('aid.field.hostAgency'), format: recordValue.agency(lang) },
      { name: 'ngo', label: t('aid.field.linkedNgo'), format: linkLabel },
      { name: 'project', label: t('aid.field.linkedProject'), format: linkLabel },
      { name: 'culturalEvent', label: t('aid.field.linkedEvent'), format: linkLabel },
      { name: 'outcomes', label: t('aid.field.outcomes') },
      { name: 'followUps', label: t('aid.field.followUps') },
    ],
    [t, lang],
  );
  return (
    <RecordDrawer<Delegation>
      title={(d) => d.title}
      fields={fields}
      useRecord={useDelegation}
      useHistory={useDelegationHistory}
      actions={(d) => <EditDelegation delegation={d} />}
    />
  );
}
