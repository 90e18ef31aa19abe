import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { cancelBooking } from '@/api'
import type { Booking } from '@/domain/contract'
import { BOOKING_MODE_LABELS, SERVICE_TOPIC_LABELS } from '@/domain/contract/labels'
import { BOOKING_STATUS, statusStyle } from '@/domain/status'
import { voucherQrPayload } from '@/domain/booking'
import { Banner, Card, StatusTag, go } from '@/shared'
import { QrCode } from './QrCode'
import { ReasonDialog } from './CancelDialog'
import { BookingTimeline } from './BookingTimeline'
import { InfoLine, slotLabel } from './parts'
import './booking.scss'

const STATUS_HINT: Record<string, string> = {
  pending: '已提交，等待指导站确认。确认后会通知您。',
  confirmed: '预约成功。请按时到站，向工作人员出示下方二维码签到。',
  checked_in: '已签到，工作人员正在为您服务。',
  completed: '本次咨询已完成，感谢使用。',
  cancelled: '预约已取消，时段名额已释放。',
  declined: '指导站未能安排本次预约，可选择其他时段重新预约。',
  no_show: '预约时段内未签到，已记为未到场。累计 3 次将暂停预约 30 天。',
}

export const spacedCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ')

/** The applicant's voucher: status, QR code of the voucher code, details, cancel / reschedule. */
export function VoucherView({ booking, onChange, fresh }: { booking: Booking; onChange: (b: Booking) => void; fresh?: string }) {
  const [cancelOpen, setCancelOpen] = useState(false)
  const [refusal, setRefusal] = useState<string>()
  const st = statusStyle(BOOKING_STATUS, booking.status)
  const active = booking.status === 'pending' || booking.status === 'confirmed'
  const actions = booking.actions || []
  const canReschedule = actions.includes('reschedule')
  const pastCutoff = active && !actions.includes('cancel')
  // an ended booking offers a new one at the same station
  const ended = booking.status === 'cancelled' || booking.status === 'declined' || booking.status === 'no_show'

  const copyCode = () => Taro.setClipboardData({ data: booking.voucherCode }).catch(() => undefined)
  const doCancel = async (reason: string) => {
    const res = await cancelBooking(booking.id, { reason })
    if (res.ok) {
      onChange(res.data)
      setCancelOpen(false)
      Taro.showToast({ title: '预约已取消', icon: 'success' })
      return null
    }
    if (res.error.fieldErrors?.reason) return res.error.fieldErrors.reason
    // refused by the rules (e.g. after the cut-off): close the dialog, say why next to the button
    setCancelOpen(false)
    setRefusal(res.error.message)
    return null
  }

  return (
    <View className="bk-voucher" data-testid="voucher">
      {fresh === 'created' && booking.status !== 'cancelled' && (
        <Banner tone="info">{booking.status === 'pending' ? '预约已提交' : '预约成功'}，可在“我的预约”中随时查看。</Banner>
      )}
      {fresh === 'rescheduled' && active && <Banner tone="info">已改期，原时段名额已释放。</Banner>}
      <Card>
        <View className="bk-voucher__status">
          <StatusTag label={st.label} tone={st.tone} />
          <Text className="bk-voucher__time" data-testid="voucher-time">
            {slotLabel(booking.startsAt, booking.endsAt)}
          </Text>
        </View>
        <Text className="ui-muted bk-voucher__hint">{STATUS_HINT[booking.status] || ''}</Text>
        {(active || booking.status === 'checked_in') && (
          <View className={`bk-voucher__qr ${booking.status === 'checked_in' ? 'bk-voucher__qr--used' : ''}`}>
            <QrCode
              text={voucherQrPayload(booking.voucherCode)}
              size={188}
              label={`签到二维码，预约码 ${spacedCode(booking.voucherCode)}`}
            />
            <View className="bk-voucher__code" onClick={copyCode}>
              <Text className="ui-muted">预约码 </Text>
              <Text className="bk-voucher__code-text" data-testid="voucher-code" data-code={booking.voucherCode}>
                {spacedCode(booking.voucherCode)}
              </Text>
            </View>
            <Text className="ui-muted">{booking.status === 'checked_in' ? '已签到' : '无法扫码时，工作人员可输入预约码签到'}</Text>
          </View>
        )}
      </Card>

      {active && (
        <View className="bk-actions">
          {refusal ? (
            <View className="bk-refusal" data-testid="cancel-refused">
              <Banner tone="danger">{refusal}</Banner>
            </View>
          ) : (
            pastCutoff && <Text className="ui-muted bk-actions__note">已过取消截止时间，如需变更请致电指导站。</Text>
          )}
          <View className="bk-actions__row">
            {canReschedule && (
              <Button
                className="tap44"
                fill="outline"
                type="primary"
                onClick={() => go('book', { stationId: booking.stationId, rescheduleId: booking.id })}
              >
                改期
              </Button>
            )}
            <Button
              fill="outline"
              className="tap44 bk-danger-btn"
              data-testid="cancel-booking"
              onClick={() => {
                setRefusal(undefined)
                setCancelOpen(true)
              }}
            >
              取消预约
            </Button>
          </View>
        </View>
      )}

      {ended && (
        <View className="bk-actions" data-testid="rebook">
          <Button className="tap44" type="primary" block onClick={() => go('book', { stationId: booking.stationId })}>
            重新预约
          </Button>
        </View>
      )}

      <Card title="预约信息">
        <InfoLine
          label="指导站"
          value={booking.stationName || booking.stationId}
          onClick={() => go('stationDetail', { id: booking.stationId })}
        />
        {booking.mode === 'visit' && booking.visitAddress && <InfoLine label="走访地址" value={booking.visitAddress} />}
        {booking.stationAddress && <InfoLine label={booking.mode === 'visit' ? '指导站地址' : '地址'} value={booking.stationAddress} />}
        {booking.stationPhone && (
          <InfoLine
            label="电话"
            value={booking.stationPhone}
            onClick={() => Taro.makePhoneCall({ phoneNumber: booking.stationPhone! }).catch(() => undefined)}
          />
        )}
        <InfoLine label="服务方式" value={BOOKING_MODE_LABELS[booking.mode]} />
        <InfoLine label="咨询主题" value={SERVICE_TOPIC_LABELS[booking.topic]} />
        <InfoLine label="问题描述" value={booking.description} />
        {active && <InfoLine label="可取消至" value={`${booking.cancelDeadline.replace('T', ' ')} 前`} testId="cancel-deadline" />}
        {booking.reason && (booking.status === 'cancelled' || booking.status === 'declined') && (
          <InfoLine label="原因" value={booking.reason} />
        )}
      </Card>

      <Card title="办理记录">
        <BookingTimeline booking={booking} />
      </Card>

      <ReasonDialog
        visible={cancelOpen}
        title="取消这次预约？"
        consequence={`取消后 ${slotLabel(booking.startsAt, booking.endsAt)} 的名额将释放给其他企业，不能恢复；如需咨询需重新预约。`}
        presets={['时间冲突', '问题已解决', '改为电话咨询']}
        confirmText="确认取消"
        placeholder="取消原因（必填），指导站会看到"
        onConfirm={doCancel}
        onClose={() => setCancelOpen(false)}
      />
    </View>
  )
}
