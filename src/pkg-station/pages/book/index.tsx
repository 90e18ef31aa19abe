import { useRouter } from '@tarojs/taro'
import { getBooking, getStation } from '@/api'
import type { Result } from '@/api'
import type { Booking, StationDetail } from '@/domain/contract'
import { BookingFlow } from '@/features/booking'
import { PageShell, useQuery } from '@/shared'

interface BookData {
  station: StationDetail
  booking?: Booking
}

export default function BookPage() {
  const { params } = useRouter()
  const stationId = params.stationId || ''
  const rescheduleId = params.rescheduleId
  const query = useQuery<BookData>(async (): Promise<Result<BookData>> => {
    const [s, b] = await Promise.all([getStation(stationId), rescheduleId ? getBooking(rescheduleId) : Promise.resolve(undefined)])
    if (!s.ok) return s
    if (b && !b.ok) return b
    return { ok: true, status: 200, data: { station: s.data, booking: b?.data } }
  }, [stationId, rescheduleId])
  return (
    <PageShell query={query}>
      {({ station, booking }: BookData) => <BookingFlow stationId={station.id} stationName={station.name} reschedule={booking} />}
    </PageShell>
  )
}
