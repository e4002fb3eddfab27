// The theme's CSS variables as a style sheet made at build time (issue 14). With
// `cssVariables`, MUI's ThemeProvider otherwise serialises ~23 kB of declarations (both colour
// schemes) through the style engine and inserts them during the first render, on the main
// thread, before anything can paint; as a style sheet the browser has them before any script
// runs. The app imports `virtual:theme-vars.css` and gives ThemeProvider
// `disableStyleSheetGeneration`.
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:theme-vars.css';
// A path-like id ending in .css, so Vite's CSS pipeline takes it as a style sheet.
const RESOLVED = '/__theme-vars.css';

type Declarations = Record<string, string | number>;

function rule(selector: string, declarations: Declarations): string {
  const body = Object.entries(declarations)
    .map(([property, value]) => {
      // Custom properties as they are; others (colorScheme) in CSS's spelling.
      const name = property.startsWith('--')
        ? property
        : property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      return `${name}:${String(value)};`;
    })
    .join('');
  return `${selector}{${body}}`;
}

/** The theme's style sheets (`theme.generateStyleSheets()`) as CSS text. */
export function themeCss(sheets: Record<string, Declarations>[]): string {
  const css: string[] = [];
  for (const sheet of sheets) {
    for (const [selector, declarations] of Object.entries(sheet)) {
      for (const value of Object.values(declarations)) {
        if (typeof value === 'object') {
          throw new Error(`theme-css: nested styles under "${selector}" are not supported.`);
        }
      }
      css.push(rule(selector, declarations));
      // Before the app has put its class on <html>, the system's dark mode gets the dark
      // scheme (as MUI's InitColorSchemeScript would, which a strict CSP does not allow inline).
      if (selector === '.dark') {
        css.push(`@media (prefers-color-scheme: dark){${rule(':root:not(.light)', declarations)}}`);
      }
    }
  }
  return css.join('\n');
}

export function themeStyleSheet({ themeFile }: { themeFile: string }): Plugin {
  return {
    name: 'theme-css',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(themeFile);
      // Node runs the theme module itself (it imports only @mui/material/styles); a fresh URL
      // each time, so the dev server picks up an edit.
      const module = (await import(`${pathToFileURL(themeFile).href}?t=${Date.now()}`)) as {
        getTheme: () => { generateStyleSheets: () => Record<string, Declarations>[] };
      };
      return themeCss(module.getTheme().generateStyleSheets());
    },
  };
}
