import { useEffect } from 'react'
import { useRouter } from '@tarojs/taro'
import { getVisitForm } from '@/api'
import type { VisitFormContext } from '@/domain/contract'
import { useBookingStore } from '@/features/booking/staff'
import { VisitForm, useVisitStore } from '@/features/visits'
import { PageShell, useQuery, useSession } from '@/shared'

/**
 * Log a service visit. Opened prefilled by completing a booking (?bookingId=, the draft /complete returned),
 * or empty from the visit list. The form's options are kept locally, so a draft can be finished offline.
 */
export default function VisitLogPage() {
  const { params } = useRouter()
  const userId = useSession((s) => s.session?.user.id ?? '')
  const booking = useBookingStore((s) => (params.bookingId ? s.visitLogs[params.bookingId] : undefined))
  const cached = useVisitStore((s) => s.formContext)
  const query = useQuery(getVisitForm, [])
  useEffect(() => {
    if (query.data) useVisitStore.getState().setFormContext(query.data)
  }, [query.data])
  // offline: the options last loaded still drive the form
  const shown = query.data ? query : cached && query.error?.status === 0 ? { ...query, data: cached, error: undefined } : query
  return <PageShell<VisitFormContext> query={shown}>{(ctx) => <VisitForm ctx={ctx} userId={userId} booking={booking} />}</PageShell>
}
