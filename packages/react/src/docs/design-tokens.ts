/// <reference types="vite/client" />
// The design tokens as the stylesheets declare and use them, read from the CSS files when Storybook is built, so
// the tokens page and the theme editor can never drift from styles.css. Storybook only; not part of the package.

/** One `--yl-*` custom property: its default (light) value, its dark value, and the files that use it. */
export interface DesignToken {
  name: string;
  /** The value declared on `.yl-root, :root`; undefined if a file uses a token nobody declares (a bug). */
  defaultValue: string | undefined;
  /** The value under `[data-yl-theme='dark']`, when the dark theme changes it. */
  darkValue: string | undefined;
  /** The stylesheets (relative to `packages/react/src`) that read it with `var(…)`. */
  usedIn: string[];
}

const STYLESHEETS = import.meta.glob<string>(['../styles/*.css', '../*/*.css'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Every `--yl-*` variable declared or used in the given stylesheets, sorted by name.
 * @param files - stylesheet text by path
 * @example parseDesignTokens({ 'base.css': '.yl-root { --yl-gap: 12px } .a { gap: var(--yl-gap) }' })
 */
export function parseDesignTokens(files: Record<string, string>): DesignToken[] {
  const tokens = new Map<string, DesignToken>();
  const token = (name: string) => {
    let found = tokens.get(name);
    if (!found) {
      found = { name, defaultValue: undefined, darkValue: undefined, usedIn: [] };
      tokens.set(name, found);
    }
    return found;
  };
  for (const [path, raw] of Object.entries(files)) {
    const file = path.replace(/^\.\.\//, '');
    const css = raw.replace(/\/\*[\s\S]*?\*\//g, '');
    // Innermost blocks only: `selector { declarations }` with no brace inside (an @media's rules are found too).
    for (const [, selector = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const isDefault = /(^|,)\s*:root\b/.test(selector) || /^\s*\.yl-root\s*,/.test(selector);
      const isDark = selector.includes("data-yl-theme='dark'");
      for (const [, name = '', value = ''] of body.matchAll(/(--yl-[\w-]+)\s*:\s*([^;]+)/g)) {
        const clean = value.replace(/\s+/g, ' ').trim();
        if (isDefault) {
          token(name).defaultValue = clean;
        } else if (isDark) {
          token(name).darkValue = clean;
        }
      }
    }
    for (const [, name = ''] of css.matchAll(/var\(\s*(--yl-[\w-]+)/g)) {
      const used = token(name).usedIn;
      if (!used.includes(file)) {
        used.push(file);
      }
    }
  }
  return [...tokens.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The tokens of `styles.css` and every stylesheet it imports, as built. */
export const DESIGN_TOKENS: DesignToken[] = parseDesignTokens(STYLESHEETS);

/** Whether a token's value is a colour a swatch can show. */
export function isColor(value: string | undefined): value is string {
  return value !== undefined && /^(#|rgb|hsl|oklch)/.test(value);
}
