import { useRouter } from '@tarojs/taro'
import { VisitLogDraftView, useBookingStore } from '@/features/booking/staff'
import { EmptyState, PageShell, go } from '@/shared'

/** Seam for the reporting feature: shows the prefilled visit-log draft returned by POST /bookings/{id}/complete. */
export default function VisitLogPage() {
  const { params } = useRouter()
  const draft = useBookingStore((s) => (params.bookingId ? s.visitLogs[params.bookingId] : undefined))
  return (
    <PageShell>
      {draft ? (
        <VisitLogDraftView draft={draft} />
      ) : (
        <EmptyState
          title="没有找到这次服务的记录草稿"
          description="完成预约后会自动生成服务记录草稿"
          actionText="返回预约管理"
          onAction={() => go('staffBookings')}
        />
      )}
    </PageShell>
  )
}
