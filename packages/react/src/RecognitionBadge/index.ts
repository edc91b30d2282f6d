export { RecognitionBadge } from './RecognitionBadge.js';
export type { RecognitionBadgeProps } from './RecognitionBadge.js';
export { useRecognition } from './useRecognition.js';
export type { RecognitionTarget, UseRecognitionOptions } from './useRecognition.js';
