// Sheet names the template writes and the importer looks for.

/** The template's data sheet, named with the programme's noun (楼栋进展, 小区进展). */
export const templateSheetName = (noun: string): string => `${noun}进展`;

/** A sheet named like the template's data sheet: imported whatever else the workbook holds. */
export const isTemplateSheet = (name: string): boolean => name.endsWith('进展') && name.length <= 12;

/** The template's instructions sheet: never imported. */
export const GUIDE_SHEET = '填写说明';
