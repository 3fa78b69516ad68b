// What people are told, in Vietnamese and English: the in-app title and body, the e-mail subject, its plain text
// and its HTML (the same words, escaped, with the record's link as a button). The recipient's language decides.
export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

export function asLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'vi';
}

const PROGRAM = { vi: 'Chương trình Launchpad', en: 'the Launchpad program' } as const;

/** The program's per-criterion feedback, when it wrote some, after a decision. */
const FEEDBACK = {
  vi: (v: Vars) => (v.feedback ? `\n\nNhận xét theo từng tiêu chí:\n${v.feedback}` : ''),
  en: (v: Vars) => (v.feedback ? `\n\nFeedback per criterion:\n${v.feedback}` : ''),
} as const;

/** Stage and milestone-status names as people read them (the web's enums.* in i18n say the same). */
export const ENUM_NAMES: Record<Locale, Record<string, string>> = {
  vi: {
    CONNECTION: 'Kết nối',
    CHARTER: 'vốn nhà nước trong vốn điều lệ',
    CASH: 'tiền mặt đã góp',
    STAKE: 'tỷ lệ sở hữu tại một startup',
    INCUBATION: 'Ươm tạo',
    PLATFORM_BUILDING: 'Xây dựng nền tảng',
    SCALING_UP: 'Tăng tốc',
    GRADUATED: 'Đã tốt nghiệp',
    DISCONTINUED: 'Đã dừng',
    PLANNED: 'Đã lên kế hoạch',
    IN_PROGRESS: 'Đang thực hiện',
    DONE: 'Đã hoàn thành',
    VERIFIED: 'Đã xác nhận',
    RECEIVED: 'Đã tiếp nhận',
    UNDER_REVIEW: 'Đang xem xét',
    ACCEPTED: 'Được chấp thuận',
    RETURNED: 'Trả lại để bổ sung',
    REFUSED: 'Không chấp thuận',
  },
  en: {
    CONNECTION: 'Connection',
    CHARTER: 'state share of charter capital',
    CASH: 'paid-in cash',
    STAKE: 'stake in one startup',
    INCUBATION: 'Incubation',
    PLATFORM_BUILDING: 'Platform building',
    SCALING_UP: 'Scaling up',
    GRADUATED: 'Graduated',
    DISCONTINUED: 'Discontinued',
    PLANNED: 'Planned',
    IN_PROGRESS: 'In progress',
    DONE: 'Done',
    VERIFIED: 'Verified',
    RECEIVED: 'Received',
    UNDER_REVIEW: 'Under review',
    ACCEPTED: 'Accepted',
    RETURNED: 'Returned for changes',
    REFUSED: 'Refused',
  },
};

export interface Message {
  title: string;
  body: string;
}

type Vars = Record<string, string>;
type Template = Record<Locale, (v: Vars) => Message>;

export const TEMPLATES = {
  APPLICATION_RECEIVED: {
    vi: (v) => ({
      title: `Đã nhận hồ sơ ${v.teamName} — mã ${v.receiptCode}`,
      body: `${PROGRAM.vi} đã nhận hồ sơ của nhóm ${v.teamName} cho đề bài "${v.challengeTitle}". Mã tiếp nhận: ${v.receiptCode}. Chúng tôi sẽ liên hệ qua email khi có kết quả.`,
    }),
    en: (v) => ({
      title: `Application ${v.teamName} received — code ${v.receiptCode}`,
      body: `${PROGRAM.en} received the application of team ${v.teamName} for "${v.challengeTitle}". Receipt code: ${v.receiptCode}. We will write to you by e-mail with the outcome.`,
    }),
  },
  FOUNDER_INVITED: {
    vi: (v) => ({
      title: `Lời mời tham gia ${v.startupName} trên Launchpad`,
      body: `Bạn được mời làm nhà sáng lập của ${v.startupName} trong ${PROGRAM.vi}. Mở liên kết để tạo tài khoản và nhận lời mời (hiệu lực đến ${v.expiresOn}).`,
    }),
    en: (v) => ({
      title: `Your invitation to ${v.startupName} on Launchpad`,
      body: `You are invited as a founder of ${v.startupName} in ${PROGRAM.en}. Open the link to create your account and accept (valid until ${v.expiresOn}).`,
    }),
  },
  MENTOR_INVITED: {
    vi: (v) => ({
      title: `Lời mời làm cố vấn trên Launchpad`,
      body: `Bạn được mời làm cố vấn / chuyên gia của ${PROGRAM.vi}. Mở liên kết để tạo tài khoản (hiệu lực đến ${v.expiresOn}).`,
    }),
    en: (v) => ({
      title: `Your invitation to mentor on Launchpad`,
      body: `You are invited as a mentor / expert of ${PROGRAM.en}. Open the link to create your account (valid until ${v.expiresOn}).`,
    }),
  },
  APPLICATION_SELECTED: {
    vi: (v) => ({
      title: `Hồ sơ ${v.teamName} đã được chọn`,
      body: `Chúc mừng! Hồ sơ của nhóm ${v.teamName} cho đề bài "${v.challengeTitle}" đã được chọn vào ${PROGRAM.vi}. Thư mời tạo tài khoản nhà sáng lập được gửi riêng.${FEEDBACK.vi(v)}`,
    }),
    en: (v) => ({
      title: `Application ${v.teamName} selected`,
      body: `Congratulations! The application of team ${v.teamName} for "${v.challengeTitle}" was selected into ${PROGRAM.en}. The founder invitation follows in a separate e-mail.${FEEDBACK.en(v)}`,
    }),
  },
  APPLICATION_FEEDBACK: {
    vi: (v) => ({
      title: `Kết quả và nhận xét cho hồ sơ ${v.teamName}`,
      body: `Đề bài "${v.challengeTitle}": hồ sơ của nhóm ${v.teamName} (mã ${v.receiptCode}) ${v.outcome === 'SELECTED' ? 'đã được chọn' : 'chưa được chọn lần này'}. Nhận xét theo từng tiêu chí:\n${v.feedback}\nNhóm có thể gửi khiếu nại đến hết ngày ${v.appealUntil}.`,
    }),
    en: (v) => ({
      title: `Outcome and feedback for application ${v.teamName}`,
      body: `"${v.challengeTitle}": the application of team ${v.teamName} (code ${v.receiptCode}) ${v.outcome === 'SELECTED' ? 'was selected' : 'was not selected this time'}. Feedback per criterion:\n${v.feedback}\nYou may appeal until ${v.appealUntil}.`,
    }),
  },
  OFFICE_HOUR_BOOKED: {
    vi: (v) => ({
      title: `Giờ tư vấn ${v.when}: ${v.mentorName} · ${v.startupName}`,
      body: `${v.startupName} đã đặt giờ tư vấn với ${v.mentorName} lúc ${v.when} (giờ Hà Nội). Nội dung: ${v.topic}\nLời mời lịch (.ics) được gửi kèm.`,
    }),
    en: (v) => ({
      title: `Office hour ${v.when}: ${v.mentorName} · ${v.startupName}`,
      body: `${v.startupName} booked an office hour with ${v.mentorName} at ${v.when} (Hanoi time). Topic: ${v.topic}\nThe calendar invitation (.ics) is attached.`,
    }),
  },
  APPEAL_ANSWERED: {
    vi: (v) => ({
      title: `Trả lời khiếu nại của hồ sơ ${v.teamName}`,
      body: `Đề bài "${v.challengeTitle}": chương trình đã trả lời khiếu nại của nhóm ${v.teamName} (mã ${v.receiptCode}).\n\nKhiếu nại:\n${v.appeal}\n\nTrả lời:\n${v.answer}`,
    }),
    en: (v) => ({
      title: `Answer to the appeal of application ${v.teamName}`,
      body: `"${v.challengeTitle}": the program has answered the appeal of team ${v.teamName} (code ${v.receiptCode}).\n\nAppeal:\n${v.appeal}\n\nAnswer:\n${v.answer}`,
    }),
  },
  APPLICATION_NOT_SELECTED: {
    vi: (v) => ({
      title: `Kết quả hồ sơ ${v.teamName}`,
      body: `Đề bài "${v.challengeTitle}" đã đóng. Rất tiếc hồ sơ của nhóm ${v.teamName} (mã ${v.receiptCode}) chưa được chọn lần này. Cảm ơn nhóm đã tham gia ${PROGRAM.vi}.${FEEDBACK.vi(v)}`,
    }),
    en: (v) => ({
      title: `Outcome of application ${v.teamName}`,
      body: `The problem statement "${v.challengeTitle}" is closed. We are sorry: the application of team ${v.teamName} (code ${v.receiptCode}) was not selected this time. Thank you for taking part in ${PROGRAM.en}.${FEEDBACK.en(v)}`,
    }),
  },
  MILESTONE_SUBMITTED: {
    vi: (v) => ({
      title: `${v.startupName}: cột mốc "${v.milestoneTitle}" chờ xác nhận`,
      body: `${v.startupName} báo đã hoàn thành cột mốc "${v.milestoneTitle}". Hãy xem bằng chứng và xác nhận hoặc trả lại.`,
    }),
    en: (v) => ({
      title: `${v.startupName}: milestone "${v.milestoneTitle}" awaits verification`,
      body: `${v.startupName} reports the milestone "${v.milestoneTitle}" done. Review the evidence and verify it or send it back.`,
    }),
  },
  MILESTONE_VERIFIED: {
    vi: (v) => ({
      title: `Cột mốc "${v.milestoneTitle}" đã được xác nhận`,
      body: `Quản lý vườn ươm đã xác nhận cột mốc "${v.milestoneTitle}" của ${v.startupName}.`,
    }),
    en: (v) => ({
      title: `Milestone "${v.milestoneTitle}" verified`,
      body: `The incubator manager verified the milestone "${v.milestoneTitle}" of ${v.startupName}.`,
    }),
  },
  MILESTONE_SENT_BACK: {
    vi: (v) => ({
      title: `Cột mốc "${v.milestoneTitle}" bị trả lại`,
      body: `Quản lý vườn ươm đã trả lại cột mốc "${v.milestoneTitle}" của ${v.startupName} (trạng thái mới: ${v.status}). Hãy bổ sung bằng chứng.`,
    }),
    en: (v) => ({
      title: `Milestone "${v.milestoneTitle}" sent back`,
      body: `The incubator manager sent back the milestone "${v.milestoneTitle}" of ${v.startupName} (now ${v.status}). Please complete the evidence.`,
    }),
  },
  PASSWORD_RESET: {
    vi: () => ({
      title: 'Đặt lại mật khẩu Launchpad',
      body: 'Có yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Liên kết dùng được một lần trong 30 phút. Nếu không phải bạn yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
    }),
    en: () => ({
      title: 'Reset your Launchpad password',
      body: 'Someone asked to reset the password of your account. The link works once, for 30 minutes. If it was not you, ignore this e-mail: your password stays as it is.',
    }),
  },
  REPORT_DUE_SOON: {
    vi: (v) => ({
      title: `Sắp đến hạn báo cáo số liệu tháng ${v.period}`,
      body: `${v.startupName} chưa gửi báo cáo số liệu tháng ${v.period}. Hạn nộp sắp đến: hãy gửi doanh thu, khách hàng và nhân sự của tháng.`,
    }),
    en: (v) => ({
      title: `Metric report for ${v.period} due soon`,
      body: `${v.startupName} has not sent its metric report for ${v.period}. The due date is near: send the month's revenue, customers and employees.`,
    }),
  },
  REPORT_OVERDUE: {
    vi: (v) => ({
      title: `Báo cáo số liệu tháng ${v.period} đã quá hạn`,
      body: `Báo cáo số liệu tháng ${v.period} của ${v.startupName} đã quá hạn. Hãy gửi ngay để tránh bị báo lên quản lý vườn ươm.`,
    }),
    en: (v) => ({
      title: `Metric report for ${v.period} overdue`,
      body: `The metric report of ${v.startupName} for ${v.period} is overdue. Send it now before it is raised with the incubator manager.`,
    }),
  },
  REPORT_ESCALATED: {
    vi: (v) => ({
      title: `${v.startupName}: báo cáo tháng ${v.period} quá hạn một tuần`,
      body: `${v.startupName} vẫn chưa gửi báo cáo số liệu tháng ${v.period}, đã quá hạn hơn một tuần.`,
    }),
    en: (v) => ({
      title: `${v.startupName}: report for ${v.period} a week overdue`,
      body: `${v.startupName} still has not sent its metric report for ${v.period}, more than a week past the due date.`,
    }),
  },
  STAGE_MOVED: {
    vi: (v) => ({
      title: `${v.startupName} chuyển sang giai đoạn ${v.to}`,
      body: `${v.startupName} đã được chuyển từ giai đoạn ${v.from} sang ${v.to}.${v.reason ? ` Lý do: ${v.reason}` : ''}`,
    }),
    en: (v) => ({
      title: `${v.startupName} moved to ${v.to}`,
      body: `${v.startupName} was moved from ${v.from} to ${v.to}.${v.reason ? ` Reason: ${v.reason}` : ''}`,
    }),
  },
  PPP_PROPOSAL_RECEIVED: {
    vi: (v) => ({
      title: `Đã tiếp nhận đề xuất PPP — mã ${v.code}`,
      body: `Thành phố đã tiếp nhận đề xuất "${v.title}" của ${v.organization}. Mã tiếp nhận: ${v.code}. Bạn có thể tra cứu trạng thái bằng mã này; kết quả xem xét sẽ được gửi qua email.`,
    }),
    en: (v) => ({
      title: `PPP proposal received — code ${v.code}`,
      body: `The city received the proposal "${v.title}" from ${v.organization}. Receipt code: ${v.code}. You can look its status up with this code; the outcome of the review will be e-mailed to you.`,
    }),
  },
  PPP_PROPOSAL_DECIDED: {
    vi: (v) => ({
      title: `Đề xuất PPP ${v.code}: ${v.status}`,
      body: `Đề xuất "${v.title}" của ${v.organization} (mã ${v.code}): ${v.status}.${v.reason ? ` Lý do: ${v.reason}` : ''}`,
    }),
    en: (v) => ({
      title: `PPP proposal ${v.code}: ${v.status}`,
      body: `The proposal "${v.title}" from ${v.organization} (code ${v.code}): ${v.status}.${v.reason ? ` Reasons: ${v.reason}` : ''}`,
    }),
  },
  CHALLENGE_DEADLINE_SOON: {
    vi: (v) => ({
      title: `Đề bài "${v.challengeTitle}" sắp hết hạn nhận hồ sơ`,
      body: `Đề bài "${v.challengeTitle}" hết hạn nhận hồ sơ ngày ${v.deadline} (còn ${v.daysLeft} ngày). Đã nhận ${v.applications} hồ sơ.`,
    }),
    en: (v) => ({
      title: `Applications for "${v.challengeTitle}" close soon`,
      body: `Applications for "${v.challengeTitle}" close on ${v.deadline} (${v.daysLeft} days left). ${v.applications} applications received so far.`,
    }),
  },
  FUND_NEAR_CAP: {
    vi: (v) => ({
      title: `${v.fundName}: ${v.limit} đã dùng ${v.percent}%`,
      body: `${v.fundName} đã dùng ${v.percent}% giới hạn ${v.limit}${v.subject ? ` (${v.subject})` : ''}. Hãy xem lại trước khi cam kết hoặc đầu tư thêm.`,
    }),
    en: (v) => ({
      title: `${v.fundName}: ${v.limit} at ${v.percent}%`,
      body: `${v.fundName} has used ${v.percent}% of its ${v.limit} limit${v.subject ? ` (${v.subject})` : ''}. Review it before further commitments or investments.`,
    }),
  },
  CAPITAL_CALL_ISSUED: {
    vi: (v) => ({
      title: `${v.fundName}: gọi vốn ${v.percentVi}, hạn góp ${v.dueDate}`,
      body: `${v.fundName} đã phát hành đợt gọi vốn ngày ${v.callDate}: ${v.percentVi} vốn cam kết, hạn góp ${v.dueDate}. Số tiền từng thành viên cần góp:\n${v.linesVi}\nThông báo gọi vốn của từng thành viên (PDF) có trên trang của quỹ.`,
    }),
    en: (v) => ({
      title: `${v.fundName}: capital call of ${v.percentEn}, due ${v.dueDate}`,
      body: `${v.fundName} issued a capital call on ${v.callDate}: ${v.percentEn} of the commitments, due ${v.dueDate}. What each member is asked to pay in:\n${v.linesEn}\nEach member's call notice (PDF) is on the fund's page.`,
    }),
  },
  CAPITAL_CALL_OVERDUE: {
    vi: (v) => ({
      title: `${v.fundName}: đợt gọi vốn ngày ${v.callDate} quá hạn`,
      body: `Đợt gọi vốn ngày ${v.callDate} của ${v.fundName} đã quá hạn góp (${v.dueDate}) mà ${v.members} thành viên chưa góp đủ. Số còn thiếu / số được gọi:\n${v.linesVi}`,
    }),
    en: (v) => ({
      title: `${v.fundName}: capital call of ${v.callDate} overdue`,
      body: `The capital call of ${v.callDate} of ${v.fundName} is past its due date (${v.dueDate}) and ${v.members} members have not paid in full. Unpaid / called:\n${v.linesEn}`,
    }),
  },
  DAILY_DIGEST: {
    vi: (v) => ({
      title: `Launchpad: ${v.count} thông báo mới`,
      body: `Các thông báo mới của bạn:\n${v.list}`,
    }),
    en: (v) => ({
      title: `Launchpad: ${v.count} new notifications`,
      body: `Your new notifications:\n${v.list}`,
    }),
  },
} satisfies Record<string, Template>;

export type TemplateKind = keyof typeof TEMPLATES;

/** Variables named in `enumVars` are enum values, shown by their name in the recipient's language. */
export function render(kind: TemplateKind, locale: Locale, vars: Vars, enumVars: readonly string[] = []): Message {
  const named = { ...vars };
  for (const key of enumVars) if (named[key]) named[key] = ENUM_NAMES[locale][named[key]] ?? named[key];
  return TEMPLATES[kind][locale](named);
}

const ACTION = { vi: 'Mở trên Launchpad', en: 'Open in Launchpad' } as const;
const FOOTER = {
  vi: 'Thư này được gửi tự động từ Launchpad. Bạn có thể tắt thư theo từng loại trong phần cài đặt thông báo.',
  en: 'This e-mail was sent automatically by Launchpad. You can turn e-mails off per kind in your notification settings.',
} as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The e-mail of a message: plain text and HTML, with the absolute link to the record. */
export function mailOf(message: Message, locale: Locale, link: string | null): RenderedMail {
  const text = [message.body, link ? `${ACTION[locale]}: ${link}` : null, '—', FOOTER[locale]]
    .filter(Boolean)
    .join('\n\n');
  const button = link
    ? `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(ACTION[locale])}</a></p><p style="font-size:12px;color:#555">${escapeHtml(link)}</p>`
    : '';
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5"><h2>${escapeHtml(message.title)}</h2><p>${escapeHtml(message.body).replace(/\n/g, '<br>')}</p>${button}<hr><p style="font-size:12px;color:#555">${escapeHtml(FOOTER[locale])}</p></body></html>`;
  return { subject: message.title, text, html };
}
