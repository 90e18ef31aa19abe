import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { checkInBooking, completeBooking, confirmBooking, declineBooking, markNoShow } from '@/api'
import type { Result } from '@/api'
import type { Booking } from '@/domain/contract'
import { BOOKING_MODE_LABELS, SERVICE_TOPIC_LABELS } from '@/domain/contract/labels'
import { BOOKING_STATUS, statusStyle } from '@/domain/status'
import { Banner, Card, ROUTES, StatusTag, buildUrl } from '@/shared'
import { THEME_COLORS } from '@/shared/theme'
import { useBookingStore } from '../store'
import { ReasonDialog } from './CancelDialog'
import { BookingTimeline } from './BookingTimeline'
import { InfoLine, slotLabel } from './parts'
import { VoucherCheckIn } from './VoucherCheckIn'
import './booking.scss'

const isWeapp = process.env.TARO_ENV === 'weapp'
/** showModal takes a literal colour: the theme's --app-danger */
const DANGER = THEME_COLORS.danger

/** Copy the visit address (weapp: clipboard API; H5: the async clipboard, with the address selectable as a fallback). */
function copyAddress(address: string) {
  Taro.setClipboardData({ data: address })
    .then(() => Taro.showToast({ title: '地址已复制', icon: 'none' }))
    .catch(() => Taro.showToast({ title: '复制失败，请长按地址复制', icon: 'none' }))
}

/**
 * Open the address in a map. The mock keeps no coordinates for organisations, so: H5 opens AMap's search
 * page for the address (uri.amap.com works in any phone browser); the mini-program copies it for the map app.
 */
function openMap(address: string) {
  if (isWeapp) return copyAddress(address)
  window.open(`https://uri.amap.com/search?keyword=${encodeURIComponent(address)}&callnative=1`, '_blank', 'noopener')
}

/** Staff: one booking with confirm / decline / check-in (scan or type the code) / complete / no-show. */
export function StaffBookingView({ booking, onChange }: { booking: Booking; onChange: (b: Booking) => void }) {
  const [busy, setBusy] = useState<string>()
  const [banner, setBanner] = useState<{ tone: 'danger' | 'info'; text: string }>()
  const [declineOpen, setDeclineOpen] = useState(false)
  const st = statusStyle(BOOKING_STATUS, booking.status)
  const can = (a: string) => (booking.actions || []).includes(a as any)

  const run = async (name: string, fn: () => Promise<Result<Booking>>, done: string) => {
    if (busy) return
    setBusy(name)
    setBanner(undefined)
    const res = await fn()
    setBusy(undefined)
    if (res.ok) {
      onChange(res.data)
      Taro.showToast({ title: done, icon: 'success' })
    } else setBanner({ tone: 'danger', text: res.error.message })
    return res
  }

  const complete = async () => {
    if (busy) return
    setBusy('complete')
    const res = await completeBooking(booking.id)
    setBusy(undefined)
    if (!res.ok) return setBanner({ tone: 'danger', text: res.error.message })
    onChange(res.data.booking)
    useBookingStore.getState().saveVisitLog(res.data.visitLogDraft)
    Taro.navigateTo({ url: buildUrl(ROUTES.visitLog, { bookingId: booking.id }) })
  }

  const noShow = async () => {
    const ok = await Taro.showModal({
      title: '标记为未到场？',
      content: '将记入该企业的未到场次数，90 天内累计 3 次会暂停其预约 30 天。',
      confirmText: '标记',
      cancelText: '取消',
      confirmColor: DANGER,
    })
    if (ok.confirm) run('no_show', () => markNoShow(booking.id), '已标记未到场')
  }

  return (
    <View className="bk-staff" data-testid="staff-booking">
      {banner && <Banner tone={banner.tone}>{banner.text}</Banner>}
      <Card>
        <View className="bk-voucher__status">
          <StatusTag label={st.label} tone={st.tone} />
          <Text className="bk-voucher__time">{slotLabel(booking.startsAt, booking.endsAt)}</Text>
        </View>
        <Text className="bk-staff__org">{booking.orgName || booking.orgId}</Text>
        <Text className="ui-muted">
          {BOOKING_MODE_LABELS[booking.mode]} · {SERVICE_TOPIC_LABELS[booking.topic]}
        </Text>
      </Card>

      {booking.mode === 'visit' && (
        <Card title="走访地址" testId="visit-address">
          <Text className="bk-address" selectable>
            {booking.visitAddress || '该单位未登记地址，请电话联系确认'}
          </Text>
          {booking.visitAddress && (
            <View className="bk-address__actions">
              <Button
                fill="outline"
                type="primary"
                className="tap44"
                onClick={() => copyAddress(booking.visitAddress!)}
                data-testid="copy-address"
              >
                复制地址
              </Button>
              <Button fill="outline" type="primary" className="tap44" onClick={() => openMap(booking.visitAddress!)} data-testid="open-map">
                在地图中查看
              </Button>
            </View>
          )}
        </Card>
      )}

      {can('check_in') && (
        <Card title={booking.mode === 'visit' ? '上门签到' : '签到'} testId="check-in">
          <Text className="ui-muted bk-hint" data-testid="check-in-hint">
            {/* a home visit happens at the organisation, not at the station: the contact there reads out the code */}
            {booking.mode === 'visit'
              ? `到达走访地址后签到：请企业联系人打开“我的预约”中的凭证，读出 8 位预约码${isWeapp ? '（或扫其二维码）' : ''}。`
              : `请企业出示预约二维码${isWeapp ? '，点击扫码' : '；浏览器中无法调用扫码，请输入二维码下方的 8 位预约码'}。`}
          </Text>
          <VoucherCheckIn submit={(voucherCode) => checkInBooking(booking.id, { voucherCode })} onCheckedIn={onChange} />
        </Card>
      )}

      <Card title="预约信息">
        <InfoLine label="联系人" value={booking.contactName || '—'} />
        {booking.contactPhone && (
          <InfoLine
            label="联系电话"
            value={booking.contactPhone}
            onClick={() => Taro.makePhoneCall({ phoneNumber: booking.contactPhone! }).catch(() => undefined)}
          />
        )}
        <InfoLine label="问题描述" value={booking.description} />
        {booking.reason && <InfoLine label="原因" value={booking.reason} />}
      </Card>

      <Card title="办理记录">
        <BookingTimeline booking={booking} />
      </Card>

      <View className="bk-actions">
        <View className="bk-actions__col">
          {can('confirm') && (
            <Button
              type="primary"
              block
              size="large"
              data-testid="confirm"
              loading={busy === 'confirm'}
              disabled={!!busy}
              onClick={() => run('confirm', () => confirmBooking(booking.id), '已确认')}
            >
              确认预约
            </Button>
          )}
          {can('complete') && (
            <Button
              type="primary"
              block
              size="large"
              data-testid="complete"
              loading={busy === 'complete'}
              disabled={!!busy}
              onClick={complete}
            >
              完成服务并填写记录
            </Button>
          )}
          {can('decline') && (
            <Button fill="outline" block className="tap44 bk-danger-btn" disabled={!!busy} onClick={() => setDeclineOpen(true)}>
              婉拒
            </Button>
          )}
          {can('no_show') && (
            <Button className="tap44" fill="outline" block disabled={!!busy} onClick={noShow}>
              标记未到场
            </Button>
          )}
        </View>
      </View>

      <ReasonDialog
        visible={declineOpen}
        title="婉拒这次预约？"
        consequence="婉拒后时段名额会释放，企业将收到通知和您填写的原因。"
        presets={['当日人员不足', '不在本站服务范围', '请改为到站咨询']}
        confirmText="确认婉拒"
        placeholder="婉拒原因（必填），企业会看到"
        onConfirm={async (reason) => {
          const res = await declineBooking(booking.id, { reason })
          if (res.ok) {
            onChange(res.data)
            setDeclineOpen(false)
            return null
          }
          return res.error.fieldErrors?.reason || res.error.message
        }}
        onClose={() => setDeclineOpen(false)}
      />
    </View>
  )
}
