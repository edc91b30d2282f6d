export { MyAppointments } from './MyAppointments.js';
export type { MyAppointmentsProps } from './MyAppointments.js';
export { useAppointments } from './useAppointments.js';
export type { AppointmentEntry, UseAppointmentsOptions, UseAppointmentsResult } from './useAppointments.js';
