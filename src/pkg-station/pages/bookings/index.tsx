import { useState } from 'react'
import { listMyBookings } from '@/api'
import { BookingList } from '@/features/booking'
import { PageShell, go } from '@/shared'
import { Segmented } from '@/shared/components/Choice'

type Scope = 'upcoming' | 'history'

export default function MyBookingsPage() {
  const [scope, setScope] = useState<Scope>('upcoming')
  return (
    <PageShell>
      <Segmented<Scope>
        label="我的预约"
        options={[
          { value: 'upcoming', label: '即将进行' },
          { value: 'history', label: '历史预约' },
        ]}
        value={scope}
        onChange={setScope}
      />
      <BookingList
        viewer="owner"
        deps={[scope]}
        fetchPage={(cursor) => listMyBookings({ scope, cursor, limit: 20 })}
        onOpen={(b) => go('voucher', { id: b.id })}
        empty={
          scope === 'upcoming'
            ? {
                title: '暂无进行中的预约',
                description: '找到附近的指导站，预约商标品牌咨询',
                actionText: '查找指导站',
                onAction: () => go('stationDirectory'),
              }
            : { title: '暂无历史预约' }
        }
      />
    </PageShell>
  )
}
