// Identifier validation: 统一社会信用代码 (GB 32100-2015), trademark numbers, phone, Nice classes, amounts.
// Pure functions: each returns null when valid, otherwise a Chinese message for people.

/** GB 32100-2015 character set: digits + capital letters without I, O, S, V, Z (31 characters). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** Weights of positions 1–17: 3^i mod 31. */
export const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1
  for (let k = 0; k < i; k++) w = (w * 3) % 31
  return w
})

/** Which registration types (first two characters) an applicant kind may have. */
export const USCC_PREFIXES = {
  /** 91 企业, 92 个体工商户, 93 农民专业合作社 */
  enterprise: ['91', '92', '93'],
  /**
   * Holders of regional brands (collective / certification marks): 51 社会团体, 52 民办非企业单位, 53 基金会,
   * 12 事业单位, 11 机关 (some certification marks are held by public bodies), 93 农民专业合作社 (hold many
   * collective marks), N1/N2/N3/N9 农村集体经济组织 (N = registered by the agriculture authority).
   */
  association: ['51', '52', '53', '12', '11', '93', 'N1', 'N2', 'N3', 'N9'],
} as const

/**
 * GB/T 2260 province-level codes (first two digits of an area code); 10 = registered by a national authority
 * (area 100000), which is not in any province.
 */
export const PROVINCE_CODES: readonly string[] = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]
const NATIONAL_AREA = '10'

export type UsccKind = 'enterprise' | 'association' | 'station'
export type UsccProblemCode = 'empty' | 'length' | 'char' | 'area' | 'province' | 'check' | 'prefix'
export interface UsccProblem {
  code: UsccProblemCode
  message: string
  /** for code 'check': the character the 18th position should be */
  expected?: string
}

/** Upper-case and strip blanks, for input fields (validation itself is strict). */
export function normalizeUscc(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

/** Check character for the first 17 characters; throws on bad length / characters. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('usccCheckChar expects 17 characters')
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i])
    if (v < 0) throw new RangeError(`illegal USCC character: ${first17[i]}`)
    sum += v * USCC_WEIGHTS[i]
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31]
}

export interface UsccOptions {
  kind?: UsccKind
  /** the organisation's GB/T 2260 province (or any of its area codes): characters 3–4 must agree with it */
  provinceCode?: string
}

/** Detailed diagnosis; `code: 'check'` lets staff override a real code with a bad check character. */
export function diagnoseUscc(code: string, opts: UsccOptions = {}): UsccProblem | null {
  if (typeof code !== 'string' || code.trim() === '') return { code: 'empty', message: '请输入统一社会信用代码' }
  const chars = Array.from(code)
  if (chars.length !== 18) {
    return { code: 'length', message: `统一社会信用代码应为 18 位，当前为 ${chars.length} 位` }
  }
  for (let i = 0; i < 18; i++) {
    const c = chars[i]
    if (!USCC_CHARSET.includes(c)) {
      const hint = /[a-z]/.test(c) ? '（字母须大写）' : '（只能是数字和除 I、O、S、V、Z 以外的大写字母）'
      return { code: 'char', message: `第 ${i + 1} 位“${c}”不是有效字符${hint}` }
    }
  }
  const area = code.slice(2, 8)
  if (!/^\d{6}$/.test(area)) {
    return { code: 'area', message: '第 3–8 位应为登记管理机关行政区划码（6 位数字）' }
  }
  const prov = area.slice(0, 2)
  if (prov !== NATIONAL_AREA && !PROVINCE_CODES.includes(prov)) {
    return { code: 'area', message: `第 3–4 位“${prov}”不是有效的省级行政区划代码，请核对` }
  }
  const expected = usccCheckChar(code.slice(0, 17))
  if (code[17] !== expected) {
    return { code: 'check', message: `校验位应为 ${expected}，请核对是否输错`, expected }
  }
  const kind = opts.kind
  if (kind === 'enterprise' || kind === 'association') {
    const allowed: readonly string[] = USCC_PREFIXES[kind]
    if (!allowed.includes(code.slice(0, 2))) {
      return {
        code: 'prefix',
        message:
          kind === 'enterprise'
            ? '企业的统一社会信用代码应以 91、92 或 93 开头'
            : '区域品牌主体的统一社会信用代码应以 51、52、53（社会组织）、12（事业单位）、11（机关）、93（农民专业合作社）或 N1/N2/N3/N9（农村集体经济组织）开头',
      }
    }
  }
  const own = opts.provinceCode?.slice(0, 2)
  if (own && /^\d{2}$/.test(own) && prov !== NATIONAL_AREA && prov !== own) {
    return { code: 'province', message: `第 3–4 位为登记机关所在省份（${prov}），与申报单位所在省份（${own}）不一致，请核对` }
  }
  return null
}

/**
 * Warnings that do not refuse the code: an area code (characters 3–8) that is not a current county / city code.
 * Codes of abolished or renamed counties stay valid on licences issued before the change, so this is shown,
 * never enforced. `isKnownArea` answers from GB/T 2260 data (the caller loads it; this module stays small).
 */
export function usccWarnings(code: string, isKnownArea: (area: string) => boolean): string[] {
  if (diagnoseUscc(code) !== null) return []
  const area = code.slice(2, 8)
  if (area.slice(0, 2) === NATIONAL_AREA || isKnownArea(area)) return []
  return [`第 3–8 位行政区划码 ${area} 不在现行区划代码中（可能是已撤销或更名的区县），请确认证照信息`]
}

/** null when valid, else a Chinese message (length / character / check character / registration type). */
export function validateUscc(code: string, opts: UsccOptions = {}): string | null {
  return diagnoseUscc(code, opts)?.message ?? null
}

/** Upper-case and trim a trademark number for storage. */
export function normalizeTrademarkNo(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

const TRADEMARK_NO = /^(?:[1-9]\d{0,7}A?|G[1-9]\d{0,7}H?)$/

/**
 * Registration number: 1–8 digits (older marks fewer), `A` suffix for a divided application;
 * Madrid designation: `G` + international registration number, `H` suffix for a subsequent designation.
 */
export function validateTrademarkNo(no: string): string | null {
  if (typeof no !== 'string' || no.trim() === '') return '请输入商标注册号'
  if (TRADEMARK_NO.test(no)) return null
  if (/^\d{9,}A?$/.test(no)) return '商标注册号最多 8 位数字'
  return '商标注册号格式不正确：应为 1–8 位数字（分割申请带 A），马德里国际注册为 G + 国际注册号（后期指定带 H）'
}

// phone / SMS code live in ./phone (the sign-in page of the main package needs only those two)
export { validatePhone, validateSmsCode } from './phone'

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string' && /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/.test(value)) return Number(value)
  return null
}

/** Nice classification: integer 1–45 (NCL 12-2025). Accepts numeric strings from inputs. */
export function validateNiceClass(n: unknown): string | null {
  if (n === undefined || n === null || n === '') return '请选择尼斯分类'
  const v = toNumber(n)
  if (v === null || !Number.isInteger(v)) return '尼斯分类应为 1–45 的整数'
  return v >= 1 && v <= 45 ? null : '尼斯分类应为 1–45 的整数'
}

/** 1–34 goods, 35–45 services; null for an invalid class. */
export function niceClassKind(n: number): 'goods' | 'services' | null {
  if (validateNiceClass(n) !== null) return null
  return Number(n) <= 34 ? 'goods' : 'services'
}

export interface AmountOptions {
  /** default 0 (amounts and counts are never negative unless said so, e.g. growth rates) */
  min?: number
  max?: number
  /** counts (人, 家, 件) must be whole numbers */
  integer?: boolean
  /** max digits after the decimal point (e.g. 4 for 万元 = 1 元 precision) */
  decimals?: number
  /** shown in messages, e.g. '万元', '人', '%' */
  unit?: string
}

/** Amount in 万元 or an integer count. Accepts numbers and numeric strings (form input). */
export function validateAmount(value: unknown, opts: AmountOptions = {}): string | null {
  const { min = 0, max, integer = false, decimals, unit = '' } = opts
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return '请输入数值'
  }
  const v = toNumber(value)
  if (v === null) return '请输入数字'
  if (integer && !Number.isInteger(v)) return '请输入整数'
  if (!integer && decimals !== undefined) {
    const frac = String(value).trim().split('.')[1] ?? ''
    if (frac.length > decimals) return decimals === 0 ? '请输入整数' : `最多保留 ${decimals} 位小数`
  }
  if (v < min) return min === 0 ? '不能为负数' : `不能小于 ${min}${unit}`
  if (max !== undefined && v > max) return `不能超过 ${max}${unit}`
  return null
}
