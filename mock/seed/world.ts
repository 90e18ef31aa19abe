// The seeded world: regions → guidance stations, enterprises, associations with regional brands,
// trademarks, station ↔ organisation links, alerts, users and the five demo accounts.
// Deterministic: the same `now` gives the same world (relative dates such as alert deadlines follow `now`).
import { areaList } from '@vant/area-data'
import type {
  AlertKind,
  BrandField,
  MarkType,
  Organization,
  RegionalBrand,
  Role,
  ServiceTopic,
  Station,
  Trademark,
  User,
} from '../../src/domain/contract'
import { usccCheckChar } from '../../src/domain/ids'
import { addCalendarDays, addCalendarMonths } from '../../src/domain/calendar'
import { oppositionDeadline, registrationValidUntil } from '../../src/domain/deadlines'
import { toLocalDate } from '../../src/domain/time'
import type { Rng } from './rng'

// ── Stored shapes owned by this module ─────────────────────────────────────────

/** `users` collection: the contract User plus the bound WeChat identity (never sent to clients). */
export interface StoredUser extends User {
  openid?: string
  /** ISO timestamp */
  createdAt: string
}

/** `alerts` collection (see CONVENTIONS "Stored shapes"). */
export interface StoredAlert {
  id: string
  orgId: string
  trademarkId: string
  kind: AlertKind
  title: string
  /** YYYY-MM-DD */
  deadline?: string
  status: 'open' | 'handled'
  /** ISO timestamp */
  createdAt: string
  /** ISO timestamp when the owner first opened it; absent = unread */
  readAt?: string
  detail?: string
  handledAt?: string
  handledNote?: string
  handledBy?: string
}

export interface StoredLink {
  id: string
  stationId: string
  orgId: string
  status: 'pending' | 'accepted' | 'declined'
  createdAt: string
  decidedAt?: string
  reason?: string
}

// ── Demo accounts ──────────────────────────────────────────────────────────────

export const DEMO_PHONES: Record<Role, string> = {
  enterprise: '13800000001',
  association: '13800000002',
  staff: '13800000003',
  province: '13800000004',
  national: '13800000005',
}
export const DEMO_DESCRIPTIONS: Record<Role, string> = {
  enterprise: '福州闽江源食品有限公司（福州市鼓楼区），已对接鼓楼区指导站，有待处理的商标风险提醒',
  association: '福州市脱胎漆器行业协会，区域品牌「福州脱胎漆器」证明商标持有人',
  staff: '福州市鼓楼区商标品牌指导站工作人员',
  province: '福建省知识产权局审核人员（省级推荐，350000）',
  national: '国家知识产权局商标局复核人员',
}
export const DEMO_USER_IDS: Record<Role, string> = {
  enterprise: 'US000001',
  association: 'US000002',
  staff: 'US000003',
  province: 'US000004',
  national: 'US000005',
}

// ── Regions ────────────────────────────────────────────────────────────────────

/** Provinces in the programme: the 31 mainland provinces (annex 4); HK / Macao / Taiwan have no stations. */
const EXCLUDED_PROVINCES = /^(71|81|82)/

interface ProvinceInfo {
  /** capital lat, lng */
  cap: [number, number]
  /** centre of the province and half-span (deg) used to place other cities */
  centre: [number, number]
  span: [number, number]
  /** capital's telephone area code, and the prefix of the other cities' codes */
  capArea: string
  areaPrefix: string
  /** the provincial IP authority's name style */
  authority: 'amr' | 'ipo'
}

const PROVINCES: Record<string, ProvinceInfo> = {
  '11': { cap: [39.904, 116.407], centre: [40.1, 116.4], span: [0.35, 0.45], capArea: '010', areaPrefix: '010', authority: 'ipo' },
  '12': { cap: [39.125, 117.19], centre: [39.2, 117.3], span: [0.35, 0.3], capArea: '022', areaPrefix: '022', authority: 'amr' },
  '13': { cap: [38.042, 114.515], centre: [39.0, 115.5], span: [2.0, 1.6], capArea: '0311', areaPrefix: '031', authority: 'amr' },
  '14': { cap: [37.871, 112.549], centre: [37.6, 112.3], span: [1.8, 0.9], capArea: '0351', areaPrefix: '035', authority: 'amr' },
  '15': { cap: [40.842, 111.749], centre: [43.5, 115.0], span: [3.0, 8.0], capArea: '0471', areaPrefix: '047', authority: 'amr' },
  '21': { cap: [41.805, 123.431], centre: [41.3, 122.6], span: [1.3, 1.8], capArea: '024', areaPrefix: '041', authority: 'amr' },
  '22': { cap: [43.817, 125.324], centre: [43.6, 126.0], span: [1.2, 2.0], capArea: '0431', areaPrefix: '043', authority: 'amr' },
  '23': { cap: [45.803, 126.535], centre: [46.8, 128.0], span: [2.5, 3.5], capArea: '0451', areaPrefix: '045', authority: 'amr' },
  '31': { cap: [31.23, 121.474], centre: [31.2, 121.45], span: [0.3, 0.35], capArea: '021', areaPrefix: '021', authority: 'ipo' },
  '32': { cap: [32.06, 118.797], centre: [32.9, 119.4], span: [1.4, 1.3], capArea: '025', areaPrefix: '051', authority: 'amr' },
  '33': { cap: [30.274, 120.155], centre: [29.3, 120.3], span: [1.1, 1.3], capArea: '0571', areaPrefix: '057', authority: 'amr' },
  '34': { cap: [31.821, 117.227], centre: [31.8, 117.2], span: [1.6, 1.0], capArea: '0551', areaPrefix: '055', authority: 'amr' },
  '35': { cap: [26.074, 119.296], centre: [25.9, 118.2], span: [1.3, 1.3], capArea: '0591', areaPrefix: '059', authority: 'amr' },
  '36': { cap: [28.682, 115.858], centre: [27.6, 115.7], span: [1.8, 1.2], capArea: '0791', areaPrefix: '079', authority: 'amr' },
  '37': { cap: [36.651, 117.12], centre: [36.3, 118.2], span: [1.2, 2.4], capArea: '0531', areaPrefix: '053', authority: 'amr' },
  '41': { cap: [34.747, 113.625], centre: [33.9, 113.5], span: [1.6, 1.5], capArea: '0371', areaPrefix: '037', authority: 'amr' },
  '42': { cap: [30.593, 114.305], centre: [31.0, 112.3], span: [1.3, 2.6], capArea: '027', areaPrefix: '071', authority: 'amr' },
  '43': { cap: [28.228, 112.939], centre: [27.6, 111.7], span: [1.8, 1.4], capArea: '0731', areaPrefix: '073', authority: 'amr' },
  '44': { cap: [23.129, 113.264], centre: [23.3, 113.5], span: [1.3, 2.6], capArea: '020', areaPrefix: '075', authority: 'ipo' },
  '45': { cap: [22.817, 108.366], centre: [23.8, 108.8], span: [1.5, 2.2], capArea: '0771', areaPrefix: '077', authority: 'amr' },
  '46': { cap: [20.044, 110.199], centre: [19.2, 109.8], span: [0.6, 0.8], capArea: '0898', areaPrefix: '0898', authority: 'amr' },
  '50': { cap: [29.563, 106.551], centre: [29.9, 107.7], span: [1.0, 1.5], capArea: '023', areaPrefix: '023', authority: 'ipo' },
  '51': { cap: [30.573, 104.066], centre: [30.4, 103.8], span: [2.0, 2.8], capArea: '028', areaPrefix: '08', authority: 'amr' },
  '52': { cap: [26.647, 106.63], centre: [26.8, 106.8], span: [1.2, 1.6], capArea: '0851', areaPrefix: '085', authority: 'amr' },
  '53': { cap: [25.038, 102.718], centre: [24.9, 101.5], span: [2.0, 2.5], capArea: '0871', areaPrefix: '087', authority: 'amr' },
  '54': { cap: [29.652, 91.172], centre: [31.0, 88.5], span: [2.0, 6.0], capArea: '0891', areaPrefix: '089', authority: 'amr' },
  '61': { cap: [34.341, 108.94], centre: [35.2, 108.8], span: [2.0, 1.3], capArea: '029', areaPrefix: '091', authority: 'amr' },
  '62': { cap: [36.061, 103.834], centre: [37.0, 102.5], span: [2.3, 5.0], capArea: '0931', areaPrefix: '093', authority: 'amr' },
  '63': { cap: [36.617, 101.778], centre: [35.5, 96.5], span: [2.0, 4.0], capArea: '0971', areaPrefix: '097', authority: 'amr' },
  '64': { cap: [38.487, 106.231], centre: [37.3, 106.1], span: [1.0, 0.6], capArea: '0951', areaPrefix: '095', authority: 'amr' },
  '65': { cap: [43.825, 87.617], centre: [42.5, 85.5], span: [3.0, 7.0], capArea: '0991', areaPrefix: '099', authority: 'amr' },
}

/** Fujian (the demo province) gets real city positions and area codes. */
const FUJIAN_CITIES: Record<string, { at: [number, number]; area: string }> = {
  '350100': { at: [26.074, 119.296], area: '0591' },
  '350200': { at: [24.48, 118.089], area: '0592' },
  '350300': { at: [25.454, 119.008], area: '0594' },
  '350400': { at: [26.264, 117.639], area: '0598' },
  '350500': { at: [24.874, 118.676], area: '0595' },
  '350600': { at: [24.513, 117.647], area: '0596' },
  '350700': { at: [26.642, 118.178], area: '0599' },
  '350800': { at: [25.075, 117.017], area: '0597' },
  '350900': { at: [26.666, 119.548], area: '0593' },
}

/** Provincial capitals and sub-provincial cities get more stations. */
const BIG_CITIES = new Set([
  '110100', '120100', '310100', '500100', '130100', '140100', '150100', '210100', '210200', '220100', '230100',
  '320100', '320500', '330100', '330200', '340100', '350100', '350200', '360100', '370100', '370200', '410100',
  '420100', '430100', '440100', '440300', '450100', '460100', '510100', '520100', '530100', '540100', '610100',
  '620100', '630100', '640100', '650100',
])

export interface County {
  code: string
  name: string
}
export interface City {
  code: string
  name: string
  /** name used as prefix in station / org names ('' for 省直辖县 pseudo-cities) */
  prefix: string
  short: string
  counties: County[]
  at: [number, number]
  area: string
  big: boolean
}
export interface Province {
  code: string
  name: string
  short: string
  info: ProvinceInfo
  cities: City[]
}

const PSEUDO_CITY = /^(省直辖县|县|自治区直辖县级行政区划)$/

export function shortName(name: string): string {
  const pref = /^(.{2,}?)(蒙古族|藏族|回族|彝族|苗族|土家族|朝鲜族|壮族|傣族|白族|哈尼族|布依族|侗族|哈萨克|柯尔克孜|蒙古)\S*自治州$/.exec(name)
  if (pref) return pref[1]
  const county = /^(.{2,})(区|县|市|旗)$/.exec(name)
  if (county && !name.includes('自治')) return county[1]
  const s = name
    .replace(/(壮族|回族|维吾尔)?自治区$/, '')
    .replace(/特别行政区$/, '')
    .replace(/(省|市)$/, '')
  return s.length >= 2 ? s : name
}

/** Every GB/T 2260 code's name (province, city or county), for display. */
export function regionName(code: string): string {
  const p = areaList.province_list[`${code.slice(0, 2)}0000`] ?? ''
  if (code.endsWith('0000')) return p
  const c = areaList.city_list[`${code.slice(0, 4)}00`] ?? ''
  const cityPart = PSEUDO_CITY.test(c) || c === p ? '' : c
  if (code.endsWith('00')) return [p, cityPart || c].filter(Boolean).join(' ')
  return [p, cityPart, areaList.county_list[code] ?? ''].filter(Boolean).join(' ')
}

export function buildRegions(rng: Rng): Province[] {
  const provinces: Province[] = []
  const countiesByCity = new Map<string, County[]>()
  for (const [code, name] of Object.entries(areaList.county_list)) {
    if (/其它|其他/.test(name)) continue
    const key = code.slice(0, 4)
    if (!countiesByCity.has(key)) countiesByCity.set(key, [])
    countiesByCity.get(key)!.push({ code, name })
  }
  for (const [pcode, pname] of Object.entries(areaList.province_list)) {
    if (EXCLUDED_PROVINCES.test(pcode)) continue
    const p2 = pcode.slice(0, 2)
    const info = PROVINCES[p2]
    const municipality = ['11', '12', '31', '50'].includes(p2)
    const cities: City[] = []
    let areaDigit = 2
    for (const [ccode, cname] of Object.entries(areaList.city_list)) {
      if (!ccode.startsWith(p2)) continue
      const pseudo = PSEUDO_CITY.test(cname)
      const capital = ccode === `${p2}0100`
      const fj = FUJIAN_CITIES[ccode]
      let at: [number, number]
      if (fj) at = fj.at
      else if (capital) at = info.cap
      else
        at = [
          info.centre[0] + (rng.next() * 2 - 1) * info.span[0],
          info.centre[1] + (rng.next() * 2 - 1) * info.span[1],
        ]
      let area: string
      if (fj) area = fj.area
      else if (capital || municipality || p2 === '46') area = info.capArea
      else if (info.areaPrefix.length === 2) area = `${info.areaPrefix}${String(12 + ((areaDigit += 3) % 88)).padStart(2, '0')}`
      else {
        const d = areaDigit++ % 10
        area = `${info.areaPrefix}${d}`
        if (area === info.capArea) area = `${info.areaPrefix}${(d + 1) % 10}`
      }
      cities.push({
        code: ccode,
        name: pseudo ? (municipality ? pname : '') : cname,
        prefix: pseudo ? (municipality ? pname : '') : cname,
        short: pseudo ? '' : shortName(cname),
        counties: countiesByCity.get(ccode.slice(0, 4)) ?? [],
        at,
        area,
        big: BIG_CITIES.has(ccode),
      })
    }
    provinces.push({ code: pcode, name: pname, short: shortName(pname), info, cities })
  }
  return provinces
}

// ── Small helpers ──────────────────────────────────────────────────────────────

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

function makeUscc(rng: Rng, prefix: string, areaCode: string): string {
  // organisation code part: 9 characters (newer codes start "MA")
  const org = rng.chance(0.6) ? `MA${rng.chars(USCC_CHARSET, 7)}` : rng.chars('0123456789', 8) + rng.chars(USCC_CHARSET, 1)
  const body = `${prefix}${areaCode}${org}`
  return body + usccCheckChar(body)
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
export const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
/** Date (UTC midnight) of a YYYY-MM-DD string. */
const parseYmd = (s: string) => new Date(`${s}T00:00:00Z`)
// Date arithmetic comes from the domain (Regulations art. 12), the same code the app and the routes use.
export const addDays = addCalendarDays
export const addMonths = addCalendarMonths
/** Last day of a 10-year registration term: the day before the anniversary (2016-02-29 → 2026-02-28). */
export const termEnd = (registeredOn: string): string => registrationValidUntil(registeredOn).date
/** Last day to oppose a published mark: 3 months, moved off holidays. */
const oppositionEnd = (publishedOn: string): string => oppositionDeadline(publishedOn).date
/** Local (Asia/Shanghai) calendar date of an instant. */
export const localYmd = toLocalDate

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玲晓东海波宁辉鹏飞燕丹俊峰文斌浩宇欣怡婷雪梅'
function personName(rng: Rng): string {
  return rng.pick([...SURNAMES]) + rng.chars(GIVEN, rng.chance(0.7) ? 2 : 1)
}

const ROADS = [
  '人民路', '中山路', '解放路', '建设路', '五一路', '府前路', '和平路', '新华路', '迎宾大道', '长安路', '文化路',
  '滨江路', '工业路', '科技大道', '商贸路', '东环路', '西环路', '南湖路', '北京路', '朝阳路', '光明路', '振兴大道',
]
const BUILDINGS = ['', '', '', '政务服务中心三楼', '市场监管综合楼2层', '知识产权服务大厅', '创业服务中心1楼', '综合楼4层']
const OFFICE_HOURS = [
  '周一至周五 09:00-12:00, 14:00-17:30',
  '周一至周五 08:30-12:00, 14:30-17:30',
  '周一至周五 09:00-17:00',
  '周一至周五 08:00-12:00, 14:30-18:00',
  '周二、周四 09:00-11:30, 14:30-17:00（其他时间可预约上门）',
]
const TOPICS: ServiceTopic[] = ['registration', 'overseas', 'enforcement', 'finance', 'branding', 'risk', 'application']

const EXTRA_KINDS: { name: string; host: (prefix: string, name: string) => string }[] = [
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

// ── Organisations ──────────────────────────────────────────────────────────────

const BRAND_WORDS = [
  '华鑫', '恒达', '瑞丰', '宏远', '金源', '天泽', '安泰', '永兴', '星辉', '博宇', '嘉禾', '中联', '新城', '东方', '锦程',
  '万家', '盛世', '晨光', '鼎盛', '润丰', '卓越', '汇通', '长青', '九州', '凯盛', '丰源', '明德', '宝丰', '远航', '金穗',
  '青禾', '海川', '银河', '德润', '隆盛', '百川', '恒信', '富华', '天成', '同心', '佳美', '绿源', '雅居', '创新', '华韵',
]
interface Industry {
  word: string
  classes: number[]
  field: BrandField
}
const INDUSTRIES: Industry[] = [
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
interface Product {
  word: string
  classes: number[]
  field: BrandField
}
const PRODUCTS: Product[] = [
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
const ORG_WEIGHTS: Record<string, [number, number]> = {
  '11': [51, 12], '12': [18, 12], '13': [28, 12], '14': [10, 8], '15': [9, 10], '21': [41, 14], '22': [21, 12],
  '23': [10, 8], '31': [32, 16], '32': [97, 118], '33': [98, 66], '34': [62, 54], '35': [43, 34], '36': [32, 22],
  '37': [100, 80], '41': [32, 24], '42': [45, 24], '43': [39, 26], '44': [134, 58], '45': [27, 16], '46': [10, 8],
  '50': [41, 20], '51': [46, 54], '52': [8, 12], '53': [20, 20], '54': [2, 1], '61': [16, 20], '62': [14, 8],
  '63': [3, 2], '64': [6, 8], '65': [17, 12],
}

// ── The world ──────────────────────────────────────────────────────────────────

export interface World {
  stations: Station[]
  orgs: Organization[]
  trademarks: Trademark[]
  regionalBrands: RegionalBrand[]
  links: StoredLink[]
  alerts: StoredAlert[]
  users: StoredUser[]
  seq: Record<string, number>
}

export function buildWorld(root: Rng, now: Date): World {
  const today = localYmd(now)
  const nowIso = now.toISOString()
  const provinces = buildRegions(root.fork('regions'))
  const seq: Record<string, number> = {}
  const id = (prefix: string) => {
    seq[prefix] = (seq[prefix] ?? 0) + 1
    return `${prefix}${pad(seq[prefix], 6)}`
  }

  // ── users: reserve the demo ids first
  const users: StoredUser[] = []
  for (const _r of Object.keys(DEMO_USER_IDS)) id('US')

  // ── stations
  const srng = root.fork('stations')
  const stations: Station[] = []
  const stationsByCity = new Map<string, Station[]>()
  const usedPhones = new Set<string>()
  const usedStationNames = new Set<string>()
  const landline = (area: string) => {
    for (;;) {
      const n = `${area}-${srng.pick(['2', '3', '5', '6', '7', '8'])}${srng.chars('0123456789', 7)}`
      if (!usedPhones.has(n)) {
        usedPhones.add(n)
        return n
      }
    }
  }
  for (const p of provinces) {
    const authority = p.info.authority === 'ipo' ? `${p.name}知识产权局` : `${p.name}市场监督管理局（知识产权局）`
    for (const c of p.cities) {
      const list: Station[] = []
      stationsByCity.set(c.code, list)
      const regionBase = (countyCode: string, countyName: string) => ({
        provinceCode: p.code,
        cityCode: c.code,
        countyCode,
        regionName: [p.name, c.prefix && c.prefix !== p.name ? c.prefix : '', countyName].filter(Boolean).join(' '),
      })
      const addrBase = (countyName: string) =>
        `${p.name}${c.prefix && c.prefix !== p.name ? c.prefix : ''}${countyName}`
      const make = (
        countyCode: string,
        countyName: string,
        name: string,
        host: string,
        approvedBy: string,
        spread: number,
        extraAddr = '',
      ): Station | null => {
        if (usedStationNames.has(name)) return null
        usedStationNames.add(name)
        const st: Station = {
          id: id('ST'),
          name,
          host,
          ...regionBase(countyCode, countyName),
          address: `${addrBase(countyName)}${extraAddr}${srng.pick(ROADS)}${srng.int(1, 399)}号${srng.pick(BUILDINGS)}`,
          phone: landline(c.area),
          lat: Math.round((c.at[0] + (srng.next() * 2 - 1) * spread) * 1e6) / 1e6,
          lng: Math.round((c.at[1] + (srng.next() * 2 - 1) * spread * 1.2) * 1e6) / 1e6,
          topics: srng.sample(TOPICS, srng.int(2, 5)).sort((a, b) => TOPICS.indexOf(a) - TOPICS.indexOf(b)),
          approvedBy,
          officeHours: srng.pick(OFFICE_HOURS),
          staffCount: srng.int(2, 12),
          servedOrgIds: [],
        }
        stations.push(st)
        list.push(st)
        return st
      }
      // one city-level station (not for 省直辖县 pseudo-cities)
      const centralCounty = c.counties[0] ?? { code: c.code, name: '' }
      if (c.prefix && c.prefix !== p.name) {
        make(
          centralCounty.code,
          centralCounty.name,
          `${c.prefix}商标品牌指导站`,
          `${c.prefix}市场监督管理局（知识产权局）`,
          authority,
          0.03,
        )
      }
      // one per county
      for (const county of c.counties) {
        const prefix = c.prefix || ''
        make(
          county.code,
          county.name,
          `${prefix}${county.name}商标品牌指导站`,
          `${prefix}${county.name}市场监督管理局`,
          srng.chance(0.15) && c.prefix ? `${c.prefix}市场监督管理局（知识产权局）` : authority,
          c.counties.length <= 1 ? 0.05 : county.name.endsWith('区') ? 0.1 : 0.35,
        )
      }
      // parks, associations and service centres: more in big cities
      const extras = c.big ? srng.int(6, 9) : c.counties.length >= 10 ? srng.int(2, 3) : srng.int(1, 2)
      const countyNames = new Set(c.counties.map((x) => x.name))
      for (const kind of srng.sample(EXTRA_KINDS.filter((k) => !countyNames.has(k.name)), extras)) {
        const county = c.counties.length ? srng.pick(c.counties) : centralCounty
        // 省直辖县 pseudo-cities: name the park / association after its county-level city
        const prefix = c.prefix || county.name
        make(
          county.code,
          county.name,
          `${prefix}${kind.name}商标品牌指导站`,
          kind.host(prefix, kind.name),
          authority,
          0.3,
          kind.name.endsWith('区') || kind.name.endsWith('园') ? kind.name : '',
        )
      }
    }
  }

  // ── organisations
  const orng = root.fork('orgs')
  const orgs: Organization[] = []
  const trademarks: Trademark[] = []
  const regionalBrands: RegionalBrand[] = []
  const usedNames = new Set<string>()
  const usedRegNos = new Set<string>()
  const usedMobiles = new Set<string>(Object.values(DEMO_PHONES))
  const mobile = () => {
    for (;;) {
      const m = `1${orng.pick(['35', '36', '37', '39', '58', '86', '88', '89'])}${orng.chars('0123456789', 8)}`
      if (!usedMobiles.has(m)) {
        usedMobiles.add(m)
        return m
      }
    }
  }
  const regNo = (registeredOn: string) => {
    const year = Number(registeredOn.slice(0, 4))
    for (;;) {
      let n: string
      if (year < 2011) n = String(orng.int(1000000 + (year - 2000) * 500000, 1499999 + (year - 2000) * 500000))
      else {
        const lo = Math.min(8000000 + (year - 2011) * 4500000, 75000000)
        n = String(orng.int(lo, lo + 4999999))
      }
      if (n.length === 7 && orng.chance(0.1)) n = n.padStart(8, '0').replace(/^0/, '1')
      if (orng.chance(0.03)) n += 'A'
      if (!usedRegNos.has(n)) {
        usedRegNos.add(n)
        return n
      }
    }
  }
  const randomDate = (fromYear: number, to: string) => {
    const a = Date.UTC(fromYear, 0, 1)
    const b = parseYmd(to).getTime()
    return ymd(new Date(a + Math.floor(orng.next() * (b - a) / 86400_000) * 86400_000))
  }
  /** registration date → current term end (renewed if the first term has passed) */
  const validity = (registeredOn: string) => {
    let end = termEnd(registeredOn)
    while (end < today) end = addMonths(end, 120)
    return end
  }
  const addMark = (
    ownerOrgId: string,
    name: string,
    classes: number[],
    markType: MarkType,
    registeredOn: string,
    extra: Partial<Trademark> = {},
  ) => {
    const tm: Trademark = {
      id: id('TM'),
      regNo: regNo(registeredOn),
      name,
      classes,
      ownerOrgId,
      markType,
      registeredOn,
      validUntil: validity(registeredOn),
      ...extra,
    }
    trademarks.push(tm)
    return tm
  }
  const region = (p: Province, c: City, county: County) => ({
    provinceCode: p.code,
    cityCode: c.code,
    countyCode: county.code,
    regionName: [p.name, c.prefix && c.prefix !== p.name ? c.prefix : '', county.name].filter(Boolean).join(' '),
  })
  const placeIn = (p: Province) => {
    const c = orng.chance(0.4) ? p.cities[0] : orng.pick(p.cities)
    const county = c.counties.length ? orng.pick(c.counties) : { code: c.code, name: '' }
    return { c, county }
  }

  const fujian = provinces.find((p) => p.code === '350000')!
  const fuzhou = fujian.cities.find((c) => c.code === '350100')!
  const gulou = fuzhou.counties.find((c) => c.code === '350102')!
  const demoStation = stations.find((s) => s.countyCode === '350102' && s.name === '福州市鼓楼区商标品牌指导站')!
  demoStation.lat = 26.082284
  demoStation.lng = 119.298352
  demoStation.address = '福建省福州市鼓楼区五四路158号环球广场12层'

  const makeEnterprise = (p: Province, c: City, county: County, fixed?: { name: string; industry: Industry; brand: string }) => {
    let name = fixed?.name ?? ''
    let industry = fixed?.industry ?? orng.pick(INDUSTRIES)
    let brand = fixed?.brand ?? ''
    while (!name) {
      industry = orng.pick(INDUSTRIES)
      brand = orng.pick(BRAND_WORDS)
      const place = orng.chance(0.8) ? c.short || shortName(county.name) : p.short
      const candidate = `${place}${brand}${industry.word}${orng.pick(['有限公司', '有限公司', '股份有限公司', '集团有限公司'])}`
      if (!usedNames.has(candidate)) name = candidate
    }
    usedNames.add(name)
    const org: Organization = {
      id: id('OG'),
      kind: 'enterprise',
      name,
      uscc: makeUscc(orng, '91', county.code),
      contactName: personName(orng),
      contactPhone: mobile(),
      field: industry.field,
      ...region(p, c, county),
    }
    orgs.push(org)
    if (!fixed) {
      const marks = orng.int(1, 4)
      for (let i = 0; i < marks; i++) {
        const markName = i === 0 ? brand : orng.pick([`${brand}及图`, `${brand}${orng.pick(['优选', '臻品', '小站', '家'])}`, brand])
        addMark(org.id, markName, i === 0 ? industry.classes : [orng.pick(industry.classes.concat([35]))], 'ordinary', randomDate(2004, addDays(today, -90)))
      }
    }
    return org
  }

  const makeAssociation = (
    p: Province,
    c: City,
    county: County,
    fixed?: { name: string; brand: string; product: Product; markType: MarkType; members: number; smes: number },
  ) => {
    let product = fixed?.product ?? orng.pick(PRODUCTS)
    let brandName = fixed?.brand ?? ''
    let name = fixed?.name ?? ''
    const atCounty = orng.chance(0.6) && c.counties.length > 1
    while (!brandName) {
      const r = orng.next()
      product = orng.pick(PRODUCTS.filter((x) => (r < 0.45 ? x.field === 'manufacturing' : r < 0.75 ? x.field === 'service' : x.field === 'agriculture')))
      const place = atCounty ? shortName(county.name) : c.short || shortName(county.name)
      const candidate = `${place}${product.word}`
      if (!usedNames.has(candidate)) {
        brandName = candidate
        name = `${atCounty ? `${c.prefix}${county.name}` : c.prefix || county.name}${product.word}${orng.pick(['协会', '行业协会', '产业协会', '产业发展协会'])}`
      }
    }
    usedNames.add(brandName)
    usedNames.add(name)
    const org: Organization = {
      id: id('OG'),
      kind: 'association',
      name,
      uscc: makeUscc(orng, '51', county.code),
      contactName: personName(orng),
      contactPhone: mobile(),
      field: product.field,
      ...region(p, c, county),
    }
    orgs.push(org)
    const r = orng.next()
    const markType: MarkType = fixed?.markType ?? (r < 0.45 ? 'collective' : r < 0.9 ? 'certification' : 'ordinary')
    const tm = addMark(org.id, brandName, product.classes, markType, randomDate(2006, addDays(today, -200)), {
      ...(markType !== 'ordinary' && product.field !== 'service' && orng.chance(0.6) ? { isGI: true } : {}),
    })
    const members = fixed?.members ?? orng.int(12, 420)
    regionalBrands.push({
      id: id('RB'),
      associationId: org.id,
      name: brandName,
      trademarkId: tm.id,
      field: product.field,
      memberCount: members,
      smeCount: fixed?.smes ?? Math.round(members * (0.55 + orng.next() * 0.4)),
    })
    return org
  }

  // demo organisations first (stable ids OG000001 / OG000002)
  const demoEnterprise = makeEnterprise(fujian, fuzhou, gulou, {
    name: '福州闽江源食品有限公司',
    industry: INDUSTRIES[0],
    brand: '闽江源',
  })
  demoEnterprise.contactName = '陈志远'
  demoEnterprise.contactPhone = DEMO_PHONES.enterprise
  const demoAssociation = makeAssociation(fujian, fuzhou, gulou, {
    name: '福州市脱胎漆器行业协会',
    brand: '福州脱胎漆器',
    product: PRODUCTS.find((x) => x.word === '漆器')!,
    markType: 'certification',
    members: 86,
    smes: 71,
  })
  demoAssociation.contactName = '黄丽华'
  demoAssociation.contactPhone = DEMO_PHONES.association
  trademarks[trademarks.length - 1].isGI = true

  // demo enterprise's marks: one due for renewal in ~4 months, one recent, one at risk of non-use cancellation
  const renewalDue = addMark(demoEnterprise.id, '闽江源', [29, 30], 'ordinary', addDays(addMonths(today, -120), 130))
  const englishMark = addMark(demoEnterprise.id, '闽江源 MINJIANGYUAN', [32], 'ordinary', addMonths(today, -80))
  const dormant = addMark(demoEnterprise.id, '江源小厨', [43], 'ordinary', addMonths(today, -41))
  const demoBrandMark = trademarks.find((t) => t.ownerOrgId === demoAssociation.id)!

  // the rest, spread like the annex-4 quotas (Fujian a little denser for the demo)
  for (const p of provinces) {
    const [ent, reg] = ORG_WEIGHTS[p.code.slice(0, 2)]
    const nEnt = Math.max(2, Math.round(ent * 0.32)) + (p.code === '350000' ? 12 : 0)
    const nReg = Math.max(1, Math.round(reg * 0.16)) + (p.code === '350000' ? 4 : 0)
    for (let i = 0; i < nEnt; i++) {
      const { c, county } = p.code === '350000' && i < 10 ? { c: fuzhou, county: orng.pick(fuzhou.counties) } : placeIn(p)
      makeEnterprise(p, c, county)
    }
    for (let i = 0; i < nReg; i++) {
      const { c, county } = placeIn(p)
      makeAssociation(p, c, county)
    }
  }

  // ── links (对接): most organisations are linked to a station in their city
  const lrng = root.fork('links')
  const links: StoredLink[] = []
  const link = (org: Organization, st: Station, status: StoredLink['status'], daysAgo: number) => {
    const createdAt = new Date(now.getTime() - daysAgo * 86400_000).toISOString()
    links.push({
      id: id('LK'),
      stationId: st.id,
      orgId: org.id,
      status,
      createdAt,
      ...(status !== 'pending' ? { decidedAt: new Date(now.getTime() - (daysAgo - 2) * 86400_000).toISOString() } : {}),
    })
    if (status === 'accepted') {
      org.stationId = st.id
      st.servedOrgIds.push(org.id)
    }
  }
  link(demoEnterprise, demoStation, 'accepted', 200)
  link(demoAssociation, demoStation, 'accepted', 320)
  let pendingForDemo = 0
  for (const org of orgs) {
    if (org === demoEnterprise || org === demoAssociation) continue
    const inFuzhou = org.cityCode === '350100'
    const candidates = stationsByCity.get(org.cityCode) ?? []
    const countyStation = candidates.find((s) => s.countyCode === org.countyCode && s.name.endsWith(`${regionNameTail(org)}商标品牌指导站`))
    const st = inFuzhou && lrng.chance(0.6) ? demoStation : countyStation ?? lrng.pick(candidates)
    if (!st) continue
    const r = lrng.next()
    if (st === demoStation && pendingForDemo < 2 && r > 0.5) {
      link(org, st, 'pending', lrng.int(1, 6))
      pendingForDemo++
    } else if (r < 0.75) link(org, st, 'accepted', lrng.int(20, 700))
    else if (r < 0.85) link(org, st, 'pending', lrng.int(1, 20))
    // else: not linked yet
  }

  // ── alerts
  const arng = root.fork('alerts')
  const alerts: StoredAlert[] = []
  const alert = (a: Omit<StoredAlert, 'id' | 'status' | 'createdAt'>, createdDaysAgo: number, read = false) => {
    const createdAt = new Date(now.getTime() - createdDaysAgo * 86400_000).toISOString()
    alerts.push({ id: id('AL'), status: 'open', createdAt, ...(read ? { readAt: createdAt } : {}), ...a })
  }
  const pub1 = addDays(today, -82)
  alert(
    {
      orgId: demoEnterprise.id,
      trademarkId: renewalDue.id,
      kind: 'similar_published',
      title: `近似商标「闽江圆」初步审定公告（第30类），异议期 ${oppositionEnd(pub1)} 截止`,
      deadline: oppositionEnd(pub1),
      detail: `公告日期 ${pub1}，与「闽江源」（第29、30类）构成近似风险；可在公告之日起3个月内提出异议（商标法第33条）。`,
    },
    80,
  )
  const pub2 = addDays(today, -24)
  alert(
    {
      orgId: demoEnterprise.id,
      trademarkId: englishMark.id,
      kind: 'similar_published',
      title: `近似商标「MINJIANG YUAN」初步审定公告（第32类），异议期 ${oppositionEnd(pub2)} 截止`,
      deadline: oppositionEnd(pub2),
      detail: `公告日期 ${pub2}；可在公告之日起3个月内提出异议（商标法第33条）。`,
    },
    22,
  )
  alert(
    {
      orgId: demoEnterprise.id,
      trademarkId: renewalDue.id,
      kind: 'renewal_due',
      title: `「闽江源」（第29、30类）将于 ${renewalDue.validUntil} 到期，请办理续展`,
      deadline: renewalDue.validUntil,
      detail: '期满前12个月内可申请续展；期满后有6个月宽展期（商标法第40条）。',
    },
    30,
    true,
  )
  alert(
    {
      orgId: demoEnterprise.id,
      trademarkId: dormant.id,
      kind: 'nonuse_risk',
      title: '「江源小厨」（第43类）注册已满3年，请留存使用证据以防“撤三”',
      detail: '注册满3年后无正当理由连续3年不使用的，任何单位或个人可申请撤销（商标法第49条）。',
    },
    12,
  )
  const pub3 = addDays(today, -40)
  alert(
    {
      orgId: demoAssociation.id,
      trademarkId: demoBrandMark.id,
      kind: 'squatting',
      title: `疑似抢注：「福州脱胎」在第35类初步审定公告，异议期 ${oppositionEnd(pub3)} 截止`,
      deadline: oppositionEnd(pub3),
      detail: `公告日期 ${pub3}；可依商标法第33条提出异议。`,
    },
    38,
  )
  // other organisations: a sprinkling of open alerts
  for (const tm of trademarks) {
    if (tm.ownerOrgId === demoEnterprise.id || tm.ownerOrgId === demoAssociation.id) continue
    const daysToEnd = (parseYmd(tm.validUntil).getTime() - parseYmd(today).getTime()) / 86400_000
    if (daysToEnd <= 365) {
      alert(
        {
          orgId: tm.ownerOrgId,
          trademarkId: tm.id,
          kind: 'renewal_due',
          title: `「${tm.name}」将于 ${tm.validUntil} 到期，请办理续展`,
          deadline: tm.validUntil,
        },
        arng.int(1, 60),
        arng.chance(0.3),
      )
    } else if (arng.chance(0.06)) {
      const pub = addDays(today, -arng.int(5, 85))
      alert(
        {
          orgId: tm.ownerOrgId,
          trademarkId: tm.id,
          kind: 'similar_published',
          title: `近似商标初步审定公告（第${tm.classes[0]}类），异议期 ${oppositionEnd(pub)} 截止`,
          deadline: oppositionEnd(pub),
        },
        arng.int(1, 5),
        arng.chance(0.3),
      )
    }
  }

  // ── users
  const urng = root.fork('users')
  const user = (u: Omit<StoredUser, 'createdAt' | 'id'>, fixedId?: string): StoredUser => {
    const s: StoredUser = { id: fixedId ?? id('US'), ...u, createdAt: nowIso }
    users.push(s)
    return s
  }
  user({ phone: DEMO_PHONES.enterprise, name: '陈志远', role: 'enterprise', orgId: demoEnterprise.id }, DEMO_USER_IDS.enterprise)
  user({ phone: DEMO_PHONES.association, name: '黄丽华', role: 'association', orgId: demoAssociation.id }, DEMO_USER_IDS.association)
  user({ phone: DEMO_PHONES.staff, name: '王晓明', role: 'staff', stationId: demoStation.id }, DEMO_USER_IDS.staff)
  user({ phone: DEMO_PHONES.province, name: '林建国', role: 'province', provinceCode: '350000' }, DEMO_USER_IDS.province)
  user({ phone: DEMO_PHONES.national, name: '张海波', role: 'national' }, DEMO_USER_IDS.national)
  for (const org of orgs) {
    if (org === demoEnterprise || org === demoAssociation) continue
    user({ phone: org.contactPhone, name: org.contactName, role: org.kind, orgId: org.id })
  }
  // staff for every Fujian station (the demo province), a reviewer for every other province
  for (const st of stations) {
    if (st.provinceCode !== '350000' || st === demoStation) continue
    user({ phone: mobileFrom(urng, usedMobiles), name: personName(urng), role: 'staff', stationId: st.id })
  }
  for (const p of provinces) {
    if (p.code === '350000') continue
    user({ phone: mobileFrom(urng, usedMobiles), name: personName(urng), role: 'province', provinceCode: p.code })
  }
  user({ phone: mobileFrom(urng, usedMobiles), name: personName(urng), role: 'national' })

  return { stations, orgs, trademarks, regionalBrands, links, alerts, users, seq }
}

function regionNameTail(org: Organization): string {
  return org.regionName.split(' ').pop() ?? ''
}
function mobileFrom(rng: Rng, used: Set<string>): string {
  for (;;) {
    const m = `1${rng.pick(['33', '53', '77', '80', '81', '89', '99'])}${rng.chars('0123456789', 8)}`
    if (!used.has(m)) {
      used.add(m)
      return m
    }
  }
}

/** Next id for a prefix inside a seed step (same format and counter as `Db.nextId`). */
export function seedId(state: { seq: Record<string, number> }, prefix: string): string {
  const n = (state.seq[prefix] ?? 0) + 1
  state.seq[prefix] = n
  return `${prefix}${String(n).padStart(6, '0')}`
}
