/**
 * The 31 province-level abbreviations that open an ordinary plate (GA 36), with the province
 * each stands for: the plate decoder matches the characters, and a turned-back vehicle's origin
 * is filled in from its plate's province, so the turn-back needs no typing. The one list.
 */
export const PROVINCE_OF_PLATE: Readonly<Record<string, string>> = {
  京: '北京', 津: '天津', 沪: '上海', 渝: '重庆', 冀: '河北', 豫: '河南', 云: '云南', 辽: '辽宁', 黑: '黑龙江', 湘: '湖南',
  皖: '安徽', 鲁: '山东', 新: '新疆', 苏: '江苏', 浙: '浙江', 赣: '江西', 鄂: '湖北', 桂: '广西', 甘: '甘肃', 晋: '山西',
  蒙: '内蒙古', 陕: '陕西', 吉: '吉林', 闽: '福建', 贵: '贵州', 粤: '广东', 青: '青海', 藏: '西藏', 川: '四川', 宁: '宁夏', 琼: '海南',
};

/** The abbreviations as one string, in the order above (the on-screen province row's order). */
export const PLATE_PROVINCES = Object.keys(PROVINCE_OF_PLATE).join('');
