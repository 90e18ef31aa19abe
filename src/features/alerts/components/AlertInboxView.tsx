import { Text, View } from '@tarojs/components'
import { VirtualList } from '@nutui/nutui-react-taro'
import type { Alert, AlertKind, Page } from '@/domain/contract'
import { ALERT_KIND_LABELS } from '@/domain/contract'
import { EmptyState, formatNumber, go, useDisplayRoot, useHeightBelow } from '@/shared'
import { Chips, Segmented } from '@/shared/components/Choice'
import { Sheet } from '@/shared/components/Sheet'
import type { AlertInbox, AlertTab, KindFilter, LevelFilter } from '../hooks/useAlertInbox'
import { AlertCard } from './AlertCard'
import { AlertRow, alertRowHeight } from './AlertRow'

/**
 * The alert feed: tabs and filters, then a virtualised list of fixed-height rows that loads the next page as it
 * nears the end (only the rows in view are rendered, at any length); a tapped row opens in a sheet with the
 * detail and the actions.
 */
export function AlertInboxView({ inbox, page, staff }: { inbox: AlertInbox; page: Page<Alert> & { kinds?: AlertKind[] }; staff: boolean }) {
  const {
    tab,
    setTab,
    level,
    setLevel,
    kind,
    setKind,
    mark,
    clearMark,
    detail,
    close,
    handling,
    toggle,
    markHandled,
    askStation,
    sendAdvice,
  } = inbox
  // kind filter: the kinds the server reports under the other filters (or those loaded), plus the one chosen
  const kinds = [...new Set([...(page.kinds ?? page.items.map((a) => a.kind)), ...(kind !== 'all' ? [kind] : [])])]
  const markName = mark ? page.items.find((a) => a.trademark?.id === mark)?.trademark?.name : undefined
  const filtered = level !== 'all' || kind !== 'all' || !!mark
  const rowHeight = alertRowHeight(useDisplayRoot().scale)
  const feedHeight = useHeightBelow('alert-filters', 260, [mark, kinds.length > 1])
  const listKey = `${tab}|${level}|${kind}|${mark ?? ''}`
  return (
    <View className="alert-feed">
      <View id="alert-filters">
        <Segmented<AlertTab>
          label="提醒状态"
          options={[
            { value: 'open', label: '待处理' },
            { value: 'handled', label: '已处理' },
          ]}
          value={tab}
          onChange={setTab}
        />
        <View className="alert-filters">
          <Chips<LevelFilter>
            scroll
            label="按紧急程度筛选"
            options={[
              { value: 'all', label: '全部' },
              { value: 'overdue', label: '已逾期' },
              { value: 'urgent', label: '紧急' },
              { value: 'soon', label: '临近' },
              { value: 'info', label: '一般' },
            ]}
            value={level}
            onChange={setLevel}
          />
          {(kinds.length > 1 || kind !== 'all') && (
            <Chips<KindFilter>
              scroll
              label="按提醒类型筛选"
              options={[
                { value: 'all' as KindFilter, label: '全部类型' },
                ...kinds.map((k) => ({ value: k as KindFilter, label: ALERT_KIND_LABELS[k] })),
              ]}
              value={kind}
              onChange={setKind}
            />
          )}
          {mark && (
            <View className="alert-filters__mark">
              <Text>仅看{markName ? `「${markName}」` : '所选商标'}的提醒</Text>
              <Text className="alert-filters__clear" onClick={clearMark}>
                查看全部
              </Text>
            </View>
          )}
        </View>
        <View className="alert-feed__bar">
          <Text className="alert-feed__count" data-testid="alert-count" data-total={page.total}>
            {page.items.length > 0 ? `共 ${formatNumber(page.total)} 条` : ''}
          </Text>
          {!staff && (
            <Text className="alert-feed__settings" onClick={() => go('alertSettings')}>
              通知设置
            </Text>
          )}
        </View>
      </View>
      {page.items.length === 0 ? (
        <EmptyState
          title={filtered ? '没有符合筛选条件的提醒' : tab === 'open' ? '暂无待处理的风险提醒' : '还没有处理过的提醒'}
          description="指导站会持续监测商标公告和法律状态，有风险时第一时间提醒您。"
          actionText={staff ? undefined : '预约指导站咨询'}
          onAction={() => go('myBookings')}
        />
      ) : (
        feedHeight && (
          <VirtualList
            key={listKey}
            className="alert-vlist"
            list={page.items}
            itemHeight={rowHeight}
            itemEqual
            margin={0}
            overscan={2}
            containerHeight={feedHeight}
            itemRender={(a: Alert) => <AlertRow alert={a} showOrg={staff} height={rowHeight} onOpen={toggle} />}
            onScroll={() => inbox.query.loadMore()}
          />
        )
      )}
      <Sheet visible={!!detail} title="提醒详情" onClose={close} className="alert-sheet" testId="alert-sheet">
        {detail && (
          <AlertCard
            alert={detail}
            expanded
            showOrg={staff}
            handling={handling === detail.id}
            onToggle={() => {}}
            onHandle={() => markHandled(detail)}
            onAsk={staff ? undefined : () => askStation(detail)}
            onAdvise={staff ? (note) => sendAdvice(detail, note) : undefined}
          />
        )}
      </Sheet>
    </View>
  )
}
