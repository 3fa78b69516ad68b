// A document's size reads as KB or MB in the reader's number format, never as a raw count of bytes.
import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../web/src/format/file-size';

describe('file sizes', () => {
  it('reads whole kilobytes below a megabyte, at least 1 KB', () => {
    expect(formatFileSize(12, 'en')).toBe('1 KB');
    expect(formatFileSize(860_160, 'en')).toBe('840 KB');
    expect(formatFileSize(1_536_000, 'vi')).toBe('1,5 MB');
  });

  it('writes megabytes with the language’s decimal mark and thousands separator', () => {
    expect(formatFileSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
    expect(formatFileSize(2.5 * 1024 * 1024, 'vi')).toBe('2,5 MB');
    expect(formatFileSize(1500 * 1024 * 1024, 'en')).toBe('1,500 MB');
    expect(formatFileSize(1500 * 1024 * 1024, 'vi')).toBe('1.500 MB');
  });
});
