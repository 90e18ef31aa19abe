import { staffCheckIn } from '@/api'
import type { Booking } from '@/domain/contract'
import { Card } from '@/shared'
import { VoucherCheckIn } from './VoucherCheckIn'

/** Staff, at the door: check a visitor in by the voucher code alone (scan on weapp, type it anywhere). */
export function DoorCheckIn({ onCheckedIn }: { onCheckedIn: (b: Booking) => void }) {
  return (
    <Card title="到站签到" testId="door-check-in">
      <VoucherCheckIn
        testId="door-voucher-input"
        manualFirst
        submit={(voucherCode) => staffCheckIn({ voucherCode })}
        onCheckedIn={onCheckedIn}
      />
    </Card>
  )
}
