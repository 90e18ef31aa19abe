import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { getLinkCandidates, getStation, listStations } from '@/api'
import type { StationSummary } from '@/domain/contract'
import { SearchField } from '@/shared/components/SearchField'
import { Sheet, SheetList, SheetRow } from '@/shared/components/Sheet'
import '@/shared/styles/form.scss'

interface Option {
  id: string
  name: string
  sub?: string
}

/** Pick the station (对接服务的商标品牌指导站): the user's linked station first, then search. */
export function StationField({ value, onChange }: { value: unknown; onChange: (v: string | null) => void }) {
  const id = typeof value === 'string' ? value : ''
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
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
    // q is the search box's text once typing pauses (SearchField debounces)
    listStations({ q: q || undefined, limit: 30 }).then((r) => {
      if (!alive) return
      setLoading(false)
      if (r.ok) setItems(r.data.items.map((s: StationSummary) => ({ id: s.id, name: s.name, sub: s.regionName })))
    })
    return () => {
      alive = false
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
      <View className="ui-select" onClick={() => setOpen(true)} data-testid="field-stationId">
        <Text className={id ? '' : 'ui-placeholder'}>{id ? name || '已选择' : '选择指导站（可不选）'}</Text>
        <Text className="ui-select__arrow">›</Text>
      </View>
      <Sheet visible={open} title="选择指导站" onClose={() => setOpen(false)}>
        <SearchField value={text} onChange={setText} onSearch={setQ} placeholder="搜索指导站名称、地址" />
        <SheetList>
          {id && (
            <SheetRow onClick={() => pick(null)}>
              <Text className="ui-muted">不选择指导站</Text>
            </SheetRow>
          )}
          {list.map((o) => (
            <SheetRow key={o.id} on={o.id === id} onClick={() => pick(o)}>
              <View className="ui-sheet__main">
                <Text>{o.name}</Text>
                {o.sub && <Text className="ui-muted">{o.sub}</Text>}
              </View>
            </SheetRow>
          ))}
          {loading && <Text className="ui-sheet__note">正在加载…</Text>}
          {!loading && list.length === 0 && <Text className="ui-sheet__note">没有找到指导站，换个关键词试试</Text>}
        </SheetList>
      </Sheet>
    </View>
  )
}
