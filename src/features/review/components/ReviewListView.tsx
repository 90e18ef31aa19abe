import { useEffect, useState } from 'react'
import { View, Text, Input, Picker } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { listReviewApplications, publishBatch } from '@/api'
import type { ApplicationTrack } from '@/domain/contract'
import { BRAND_FIELD_LABELS } from '@/domain/contract/labels'
import { APPLICATION_STATUS, TRACK_LABELS, statusStyle } from '@/domain/status'
import {
  ActionBar,
  EmptyState,
  ErrorState,
  Skeleton,
  StatusTag,
  Unfold,
  formatDate,
  go,
  usePagedQuery,
  useQuery,
  useRefetchOn,
} from '@/shared'
import { QUOTA_TABLE_2023 } from '@/domain/quota'
import { Chips } from '@/shared/components/Choice'
import '@/shared/styles/list.scss'
import { QUEUE_FILTER, useReviewStore } from '../store'
import { ActionSheet, type ActionInput } from './ActionSheet'
import './review.scss'

interface StatusFilter {
  label: string
  /** one status or a comma-separated list; undefined = all */
  status?: string
}
const STATUSES: Record<'province' | 'national', StatusFilter[]> = {
  province: [
    { label: '待审核', status: 'submitted,resubmitted' },
    { label: '退回修改', status: 'returned' },
    { label: '已推荐', status: 'recommended,national_review,public_notice,confirmed' },
    { label: '未入选', status: 'not_selected' },
    { label: '全部' },
  ],
  national: [
    { label: '待复核', status: 'recommended' },
    { label: '复核中', status: 'national_review' },
    { label: '公示中', status: 'public_notice' },
    { label: '已确认', status: 'confirmed' },
    { label: '未入选', status: 'not_selected' },
    { label: '全部' },
  ],
}
const TRACKS: ApplicationTrack[] = ['enterprise', 'regional', 'station']
/** national list: every province (annex 4's rows), first "all" */
const PROVINCE_OPTIONS: { code?: string; name: string }[] = [
  { name: '全部省份' },
  ...QUOTA_TABLE_2023.map((r) => ({ code: r.provinceCode, name: r.provinceName })),
]
const SHORT_TRACK: Record<ApplicationTrack, string> = { enterprise: '企业', regional: '区域', station: '指导站' }

/** Reviewer's list: status chips with counts, track chips, cards that open the detail. */
export function ReviewListView({
  role,
  batch,
  year,
  queue,
}: {
  role: 'province' | 'national'
  batch?: number
  year?: number
  /** opened from the home's 去审核: show the queue the home counted */
  queue?: boolean
}) {
  const filters = useReviewStore((s) => s.filters[role])
  const setFilters = useReviewStore((s) => s.setFilters)
  useEffect(() => {
    if (queue) setFilters(role, QUEUE_FILTER[role])
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queue])
  // the search box: typed text is kept; the list follows 400 ms after the last keystroke (or on 搜索)
  const [typed, setTyped] = useState(filters.q ?? '')
  useEffect(() => setTyped(filters.q ?? ''), [filters.q])
  useEffect(() => {
    const q = typed.trim() || undefined
    if (q === filters.q) return
    const t = setTimeout(() => setFilters(role, { q }), 400)
    return () => clearTimeout(t)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed])
  const version = useReviewStore((s) => s.version)
  // national: publish several 复核中 applications as one public-notice batch
  const [picked, setPicked] = useState<string[]>([])
  const [publishing, setPublishing] = useState(false)
  const bump = useReviewStore((s) => s.bump)
  const batchMode = role === 'national' && filters.status === 'national_review'

  const national = role === 'national'
  const base = {
    track: filters.track,
    batch,
    year,
    ...(national && filters.provinceCode ? { provinceCode: filters.provinceCode } : {}),
    ...(filters.q ? { q: filters.q } : {}),
  }
  const key = [role, filters.status, filters.track, batch, year, filters.provinceCode, filters.q, version]
  const list = usePagedQuery((cursor?: string) => listReviewApplications({ ...base, status: filters.status, cursor, limit: 20 }), key, {
    keepPreviousData: false,
  })
  useRefetchOn(list, { show: true })
  const { items, hasMore, loadingMore } = list
  const total = list.data?.total ?? 0
  const error = list.error?.message
  // counts per status for the chips (limit 1: only the totals); a status whose count failed shows none
  const countsQuery = useQuery(async () => {
    const pairs = await Promise.all(
      STATUSES[role].map((f) =>
        listReviewApplications({ ...base, status: f.status, limit: 1 }).then(
          (r) => [f.status ?? 'all', r.ok ? r.data.total : undefined] as const,
        ),
      ),
    )
    const c: Record<string, number> = {}
    for (const [st, n] of pairs) if (n !== undefined) c[st] = n
    return { ok: true as const, data: c, status: 200 }
  }, key)
  useRefetchOn(countsQuery, { show: true })
  const counts = countsQuery.data ?? {}

  // opened from a public-notice batch: show the whole batch, whatever its current states
  useEffect(() => {
    if (batch) setFilters(role, { status: undefined })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [batch])
  useEffect(() => setPicked([]), [filters.status, filters.track, version])

  const togglePick = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]))
  const publishPicked = async (input: ActionInput): Promise<string | null> => {
    const chosen = (items ?? []).filter((a) => picked.includes(a.id))
    const years = new Set(chosen.map((a) => a.year))
    if (years.size !== 1) return '请选择同一年度的申报'
    const r = await publishBatch({ year: chosen[0].year, applicationIds: picked, start: input.start!, end: input.end! })
    if (!r.ok) return r.error.fieldErrors ? Object.values(r.error.fieldErrors).join('；') : r.error.message
    setPublishing(false)
    setPicked([])
    bump()
    Taro.showToast({ title: `已发布第 ${r.data.batch} 批公示`, icon: 'success' })
    return null
  }

  const loadMore = async () => {
    const failed = await list.loadMore()
    if (failed) Taro.showToast({ title: failed.message, icon: 'none' })
  }

  return (
    <View data-testid="review-list" className={batchMode && picked.length > 0 ? 'rv-with-bar' : ''}>
      <View className="rv-filters">
        <Chips
          label="按状态筛选"
          options={STATUSES[role].map((f) => ({ value: f.status, label: f.label, count: counts[f.status ?? 'all'] ?? null }))}
          value={filters.status}
          onChange={(status) => setFilters(role, { status })}
        />
        <Chips
          label="按赛道筛选"
          options={[{ value: undefined, label: '全部赛道' }, ...TRACKS.map((t) => ({ value: t, label: SHORT_TRACK[t] }))]}
          value={filters.track}
          onChange={(track) => setFilters(role, { track })}
        />
        {national && (
          <View className="rv-find">
            <Picker
              mode="selector"
              range={PROVINCE_OPTIONS.map((o) => o.name)}
              value={Math.max(
                0,
                PROVINCE_OPTIONS.findIndex((o) => o.code === filters.provinceCode),
              )}
              onChange={(e) => setFilters(role, { provinceCode: PROVINCE_OPTIONS[Number(e.detail.value)]?.code })}
            >
              <View className="rv-find__province" role="button" aria-label="按省份筛选" data-testid="review-province">
                <Text>{PROVINCE_OPTIONS.find((o) => o.code === filters.provinceCode)?.name ?? '全部省份'}</Text>
                <Text aria-hidden>▾</Text>
              </View>
            </Picker>
            <Input
              className="rv-find__search"
              value={typed}
              type="text"
              confirmType="search"
              maxlength={40}
              placeholder="名称或统一社会信用代码"
              ariaLabel="搜索申报单位、品牌名称或统一社会信用代码"
              data-testid="review-search"
              onInput={(e) => setTyped(e.detail.value)}
              onConfirm={() => setFilters(role, { q: typed.trim() || undefined })}
            />
          </View>
        )}
        {batch && (
          <Text className="ui-muted">
            {year ? `${year} 年度 · ` : ''}第 {batch} 批公示
          </Text>
        )}
      </View>

      {error && !items && <ErrorState description={error} onRetry={() => list.reload()} />}
      {/* the skeleton keeps the place of the "共 N 条" line, so nothing shifts when the list arrives */}
      {!error && !items && <Text className="ui-muted rv-total">{'\u00a0'}</Text>}
      {!error && !items && <Skeleton cards={3} lines={3} />}
      {items && items.length === 0 && (
        <EmptyState
          title="没有符合条件的申报"
          description={
            filters.status
              ? `当前没有“${STATUSES[role].find((f) => f.status === filters.status)?.label ?? ''}”的申报，可查看其他状态。`
              : '本年度暂无申报。'
          }
          actionText={filters.status ? '查看全部' : undefined}
          onAction={() => setFilters(role, { status: undefined })}
        />
      )}
      {items && items.length > 0 && <Text className="ui-muted rv-total">共 {total} 条</Text>}
      {batchMode && items && items.length > 0 && (
        <Text className="ui-muted rv-total">勾选多条复核通过的申报，可作为同一批次一起发布公示。</Text>
      )}
      {items && (
        <Unfold first={5} step={5}>
          {items.map((a) => (
            <View
              key={a.id}
              className="ui-list-card"
              onClick={() => go('reviewDetail', { id: a.id })}
              data-testid="review-item"
              data-id={a.id}
            >
              <View className="ui-list-card__head">
                {batchMode && (
                  <View
                    className="rv-pick"
                    onClick={(e) => {
                      e.stopPropagation()
                      togglePick(a.id)
                    }}
                    role="checkbox"
                    aria-checked={picked.includes(a.id)}
                    data-testid="review-pick"
                  >
                    <View className={`rv-pick__box ${picked.includes(a.id) ? 'rv-pick__box--on' : ''}`}>
                      {picked.includes(a.id) ? '✓' : ''}
                    </View>
                  </View>
                )}
                <Text className="ui-list-card__title">{a.brandName || '（未填写品牌）'}</Text>
                <StatusTag {...statusStyle(APPLICATION_STATUS, a.status)} />
              </View>
              <Text className="ui-list-card__text">{a.applicantName}</Text>
              <View className="ui-list-card__meta">
                <Text className="rv-badge">{TRACK_LABELS[a.track]}</Text>
                {a.field && <Text className="rv-badge">{BRAND_FIELD_LABELS[a.field]}</Text>}
                {a.nonDemo && <Text className="rv-badge rv-badge--warn">非示范优势企业</Text>}
                {a.track === 'station' && a.confirmedLinks !== undefined && <Text className="rv-badge">已确认对接 {a.confirmedLinks}</Text>}
                {!a.eligibilityOk && <Text className="rv-badge rv-badge--danger">条件不符</Text>}
                {role === 'national' && <Text className="rv-badge">{a.provinceName}</Text>}
              </View>
              <Text className="ui-list-card__time">
                {a.submittedAt ? `申报于 ${formatDate(a.submittedAt)}` : `更新于 ${formatDate(a.updatedAt)}`}
              </Text>
            </View>
          ))}
        </Unfold>
      )}
      {hasMore && (
        <Button fill="outline" type="primary" block loading={loadingMore} disabled={loadingMore} onClick={loadMore}>
          加载更多
        </Button>
      )}
      {batchMode && picked.length > 0 && (
        <ActionBar>
          <View className="ui-action-bar__primary">
            <Button type="primary" block onClick={() => setPublishing(true)} data-testid="batch-publish">
              发布公示（{picked.length} 条）
            </Button>
          </View>
        </ActionBar>
      )}
      <ActionSheet
        visible={publishing}
        title="批量发布公示"
        text={`所选 ${picked.length} 条申报将作为同一批次进入公示（公示期至少 5 天），公示期内信息对社会公开；公示后逐条确认入选或不予入选。`}
        confirmText="确认公示"
        dates
        onClose={() => setPublishing(false)}
        onConfirm={publishPicked}
      />
    </View>
  )
}
