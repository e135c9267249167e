import type { RefusalRule } from '@ascc/contracts';

/**
 * The sentence of every refusal rule (`REFUSAL_RULES` in the contracts), in Vietnamese. `satisfies`
 * makes a rule without its sentence a type error; the English dictionary must have the same keys.
 * Placeholders are the rule's params (the spec checks none is missing from the rule).
 */
export const refusalsVi = {
  'refusal.staleVersion': 'Người khác vừa lưu phiên bản {currentVersion}; hãy tải lại rồi sửa lại',
  'refusal.recordChanged': 'Người khác vừa sửa bản ghi này; hãy tải lại rồi sửa lại',
  'refusal.recordExists': 'Đã có một bản ghi với cùng các giá trị không được trùng',
  'refusal.bodyTooLarge':
    'Dữ liệu gửi lên lớn hơn {maxKilobytes} KB, mức tối đa của yêu cầu này; tệp đính kèm hoặc tệp nhập không được lớn hơn 5 MB',
  'refusal.ownAgencyOnly': 'Vai trò của bạn chỉ xem và thao tác được trên bản ghi của {agencyCode}',
  'refusal.overrideNotPermitted':
    'Chỉ biên tập viên hoặc quản trị viên được ghi đè quy tắc ngày; hãy nhờ họ ghi nhận kèm lý do',
  'refusal.attachmentsFull':
    'Đã có đủ {max} tệp đính kèm, số tối đa được phép; hãy xóa bớt một tệp trước khi tải lên',
  'refusal.usernameTaken': 'Tên đăng nhập «{username}» đã được dùng cho một tài khoản khác',
  'refusal.userChanged': 'Người khác vừa sửa tài khoản {username}; hãy tải lại rồi sửa lại',
  'refusal.badCredentials': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'refusal.accountLocked': 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {time}.',
  'refusal.tooManyAttempts': 'Có quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng đợi một lúc rồi thử lại.',
  'refusal.passwordChangeRequired': 'Vui lòng đổi mật khẩu tạm thời trước khi tiếp tục làm việc',
  'refusal.secondFactorAlreadyEnabled':
    'Xác thực hai lớp đã được bật; muốn chuyển sang điện thoại khác, hãy đề nghị quản trị viên đặt lại',
  'refusal.secondFactorNotSetUp': 'Chưa thiết lập xác thực hai lớp; hãy bắt đầu thiết lập trước',
  'refusal.secondFactorCodeRejected':
    'Mã không đúng hoặc đã được dùng; hãy chờ mã tiếp theo của ứng dụng rồi thử lại',
  'refusal.alreadyEnrolled':
    'Học viên {name} ({staffCode}) đã có trong khóa học này (tình trạng: {enrolmentStatus})',
  'refusal.alreadyWithdrawn': 'Học viên {name} ({staffCode}) đã rút khỏi khóa học này rồi',
  'refusal.noCertificate':
    'Học viên {name} ({staffCode}) chưa có chứng chỉ: khóa học chưa kết thúc hoặc học viên chưa đạt',
  'refusal.rosterClosed':
    'Khóa học {code} đang ở trạng thái «{courseStatus}»: danh sách học viên không thể thay đổi nữa',
  'refusal.courseNotEditable': 'Khóa học {code} đang ở trạng thái «{courseStatus}» nên không thể sửa nữa',
  'refusal.courseTransition':
    'Khóa học {code} đang ở trạng thái «{courseStatus}», không thể chuyển sang «{courseStatusTo}»',
  'refusal.courseCodeTaken': 'Mã khóa học {code} đã được dùng cho một khóa học khác',
  'refusal.staffCodeTaken': 'Mã cán bộ {staffCode} đã là của học viên {name}',
  'refusal.traineeListedTwice': 'Học viên này được chọn hai lần; hãy bỏ bớt một lần chọn',
  'refusal.traineeNotFound':
    'Học viên này không còn trong danh sách học viên (có thể vừa bị xóa); hãy tải lại rồi chọn lại',
  'refusal.notEnrolled':
    'Học viên này không có trong danh sách chính thức của khóa học (đang chờ hoặc đã rút) nên không ghi điểm danh hay điểm được',
  'refusal.noSuchSession': 'Khóa học chỉ có {sessions} buổi học; buổi học này không có trong lịch',
  'refusal.capacityBelowEnrolled':
    'Đã có {count} học viên ghi danh chính thức; số chỗ không được ít hơn số đó',
  'refusal.importArchiveEntries':
    'Tệp XLSX có hơn {maxEntries} thành phần, không phải một bảng tính bình thường; hãy lưu lại bằng Excel rồi gửi lại',
  'refusal.importArchiveTooLarge':
    'Tệp XLSX khi giải nén lớn hơn {maxMegabytes} MB; hãy chia danh sách thành nhiều tệp nhỏ hơn',
  'refusal.importSheetTooWide':
    'Trang tính có ô nằm ngoài {maxColumns} cột đầu tiên; hãy xóa các cột thừa bên phải rồi gửi lại',
  'refusal.importArchiveRatio':
    'Tệp XLSX bị nén bất thường (hơn {maxRatio} lần), không phải một bảng tính bình thường; hãy lưu lại bằng Excel rồi gửi lại',
  'refusal.projectCodeTaken': 'Mã dự án {code} đã được dùng cho một dự án khác',
  'refusal.transactionAlreadyReversed':
    'Giao dịch ngày {date} đã được điều chỉnh hoặc hủy bỏ rồi; hãy điều chỉnh bút toán mới thay cho nó',
  'refusal.reversalNotReversible':
    'Bút toán điều chỉnh ngày {date} không thể điều chỉnh hay hủy bỏ lại; hãy ghi một giao dịch mới nếu cần',
  'refusal.eventFinal': 'Sự kiện «{title}» đang ở trạng thái «{eventStatus}» nên không thể sửa nữa',
  'refusal.eventTransition':
    'Sự kiện «{title}» đang ở trạng thái «{eventStatus}», không thể chuyển sang «{eventStatusTo}»',
  'refusal.eventClosedToRegistrations':
    'Sự kiện «{title}» đang ở trạng thái «{eventStatus}» nên không nhận thêm đăng ký',
  'refusal.eventTakesNoRegistrations':
    'Sự kiện «{title}» được lập là không nhận đăng ký tham gia; hãy sửa sự kiện nếu cần nhận đăng ký',
  'refusal.checkInNotRegistered':
    '{name} đang ở tình trạng «{registrationStatus}»; chỉ người đã đăng ký mới điểm danh được',
  'refusal.estimateExists': '{agencyCode} đã có dự toán cho năm {year}',
  'refusal.estimateNotEditable':
    'Dự toán năm {year} của {agencyCode} đang ở trạng thái «{estimateStatus}»; chỉ dự thảo hoặc dự toán bị trả lại mới sửa được',
  'refusal.estimateActionRefused':
    'Dự toán năm {year} của {agencyCode} đang ở trạng thái «{estimateStatus}» nên không thể {estimateAction}',
  'refusal.idempotencyKeyReused':
    'Yêu cầu này đã được dùng cho một dự toán khác; hãy tải lại trang rồi thử lại',
  'refusal.fiscalYearLocked':
    'Năm ngân sách {year} đã được tổng hợp và khóa; không thể thay đổi dự toán của năm này',
  'refusal.yearConsolidated': 'Năm ngân sách {year} đã được tổng hợp rồi',
  'refusal.estimatesAwaitReview': 'Còn {count} dự toán năm {year} đang chờ thẩm định; chưa thể tổng hợp',
  'refusal.consolidationNotLocked': 'Năm ngân sách {year} chưa được tổng hợp và khóa nên chưa thể trình',
  'refusal.consolidationNotSubmitted':
    'Dự toán tổng hợp năm {year} chưa được ghi nhận đã trình UBND tỉnh; hãy ghi nhận việc trình trước khi ghi quyết định',
  'refusal.activityNotFound':
    'Dòng {line} liên kết tới một khóa học hoặc sự kiện không còn tồn tại; hãy chọn lại hoạt động',
  'refusal.activityOfOtherAgency':
    'Dòng {line} liên kết tới hoạt động «{activity}» của cơ quan khác; chỉ được liên kết hoạt động của cơ quan mình',
  'refusal.reportExists': '{agencyCode} đã có báo cáo năm {year} cho nội dung {planArea}',
  'refusal.reportActionRefused': 'Báo cáo đang ở trạng thái «{reportStatus}» nên không thể {reportAction}',
  'refusal.reviewFrozen': '{reviewKind} đã được chốt số liệu rồi',
  'refusal.indicatorExists': 'Đã có chỉ tiêu mã {indicatorCode}',
  'refusal.actionPlanExists': '{agencyCode} đã nhập kế hoạch hành động; hãy sửa kế hoạch đã có',
  'refusal.taskNotAssigned': 'Nhiệm vụ {taskCode} không được giao cho {agencyCode}',

  'refusal.estimateAction.update': 'sửa',
  'refusal.estimateAction.submit': 'gửi',
  'refusal.estimateAction.start-review': 'bắt đầu thẩm định',
  'refusal.estimateAction.return': 'trả lại',
  'refusal.estimateAction.approve': 'phê duyệt',
  'refusal.estimateAction.reject': 'từ chối phê duyệt',
  'refusal.reportAction.edit': 'sửa',
  'refusal.reportAction.submit': 'nộp',
  'refusal.reportAction.accept': 'chấp nhận',
  'refusal.reportAction.return': 'trả lại',
} satisfies Record<`refusal.${RefusalRule}`, string> & Record<string, string>;
