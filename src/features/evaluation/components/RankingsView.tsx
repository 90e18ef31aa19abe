import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Picker } from '@tarojs/components'
import { Button, VirtualList } from '@nutui/nutui-react-taro'
import { listRankings, type RankingFilters, type RankingPage } from '@/api'
import type { RankingEntry } from '@/domain/contract/evaluation'
import type { BrandField } from '@/domain/contract'
import { QUOTA_TABLE_2023 } from '@/domain/quota'
import { EmptyState, ErrorState, Skeleton, go, usePagedQuery, useRefetchOn } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import '@/shared/styles/form.scss'
import '@/shared/styles/list.scss'
import './evaluation.scss'

const SHORT_TRACK = { enterprise: '企业', regional: '区域品牌', station: '指导站' } as const
const ROW_HEIGHT = 76 // css px: two lines of text + padding
const TRACKS = [
  { value: undefined, label: '全部赛道' },
  { value: 'enterprise' as const, label: '企业品牌' },
  { value: 'regional' as const, label: '区域品牌' },
  { value: 'station' as const, label: '指导站' },
]
const FIELDS = [
  { value: undefined, label: '全部领域' },
  { value: 'manufacturing' as const, label: '制造业' },
  { value: 'service' as const, label: '服务业' },
  { value: 'agriculture' as const, label: '农业' },
]
const BANDS: Array<{ value: string | undefined; label: string; min?: number; max?: number }> = [
  { value: undefined, label: '全部分数' },
  { value: '80', label: '80 分以上', min: 80 },
  { value: '60', label: '60–80 分', min: 60, max: 79.99 },
  { value: '0', label: '60 分以下', min: 0, max: 59.99 },
]
const PROVINCES = [
  { provinceCode: '', provinceName: '全国' },
  ...QUOTA_TABLE_2023.map((r) => ({ provinceCode: r.provinceCode, provinceName: r.provinceName })),
]

/** Reviewers' ranking of a year: filters by track, field, province (national) and score band; a virtualised list. */
export function RankingsView({ role, year }: { role: 'province' | 'national'; year: number }) {
  const [track, setTrack] = useState<RankingFilters['track']>()
  const [field, setField] = useState<BrandField>()
  const [band, setBand] = useState<string>()
  const [province, setProvince] = useState(0)
  const [height, setHeight] = useState(480)
  const b = BANDS.find((x) => x.value === band)
  const filters: RankingFilters = {
    year,
    track,
    field,
    provinceCode: role === 'national' ? PROVINCES[province].provinceCode || undefined : undefined,
    minScore: b?.min,
    maxScore: b?.max,
  }
  const key = JSON.stringify(filters)
  const list = usePagedQuery((cursor?: string) => listRankings({ ...filters, cursor, limit: 50 }), [key], { keepPreviousData: false })
  useRefetchOn(list, { show: true })
  useEffect(() => {
    const win = (Taro.getWindowInfo ? Taro.getWindowInfo() : Taro.getSystemInfoSync()) as { windowHeight: number }
    setHeight(Math.max(320, (win.windowHeight || 700) - (role === 'national' ? 330 : 280)))
  }, [role])
  const items = list.items
  const rows = useMemo(() => items ?? [], [items])

  const row = (e: RankingEntry) => (
    <View
      className="ui-list-row ev-row"
      style={{ height: `${ROW_HEIGHT}px` }}
      onClick={() => go('evalResult', { id: e.subjectId, year })}
      data-testid="ev-rank-row"
      data-id={e.subjectId}
    >
      <Text className="ui-list-row__lead">{e.rank}</Text>
      <View className="ui-list-row__main">
        <Text className="ui-list-row__title">{e.name}</Text>
        <Text className="ui-list-row__meta">{[e.provinceName, SHORT_TRACK[e.track], e.fieldLabel].filter(Boolean).join(' · ')}</Text>
      </View>
      <View className="ui-list-row__side ev-row__side">
        <Text className="ev-row__score">{Math.round(e.score * 10) / 10}</Text>
        <Text className="ev-row__conf">
          {e.publishedBatch !== undefined ? `已入第 ${e.publishedBatch} 批 · ` : ''}完整度 {Math.round(e.confidence * 100)}%
        </Text>
      </View>
    </View>
  )

  return (
    <View data-testid="ev-rankings">
      <Chips scroll label="按赛道筛选" options={TRACKS} value={track} onChange={setTrack} testId="ev-track" />
      <Chips scroll label="按领域筛选" options={FIELDS} value={field} onChange={setField} />
      <Chips scroll label="按分数段筛选" options={BANDS} value={band} onChange={setBand} />
      {role === 'national' && (
        <Picker
          mode="selector"
          range={PROVINCES.map((p) => p.provinceName)}
          value={province}
          onChange={(e) => setProvince(Number(e.detail.value))}
        >
          <View className="ui-select ev-picker" data-testid="ev-province">
            <Text>省份：{PROVINCES[province].provinceName}</Text>
            <Text className="ui-select__arrow">›</Text>
          </View>
        </Picker>
      )}
      <Text className="ui-muted">
        {list.data ? `${year} 年度 · 共 ${list.data.total} 个参与主体 · 评价方法 ${(list.data as RankingPage).methodVersion}` : '\u00a0'}
      </Text>
      {list.error && !items && <ErrorState description={list.error.message} onRetry={() => list.reload()} />}
      {!list.error && !items && <Skeleton cards={3} lines={2} />}
      {items && items.length === 0 && <EmptyState title="没有符合条件的参与主体" description="可放宽赛道、领域、省份或分数段。" />}
      {items && items.length > 0 && (
        <VirtualList
          key={key}
          list={rows}
          itemHeight={ROW_HEIGHT}
          itemEqual
          margin={0}
          overscan={4}
          containerHeight={height}
          itemRender={row}
          onScroll={() => {
            if (list.hasMore && !list.loadingMore) list.loadMore()
          }}
        />
      )}
      {list.hasMore && (
        <Button fill="outline" type="primary" block loading={list.loadingMore} onClick={() => list.loadMore()}>
          加载更多
        </Button>
      )}
    </View>
  )
}
