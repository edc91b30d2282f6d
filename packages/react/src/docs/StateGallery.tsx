// The "All states" pages: every state story of a widget side by side, at desktop and at phone width.
import { useEffect, useRef, useState } from 'react';
import { storyNameFromExport, toId } from 'storybook/internal/csf';
import './docs.css';

/** A CSF module as MDX imports it: its default export (the meta) and the stories. */
type StoriesModule = { default: { title?: string } } & Record<string, unknown>;

/** What a frame's Storybook preview exposes: the phase of the story it renders. */
type PreviewWindow = Window & { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } };

/**
 * How many frames load ahead of the one running: their pages and story files load while it plays, and they wait
 * for their turn on the shared server (a few, since each frame is a whole Storybook preview).
 */
const LOOKAHEAD = 2;

const FINAL_PHASES = new Set(['finished', 'errored', 'aborted']);

/**
 * One story in a frame that starts loading only when `start` is true, and calls `onSettled` once its story has
 * finished (loaders, render, play) or failed.
 */
function StateFrame(props: {
  src: string;
  title: string;
  turn: number;
  start: boolean;
  onSettled: () => void;
}) {
  const { src, title, turn, start, onSettled } = props;
  const ref = useRef<HTMLIFrameElement>(null);
  const reported = useRef(false);
  useEffect(() => {
    if (!start || reported.current) {
      return undefined;
    }
    const timer = setInterval(() => {
      const phase = (ref.current?.contentWindow as PreviewWindow | null)?.__STORYBOOK_PREVIEW__?.currentRender
        ?.phase;
      if (phase && FINAL_PHASES.has(phase)) {
        clearInterval(timer);
        reported.current = true;
        onSettled();
      }
    }, 100);
    return () => clearInterval(timer);
  }, [start, onSettled]);
  return (
    <iframe
      ref={ref}
      src={start ? src : undefined}
      title={title}
      data-yl-turn={turn}
      data-settling={start || undefined}
    />
  );
}

/**
 * Each state story of `of` (every export but the `…Flow` interaction tests) in two frames of its own, a desktop
 * and a phone one, so each is laid out at its real width. The frames share one in-page server (booted by the
 * first; see `galleryAlliance` in internal/story-alliance.tsx) and load one after another, each when the one
 * before has settled, because each story resets that server before it renders.
 * @param of - the widget's stories, `import * as Stories from './X.stories'`
 */
export function StateGallery({ of }: { of: StoriesModule }) {
  const title = of.default.title ?? '';
  // In the stories file's order (the sidebar's: a lifecycle reads in its order), not the namespace's, which sorts
  // exports by name.
  const order = Array.isArray(of.__namedExportsOrder)
    ? (of.__namedExportsOrder as string[])
    : Object.keys(of);
  const states = order.filter(
    (name) => name !== 'default' && name !== '__namedExportsOrder' && !name.endsWith('Flow'),
  );
  const [settled, setSettled] = useState(0);
  const [advance] = useState(() => () => setSettled((count) => count + 1));
  return (
    <div
      className="yl-docs__states"
      data-settled={settled}
      data-frames={states.length * 2}
      data-yl-shared-alliance=""
    >
      {states.map((name, index) => {
        const id = toId(title, storyNameFromExport(name));
        // note: axe is left to the story tests (both widths); here it would only slow the page down
        const src = `iframe.html?viewMode=story&id=${encodeURIComponent(id)}&globals=a11y.manual:!true`;
        const label = storyNameFromExport(name);
        return (
          <figure key={name} className="yl-docs__state">
            <figcaption>{label}</figcaption>
            <div className="yl-docs__frames">
              <div className="yl-docs__frame yl-docs__frame--desktop">
                <StateFrame
                  src={src}
                  title={`${label}, desktop`}
                  turn={index * 2}
                  start={settled >= index * 2 - LOOKAHEAD}
                  onSettled={advance}
                />
              </div>
              <div className="yl-docs__frame yl-docs__frame--phone">
                <StateFrame
                  src={src}
                  title={`${label}, phone`}
                  turn={index * 2 + 1}
                  start={settled >= index * 2 + 1 - LOOKAHEAD}
                  onSettled={advance}
                />
              </div>
            </div>
          </figure>
        );
      })}
    </div>
  );
}
