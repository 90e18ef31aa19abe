import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Sheet, SheetList, SheetRow } from '@/shared/components/Sheet'
import { useAreaList, type AreaList, type AreaSource } from '@/shared/hooks/useAreaList'
import '@/shared/styles/form.scss'
import './form.scss'

export type { AreaList, AreaSource }

/** "福建省 福州市 鼓楼区" for a GB/T 2260 code (province / city / county parts that exist). */
export function regionNameOf(code: string, areaList: AreaList): string {
  if (!/^\d{6}$/.test(code)) return ''
  const p = areaList.province_list[`${code.slice(0, 2)}0000`]
  const c = areaList.city_list[`${code.slice(0, 4)}00`]
  const k = areaList.county_list[code]
  return [p, code.slice(2) !== '0000' ? c : undefined, code.slice(4) !== '00' ? k : undefined].filter(Boolean).join(' ')
}

const children = (list: Record<string, string>, prefix: string) =>
  Object.entries(list)
    .filter(([code]) => code.startsWith(prefix))
    .map(([code, name]) => ({ code, name }))

/**
 * Region below province level (市、区、县): province → city → (whole city | a county). Pick, never type.
 * Area data lives in this subpackage only (DOMAIN: keep it out of the main package).
 */
export function RegionField({
  value,
  onChange,
  area,
}: {
  value: unknown
  onChange: (code: string, name: string) => void
  area?: AreaSource
}) {
  const [open, setOpen] = useState(false)
  const [province, setProvince] = useState<string>()
  const [city, setCity] = useState<string>()
  const code = typeof value === 'string' ? value : ''
  // loaded for a region to show or once the picker opens, not with the form
  const { areaList, failed } = useAreaList(area, open || code !== '')

  const rows = useMemo(() => {
    if (!areaList) return []
    if (!province) return children(areaList.province_list, '')
    if (!city) return children(areaList.city_list, province.slice(0, 2))
    return children(areaList.county_list, city.slice(0, 4))
  }, [province, city, areaList])

  if (failed) return <Text className="ui-muted">{code || '地区数据加载失败'}</Text>
  const pick = (c: string) => {
    if (!areaList) return
    if (!province) return setProvince(c)
    if (!city) return setCity(c)
    onChange(c, regionNameOf(c, areaList))
    setOpen(false)
  }
  const back = () => (city ? setCity(undefined) : setProvince(undefined))

  return (
    <View>
      <View className="ui-select" onClick={() => setOpen(true)} data-testid="field-region">
        <Text className={code ? '' : 'ui-placeholder'}>
          {code ? (areaList ? regionNameOf(code, areaList) || code : '地区加载中…') : '选择市、区、县'}
        </Text>
        <Text className="ui-select__arrow">›</Text>
      </View>
      <Sheet visible={open} title="选择所在地区" onClose={() => setOpen(false)}>
        <View className="af-crumbs">
          <Text>
            {!areaList
              ? '地区加载中…'
              : [province && areaList.province_list[province], city && areaList.city_list[city]].filter(Boolean).join(' / ') ||
                '请选择省份'}
          </Text>
          {province && (
            <Text className="af-link" onClick={back}>
              返回上一级
            </Text>
          )}
        </View>
        <SheetList>
          {city && areaList && (
            <SheetRow
              strong
              onClick={() => {
                onChange(city, regionNameOf(city, areaList))
                setOpen(false)
              }}
            >
              <Text>整个{areaList.city_list[city]}</Text>
            </SheetRow>
          )}
          {rows.map((r) => (
            <SheetRow key={r.code} on={r.code === code} onClick={() => pick(r.code)}>
              <Text>{r.name}</Text>
              {!city && <Text className="ui-select__arrow">›</Text>}
            </SheetRow>
          ))}
        </SheetList>
      </Sheet>
    </View>
  )
}
