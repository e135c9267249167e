/** The budget module's labels in Vietnamese; their keys join `MessageKey` through ../../i18n/vi.ts. */
export const budgetVi = {
  'budget.title': 'Dự toán kinh phí',
  'budget.create': 'Lập dự toán',
  'budget.emptyHint': 'Lập dự toán kinh phí năm đầu tiên cho nhiệm vụ của Kế hoạch.',
  'budget.status.draft': 'Dự thảo',
  'budget.status.submitted': 'Đã gửi',
  'budget.status.under-review': 'Đang thẩm định',
  'budget.status.returned': 'Trả lại',
  'budget.status.approved': 'Đã phê duyệt',
  'budget.status.rejected': 'Không phê duyệt',
} satisfies Record<string, string>;
