import { View, Text } from '@tarojs/components'
import type { VisitLogDraft } from '@/domain/contract'
import { BOOKING_MODE_LABELS } from '@/domain/contract/labels'
import { Banner, Card } from '@/shared'
import { InfoLine } from './parts'
import './booking.scss'

/**
 * The seam for the reporting feature: the service-visit log prefilled from the completed booking.
 * The form itself (advice, attachments, submission) arrives with the reporting issue.
 */
export function VisitLogDraftView({ draft }: { draft: VisitLogDraft }) {
  return (
    <View data-testid="visit-log-draft">
      <Banner tone="info">服务已完成。以下服务记录已根据预约自动填写；填写服务建议并提交的表单将随“服务记录与统计报送”功能上线。</Banner>
      <Card title="服务记录（草稿）">
        <InfoLine label="服务日期" value={draft.date} />
        <InfoLine label="指导站" value={draft.stationName} />
        <InfoLine label="服务对象" value={draft.orgName} />
        <InfoLine label="服务方式" value={BOOKING_MODE_LABELS[draft.mode]} />
        <InfoLine label="咨询主题" value={draft.topicLabel} />
        <InfoLine label="问题描述" value={draft.question} />
        <InfoLine label="服务人员" value={draft.staffName} />
        {draft.contactName && (
          <InfoLine label="联系人" value={`${draft.contactName}${draft.contactPhone ? ` ${draft.contactPhone}` : ''}`} />
        )}
        <InfoLine label="服务建议" value={draft.advice || '（待填写）'} />
      </Card>
      <Text className="ui-muted bk-hint">预约编号 {draft.bookingId}</Text>
    </View>
  )
}
