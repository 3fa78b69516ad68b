// The one PDF writer (statements, reports, dossiers): pdfmake with the Roboto it ships, whose glyphs
// cover Vietnamese. Documents never fetch URLs and read only the bundled font files.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type PdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

// pdfmake (with pdfkit and its font tables) is ~25 MB of resident memory once loaded: loaded on the first document,
// not at start, since most processes never write one.
let loaded: Promise<typeof PdfMake> | undefined;
function loadPdfmake() {
  return (loaded ??= import('pdfmake').then(({ default: pdfmake }) => {
    const fonts = createRequire(import.meta.url)('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> };
    const fontFolder = dirname(fonts.Roboto.normal!);
    pdfmake.setFonts(fonts);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontFolder));
    return pdfmake;
  }));
}

export type { Content, TDocumentDefinitions };

/** Renders a document definition to PDF bytes (A4, Roboto 10 pt unless the definition says otherwise). */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  const pdfmake = await loadPdfmake();
  const document = pdfmake.createPdf({
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    ...definition,
    defaultStyle: { font: 'Roboto', fontSize: 10, ...definition.defaultStyle },
  });
  return document.getBuffer();
}
