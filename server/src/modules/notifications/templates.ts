// What people are told, in Vietnamese and English: the in-app title and body, the e-mail subject, its plain text
// and its HTML (the same words, escaped, with the record's link as a button). The recipient's language decides.
export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

export function asLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'vi';
}

const PROGRAM = { vi: 'Chương trình Launchpad', en: 'the Launchpad program' } as const;

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
} satisfies Record<string, Template>;

export type TemplateKind = keyof typeof TEMPLATES;

export function render(kind: TemplateKind, locale: Locale, vars: Vars): Message {
  return TEMPLATES[kind][locale](vars);
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
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5"><h2>${escapeHtml(message.title)}</h2><p>${escapeHtml(message.body)}</p>${button}<hr><p style="font-size:12px;color:#555">${escapeHtml(FOOTER[locale])}</p></body></html>`;
  return { subject: message.title, text, html };
}
