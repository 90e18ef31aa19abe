import { useEffect, useMemo, useState } from 'react'
import { View, Text, Input, Picker } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { getPublicListIndex, listPublicEntries, type PublicListFilters } from '@/api'
import { LIST_KINDS, LIST_LABELS, type ListKind, type PublicListEntry } from '@/domain/contract/evaluation'
import type { BrandField } from '@/domain/contract'
import { QUOTA_TABLE_2023 } from '@/domain/quota'
import { EmptyState, ErrorState, Skeleton, go, usePagedQuery, useQuery } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import '@/shared/styles/form.scss'
import './evaluation.scss'

const FIELDS = [
  { value: undefined, label: '全部领域' },
  { value: 'manufacturing' as const, label: '制造业' },
  { value: 'service' as const, label: '服务业' },
  { value: 'agriculture' as const, label: '农业' },
]
const PROVINCES = [
  { provinceCode: '', provinceName: '全国' },
  ...QUOTA_TABLE_2023.map((r) => ({ provinceCode: r.provinceCode, provinceName: r.provinceName })),
]

/** Everyone (signed out too): the published lists by year, list, batch, province and field, with a search. */
export function PublicListView({ initialYear, initialList }: { initialYear?: number; initialList?: ListKind }) {
  const index = useQuery(getPublicListIndex, [])
  const years = useMemo(() => index.data?.years ?? [], [index.data])
  const [year, setYear] = useState<number | undefined>(initialYear)
  const [list, setList] = useState<ListKind | undefined>(initialList ?? 'qianqi')
  const [batch, setBatch] = useState<number>()
  const [field, setField] = useState<BrandField>()
  const [province, setProvince] = useState(0)
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  useEffect(() => {
    if (year === undefined && years.length) setYear(years[0].year)
  }, [year, years])
  useEffect(() => {
    const t = setTimeout(() => setQ(text.trim()), 300)
    return () => clearTimeout(t)
  }, [text])
  const batches = years.find((y) => y.year === year)?.lists.find((l) => l.list === list)?.batches ?? []
  const filters: PublicListFilters = {
    year,
    list,
    batch,
    field,
    provinceCode: PROVINCES[province].provinceCode || undefined,
    q: q || undefined,
  }
  const key = JSON.stringify(filters)
  const entries = usePagedQuery((cursor?: string) => listPublicEntries({ ...filters, cursor, limit: 20 }), [key], {
    enabled: year !== undefined || (index.data !== undefined && years.length === 0),
    keepPreviousData: false,
  })

  if (index.error) return <ErrorState description={index.error.message} onRetry={() => index.reload()} />
  if (!index.data) return <Skeleton cards={3} lines={2} />
  if (!years.length) return <EmptyState title="暂无已发布的名单" description="国家知识产权局发布年度名单后将在此公布。" />

  const entry = (e: PublicListEntry) => (
    <View
      key={`${e.year}-${e.list}-${e.subjectId}`}
      className="ev-entry"
      onClick={() => go('publicCard', { id: e.subjectId })}
      data-testid="ev-entry"
    >
      <Text className="ev-entry__name">{e.brandName}</Text>
      <Text className="ev-entry__meta">{e.holderName}</Text>
      <Text className="ev-entry__meta">
        {[e.regionName, e.fieldLabel, `${e.year} 年「${e.listLabel}」第 ${e.batch} 批`].filter(Boolean).join(' · ')}
      </Text>
    </View>
  )

  return (
    <View data-testid="ev-public-lists">
      <Chips
        scroll
        label="年度"
        options={years.map((y) => ({ value: y.year, label: `${y.year} 年` }))}
        value={year}
        onChange={(v) => {
          setYear(v)
          setBatch(undefined)
        }}
        testId="ev-years"
      />
      <Chips
        scroll
        label="名单"
        options={LIST_KINDS.map((l) => ({ value: l, label: LIST_LABELS[l] }))}
        value={list}
        onChange={(v) => {
          setList(v)
          setBatch(undefined)
        }}
        testId="ev-lists"
      />
      {batches.length > 1 && (
        <Chips
          scroll
          label="批次"
          options={[{ value: undefined, label: '全部批次' }, ...batches.map((b) => ({ value: b.batch, label: `第 ${b.batch} 批` }))]}
          value={batch}
          onChange={setBatch}
        />
      )}
      <Chips scroll label="领域" options={FIELDS} value={field} onChange={setField} />
      <Picker
        mode="selector"
        range={PROVINCES.map((p) => p.provinceName)}
        value={province}
        onChange={(e) => setProvince(Number(e.detail.value))}
      >
        <View className="ui-select ev-picker" data-testid="ev-public-province">
          <Text>地区：{PROVINCES[province].provinceName}</Text>
          <Text className="ui-select__arrow">›</Text>
        </View>
      </Picker>
      <Input
        className="ev-search"
        value={text}
        placeholder="搜索品牌或权利人名称"
        confirmType="search"
        maxlength={50}
        onInput={(e) => setText(e.detail.value)}
        data-testid="ev-public-search"
      />
      {entries.error && !entries.items && <ErrorState description={entries.error.message} onRetry={() => entries.reload()} />}
      {!entries.error && !entries.items && <Skeleton cards={3} lines={2} />}
      {entries.items && (
        <Text className="ui-muted" data-testid="ev-public-total">
          共 {entries.data?.total ?? 0} 个
        </Text>
      )}
      {entries.items && entries.items.length === 0 && (
        <EmptyState
          title="没有符合条件的入选品牌"
          description={q ? `未找到与“${q}”相关的入选品牌，可换个关键词或年度。` : '可选择其他年度、名单、领域或地区。'}
        />
      )}
      {entries.items?.map(entry)}
      {entries.hasMore && (
        <Button fill="outline" type="primary" block loading={entries.loadingMore} onClick={() => entries.loadMore()}>
          加载更多
        </Button>
      )}
    </View>
  )
}
