// Regions for the seed: GB/T 2260 provinces / prefectures / counties with a position and a telephone area code
// per city (real ones for Fujian, the demo province; plausible ones elsewhere).
import { areaList } from '@vant/area-data'
import type { Rng } from './rng'

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
  '110100',
  '120100',
  '310100',
  '500100',
  '130100',
  '140100',
  '150100',
  '210100',
  '210200',
  '220100',
  '230100',
  '320100',
  '320500',
  '330100',
  '330200',
  '340100',
  '350100',
  '350200',
  '360100',
  '370100',
  '370200',
  '410100',
  '420100',
  '430100',
  '440100',
  '440300',
  '450100',
  '460100',
  '510100',
  '520100',
  '530100',
  '540100',
  '610100',
  '620100',
  '630100',
  '640100',
  '650100',
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
  const pref = /^(.{2,}?)(蒙古族|藏族|回族|彝族|苗族|土家族|朝鲜族|壮族|傣族|白族|哈尼族|布依族|侗族|哈萨克|柯尔克孜|蒙古)\S*自治州$/.exec(
    name,
  )
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
      else at = [info.centre[0] + (rng.next() * 2 - 1) * info.span[0], info.centre[1] + (rng.next() * 2 - 1) * info.span[1]]
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
