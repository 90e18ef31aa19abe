import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Sheet, SheetList, SheetRow } from '@/shared/components/Sheet'
import { useAreaList, type AreaList, type AreaSource } from '@/shared/hooks/useAreaList'
import type { RegionFilter } from '../store'
import './stations.scss'

export type { AreaList, AreaSource }

/** HK / Macao / Taiwan have no stations in the programme. */
const NO_STATIONS = new Set(['71', '81', '82'])

const EMPTY: AreaList = { province_list: {}, city_list: {}, county_list: {} }

const sorted = (rec: Record<string, string>, pred: (code: string) => boolean) =>
  Object.keys(rec)
    .filter(pred)
    .sort()
    .map((code) => ({ code, name: rec[code] }))

/** Province → city → county, any level may be chosen ("全省" / "全市"). */
export function RegionPicker({
  visible,
  area,
  value,
  onClose,
  onChange,
}: {
  visible: boolean
  area: AreaSource
  value: RegionFilter
  onClose: () => void
  onChange: (r: RegionFilter) => void
}) {
  const [province, setProvince] = useState<string | undefined>(value.provinceCode)
  const [city, setCity] = useState<string | undefined>(value.cityCode)
  // the names load when the picker first opens, not with the directory
  const { areaList, failed } = useAreaList(area, visible)
  const names = areaList ?? EMPTY

  const provinces = useMemo(() => sorted(names.province_list, (c) => !NO_STATIONS.has(c.slice(0, 2))), [names])
  const cities = useMemo(() => (province ? sorted(names.city_list, (c) => c.slice(0, 2) === province.slice(0, 2)) : []), [names, province])
  const counties = useMemo(() => (city ? sorted(names.county_list, (c) => c.slice(0, 4) === city.slice(0, 4)) : []), [names, city])

  const pName = province ? names.province_list[province] : ''
  const cName = city ? names.city_list[city] : ''
  const level: 'province' | 'city' | 'county' = !province ? 'province' : !city ? 'city' : 'county'

  const choose = (r: RegionFilter) => {
    onChange(r)
    onClose()
  }

  let rows: { key: string; label: string; on: boolean; onClick: () => void; all?: boolean }[]
  if (level === 'province') {
    rows = [
      { key: 'all', label: '全国（不限地区）', all: true, on: !value.provinceCode, onClick: () => choose({ label: '全国' }) },
      ...provinces.map((p) => ({ key: p.code, label: p.name, on: value.provinceCode === p.code, onClick: () => setProvince(p.code) })),
    ]
  } else if (level === 'city') {
    rows = [
      {
        key: 'all',
        label: `${pName}全部`,
        all: true,
        on: value.provinceCode === province && !value.cityCode,
        onClick: () => choose({ provinceCode: province, label: pName }),
      },
      ...cities.map((c) => ({ key: c.code, label: c.name, on: value.cityCode === c.code, onClick: () => setCity(c.code) })),
    ]
  } else {
    rows = [
      {
        key: 'all',
        label: `${cName}全部`,
        all: true,
        on: value.cityCode === city && !value.countyCode,
        onClick: () => choose({ provinceCode: province, cityCode: city, label: `${pName} ${cName}` }),
      },
      ...counties.map((c) => ({
        key: c.code,
        label: c.name,
        on: value.countyCode === c.code,
        onClick: () => choose({ provinceCode: province, cityCode: city, countyCode: c.code, label: `${cName} ${c.name}` }),
      })),
    ]
  }

  return (
    <Sheet visible={visible} title="选择地区" onClose={onClose} className="st-region" testId="region-picker">
      <View className="st-region__crumbs">
        <Text
          className={`st-region__crumb ${level === 'province' ? 'st-region__crumb--on' : ''}`}
          onClick={() => {
            setProvince(undefined)
            setCity(undefined)
          }}
        >
          全国
        </Text>
        {province && (
          <Text className={`st-region__crumb ${level === 'city' ? 'st-region__crumb--on' : ''}`} onClick={() => setCity(undefined)}>
            › {pName}
          </Text>
        )}
        {city && <Text className="st-region__crumb st-region__crumb--on">› {cName}</Text>}
      </View>
      {!areaList && <Text className="ui-muted st-region__loading">{failed ? '地区数据加载失败，请关闭后重试' : '地区加载中…'}</Text>}
      <SheetList key={`${level}-${province || ''}-${city || ''}`}>
        {rows.map((r) => (
          <SheetRow key={r.key} on={r.on} strong={r.all} onClick={r.onClick}>
            <Text>{r.label}</Text>
            {!r.all && level !== 'county' && <Text className="st-region__arrow">›</Text>}
            {r.on && (r.all || level === 'county') && <Text className="st-region__check">✓</Text>}
          </SheetRow>
        ))}
      </SheetList>
    </Sheet>
  )
}
