import { Button, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/language';

/**
 * Keeps what is typed locally and searches on Enter or the button, not on every keystroke. Clearing the
 * box searches at once, since an empty box that still filters the list would be confusing.
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const t = useT();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <Space.Compact style={{ width: 420, maxWidth: '100%' }}>
      <Input
        data-testid="list-search"
        aria-label={t('list.searchLabel')}
        placeholder={t('list.searchPlaceholder')}
        allowClear
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value === '' && value !== '') onSearch('');
        }}
        onPressEnter={() => onSearch(text.trim())}
      />
      <Button type="primary" onClick={() => onSearch(text.trim())}>
        {t('list.searchLabel')}
      </Button>
    </Space.Compact>
  );
}
