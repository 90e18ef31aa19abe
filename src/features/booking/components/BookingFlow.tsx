import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { createBooking, getBookingRestriction, listSlots, recordSubscription, rescheduleBooking } from '@/api'
import type { Booking, BookingMode, ServiceTopic, Slot, SlotList } from '@/domain/contract'
import { BOOKING_MODE_LABELS, SERVICE_TOPIC_LABELS } from '@/domain/contract/labels'
import {
  ActionBar,
  Banner,
  Card,
  EmptyState,
  ErrorState,
  FieldError,
  ROUTES,
  Skeleton,
  askSubscribe,
  buildUrl,
  SUBSCRIBE_TEMPLATES,
  useQuery,
  weekday,
} from '@/shared'
import { Chips } from '@/shared/components/Choice'
import { TextBox } from '@/shared/components/TextBox'
import { useBookingStore } from '../store'
import { DayPicker } from './DayPicker'
import { SlotPicker } from './SlotPicker'
import { restrictionMessage } from '@/domain/booking'
import { slotLabel } from './parts'
import './booking.scss'

type Step = 'date' | 'slot' | 'details' | 'confirm'
const TOPIC_OPTIONS = (Object.keys(SERVICE_TOPIC_LABELS) as ServiceTopic[]).map((t) => ({ value: t, label: SERVICE_TOPIC_LABELS[t] }))
const STEP_TITLES: Record<Step, string> = { date: '选择日期', slot: '选择时段', details: '咨询内容', confirm: '确认预约' }

export { slotLabel }

interface Props {
  stationId: string
  stationName?: string
  /** the station's service topics; only these are offered (all when absent) */
  topics?: ServiceTopic[]
  /** reschedule an existing booking instead of creating one */
  reschedule?: Booking
  /** a new booking's starting topic and description (e.g. "ask my station" from a risk alert) */
  prefill?: { topic?: ServiceTopic; description?: string }
  /** test seam */
  onDone?: (b: Booking) => void
}

/** The booking flow, one focus per screen: date → slot → topic, description, mode → confirm. */
export function BookingFlow({ stationId, stationName, topics, reschedule, prefill, onDone }: Props) {
  const topicOptions = topics?.length ? TOPIC_OPTIONS.filter((o) => topics.includes(o.value)) : TOPIC_OPTIONS
  const draft = useBookingStore((s) => s.draft)
  const { startDraft, patch, keyForAttempt, clearDraft } = useBookingStore.getState()
  useEffect(() => {
    startDraft(stationId)
    if (reschedule)
      useBookingStore
        .getState()
        .patch({ topic: reschedule.topic, description: reschedule.description, mode: reschedule.mode, slotId: undefined, date: undefined })
    else if (prefill) {
      // only a topic this station offers; the description as the user's starting text (still editable)
      const topic = prefill.topic && topicOptions.some((o) => o.value === prefill.topic) ? prefill.topic : undefined
      useBookingStore
        .getState()
        .patch({ ...(topic ? { topic } : {}), ...(prefill.description ? { description: prefill.description.slice(0, 500) } : {}) })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stationId, reschedule?.id])

  const slots = useQuery<SlotList>(() => listSlots(stationId, { days: 60 }), [stationId])
  // repeated no-shows: say so before the user picks anything (the server enforces it on submit too)
  const restriction = useQuery(getBookingRestriction, [], { enabled: !reschedule })
  const restrictedUntil = restriction.data?.restricted ? restriction.data.until : undefined
  const steps: Step[] = reschedule ? ['date', 'slot', 'confirm'] : ['date', 'slot', 'details', 'confirm']
  const [step, setStep] = useState<Step>('date')
  const [banner, setBanner] = useState<{ tone: 'danger' | 'warning' | 'info'; text: string }>()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [sending, setSending] = useState(false)
  const sendingRef = useRef(false)

  const d = draft && draft.stationId === stationId ? draft : null
  const index = steps.indexOf(step)
  const back = () => {
    setBanner(undefined)
    if (index > 0) setStep(steps[index - 1])
  }

  const day = slots.data?.days.find((x) => x.date === d?.date)

  const pickDate = (date: string) => {
    patch({ date, slotId: undefined, startsAt: undefined, endsAt: undefined })
    setBanner(undefined)
    setStep('slot')
  }
  const pickSlot = (s: Slot) => {
    patch({ slotId: s.id, startsAt: s.startsAt, endsAt: s.endsAt })
    setBanner(undefined)
    setStep(reschedule ? 'confirm' : 'details')
  }
  const validateDetails = () => {
    const e: Record<string, string> = {}
    if (!d?.topic) e.topic = '请选择咨询主题'
    const len = (d?.description || '').trim().length
    if (len < 5) e.description = '请用至少 5 个字简要描述需要咨询的问题'
    else if (len > 500) e.description = '问题描述最多 500 字'
    setErrors(e)
    return Object.keys(e).length === 0
  }

  const submit = async () => {
    if (sendingRef.current || !d?.slotId) return
    sendingRef.current = true
    setSending(true)
    setBanner(undefined)
    try {
      let res
      if (reschedule) {
        res = await rescheduleBooking(reschedule.id, { slotId: d.slotId })
      } else {
        const idempotencyKey = keyForAttempt()
        // weapp: consent must be asked inside the tap, before the network call
        const accepted = await askSubscribe([SUBSCRIBE_TEMPLATES.bookingReminder, SUBSCRIBE_TEMPLATES.bookingStatus])
        res = await createBooking({
          slotId: d.slotId,
          topic: d.topic as ServiceTopic,
          description: d.description.trim(),
          mode: d.mode,
          idempotencyKey,
        })
        if (res.ok && process.env.TARO_ENV === 'weapp') {
          await Promise.all(
            [SUBSCRIBE_TEMPLATES.bookingReminder, SUBSCRIBE_TEMPLATES.bookingStatus].map((t) =>
              recordSubscription({ templateId: t, accepted: accepted.includes(t) }),
            ),
          )
        }
      }
      if (res.ok) {
        clearDraft()
        if (onDone) onDone(res.data)
        else Taro.redirectTo({ url: buildUrl(ROUTES.voucher, { id: res.data.id, fresh: reschedule ? 'rescheduled' : 'created' }) })
        return
      }
      const err = res.error
      if (err.code === 'SLOT_FULL') {
        setBanner({ tone: 'danger', text: `${err.message || '该时段已约满'}。已为您刷新名额，请重新选择时段。` })
        patch({ slotId: undefined, startsAt: undefined, endsAt: undefined })
        await slots.reload()
        setStep('slot')
      } else if (err.code === 'BOOKING_RESTRICTED') {
        setBanner({ tone: 'danger', text: err.message })
      } else if (err.code === 'VALIDATION' && err.fieldErrors) {
        const fe = err.fieldErrors
        setErrors(fe)
        if (fe.slotId) {
          setBanner({ tone: 'danger', text: fe.slotId })
          await slots.reload()
          setStep('slot')
        } else if (fe.topic || fe.description || fe.mode) setStep('details')
        else setBanner({ tone: 'danger', text: err.message })
      } else {
        setBanner({ tone: 'danger', text: err.status === 0 ? `${err.message}（再次点击会继续提交同一预约，不会重复）` : err.message })
      }
    } finally {
      sendingRef.current = false
      setSending(false)
    }
  }

  const header = (
    <View className="bk-head">
      <View className="bk-head__row">
        <Text className="bk-head__step" data-testid="booking-step">
          第 {index + 1}/{steps.length} 步 · {reschedule && step === 'confirm' ? '确认改期' : STEP_TITLES[step]}
        </Text>
        {index > 0 && (
          <Text className="bk-head__back" onClick={back}>
            ‹ 上一步
          </Text>
        )}
      </View>
      <Text className="bk-head__station">{reschedule ? `改期：${stationName || reschedule.stationName || ''}` : stationName}</Text>
      <View className="bk-head__bar">
        {steps.map((s, i) => (
          <View key={s} className={`bk-head__seg ${i <= index ? 'bk-head__seg--on' : ''}`} />
        ))}
      </View>
    </View>
  )

  let body
  if (restrictedUntil)
    body = (
      <View data-testid="booking-restricted">
        <Banner tone="danger">{restrictionMessage(restrictedUntil)}</Banner>
        <EmptyState title={`${restrictedUntil} 后可再次预约`} description="如需咨询，可先致电指导站" />
      </View>
    )
  else if (slots.loading && !slots.data) body = <Skeleton cards={2} lines={4} />
  else if (slots.error && !slots.data) body = <ErrorState description={slots.error.message} onRetry={slots.reload} />
  else if (!slots.data || !d) body = <Skeleton cards={2} lines={4} />
  else if (step === 'date') {
    body =
      slots.data.days.length === 0 ? (
        <EmptyState title="近期暂无可预约的时段" description="指导站暂未开放预约，可致电指导站咨询" />
      ) : (
        <Card title="哪一天来咨询？">
          <Text className="ui-muted bk-hint">
            仅显示工作日（已排除法定节假日）
            {'\n'}最晚可预约 {slots.data.lastBookableDate}
          </Text>
          <DayPicker days={slots.data.days} value={d.date} onChange={pickDate} />
        </Card>
      )
  } else if (step === 'slot') {
    body = day ? (
      <Card title={`${d.date} ${weekday(d.date!)}`}>
        <Text className="ui-muted bk-hint">每个时段可约人数有限，已约满的时段不能选择</Text>
        <SlotPicker slots={day.slots} value={d.slotId} onChange={pickSlot} />
      </Card>
    ) : (
      <EmptyState title="该日期已无可预约时段" actionText="重新选择日期" onAction={() => setStep('date')} />
    )
  } else if (step === 'details') {
    body = (
      <>
        <Card title="咨询主题">
          <Chips
            kind="radio"
            stack
            grid
            label="咨询主题"
            testId="topic-picker"
            options={topicOptions}
            value={d.topic}
            onChange={(topic) => {
              patch({ topic })
              setErrors((e) => ({ ...e, topic: '' }))
            }}
          />
          <FieldError message={errors.topic} />
        </Card>
        <Card title="问题描述">
          <TextBox
            testId="description"
            label="问题描述"
            value={d.description}
            maxLength={500}
            placeholder="简要说明您想咨询的问题，如：准备申请马德里国际注册，想了解费用和流程"
            onChange={(v) => {
              patch({ description: v })
              if (errors.description) setErrors((x) => ({ ...x, description: '' }))
            }}
          />
          <FieldError message={errors.description} />
        </Card>
        <Card title="服务方式">
          <Chips
            kind="radio"
            stack
            grid
            label="服务方式"
            testId="mode-picker"
            options={(['onsite', 'visit'] as BookingMode[]).map((m) => ({
              value: m,
              label: BOOKING_MODE_LABELS[m],
              sub: m === 'onsite' ? '到站现场咨询，即时确认' : slots.data!.visitAllowed ? '上门服务，需指导站确认' : '本站暂不提供',
              disabled: m === 'visit' && !slots.data!.visitAllowed,
            }))}
            value={d.mode}
            onChange={(mode) => patch({ mode })}
          />
          <FieldError message={errors.mode} />
        </Card>
      </>
    )
  } else {
    body = (
      <Card title={reschedule ? '请核对改期信息' : '请核对预约信息'}>
        <View className="bk-summary" data-testid="booking-summary">
          <SummaryRow label="指导站" value={stationName || reschedule?.stationName || ''} />
          <SummaryRow label="时间" value={slotLabel(d.startsAt, d.endsAt)} strong />
          {reschedule && <SummaryRow label="原时间" value={slotLabel(reschedule.startsAt, reschedule.endsAt)} />}
          <SummaryRow label="主题" value={d.topic ? SERVICE_TOPIC_LABELS[d.topic] : ''} />
          <SummaryRow label="方式" value={BOOKING_MODE_LABELS[d.mode]} />
          {!reschedule && <SummaryRow label="问题描述" value={d.description.trim()} />}
        </View>
        <Text className="ui-muted bk-hint">
          {d.mode === 'visit' ? '上门走访需指导站工作人员确认，确认后会通知您。' : '到站咨询提交后即预约成功，请凭预约码签到。'}
          开始前 {slots.data.cancelCutoffHours} 小时内不能取消或改期。
        </Text>
      </Card>
    )
  }

  const footer =
    step === 'details' ? (
      <Button type="primary" block size="large" onClick={() => validateDetails() && setStep('confirm')}>
        下一步
      </Button>
    ) : step === 'confirm' && d?.slotId && !restrictedUntil ? (
      <Button type="primary" block size="large" data-testid="confirm-booking" loading={sending} disabled={sending} onClick={submit}>
        {sending ? '正在提交…' : reschedule ? '确认改期' : '确认预约'}
      </Button>
    ) : null

  return (
    <View className="bk-flow" data-testid="booking-flow">
      {header}
      {banner && <Banner tone={banner.tone}>{banner.text}</Banner>}
      {body}
      {footer && <ActionBar>{footer}</ActionBar>}
    </View>
  )
}

function SummaryRow({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <View className="bk-summary__row">
      <Text className="bk-summary__label">{label}</Text>
      <Text className={`bk-summary__value ${strong ? 'bk-summary__value--strong' : ''}`}>{value}</Text>
    </View>
  )
}
