export { FreeClinicQueue } from './FreeClinicQueue.js';
export type { FreeClinicQueueMode, FreeClinicQueueProps } from './FreeClinicQueue.js';
export { useFreeClinicQueue } from './useFreeClinicQueue.js';
export type { UseFreeClinicQueueOptions, UseFreeClinicQueueResult } from './useFreeClinicQueue.js';
