import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { listVisits } from '@/api'
import type { Page, Visit, VisitQuery } from '@/domain/contract'
import { PageShell, usePagedQuery, useRefetchOn } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import { VisitList } from './VisitViews'
import './visits.scss'

type Filter = NonNullable<VisitQuery['filter']>

/** A paged visit list with filter tabs (staff: the station's visits; a client: the visits about itself). */
export function VisitListPage({
  staff,
  filters,
  header,
}: {
  staff: boolean
  filters: { value: Filter; label: string }[]
  header?: React.ReactNode
}) {
  const [filter, setFilter] = useState<Filter>(filters[0].value)
  const query = usePagedQuery((cursor) => listVisits({ filter, cursor, limit: 20 }), [filter])
  useRefetchOn(query, { show: true, pullDown: true })
  const [moreError, setMoreError] = useState<string>()
  return (
    <PageShell<Page<Visit>> query={query}>
      {(page) => (
        <View>
          {header}
          <Chips label="筛选服务记录" testId="visit-filter" options={filters} value={filter} onChange={setFilter} />
          <Text className="vs-hint vs-count">共 {page.total} 条</Text>
          <VisitList
            items={query.items ?? page.items}
            showClient={staff}
            empty={
              staff
                ? { title: '还没有服务记录', description: '完成预约或点“登记服务”后会出现在这里' }
                : { title: '暂无服务记录', description: '指导站为本单位提供服务并登记后，记录和建议书会出现在这里' }
            }
          />
          {query.hasMore && (
            <Button block loading={query.loadingMore} onClick={async () => setMoreError((await query.loadMore())?.message)}>
              加载更多
            </Button>
          )}
          {moreError && <Text className="vs-hint">{moreError}</Text>}
        </View>
      )}
    </PageShell>
  )
}
