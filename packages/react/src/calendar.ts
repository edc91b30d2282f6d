// The public API of the calendar widgets (also its own entry, `@yilian/react/calendar`, for a smaller bundle).
export { ExpertCalendar, mondayOf, useExpertCalendar } from './ExpertCalendar/index.js';
export type {
  CalendarDay,
  CalendarItem,
  CalendarView,
  ExpertCalendarFilters,
  ExpertCalendarProps,
} from './ExpertCalendar/index.js';
