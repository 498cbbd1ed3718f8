// The interface table of the site being built, for components that sit below the dataset (charts).
// Inside the build only: it reads the resolved configuration (`virtual:gongshi/config`).
import { locale } from 'virtual:gongshi/config';
import { uiFor, type UiStrings } from './uiTable.ts';

export const ui: UiStrings = uiFor(locale);
