/** The inbox (issue 21): the header's bell, the notifications page and each template's sentence. */
export const inboxVi = {
  'inbox.title': 'Thông báo',
  'inbox.bell': 'Thông báo: {count} chưa đọc',
  'inbox.bellNone': 'Thông báo: không có thông báo chưa đọc',
  'inbox.unreadOnly': 'Chỉ chưa đọc',
  'inbox.markRead': 'Đánh dấu đã đọc',
  'inbox.markAllRead': 'Đánh dấu tất cả đã đọc',
  'inbox.markAllConfirm': 'Đánh dấu tất cả {count} thông báo chưa đọc là đã đọc?',
  'inbox.open': 'Mở',
  'inbox.empty': 'Không có thông báo nào.',
  'inbox.emptyUnread': 'Bạn đã đọc hết thông báo.',
  'inbox.unread': 'Chưa đọc',
  'inbox.loadError': 'Không tải được thông báo.',
  'inbox.template.report.due-soon':
    'Báo cáo năm {year} lĩnh vực {planArea} phải nộp trước {dueDate}: còn {days} ngày.',
  'inbox.template.report.due-today': 'Hôm nay ({dueDate}) là hạn nộp báo cáo năm {year} lĩnh vực {planArea}.',
  'inbox.template.report.late': 'Báo cáo năm {year} lĩnh vực {planArea} đã quá hạn {dueDate} {days} ngày.',
  'inbox.template.report.returned': 'Báo cáo năm {year} lĩnh vực {planArea} bị trả lại: «{comment}».',
  'inbox.template.estimate.deadline-soon':
    'Hạn nộp dự toán năm {fiscalYear} là {deadline}: còn {days} ngày, đơn vị chưa nộp dự toán.',
  'inbox.template.estimate.returned':
    'Dự toán «{title}» (năm {fiscalYear}) bị Sở Tài chính trả lại: «{comment}».',
  'inbox.template.ngo.registration-expiring':
    'Đăng ký của tổ chức «{name}» hết hạn ngày {expiresOn}: còn {days} ngày.',
  'inbox.template.aid-project.not-started':
    'Dự án «{title}» được phê duyệt ngày {approvedOn} nhưng chưa triển khai sau sáu tháng (hạn {startBy}).',
  'inbox.template.course.starting-tomorrow':
    'Khóa «{title}» khai giảng ngày mai ({startsOn}), còn {open} chỗ trống.',
} as const;
