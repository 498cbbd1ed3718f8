// Sheet names the template writes and the importer looks for.

/** The template's data sheet: imported whatever else the workbook holds. */
export const TEMPLATE_SHEET = '楼栋进展';

/** The template's instructions sheet: never imported. */
export const GUIDE_SHEET = '填写说明';
