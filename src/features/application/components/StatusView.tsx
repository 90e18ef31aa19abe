import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Application } from '@/domain/contract'
import { formDef } from '@/domain/forms/defs'
import { ActionBar, Card, formatDateTime, go } from '@/shared'
import { EligibilityList } from './EligibilityList'
import { FormSummary } from './FormSummary'
import { StationConfirmations } from './StationConfirmations'
import { Timeline, whatNext } from './Timeline'
import { StatusHero } from './StatusHero'
import './form.scss'
import './status.scss'

/** The applicant's status page: the current status first, the return reason with its action, then the timeline. */
export function StatusView({ app }: { app: Application }) {
  const [showForm, setShowForm] = useState(false)
  const editable = app.status === 'returned' || app.status === 'draft'
  const names: Record<string, string> = {}
  for (const c of app.stationConfirmations) {
    names[c.stationId] = c.stationName
    names[c.orgId] = c.orgName
  }
  return (
    <View className={`as ${editable ? 'as--with-bar' : ''}`} data-testid="application-status">
      <StatusHero app={app} side={`更新于 ${formatDateTime(app.updatedAt)}`} next={whatNext(app.status)} />

      {app.status === 'returned' && (
        <View className="as-reason" data-testid="return-reason">
          <Text className="as-reason__title">退回修改原因</Text>
          <Text className="as-reason__text">{app.lastReason || '请按省级审核意见修改'}</Text>
        </View>
      )}
      {app.status === 'not_selected' && app.lastReason && (
        <View className="as-reason">
          <Text className="as-reason__title">未入选原因</Text>
          <Text className="as-reason__text">{app.lastReason}</Text>
        </View>
      )}

      <Card title="办理进度">
        <Timeline app={app} />
      </Card>

      {app.stationConfirmations.length > 0 && (
        <Card title="指导站对接确认">
          <StationConfirmations items={app.stationConfirmations} track={app.track} />
        </Card>
      )}

      {app.eligibility.checks.some((c) => !c.ok) && (
        <Card title="申报条件提示">
          <EligibilityList result={{ ...app.eligibility, checks: app.eligibility.checks.filter((c) => !c.ok) }} />
        </Card>
      )}

      <Card title="申报内容" extra={showForm ? '收起' : '展开'} onExtraClick={() => setShowForm((x) => !x)}>
        {!showForm && (
          <Text className="ui-muted">
            {app.submittedAt ? `提交于 ${formatDateTime(app.submittedAt)}` : '尚未提交'}，点“展开”查看申报表。
          </Text>
        )}
      </Card>
      {showForm && <FormSummary def={formDef(app.track, app.year)} values={app.form as Record<string, unknown>} names={names} />}

      {editable && (
        <ActionBar>
          <View className="ui-action-bar__primary">
            <Button type="primary" block onClick={() => go('applyForm', { id: app.id })} data-testid="edit-resubmit">
              {app.status === 'returned' ? '修改并重新申报' : '继续填写'}
            </Button>
          </View>
        </ActionBar>
      )}
    </View>
  )
}
