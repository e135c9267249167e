import { Input } from 'antd';
import { useEffect, useState } from 'react';

/** A text filter applies on Enter or on leaving the box, not on every keystroke. */
export function TextFilter({
  label,
  testId,
  value,
  onApply,
}: {
  label: string;
  testId: string;
  value: string;
  onApply: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const apply = () => {
    if (text.trim() !== value) onApply(text.trim());
  };
  return (
    <Input
      data-testid={testId}
      aria-label={label}
      placeholder={label}
      allowClear
      style={{ width: 200, maxWidth: '100%' }}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        if (event.target.value === '' && value !== '') onApply('');
      }}
      onPressEnter={apply}
      onBlur={apply}
    />
  );
}
