// A file's size as a reader reads it: "840 KB", "2,5 MB" (vi) / "2.5 MB" (en), never a count of bytes.
export type SizeLocale = 'vi' | 'en';

const numberFormat = (locale: SizeLocale, digits: number) =>
  new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits });

export function formatFileSize(bytes: number, locale: SizeLocale): string {
  if (bytes >= 1024 * 1024) return `${numberFormat(locale, 1).format(bytes / 1024 / 1024)} MB`;
  return `${numberFormat(locale, 0).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
