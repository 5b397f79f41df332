/**
 * Province-level names for the plate abbreviations (GA 36): a turned-back vehicle's origin is
 * filled in from its plate, so the turn-back needs no typing.
 */
export const PROVINCE_OF_PLATE: Record<string, string> = {
  京: '北京', 津: '天津', 沪: '上海', 渝: '重庆', 冀: '河北', 豫: '河南', 云: '云南', 辽: '辽宁', 黑: '黑龙江', 湘: '湖南',
  皖: '安徽', 鲁: '山东', 新: '新疆', 苏: '江苏', 浙: '浙江', 赣: '江西', 鄂: '湖北', 桂: '广西', 甘: '甘肃', 晋: '山西',
  蒙: '内蒙古', 陕: '陕西', 吉: '吉林', 闽: '福建', 贵: '贵州', 粤: '广东', 青: '青海', 藏: '西藏', 川: '四川', 宁: '宁夏', 琼: '海南',
};
