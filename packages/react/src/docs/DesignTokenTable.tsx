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

/** The table of every `--yl-*` token, generated from the stylesheets when Storybook is built. */
export function DesignTokenTable() {
  return (
    <table className="yl-docs__tokens">
      <caption>
        {DESIGN_TOKENS.length} tokens, read from <code>packages/react/src/styles.css</code> and the
        stylesheets it imports when Storybook was built
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Default (light)</th>
          <th scope="col">Dark</th>
          <th scope="col">Used in</th>
        </tr>
      </thead>
      <tbody>
        {DESIGN_TOKENS.map((token) => (
          <tr key={token.name}>
            <th scope="row">
              <code>{token.name}</code>
            </th>
            <td>
              <Value value={token.defaultValue} />
            </td>
            <td>
              <Value value={token.darkValue} />
            </td>
            <td>
              {token.usedIn.length > 0 ? token.usedIn.join(', ') : <span className="yl-docs__none">—</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
