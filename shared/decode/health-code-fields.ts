import type { HealthCodeFieldMap } from './types.ts';

/**
 * The keys health-code payloads commonly use for colour, name and ID number. A station can
 * replace them (scanner settings) for its region's code provider. Kept apart from the decoder
 * so settings schemas can use it without loading the region tables.
 */
export const DEFAULT_HEALTH_CODE_FIELDS: HealthCodeFieldMap = {
  colour: ['colour', 'color', 'codeColour', 'codeColor', 'healthCodeColour', 'healthCodeColor', 'status', '颜色', '码色', '健康码颜色', '健康码'],
  // xm / sfzh / zjhm are the pinyin initials Chinese government systems use for these fields.
  name: ['name', 'fullName', 'xm', '姓名'],
  idNumber: ['idNumber', 'idNo', 'idCard', 'sfzh', 'zjhm', '身份证号', '身份证号码', '证件号码'],
  colourValues: {
    green: ['green', 'g', '绿', '绿码', '绿色'],
    yellow: ['yellow', 'y', '黄', '黄码', '黄色'],
    red: ['red', 'r', '红', '红码', '红色'],
  },
};
