// PrimeIcons cut down to the icons the app draws. The package ships ~300 glyphs in five font formats and a rule per
// glyph; a phone downloaded its 35 KB woff2 beside the page's code on every first visit. At build time the app's
// sources are scanned for `pi-<name>` classes, the stylesheet keeps only those glyphs' rules, and its font is one
// woff2 holding only those glyphs (Vite names it by its content's hash, like any asset).
import type { Plugin } from 'vite';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const SOURCES = fileURLToPath(new URL('../src', import.meta.url));
/** Where the cut-down font is written for Vite to pick up as an asset (ignored by git). */
const CACHE = fileURLToPath(new URL('../node_modules/.cache/launchpad-icons', import.meta.url));
const STYLESHEET = /\/node_modules\/primeicons\/primeicons\.css$/;
const ICON_CLASS = /\bpi-[a-z0-9]+(?:-[a-z0-9]+)*/g;
/** A glyph rule of primeicons.css: `.pi-bell:before {\n    content: "\e97c";\n}`. */
const GLYPH_RULE = /\.(pi-[a-z0-9-]+):before\s*\{\s*content:\s*"\\([0-9a-f]{4})";\s*\}\s*/g;
const FONT_FACE = /@font-face\s*\{[^}]*\}/;

/** Every `pi-<name>` class the app's sources mention (templates, scripts, messages). */
async function usedIconClasses(dir: string, used = new Set<string>()): Promise<Set<string>> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await usedIconClasses(path, used);
    else if (/\.(vue|ts|json)$/.test(entry.name))
      for (const match of (await readFile(path, 'utf8')).matchAll(ICON_CLASS)) used.add(match[0]);
  }
  return used;
}

export function iconFontSubset(): Plugin {
  return {
    name: 'launchpad:icon-font-subset',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!STYLESHEET.test(id)) return null;
      const used = await usedIconClasses(SOURCES);
      let glyphs = '';
      const css = code.replace(GLYPH_RULE, (rule: string, name: string, hex: string) => {
        if (!used.has(name)) return '';
        glyphs += String.fromCodePoint(parseInt(hex, 16));
        return rule;
      });
      if (!glyphs) return this.error('no PrimeIcons glyph is used: the scan for pi-<name> classes found none');
      const woff2 = await readFile(new URL('./fonts/primeicons.woff2', `file://${id}`));
      const font = await subsetFont(woff2, glyphs, { targetFormat: 'woff2' });
      await mkdir(CACHE, { recursive: true });
      const file = join(CACHE, 'primeicons.woff2');
      await writeFile(file, font);
      const face = `@font-face {
    font-family: 'primeicons';
    font-display: block;
    src: url('${relative(dirname(id), file)}') format('woff2');
    font-weight: normal;
    font-style: normal;
}`;
      return { code: css.replace(FONT_FACE, face), map: null };
    },
  };
}
