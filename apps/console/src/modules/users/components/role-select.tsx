import { ROLES } from '@ascc/contracts';
import type { SelectProps } from 'antd';
import { useT } from '../../../i18n/language';
import { EnumSelect } from '../../../shared/form/controls';

/** Roles by their names in the reader's language; several may be chosen. */
export function RoleSelect(props: Omit<SelectProps, 'options' | 'mode'>) {
  const t = useT();
  return <EnumSelect mode="multiple" values={ROLES} labelOf={(role) => t(`role.${role}`)} {...props} />;
}
