import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { listStaffBookings } from '@/api'
import { BookingList, DoorCheckIn } from '@/features/booking/staff'
import { PageShell, go } from '@/shared'
import { Segmented } from '@/shared/components/Choice'

type Scope = 'today' | 'upcoming' | 'history'
const SCOPES: Scope[] = ['today', 'upcoming', 'history']

export default function StaffBookingsPage() {
  const { params } = useRouter()
  const fromUrl = SCOPES.includes(params.scope as Scope) ? (params.scope as Scope) : 'today'
  const [scope, setScope] = useState<Scope>(fromUrl)
  useEffect(() => setScope(fromUrl), [fromUrl])
  return (
    <PageShell>
      <Segmented<Scope>
        label="预约范围"
        options={[
          { value: 'today', label: '今日' },
          { value: 'upcoming', label: '待处理' },
          { value: 'history', label: '历史' },
        ]}
        value={scope}
        onChange={setScope}
      />
      {scope === 'today' && <DoorCheckIn onCheckedIn={(b) => go('staffBooking', { id: b.id })} />}
      <BookingList
        viewer="staff"
        deps={[scope]}
        fetchPage={(cursor) => listStaffBookings({ scope, cursor, limit: 20 })}
        onOpen={(b) => go('staffBooking', { id: b.id })}
        empty={
          scope === 'today'
            ? { title: '今天没有预约', description: '可在“待处理”查看之后的预约' }
            : scope === 'upcoming'
              ? {
                  title: '没有待处理的预约',
                  description: '新的预约会显示在这里',
                  actionText: '设置开放时段',
                  onAction: () => go('staffAvailability'),
                }
              : { title: '暂无历史预约' }
        }
      />
    </PageShell>
  )
}
