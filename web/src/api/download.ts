// Saves a CSV export the server wrote (it already carries its byte-order mark) as a file the browser downloads.
import type { Language } from './generated/graphql';

export function saveCsv(fileName: string, csv: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The language an export is written in: the interface's. */
export function exportLanguage(locale: string): Language {
  return locale === 'en' ? 'EN' : 'VI';
}
