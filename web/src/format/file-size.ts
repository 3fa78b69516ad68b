// A file's size as a reader reads it: "840 KB", "2,5 MB" (vi) / "2.5 MB" (en), never a count of bytes.
import { formatNumber } from '@launchpad/shared';

export type SizeLocale = 'vi' | 'en';

export function formatFileSize(bytes: number, locale: SizeLocale): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / 1024 / 1024, locale, { maxDigits: 1 })} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
}
