import { Alert, Button, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/language';
import { errorText } from './error-text';

/**
 * Failing locally: a widget, card or row that cannot load or cannot be drawn shows its own error, and
 * the rest of the page keeps working. `LocalError` words a failed query with a retry; `FailLocal` is an
 * error boundary around one part, so a render error (a bad record) blanks that part only.
 */
export function LocalError({
  error,
  title,
  onRetry,
  testId = 'local-error',
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  testId?: string;
}) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={title ?? t('failLocal.title')}
      description={errorText(error, t)}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('list.retry')}
          </Button>
        )
      }
    />
  );
}

/** What a part shows when it failed to render: its own alert, with a retry that draws it again. */
function RenderError({ title, onRetry, testId }: { title?: string; onRetry: () => void; testId: string }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={title ?? t('failLocal.title')}
      description={t('failLocal.render')}
      action={
        <Button size="small" onClick={onRetry}>
          {t('list.retry')}
        </Button>
      }
    />
  );
}

interface FailLocalProps {
  children: ReactNode;
  /** Says which part failed ("Training figures"); a general sentence otherwise. */
  title?: string;
  testId?: string;
  /** Values that, when they change (another period, another record), draw the part again. */
  resetKeys?: readonly unknown[];
}

interface FailLocalState {
  failed: boolean;
  keys?: readonly unknown[];
}

/** An error boundary around one part of a page. */
export class FailLocal extends Component<FailLocalProps, FailLocalState> {
  override state: FailLocalState = { failed: false, keys: this.props.resetKeys };

  static getDerivedStateFromError(): Partial<FailLocalState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: FailLocalProps,
    state: FailLocalState,
  ): Partial<FailLocalState> | null {
    const changed =
      (props.resetKeys?.length ?? 0) !== (state.keys?.length ?? 0) ||
      (props.resetKeys ?? []).some((key, i) => !Object.is(key, state.keys?.[i]));
    return changed ? { failed: false, keys: props.resetKeys } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // The part shows its own error; the details stay in the browser's console for whoever investigates.
    console.error('A part of the page failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <RenderError
        title={this.props.title}
        testId={this.props.testId ?? 'fail-local'}
        onRetry={() => this.setState({ failed: false })}
      />
    );
  }
}

/**
 * A table's columns whose cells fail on their own: a render that throws (one bad record) shows "cannot
 * be shown" in that cell, and every other row and cell of the table still works.
 */
export function failSafeColumns<T>(
  columns: TableColumnsType<T>,
  fallback: (error: unknown) => ReactNode,
): TableColumnsType<T> {
  return columns.map((column) => {
    if (!('render' in column) || !column.render) return column;
    const render = column.render;
    return {
      ...column,
      render: (value: unknown, record: T, index: number) => {
        try {
          return render(value, record, index);
        } catch (error) {
          console.error('A row of the table failed to render', error);
          return fallback(error);
        }
      },
    };
  }) as TableColumnsType<T>;
}

/** What a cell that could not be drawn shows. */
export function CellError() {
  const t = useT();
  return (
    <Typography.Text type="danger" data-testid="row-error">
      {t('failLocal.cell')}
    </Typography.Text>
  );
}

/** Tabs whose panels fail on their own: a tab that cannot be drawn shows its error; the others work. */
export function localTabs<I extends { key: string; children?: ReactNode }>(items: I[]): I[] {
  return items.map((item) => ({
    ...item,
    children: <FailLocal testId={`tab-${item.key}-error`}>{item.children}</FailLocal>,
  }));
}
