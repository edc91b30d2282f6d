// The design tokens page's table: every --yl-* variable with its default, its dark value and where it is used.
import { DESIGN_TOKENS, isColor } from './design-tokens.js';
import './docs.css';

function Value({ value }: { value: string | undefined }) {
  if (value === undefined) {
    return <span className="yl-docs__none">—</span>;
  }
  return (
    <span className="yl-docs__value">
      {isColor(value) && (
        // note: a swatch needs the token's own value; this is the docs page, not a widget (no CSP concern)
        <span className="yl-docs__swatch" style={{ background: value }} aria-hidden="true" />
      )}
      <code>{value}</code>
    </span>
  );
}

/** The column headings, also each cell's label when a phone-wide page stacks the rows (docs.css). */
const COLUMNS = { token: 'Token', light: 'Default (light)', dark: 'Dark', usedIn: 'Used in' } as const;

/**
 * The table of every `--yl-*` token, generated from the stylesheets when Storybook is built. The explicit roles
 * keep it a table for screen readers when a phone-wide page lays its rows out as blocks.
 */
export function DesignTokenTable() {
  return (
    // note: the roles restate the elements' own, which Chromium and WebKit drop once `display` is changed;
    // `sb-unstyled` opts out of the docs page's table borders, which would box every cell of a stacked row
    <table className="yl-docs__tokens sb-unstyled" role="table">
      <caption>
        {DESIGN_TOKENS.length} tokens, read from <code>packages/react/src/styles.css</code> and the
        stylesheets it imports when Storybook was built
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {COLUMNS.token}
          </th>
          <th scope="col" role="columnheader">
            {COLUMNS.light}
          </th>
          <th scope="col" role="columnheader">
            {COLUMNS.dark}
          </th>
          <th scope="col" role="columnheader">
            {COLUMNS.usedIn}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {DESIGN_TOKENS.map((token) => (
          <tr key={token.name} role="row">
            <th scope="row" role="rowheader">
              <code>{token.name}</code>
            </th>
            <td role="cell" data-label={COLUMNS.light}>
              <Value value={token.defaultValue} />
            </td>
            <td role="cell" data-label={COLUMNS.dark}>
              <Value value={token.darkValue} />
            </td>
            <td role="cell" data-label={COLUMNS.usedIn}>
              {token.usedIn.length > 0 ? token.usedIn.join(', ') : <span className="yl-docs__none">—</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
