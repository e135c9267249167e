import type { Delegation } from '@ascc/contracts';
import { Button } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { RecordDrawer } from '../../../shared/record/record-drawer';
import { useRecordFields } from '../../../shared/record/record-values';
import { delegationFields } from '../aid-fields';
import { useDelegation, useDelegationHistory } from '../hooks/use-aid';
import { DelegationForm } from './delegation-form';
import '../messages';

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

export default function DelegationDrawer() {
  const all = useRecordFields(delegationFields);
  const fields = useMemo(
    () => all.filter((f) => f.name !== 'createdAt' && f.name !== 'updatedAt' && f.name !== 'planArea'),
    [all],
  );
  return (
    <RecordDrawer<Delegation>
      title={(d) => d.title}
      fields={fields}
      historyFields={all}
      useRecord={useDelegation}
      useHistory={useDelegationHistory}
      actions={(d) => <EditDelegation delegation={d} />}
    />
  );
}
