import { useEffect, useState } from 'react'
import { View, Text, Input, ScrollView } from '@tarojs/components'
import { Popup } from '@nutui/nutui-react-taro'
import { getLinkCandidates, getStation, listStations } from '@/api'
import type { StationSummary } from '@/domain/contract'
import { eventValue } from './fields'
import './form.scss'

interface Option {
  id: string
  name: string
  sub?: string
}

/** Pick the station (对接服务的商标品牌指导站): the user's linked station first, then search. */
export function StationField({ value, onChange }: { value: unknown; onChange: (v: string | null) => void }) {
  const id = typeof value === 'string' ? value : ''
  const [open, setOpen] = useState(false)
  const [q, setQ] = useState('')
  const [mine, setMine] = useState<Option[]>([])
  const [items, setItems] = useState<Option[]>([])
  const [name, setName] = useState('')
  const [loading, setLoading] = useState(false)

  useEffect(() => {
    getLinkCandidates().then((r) => {
      if (r.ok)
        setMine(
          r.data
            .filter((c) => c.kind === 'station')
            .map((c) => ({
              id: c.id,
              name: c.name,
              sub:
                [c.linked ? '已对接' : '', c.namesMe ? '其申报表已列明本单位' : c.applicationId ? '其申报表尚未列明本单位' : '']
                  .filter(Boolean)
                  .join(' · ') || c.regionName,
            })),
        )
    })
  }, [])
  useEffect(() => {
    if (!id) return setName('')
    const own = mine.find((x) => x.id === id)
    if (own) return setName(own.name)
    const hit = items.find((x) => x.id === id)
    if (hit) return setName(hit.name)
    getStation(id).then((r) => r.ok && setName(r.data.name))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new search result list must not re-run the lookup
  }, [id, mine])

  useEffect(() => {
    if (!open) return
    let alive = true
    setLoading(true)
    const t = setTimeout(async () => {
      const r = await listStations({ q: q.trim() || undefined, limit: 30 })
      if (!alive) return
      setLoading(false)
      if (r.ok) setItems(r.data.items.map((s: StationSummary) => ({ id: s.id, name: s.name, sub: s.regionName })))
    }, 300)
    return () => {
      alive = false
      clearTimeout(t)
    }
  }, [open, q])

  const pick = (o: Option | null) => {
    onChange(o ? o.id : null)
    if (o) setName(o.name)
    setOpen(false)
  }
  const list = [...mine, ...items.filter((x) => !mine.some((m) => m.id === x.id))]

  return (
    <View>
      <View className="af-picker" onClick={() => setOpen(true)} data-testid="field-stationId">
        <Text className={id ? 'af-picker__value' : 'af-picker__placeholder'}>{id ? name || '已选择' : '选择指导站（可不选）'}</Text>
        <Text className="af-picker__arrow">›</Text>
      </View>
      <Popup visible={open} position="bottom" round closeable title="选择指导站" onClose={() => setOpen(false)}>
        <View className="af-sheet">
          <View className="af-input af-sheet__search">
            <Input className="af-input__control" value={q} placeholder="搜索指导站名称、地址" onInput={(e) => setQ(eventValue(e))} />
          </View>
          <ScrollView scrollY className="af-sheet__list">
            {id && (
              <View className="af-sheet__row" onClick={() => pick(null)}>
                <Text className="ui-muted">不选择指导站</Text>
              </View>
            )}
            {list.map((o) => (
              <View key={o.id} className={`af-sheet__row ${o.id === id ? 'af-sheet__row--on' : ''}`} onClick={() => pick(o)}>
                <View className="af-sheet__main">
                  <Text>{o.name}</Text>
                  {o.sub && <Text className="ui-muted">{o.sub}</Text>}
                </View>
              </View>
            ))}
            {loading && <Text className="ui-muted af-sheet__note">正在加载…</Text>}
            {!loading && list.length === 0 && <Text className="ui-muted af-sheet__note">没有找到指导站，换个关键词试试</Text>}
          </ScrollView>
        </View>
      </Popup>
    </View>
  )
}
