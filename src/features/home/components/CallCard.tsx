import { View, Text } from '@tarojs/components'
import { getCurrentCall } from '@/api'
import { StatusTag, useQuery } from '@/shared'
import { Line } from './parts'

// local copy of domain/outcome's formatter: that module brings zod into the main package
const cnDateTime = (local: string) => {
  const [d, t] = local.split('T')
  const [y, m, day] = d.split('-').map(Number)
  return `${y}年${m}月${day}日${t ? ` ${t}` : ''}`
}

/**
 * The province's call for applications on the applicant home: the open batch with its deadline and 剩余 N 天,
 * else when the next one opens. Drafts can be saved at any time; only the submit needs an open batch.
 */
export function CallCard() {
  const q = useQuery(() => getCurrentCall(), [])
  const c = q.data
  if (!c) return null
  const open = c.open
  if (open) {
    const tone = open.daysLeft <= 1 ? 'danger' : open.daysLeft <= 7 ? 'warning' : 'success'
    return (
      <View data-testid="home-call">
        <Line
          title={`${open.provinceName} ${open.year} 年度第 ${open.batch} 批申报进行中`}
          sub={`截止 ${cnDateTime(open.closesAt)}（北京时间）${open.extensions.length ? ' · 已延期' : ''}`}
          right={<StatusTag label={open.label} tone={tone} />}
        />
        <Text className="ui-muted" style={{ display: 'block', margin: '4px 0 8px' }}>
          {open.notice}
        </Text>
      </View>
    )
  }
  return (
    <View data-testid="home-call">
      <Line title="当前没有开放的申报批次" right={<StatusTag label={c.next ? '未开始' : '已截止'} tone="default" />} />
      <Text className="ui-muted" style={{ display: 'block', margin: '4px 0 8px' }}>
        {c.message}
      </Text>
    </View>
  )
}
