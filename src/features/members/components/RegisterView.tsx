// The member register (用标名册): search over name / USCC / product, a status filter with counts, rows that
// open the member; 20 rows a page, more on request (a register of a few hundred entries stays light).
import { useEffect, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { listMembers } from '@/api'
import type { MemberPage, MemberSummary } from '@/domain/contract/member'
import { MEMBER_STATUS_LABELS, type MemberStatus } from '@/domain/members/member'
import { EmptyState, ErrorState, Skeleton, StatusTag, formatNumber, go, usePagedQuery, useRefetchOn, type Tone } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import './members.scss'

export const STATUS_TONE: Record<MemberStatus, Tone> = { active: 'success', suspended: 'warning', withdrawn: 'default' }
const FILTERS: { key: MemberStatus | 'all'; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'active', label: '正常使用' },
  { key: 'suspended', label: '暂停使用' },
  { key: 'withdrawn', label: '已撤销' },
]

function MemberRow({ m }: { m: MemberSummary }) {
  return (
    <View className="mb-row" data-testid={`member-${m.id}`} onClick={() => go('assocMember', { id: m.id })}>
      <View className="mb-row__head">
        <Text className="mb-row__name">{m.name}</Text>
        <StatusTag label={MEMBER_STATUS_LABELS[m.status]} tone={STATUS_TONE[m.status]} />
      </View>
      <Text className="mb-row__meta">
        {m.uscc}
        {m.sme ? ' · 中小企业' : ''}
      </Text>
      <Text className="mb-row__meta">
        {m.products.join('、')} · 许可至 {m.licence.end}
      </Text>
      <Text className="mb-row__meta">
        {m.evidenceCount > 0 ? `使用证据 ${m.evidenceCount} 份，最近 ${m.lastEvidenceOn}` : '尚无使用证据'}
      </Text>
    </View>
  )
}

export function RegisterView() {
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  const [status, setStatus] = useState<MemberStatus | 'all'>('all')
  // search after typing pauses (one request per pause, not per keystroke)
  useEffect(() => {
    const t = setTimeout(() => setQ(text.trim()), 300)
    return () => clearTimeout(t)
  }, [text])
  const list = usePagedQuery(
    (cursor?: string) => listMembers({ ...(q ? { q } : {}), ...(status !== 'all' ? { status } : {}), cursor, limit: 20 }),
    [q, status],
  )
  useRefetchOn(list, { show: true, pullDown: true })
  const counts = (list.data as MemberPage | undefined)?.counts
  const countOf = (k: MemberStatus | 'all') => (counts ? (k === 'all' ? counts.all : counts[k]) : undefined)

  let body
  if (list.loading && !list.data) body = <Skeleton cards={4} lines={3} />
  else if (list.error && !list.data) body = <ErrorState description={list.error.message} onRetry={list.reload} />
  else if (!list.items?.length)
    body = (
      <EmptyState
        title={q || status !== 'all' ? '没有符合条件的会员' : '还没有用标会员'}
        description={q ? `未找到与“${q}”相关的会员，可按企业名称、信用代码或商品搜索` : '添加经授权使用商标的会员企业后，这里会显示名册。'}
        actionText={q || status !== 'all' ? '清除筛选' : '添加会员'}
        onAction={() => {
          if (q || status !== 'all') {
            setText('')
            setStatus('all')
          } else go('assocAdd')
        }}
      />
    )
  else
    body = (
      <View data-testid="member-list">
        {list.items.map((m) => (
          <MemberRow key={m.id} m={m} />
        ))}
        {list.hasMore && (
          <View className="mb-more">
            <Button
              fill="outline"
              type="primary"
              block
              loading={list.loadingMore}
              disabled={list.loadingMore}
              onClick={() => list.loadMore()}
            >
              加载更多（已显示 {list.items.length} / {list.data?.total}）
            </Button>
          </View>
        )}
      </View>
    )

  return (
    <View className="mb-page" data-testid="member-register">
      <View className="mb-summary">
        <Text className="mb-summary__big">{counts ? formatNumber(counts.active + counts.suspended) : '—'}</Text>
        <Text className="mb-summary__label">
          家在册会员{counts ? `（中小企业 ${formatNumber(counts.sme)} 家，暂停使用 ${counts.suspended} 家）` : ''}
        </Text>
      </View>
      <View className="mb-actions">
        <Button type="primary" onClick={() => go('assocAdd')} data-testid="add-member">
          添加会员
        </Button>
        <Button fill="outline" type="primary" onClick={() => go('assocFigures')}>
          数量变化
        </Button>
        <Button fill="outline" type="primary" onClick={() => go('assocBundle')} data-testid="open-bundle">
          撤三证据汇编
        </Button>
      </View>
      <View className="mb-search">
        <Input
          className="mb-search__input"
          data-testid="member-search"
          value={text}
          placeholder="搜索企业名称、信用代码或商品"
          confirmType="search"
          maxlength={50}
          onInput={(e) => setText(e.detail.value)}
        />
        {text && (
          <Text className="mb-search__clear" onClick={() => setText('')}>
            清除
          </Text>
        )}
      </View>
      <Chips
        scroll
        className="mb-filter"
        label="按状态筛选"
        options={FILTERS.map((f) => ({ value: f.key, label: f.label, count: countOf(f.key), testId: `status-${f.key}` }))}
        value={status}
        onChange={setStatus}
      />
      {body}
    </View>
  )
}
