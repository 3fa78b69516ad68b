// Reads a PDF's text back (pdf.js through unpdf), so tests check the figures a reader sees.
import { extractText, getDocumentProxy } from 'unpdf';

/** The document's text, pages joined by newlines. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(document, { mergePages: true });
  return text;
}
