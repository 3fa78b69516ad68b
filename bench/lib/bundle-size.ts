// The web app's initial JavaScript: the entry script and its modulepreloads, gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function initialJavaScriptKb(webDist: string): number {
  const html = readFileSync(join(webDist, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) files.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) files.add(match[1]!);
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(webDist, file.replace(/^\//, '')))).length;
  return Math.round(bytes / 102.4) / 10;
}
