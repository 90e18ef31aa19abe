import { useEffect, useMemo, useState, type MutableRefObject } from 'react'
import { View, Text } from '@tarojs/components'
import { VirtualList } from '@nutui/nutui-react-taro'
import { Location } from '@nutui/icons-react-taro'
import type { ServiceTopic, StationSummary } from '@/domain/contract'
import { SERVICE_TOPIC_LABELS } from '@/domain/contract/labels'
import { Banner, EmptyState, ErrorState, Skeleton, formatNumber, go, useDisplayRoot, useHeightBelow } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import { SearchField } from '@/shared/components/SearchField'
import { useStationsStore, type RegionFilter } from '../store'
import { useStationDirectory } from '../hooks/useStationDirectory'
import { useDistanceSort } from '../hooks/useLocation'
import { RegionPicker, type AreaSource } from './RegionPicker'
import { StationRow, stationRowHeight } from './StationRow'
import './stations.scss'

const TOPIC_OPTIONS = [
  { value: 'all' as const, label: '全部主题' },
  ...(Object.keys(SERVICE_TOPIC_LABELS) as ServiceTopic[]).map((t) => ({ value: t, label: SERVICE_TOPIC_LABELS[t] })),
]

/** The public station directory: region, search as you type, topic, distance; a virtualised list. */
export function StationDirectory({
  area,
  refreshRef,
}: {
  area: AreaSource
  refreshRef?: MutableRefObject<(() => Promise<void>) | undefined>
}) {
  const { region, topic, setRegion, setTopic } = useStationsStore()
  const [text, setText] = useState(useStationsStore.getState().q)
  const [q, setQ] = useState(text.trim())
  const [pickerOpen, setPickerOpen] = useState(false)
  const { location, toggle } = useDistanceSort()

  useEffect(() => {
    useStationsStore.getState().setQ(q)
  }, [q])

  const query = useMemo(
    () => ({
      provinceCode: region.countyCode || region.cityCode ? undefined : region.provinceCode,
      cityCode: region.countyCode ? undefined : region.cityCode,
      countyCode: region.countyCode,
      q: q || undefined,
      topic,
      ...(location.status === 'on' ? { lat: location.lat, lng: location.lng } : {}),
    }),
    [region, q, topic, location],
  )
  const list = useStationDirectory(query)
  const listKey = JSON.stringify(query)
  const listHeight = useHeightBelow('station-filters', 230, [location.status])

  useEffect(() => {
    if (refreshRef) refreshRef.current = list.refresh
  }, [refreshRef, list.refresh])

  const open = (s: StationSummary) => go('stationDetail', { id: s.id })
  const rowHeight = stationRowHeight(useDisplayRoot().scale)
  const clearFilters = () => {
    setText('')
    setTopic(undefined)
    setRegion({ label: '全国' })
  }

  let body
  if (list.loading) body = <Skeleton cards={4} lines={3} />
  else if (list.error) body = <ErrorState description={list.error.message} onRetry={list.retry} />
  else if (list.items.length === 0)
    body = (
      <EmptyState
        title="没有找到符合条件的指导站"
        description={q ? `未找到与“${q}”相关的指导站，可换个关键词或扩大地区范围` : '可以扩大地区范围或选择其他服务主题'}
        actionText="清除筛选条件"
        onAction={clearFilters}
      />
    )
  else
    body = listHeight ? (
      <VirtualList
        key={listKey}
        className="st-vlist"
        list={list.items}
        itemHeight={rowHeight}
        itemEqual
        margin={0}
        overscan={2}
        containerHeight={listHeight}
        itemRender={(s: StationSummary) => <StationRow station={s} onClick={open} height={rowHeight} />}
        onScroll={() => list.loadMore()}
      />
    ) : (
      <Skeleton cards={4} lines={3} />
    )

  return (
    <View className="st-dir" data-testid="station-directory">
      <View id="station-filters" className="st-dir__filters">
        <SearchField
          className="st-dir__search"
          testId="station-search"
          value={text}
          onChange={setText}
          onSearch={setQ}
          placeholder="搜索指导站名称、依托单位或地址"
        />
        <View className="st-dir__bar">
          <View className="st-dir__btn" data-testid="region-button" onClick={() => setPickerOpen(true)}>
            <Text className="st-dir__btn-label">地区</Text>
            <Text className="st-dir__btn-value">{region.label}</Text>
            <Text className="st-dir__btn-caret">▾</Text>
          </View>
          <View
            className={`st-dir__btn st-dir__btn--narrow ${location.status === 'on' ? 'st-dir__btn--on' : ''}`}
            data-testid="distance-button"
            onClick={toggle}
          >
            <Location size={14} color={location.status === 'on' ? 'var(--app-primary)' : 'var(--app-muted)'} />
            <Text className="st-dir__btn-value st-dir__btn-value--gap">{location.status === 'locating' ? '定位中…' : '距离最近'}</Text>
          </View>
        </View>
        <Chips
          scroll
          testId="topic-chips"
          label="按服务主题筛选"
          options={TOPIC_OPTIONS}
          value={topic ?? 'all'}
          onChange={(v) => setTopic(v === 'all' ? undefined : (v as ServiceTopic))}
        />
        {location.status === 'failed' && <Banner tone="warning">{location.message}</Banner>}
        {
          <View className="st-dir__count" data-testid="directory-count" data-total={list.total} data-loaded={list.items.length}>
            <Text>
              {list.loading
                ? '正在查找…'
                : list.error
                  ? ' '
                  : `共 ${formatNumber(list.total)} 个指导站${location.status === 'on' ? '，按距离由近到远' : ''}`}
            </Text>
            {list.loadingMore && <Text className="ui-muted">加载中…</Text>}
            {list.moreError && (
              <Text className="st-dir__retry" onClick={() => list.loadMore()}>
                加载失败，点此重试
              </Text>
            )}
          </View>
        }
      </View>
      {body}
      <RegionPicker
        visible={pickerOpen}
        area={area}
        value={region}
        onClose={() => setPickerOpen(false)}
        onChange={(r: RegionFilter) => setRegion(r)}
      />
    </View>
  )
}
