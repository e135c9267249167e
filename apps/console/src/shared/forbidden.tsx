import { Result } from 'antd';
import { useT } from '../i18n/language';

/** A page the user's roles do not open: said plainly, instead of a list that fails with a 403. */
export function Forbidden() {
  const t = useT();
  return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} data-testid="forbidden" />;
}
