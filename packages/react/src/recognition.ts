// The public API of the recognition widgets (also its own entry, `@yilian/react/recognition`, for a smaller bundle).
export { RecognitionBadge, useRecognition } from './RecognitionBadge/index.js';
export type {
  RecognitionBadgeProps,
  RecognitionTarget,
  UseRecognitionOptions,
} from './RecognitionBadge/index.js';
