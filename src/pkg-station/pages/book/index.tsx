import { useRouter } from '@tarojs/taro'
import { getBooking, getStation } from '@/api'
import type { Result } from '@/api'
import type { Booking, ServiceTopic, StationDetail } from '@/domain/contract'
import { SERVICE_TOPICS } from '@/domain/contract/values'
import { BookingFlow } from '@/features/booking'
import { EmptyState, PageShell, go, useQuery, useSession } from '@/shared'

interface BookData {
  station: StationDetail
  booking?: Booking
}

export default function BookPage() {
  const { params } = useRouter()
  const stationId = params.stationId || ''
  const rescheduleId = params.rescheduleId
  // "ask my station" from a risk alert: topic + description in the query (weapp passes them still encoded)
  const decode = (v?: string) => {
    if (!v) return undefined
    try {
      return decodeURIComponent(v)
    } catch {
      return v
    }
  }
  const topicParam = decode(params.topic)
  const prefill = {
    topic: SERVICE_TOPICS.includes(topicParam as ServiceTopic) ? (topicParam as ServiceTopic) : undefined,
    description: decode(params.description),
  }
  const query = useQuery<BookData>(async (): Promise<Result<BookData>> => {
    const [s, b] = await Promise.all([getStation(stationId), rescheduleId ? getBooking(rescheduleId) : Promise.resolve(undefined)])
    if (!s.ok) return s
    if (b && !b.ok) return b
    return { ok: true, status: 200, data: { station: s.data, booking: b?.data } }
  }, [stationId, rescheduleId])
  const role = useSession((s) => s.session?.user.role)
  const applicant = role === 'enterprise' || role === 'association'
  return (
    <PageShell query={query}>
      {({ station, booking }: BookData) =>
        !role || applicant ? (
          <BookingFlow stationId={station.id} stationName={station.name} topics={station.topics} reschedule={booking} prefill={prefill} />
        ) : (
          <EmptyState
            title="当前账号不能预约咨询"
            description="预约咨询面向企业和区域品牌主体账号，请使用对应账号登录"
            actionText="查看指导站"
            onAction={() => go('stationDetail', { id: station.id })}
          />
        )
      }
    </PageShell>
  )
}
