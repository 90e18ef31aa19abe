// The member register (用标名册): search over name / USCC / product, a status filter with counts, rows that
// open the member. A virtualised list of fixed-height rows under the filters, cursor-paged (50 a page) and
// loading the next page as it nears the end: only the rows in view are rendered, whatever the register's length.
import { useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, VirtualList } from '@nutui/nutui-react-taro'
import { listMembers } from '@/api'
import type { MemberPage, MemberSummary } from '@/domain/contract/member'
import type { MemberStatus } from '@/domain/members/member'
import { EmptyState, ErrorState, Skeleton, formatNumber, go, useDisplayRoot, useHeightBelow, usePagedQuery, useRefetchOn } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import { SearchField } from '@/shared/components/SearchField'
import { MemberRow, memberRowHeight } from './MemberRow'
import './members.scss'

const PAGE_SIZE = 50

/** The rows are drawn in rpx (they widen with the screen), the list's row height is css px: scale by width. */
function widthFactor(): number {
  try {
    const w = (Taro.getWindowInfo ? Taro.getWindowInfo() : Taro.getSystemInfoSync()).windowWidth
    return w > 375 ? Math.min(w, 540) / 375 : 1
  } catch {
    return 1
  }
}

const FILTERS: { key: MemberStatus | 'all'; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'active', label: '正常使用' },
  { key: 'suspended', label: '暂停使用' },
  { key: 'withdrawn', label: '已撤销' },
]

export function RegisterView() {
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  const [status, setStatus] = useState<MemberStatus | 'all'>('all')
  const list = usePagedQuery(
    (cursor?: string) => listMembers({ ...(q ? { q } : {}), ...(status !== 'all' ? { status } : {}), cursor, limit: PAGE_SIZE }),
    [q, status],
  )
  useRefetchOn(list, { show: true, pullDown: true })
  const counts = (list.data as MemberPage | undefined)?.counts
  const countOf = (k: MemberStatus | 'all') => (counts ? (k === 'all' ? counts.all : counts[k]) : undefined)
  const scale = useDisplayRoot().scale
  const rowHeight = useMemo(() => Math.ceil(memberRowHeight(scale) * widthFactor()), [scale])
  const listHeight = useHeightBelow('member-filters', 300, [!!list.items?.length])

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
    body = listHeight ? (
      <View data-testid="member-list" data-total={list.data?.total}>
        <VirtualList
          key={`${q}|${status}`}
          className="mb-vlist"
          list={list.items}
          itemHeight={rowHeight}
          itemEqual
          margin={0}
          overscan={2}
          containerHeight={listHeight}
          itemRender={(m: MemberSummary) => <MemberRow m={m} height={rowHeight} />}
          onScroll={() => list.loadMore()}
        />
      </View>
    ) : (
      <Skeleton cards={4} lines={3} />
    )

  return (
    <View className="mb-page" data-testid="member-register">
      <View id="member-filters">
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
        <SearchField testId="member-search" value={text} onChange={setText} onSearch={setQ} placeholder="搜索企业名称、信用代码或商品" />
        <Chips
          scroll
          className="mb-filter"
          label="按状态筛选"
          options={FILTERS.map((f) => ({ value: f.key, label: f.label, count: countOf(f.key), testId: `status-${f.key}` }))}
          value={status}
          onChange={setStatus}
        />
        {!!list.items?.length && (
          <Text className="mb-count" data-testid="member-count">
            {`已显示 ${formatNumber(list.items.length)} / 共 ${formatNumber(list.data?.total)} 家${list.hasMore ? '，向下滑动加载更多' : ''}`}
          </Text>
        )}
      </View>
      {body}
    </View>
  )
}
