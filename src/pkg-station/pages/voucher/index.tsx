import { useDidShow, useRouter } from '@tarojs/taro'
import { getBooking } from '@/api'
import type { Booking } from '@/domain/contract'
import { VoucherView } from '@/features/booking'
import { PageShell, useQuery } from '@/shared'

export default function VoucherPage() {
  const { params } = useRouter()
  const id = params.id || ''
  const query = useQuery(() => getBooking(id), [id])
  // staff may have checked the visitor in meanwhile: refresh when the page shows again
  useDidShow(() => {
    if (query.data) query.reload()
  })
  return <PageShell query={query}>{(b: Booking) => <VoucherView booking={b} onChange={query.setData} fresh={params.fresh} />}</PageShell>
}
