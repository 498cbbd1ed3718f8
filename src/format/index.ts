// The one formatting module: every number, percent, date and label a page, chart or poster shows.
export * from './buildingHeadline.ts';
export * from './dates.ts';
export * from './labels.ts';
export * from './locale.ts';
export * from './numbers.ts';
export * from './phone.ts';
