import { Flex, Grid, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';

/** A phone-sized screen (below antd's `md`, 768 px): tables stack their cells instead of scrolling sideways. */
export function usePhone(): boolean {
  return Grid.useBreakpoint().md === false;
}

/**
 * The indicator tables on a phone: one column whose cell stacks every column's content under its title,
 * so a row reads as a small card and nothing scrolls sideways at 390 px; on a wider screen, the columns
 * as given. The same renders serve both, so a cell's content (inputs, links, test ids) is the same.
 */
export function stackOnPhone<T extends object>(phone: boolean, columns: ColumnType<T>[]): ColumnType<T>[] {
  if (!phone) return columns;
  return [
    {
      key: 'stacked',
      render: (_: unknown, record: T, index: number) => (
        <Flex vertical gap={6} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {columns.map((column, i) => {
            const raw =
              column.dataIndex !== undefined
                ? (record as Record<string, unknown>)[String(column.dataIndex)]
                : undefined;
            const content = (column.render ? column.render(raw, record, index) : raw) as ReactNode;
            if (content === undefined || content === null || content === '') return null;
            const title = typeof column.title === 'function' ? undefined : (column.title as ReactNode);
            return (
              <Flex vertical key={String(column.key ?? i)}>
                {title ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {title}
                  </Typography.Text>
                ) : null}
                <div>{content}</div>
              </Flex>
            );
          })}
        </Flex>
      ),
    },
  ];
}
