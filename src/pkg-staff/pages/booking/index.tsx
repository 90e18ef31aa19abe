import { useRouter } from '@tarojs/taro'
import { getBooking } from '@/api'
import type { Booking } from '@/domain/contract'
import { StaffBookingView } from '@/features/booking/staff'
import { PageShell, useQuery } from '@/shared'

export default function StaffBookingPage() {
  const { params } = useRouter()
  const id = params.id || ''
  const query = useQuery(() => getBooking(id), [id])
  return <PageShell query={query}>{(b: Booking) => <StaffBookingView booking={b} onChange={query.setData} />}</PageShell>
}
