/** The aid module's labels in Vietnamese; their keys join `MessageKey` through ../../i18n/vi.ts. */
export const aidVi = {
  'aid.title': 'Tổ chức phi chính phủ nước ngoài',
  'aid.create': 'Đăng ký tổ chức',
  'aid.emptyHint': 'Đăng ký tổ chức phi chính phủ nước ngoài đầu tiên đang hoạt động tại tỉnh.',
  'aid.asean': 'ASEAN',
  'aid.kind.international-ngo': 'Tổ chức phi chính phủ quốc tế',
  'aid.kind.foundation': 'Quỹ',
  'aid.kind.friendship-organisation': 'Tổ chức hữu nghị',
  'aid.kind.individual-donor': 'Cá nhân tài trợ',
  'aid.kind.other': 'Khác',
} satisfies Record<string, string>;
