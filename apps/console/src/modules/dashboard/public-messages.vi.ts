/** The public progress page's labels in Vietnamese; their keys join `MessageKey` through ../../i18n/vi.ts. */
export const publicProgressVi = {
  'progress.pub.brand': 'Kế hoạch ASEAN · Thái Bình',
  'progress.pub.title': 'Tiến độ thực hiện Kế hoạch Cộng đồng Văn hóa – Xã hội ASEAN',
  'progress.pub.subtitle':
    'Các chỉ tiêu của Kế hoạch 38/KH-UBND theo từng lĩnh vực: giá trị đạt được qua các năm so với giá trị cơ sở và mục tiêu.',
  'progress.pub.published':
    'Chỉ công bố số liệu đã được xác nhận: số liệu do các cơ quan báo cáo khi báo cáo năm đã được cơ quan điều phối chấp nhận; số liệu tổng hợp từ hệ thống đến hết năm {year}.',
  'progress.pub.signIn': 'Cán bộ đăng nhập',
  'progress.pub.events': 'Sự kiện giao lưu ASEAN',
  'progress.pub.loadError': 'Không tải được tiến độ thực hiện.',
  'progress.pub.noIndicators': 'Lĩnh vực này chưa có chỉ tiêu.',
  'progress.pub.latest': 'Đạt được: {value} (năm {year})',
  'progress.pub.noValue': 'Chưa có số liệu công bố',
  'progress.pub.target': 'Mục tiêu: {value} (năm {year})',
  'progress.pub.baseline': 'Giá trị cơ sở: {value} (năm {year})',
  'progress.pub.byYear': 'Theo năm',
  'progress.pub.lead': 'Chủ trì: {agency}',
  'progress.pub.count': '{count} chỉ tiêu',
} satisfies Record<string, string>;
