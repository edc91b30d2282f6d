export { ExpertCalendar } from './ExpertCalendar.js';
export type { ExpertCalendarProps } from './ExpertCalendar.js';
export { mondayOf, useExpertCalendar } from './useExpertCalendar.js';
export type { CalendarDay, CalendarItem, CalendarView, ExpertCalendarFilters } from './useExpertCalendar.js';
