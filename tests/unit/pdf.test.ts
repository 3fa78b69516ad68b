import { describe, expect, it } from 'vitest';
import { renderPdf } from '@launchpad/server/exports/pdf';
import { pdfText } from '../support/pdf';

describe('the PDF writer', () => {
  it('writes Vietnamese text that reads back unchanged', async () => {
    const bytes = await renderPdf({
      content: [{ text: 'Báo cáo rủi ro năm 2026', bold: true }, 'Quỹ Đầu tư mạo hiểm: 12.500.000.000 ₫'],
    });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Báo cáo rủi ro năm 2026');
    expect(text).toContain('Quỹ Đầu tư mạo hiểm: 12.500.000.000');
  });
});
