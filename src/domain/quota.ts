// Recommendation quotas and ratios — plan annex 4 (推荐名额及比例（2023 年度）), pure.
//
// Table: the 2023 table of the plan, as data. The plan publishes no table for later years, so 2024, 2025 and
// any later year reuse the 2023 table as the configured table (`quotaTableYear` says which one applied).
//
// Counted recommendations: applications of the province, year and track in a status at or after
// 'recommended' (recommended, national_review, public_notice, confirmed). 'not_selected' frees its place.
//
// Rules, checked when the province recommends one more application ("after adding it"):
//  1. per-track limit: used + 1 ≤ table limit (enterprise / regional / station column).
//  2. enterprise (note 1): non-demonstration/advantage enterprises ≤ 30 % of the province's enterprise
//     recommendations, computed INCLUDING the candidate: (nonDemo + 1) / (total + 1) ≤ 30 %.
//     Integer arithmetic (10·nonDemo ≤ 3·total) so 30 % itself is allowed and 30.1 % is not.
//     E.g. 7 demo + 2 non-demo recommended → a 3rd non-demo gives 3/10 = 30 % → allowed;
//          7 demo + 3 non-demo recommended → a 4th non-demo gives 4/11 = 36.4 % → refused.
//     A demonstration/advantage enterprise never breaks the ratio (it only lowers it).
//  3. regional (note 2): "制造业、服务业品牌原则上不低于推荐区域商标品牌总数的 70%；农业品牌高于 30% 推荐的，
//     总数不超过 2 个。" Read as: manufacturing + service ≥ 70 % (⇔ agriculture ≤ 30 %) of the regional
//     recommendations including the candidate; where agriculture would exceed 30 %, it is still allowed as long
//     as the province's agriculture brands number at most 2 in total. So an agriculture candidate is accepted
//     iff 10·agri ≤ 3·total  OR  agri ≤ 2 (both after adding it). This is what lets provinces with small
//     quotas (西藏 1, 青海 2) recommend an agricultural brand at all. Manufacturing/service candidates never
//     break the ratio.
//  4. station: the table's station column (≈ 50 % of enterprise + regional, note 3 — rounded in the table,
//     so the column itself is the limit).
import type { BrandField } from './contract/org'
import type { ApplicationStatus, ApplicationTrack, QuotaRatioUse, QuotaRow, QuotaUse } from './contract/application'
import { APPLICATION_TRACK_LABELS, PROVINCE_WAITING_STATUSES, QUOTA_COUNTED_STATUSES } from './contract/labels'

export const QUOTA_TABLE_YEAR = 2023

/** 附件4 推荐名额及比例（2023 年度）; province codes per GB/T 2260 (新疆生产建设兵团: 660000). */
export const QUOTA_TABLE_2023: readonly QuotaRow[] = [
  { provinceCode: '110000', provinceName: '北京市', enterprise: 51, regional: 12, station: 32 },
  { provinceCode: '120000', provinceName: '天津市', enterprise: 18, regional: 12, station: 15 },
  { provinceCode: '130000', provinceName: '河北省', enterprise: 28, regional: 12, station: 20 },
  { provinceCode: '140000', provinceName: '山西省', enterprise: 10, regional: 8, station: 9 },
  { provinceCode: '150000', provinceName: '内蒙古自治区', enterprise: 9, regional: 10, station: 10 },
  { provinceCode: '210000', provinceName: '辽宁省', enterprise: 41, regional: 14, station: 28 },
  { provinceCode: '220000', provinceName: '吉林省', enterprise: 21, regional: 12, station: 17 },
  { provinceCode: '230000', provinceName: '黑龙江省', enterprise: 10, regional: 8, station: 9 },
  { provinceCode: '310000', provinceName: '上海市', enterprise: 32, regional: 16, station: 24 },
  { provinceCode: '320000', provinceName: '江苏省', enterprise: 97, regional: 118, station: 108 },
  { provinceCode: '330000', provinceName: '浙江省', enterprise: 98, regional: 66, station: 82 },
  { provinceCode: '340000', provinceName: '安徽省', enterprise: 62, regional: 54, station: 58 },
  { provinceCode: '350000', provinceName: '福建省', enterprise: 43, regional: 34, station: 39 },
  { provinceCode: '360000', provinceName: '江西省', enterprise: 32, regional: 22, station: 27 },
  { provinceCode: '370000', provinceName: '山东省', enterprise: 100, regional: 80, station: 90 },
  { provinceCode: '410000', provinceName: '河南省', enterprise: 32, regional: 24, station: 28 },
  { provinceCode: '420000', provinceName: '湖北省', enterprise: 45, regional: 24, station: 35 },
  { provinceCode: '430000', provinceName: '湖南省', enterprise: 39, regional: 26, station: 33 },
  { provinceCode: '440000', provinceName: '广东省', enterprise: 134, regional: 58, station: 96 },
  { provinceCode: '450000', provinceName: '广西壮族自治区', enterprise: 27, regional: 16, station: 22 },
  { provinceCode: '460000', provinceName: '海南省', enterprise: 10, regional: 8, station: 9 },
  { provinceCode: '500000', provinceName: '重庆市', enterprise: 41, regional: 20, station: 31 },
  { provinceCode: '510000', provinceName: '四川省', enterprise: 46, regional: 54, station: 50 },
  { provinceCode: '520000', provinceName: '贵州省', enterprise: 8, regional: 12, station: 10 },
  { provinceCode: '530000', provinceName: '云南省', enterprise: 20, regional: 20, station: 20 },
  { provinceCode: '540000', provinceName: '西藏自治区', enterprise: 2, regional: 1, station: 1 },
  { provinceCode: '610000', provinceName: '陕西省', enterprise: 16, regional: 20, station: 18 },
  { provinceCode: '620000', provinceName: '甘肃省', enterprise: 14, regional: 8, station: 11 },
  { provinceCode: '630000', provinceName: '青海省', enterprise: 3, regional: 2, station: 3 },
  { provinceCode: '640000', provinceName: '宁夏回族自治区', enterprise: 6, regional: 8, station: 7 },
  { provinceCode: '650000', provinceName: '新疆维吾尔自治区', enterprise: 13, regional: 10, station: 12 },
  { provinceCode: '660000', provinceName: '新疆生产建设兵团', enterprise: 4, regional: 2, station: 3 },
]

/** 合计 row of the table (checked by the unit tests). */
export const QUOTA_TOTALS_2023 = { enterprise: 1112, regional: 791, station: 957 } as const

/** The configured table's year for a programme year: 2023 for 2023 and every later year. */
export const quotaTableYear = (_year: number): number => QUOTA_TABLE_YEAR

export const quotaTable = (year: number): readonly QuotaRow[] => {
  void quotaTableYear(year)
  return QUOTA_TABLE_2023
}

export function quotaRow(provinceCode: string, year: number): QuotaRow | undefined {
  return quotaTable(year).find((r) => r.provinceCode === provinceCode)
}

/** Province name for a GB/T 2260 province code ('350000' → '福建省'); any code of the province works. */
export function provinceName(code: string): string {
  const p = provinceCodeOf(code)
  return QUOTA_TABLE_2023.find((r) => r.provinceCode === p)?.provinceName ?? ''
}

/** '350102' → '350000' */
export const provinceCodeOf = (code: string): string => `${String(code).slice(0, 2)}0000`

/** What the quota rules need to know about one application. */
export interface QuotaItem {
  id?: string
  track: ApplicationTrack
  status: ApplicationStatus
  /** enterprise: not a national IP demonstration/advantage enterprise (ipStatus 'none' or unknown) */
  nonDemo?: boolean
  /** enterprise/regional brand field */
  field?: BrandField
}

export const isCounted = (s: ApplicationStatus): boolean => QUOTA_COUNTED_STATUSES.includes(s)

export type QuotaRefusalRule = 'track_limit' | 'enterprise_non_demo_max_30' | 'regional_mfg_service_min_70' | 'no_quota'
export type QuotaDecision = { ok: true } | { ok: false; rule: QuotaRefusalRule; message: string }

const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 1000) / 10)

/**
 * May the province recommend `candidate`? `items` = the province's applications of that year (any status,
 * any track; the candidate itself may be among them and is ignored there).
 */
export function checkRecommendationQuota(row: QuotaRow | undefined, items: readonly QuotaItem[], candidate: QuotaItem): QuotaDecision {
  const track = candidate.track
  const trackLabel = APPLICATION_TRACK_LABELS[track]
  if (!row) return { ok: false, rule: 'no_quota', message: '本地区没有配置推荐名额（附件4），无法推荐' }
  const counted = items.filter((a) => a.track === track && isCounted(a.status) && !(candidate.id && a.id === candidate.id))
  const limit = row[track]
  const used = counted.length
  if (used + 1 > limit) {
    return {
      ok: false,
      rule: 'track_limit',
      message: `超出推荐名额：${row.provinceName}${trackLabel}推荐名额为 ${limit} 个，已推荐 ${used} 个，不能再推荐（附件4）`,
    }
  }
  const total = used + 1
  if (track === 'enterprise' && candidate.nonDemo) {
    const nonDemo = counted.filter((a) => a.nonDemo).length + 1
    if (nonDemo * 10 > total * 3) {
      return {
        ok: false,
        rule: 'enterprise_non_demo_max_30',
        message:
          `超出比例上限：非国家知识产权优势示范企业推荐比例不得超过企业推荐总数的 30%（附件4 注1）。` +
          `目前已推荐企业 ${used} 个，其中非示范优势企业 ${nonDemo - 1} 个；再推荐此企业后为 ${nonDemo}/${total}（${pct(nonDemo, total)}%）`,
      }
    }
  }
  if (track === 'regional' && candidate.field === 'agriculture') {
    const agri = counted.filter((a) => a.field === 'agriculture').length + 1
    const mfgService = total - agri
    if (agri * 10 > total * 3 && agri > 2) {
      return {
        ok: false,
        rule: 'regional_mfg_service_min_70',
        message:
          `不符合比例要求：制造业、服务业区域品牌原则上不低于区域品牌推荐总数的 70%，农业品牌高于 30% 的总数不超过 2 个（附件4 注2）。` +
          `目前已推荐区域品牌 ${used} 个，其中农业品牌 ${agri - 1} 个；再推荐此农业品牌后制造业、服务业占比为 ${mfgService}/${total}（${pct(mfgService, total)}%），农业品牌 ${agri} 个`,
      }
    }
  }
  return { ok: true }
}

/** Live use against the limits, per track, for a quota panel. */
export function quotaUse(row: QuotaRow, items: readonly QuotaItem[]): QuotaUse[] {
  const tracks: ApplicationTrack[] = ['enterprise', 'regional', 'station']
  return tracks.map((track) => {
    const mine = items.filter((a) => a.track === track)
    const counted = mine.filter((a) => isCounted(a.status))
    const used = counted.length
    const use: QuotaUse = {
      track,
      limit: row[track],
      used,
      remaining: Math.max(0, row[track] - used),
      waiting: mine.filter((a) => PROVINCE_WAITING_STATUSES.includes(a.status)).length,
    }
    if (track === 'enterprise') use.ratio = enterpriseRatio(counted)
    if (track === 'regional') use.ratio = regionalRatio(counted)
    return use
  })
}

function enterpriseRatio(counted: readonly QuotaItem[]): QuotaRatioUse {
  const total = counted.length
  const count = counted.filter((a) => a.nonDemo).length
  return {
    rule: 'enterprise_non_demo_max_30',
    label: '非示范优势企业占比',
    count,
    total,
    percent: pct(count, total),
    ok: count * 10 <= total * 3,
    note: '非国家知识产权优势示范企业不超过企业推荐总数的 30%',
  }
}

function regionalRatio(counted: readonly QuotaItem[]): QuotaRatioUse {
  const total = counted.length
  const agriculture = counted.filter((a) => a.field === 'agriculture').length
  const count = total - agriculture
  return {
    rule: 'regional_mfg_service_min_70',
    label: '制造业、服务业品牌占比',
    count,
    total,
    agriculture,
    percent: pct(count, total),
    ok: agriculture * 10 <= total * 3 || agriculture <= 2,
    note: '制造业、服务业品牌不低于 70%；农业品牌超过 30% 时总数不超过 2 个',
  }
}
