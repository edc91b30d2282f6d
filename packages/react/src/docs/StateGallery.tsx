// The "All states" pages: every state story of a widget side by side, at desktop and at phone width.
import { storyNameFromExport, toId } from 'storybook/internal/csf';
import './docs.css';

/** A CSF module as MDX imports it: its default export (the meta) and the stories. */
type StoriesModule = { default: { title?: string } } & Record<string, unknown>;

/**
 * Each state story of `of` (every export but the `…Flow` interaction tests) in two frames of its own, a desktop
 * and a phone one. Frames, not inline stories: each gets its own in-page server, so their loaders cannot reset
 * each other's data.
 * @param of - the widget's stories, `import * as Stories from './X.stories'`
 */
export function StateGallery({ of }: { of: StoriesModule }) {
  const title = of.default.title ?? '';
  const states = Object.keys(of).filter(
    (name) => name !== 'default' && name !== '__namedExportsOrder' && !name.endsWith('Flow'),
  );
  return (
    <div className="yl-docs__states">
      {states.map((name) => {
        const id = toId(title, storyNameFromExport(name));
        // note: axe is left to the story tests (both widths); here it would only slow the page down
        const src = `iframe.html?viewMode=story&id=${encodeURIComponent(id)}&globals=a11y.manual:!true`;
        return (
          <figure key={name} className="yl-docs__state">
            <figcaption>{storyNameFromExport(name)}</figcaption>
            <div className="yl-docs__frames">
              <div className="yl-docs__frame yl-docs__frame--desktop">
                <iframe src={src} title={`${storyNameFromExport(name)}, desktop`} loading="lazy" />
              </div>
              <div className="yl-docs__frame yl-docs__frame--phone">
                <iframe src={src} title={`${storyNameFromExport(name)}, phone`} loading="lazy" />
              </div>
            </div>
          </figure>
        );
      })}
    </div>
  );
}
