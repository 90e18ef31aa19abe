// Vocabulary and small helpers shared by the seed steps: names, addresses, office hours, industries,
// products, dates. Pure functions of their rng argument.
import type { BrandField, ServiceTopic } from '../../src/domain/contract'
import { usccCheckChar } from '../../src/domain/ids'
import { addCalendarDays, addCalendarMonths } from '../../src/domain/calendar'
import { oppositionDeadline, registrationValidUntil } from '../../src/domain/deadlines'
import { toLocalDate } from '../../src/domain/time'
import type { Rng } from './rng'

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

export function makeUscc(rng: Rng, prefix: string, areaCode: string): string {
  // organisation code part: 9 characters (newer codes start "MA")
  const org = rng.chance(0.6) ? `MA${rng.chars(USCC_CHARSET, 7)}` : rng.chars('0123456789', 8) + rng.chars(USCC_CHARSET, 1)
  const body = `${prefix}${areaCode}${org}`
  return body + usccCheckChar(body)
}

export const pad = (n: number, w = 2) => String(n).padStart(w, '0')
export const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
/** Date (UTC midnight) of a YYYY-MM-DD string. */
export const parseYmd = (s: string) => new Date(`${s}T00:00:00Z`)
// Date arithmetic comes from the domain (Regulations art. 12), the same code the app and the routes use.
export const addDays = addCalendarDays
export const addMonths = addCalendarMonths
/** Last day of a 10-year registration term: the day before the anniversary (2016-02-29 → 2026-02-28). */
export const termEnd = (registeredOn: string): string => registrationValidUntil(registeredOn).date
/** Last day to oppose a published mark: 3 months, moved off holidays. */
export const oppositionEnd = (publishedOn: string): string => oppositionDeadline(publishedOn).date
/** Local (Asia/Shanghai) calendar date of an instant. */
export const localYmd = toLocalDate

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玲晓东海波宁辉鹏飞燕丹俊峰文斌浩宇欣怡婷雪梅'
export function personName(rng: Rng): string {
  return rng.pick([...SURNAMES]) + rng.chars(GIVEN, rng.chance(0.7) ? 2 : 1)
}

export const ROADS = [
  '人民路',
  '中山路',
  '解放路',
  '建设路',
  '五一路',
  '府前路',
  '和平路',
  '新华路',
  '迎宾大道',
  '长安路',
  '文化路',
  '滨江路',
  '工业路',
  '科技大道',
  '商贸路',
  '东环路',
  '西环路',
  '南湖路',
  '北京路',
  '朝阳路',
  '光明路',
  '振兴大道',
]
export const BUILDINGS = ['', '', '', '政务服务中心三楼', '市场监管综合楼2层', '知识产权服务大厅', '创业服务中心1楼', '综合楼4层']
export const OFFICE_HOURS = [
  '周一至周五 09:00-12:00, 14:00-17:30',
  '周一至周五 08:30-12:00, 14:30-17:30',
  '周一至周五 09:00-17:00',
  '周一至周五 08:00-12:00, 14:30-18:00',
  '周二、周四 09:00-11:30, 14:30-17:00（其他时间可预约上门）',
]
export const TOPICS: ServiceTopic[] = ['registration', 'overseas', 'enforcement', 'finance', 'branding', 'risk', 'application']

export const EXTRA_KINDS: { name: string; host: (prefix: string, name: string) => string }[] = [
  { name: '高新技术产业开发区', host: (p, n) => `${p}${n}管理委员会` },
  { name: '经济技术开发区', host: (p, n) => `${p}${n}管理委员会` },
  { name: '综合保税区', host: (p, n) => `${p}${n}管理委员会` },
  { name: '软件园', host: (p, n) => `${p}${n}管理委员会` },
  { name: '现代农业产业园', host: (p, n) => `${p}${n}管理委员会` },
  { name: '文化创意产业园', host: (p, n) => `${p}${n}管理委员会` },
  { name: '跨境电商综合试验区', host: (p, n) => `${p}${n}管理委员会` },
  { name: '食品行业协会', host: (p, n) => `${p}${n}` },
  { name: '纺织服装行业协会', host: (p, n) => `${p}${n}` },
  { name: '电子商务协会', host: (p, n) => `${p}${n}` },
  { name: '商标协会', host: (p, n) => `${p}${n}` },
  { name: '知识产权服务中心', host: (p) => `${p}市场监督管理局（知识产权局）` },
  { name: '知识产权保护中心', host: (p) => `${p}市场监督管理局（知识产权局）` },
  { name: '中小企业服务中心', host: (p) => `${p}工业和信息化局` },
]

// ── Organisations ──

export const BRAND_WORDS = [
  '华鑫',
  '恒达',
  '瑞丰',
  '宏远',
  '金源',
  '天泽',
  '安泰',
  '永兴',
  '星辉',
  '博宇',
  '嘉禾',
  '中联',
  '新城',
  '东方',
  '锦程',
  '万家',
  '盛世',
  '晨光',
  '鼎盛',
  '润丰',
  '卓越',
  '汇通',
  '长青',
  '九州',
  '凯盛',
  '丰源',
  '明德',
  '宝丰',
  '远航',
  '金穗',
  '青禾',
  '海川',
  '银河',
  '德润',
  '隆盛',
  '百川',
  '恒信',
  '富华',
  '天成',
  '同心',
  '佳美',
  '绿源',
  '雅居',
  '创新',
  '华韵',
]
export interface Industry {
  word: string
  classes: number[]
  field: BrandField
}
export const INDUSTRIES: Industry[] = [
  { word: '食品', classes: [29, 30], field: 'manufacturing' },
  { word: '纺织', classes: [24, 25], field: 'manufacturing' },
  { word: '服饰', classes: [25], field: 'manufacturing' },
  { word: '鞋业', classes: [25], field: 'manufacturing' },
  { word: '电子科技', classes: [9], field: 'manufacturing' },
  { word: '机械', classes: [7], field: 'manufacturing' },
  { word: '汽车部件', classes: [12], field: 'manufacturing' },
  { word: '化工', classes: [1], field: 'manufacturing' },
  { word: '医药', classes: [5], field: 'manufacturing' },
  { word: '家具', classes: [20], field: 'manufacturing' },
  { word: '陶瓷', classes: [21], field: 'manufacturing' },
  { word: '建材', classes: [19], field: 'manufacturing' },
  { word: '日化', classes: [3], field: 'manufacturing' },
  { word: '酒业', classes: [33], field: 'manufacturing' },
  { word: '饮品', classes: [32], field: 'manufacturing' },
  { word: '电气', classes: [9, 11], field: 'manufacturing' },
  { word: '新材料', classes: [1, 17], field: 'manufacturing' },
  { word: '五金', classes: [6, 8], field: 'manufacturing' },
  { word: '餐饮管理', classes: [43], field: 'service' },
  { word: '物流', classes: [39], field: 'service' },
  { word: '文化传媒', classes: [35, 41], field: 'service' },
  { word: '旅游开发', classes: [39, 43], field: 'service' },
  { word: '信息技术', classes: [9, 42], field: 'service' },
  { word: '网络科技', classes: [35, 42], field: 'service' },
  { word: '健康管理', classes: [44], field: 'service' },
  { word: '农业发展', classes: [31], field: 'agriculture' },
  { word: '生态农业', classes: [29, 31], field: 'agriculture' },
  { word: '茶业', classes: [30], field: 'agriculture' },
  { word: '粮油', classes: [30], field: 'agriculture' },
]
export interface Product {
  word: string
  classes: number[]
  field: BrandField
}
export const PRODUCTS: Product[] = [
  { word: '陶瓷', classes: [21], field: 'manufacturing' },
  { word: '家具', classes: [20], field: 'manufacturing' },
  { word: '刺绣', classes: [24, 26], field: 'manufacturing' },
  { word: '漆器', classes: [20, 21], field: 'manufacturing' },
  { word: '石雕', classes: [19, 20], field: 'manufacturing' },
  { word: '丝绸', classes: [24], field: 'manufacturing' },
  { word: '不锈钢制品', classes: [6, 21], field: 'manufacturing' },
  { word: '小家电', classes: [7, 11], field: 'manufacturing' },
  { word: '箱包', classes: [18], field: 'manufacturing' },
  { word: '眼镜', classes: [9], field: 'manufacturing' },
  { word: '五金工具', classes: [8], field: 'manufacturing' },
  { word: '鞋服', classes: [25], field: 'manufacturing' },
  { word: '竹编', classes: [20, 21], field: 'manufacturing' },
  { word: '白酒', classes: [33], field: 'manufacturing' },
  { word: '香醋', classes: [30], field: 'manufacturing' },
  { word: '米粉', classes: [30], field: 'manufacturing' },
  { word: '卤味', classes: [29], field: 'manufacturing' },
  { word: '小吃', classes: [43], field: 'service' },
  { word: '温泉旅游', classes: [39, 43], field: 'service' },
  { word: '民宿', classes: [43], field: 'service' },
  { word: '家政', classes: [45], field: 'service' },
  { word: '物流', classes: [39], field: 'service' },
  { word: '电商', classes: [35], field: 'service' },
  { word: '大米', classes: [30], field: 'agriculture' },
  { word: '蜜柚', classes: [31], field: 'agriculture' },
  { word: '脐橙', classes: [31], field: 'agriculture' },
  { word: '绿茶', classes: [30], field: 'agriculture' },
  { word: '花椒', classes: [30], field: 'agriculture' },
  { word: '苹果', classes: [31], field: 'agriculture' },
  { word: '香菇', classes: [31], field: 'agriculture' },
]

/** Annex 4 (2023) enterprise / regional quotas, used only to spread seeded orgs like the real programme. */
export const ORG_WEIGHTS: Record<string, [number, number]> = {
  '11': [51, 12],
  '12': [18, 12],
  '13': [28, 12],
  '14': [10, 8],
  '15': [9, 10],
  '21': [41, 14],
  '22': [21, 12],
  '23': [10, 8],
  '31': [32, 16],
  '32': [97, 118],
  '33': [98, 66],
  '34': [62, 54],
  '35': [43, 34],
  '36': [32, 22],
  '37': [100, 80],
  '41': [32, 24],
  '42': [45, 24],
  '43': [39, 26],
  '44': [134, 58],
  '45': [27, 16],
  '46': [10, 8],
  '50': [41, 20],
  '51': [46, 54],
  '52': [8, 12],
  '53': [20, 20],
  '54': [2, 1],
  '61': [16, 20],
  '62': [14, 8],
  '63': [3, 2],
  '64': [6, 8],
  '65': [17, 12],
}
