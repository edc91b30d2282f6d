import type { Schemas } from '@yilian/sdk';

type Decision = Schemas['RecognitionDecision'];

// Drawn paths, not text glyphs: ⌛ and ∅ rendered as empty boxes on machines without an emoji or symbol font (#14).
// Each decision has its own shape, so the badges differ without colour (WCAG 1.4.1).
const PATHS: Record<Decision, string> = {
  // a tick
  recognized: 'M3.5 8.5l3 3 6-7',
  // two linked nodes: the images are shared for review
  shared:
    'M5 8a2 2 0 1 1-4 0 2 2 0 0 1 4 0zM15 3.5a2 2 0 1 1-4 0 2 2 0 0 1 4 0zM15 12.5a2 2 0 1 1-4 0 2 2 0 0 1 4 0zM4.8 7l6.4-2.6M4.8 9l6.4 2.6',
  // an hourglass
  expired: 'M4 2h8M4 14h8M5 2c0 3.5 6 4.5 6 6s-6 2.5-6 6M11 2c0 3.5-6 4.5-6 6s6 2.5 6 6',
  // a cross
  institution_not_qualified: 'M4 4l8 8M12 4l-8 8',
  // a circle struck through: not on the list
  item_not_in_list: 'M13 8a5 5 0 1 1-10 0 5 5 0 0 1 10 0zM4.5 11.5l7-7',
};

/**
 * The decision's icon, an inline SVG in the current text colour; decorative (the label beside it says the decision).
 * @param props - the `decision`, and an optional class
 * @example <RecognitionIcon decision="expired" />
 */
export function RecognitionIcon({ decision, className }: { decision: Decision; className?: string }) {
  return (
    <svg
      className={['yl-recognition-icon', className].filter(Boolean).join(' ')}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[decision] ?? PATHS.item_not_in_list} />
    </svg>
  );
}
