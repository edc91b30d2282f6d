// The widgets arrive with the widgets issue (#6); until then the package only names the locales they will speak.
export type { Locale } from '@yilian/domain';
