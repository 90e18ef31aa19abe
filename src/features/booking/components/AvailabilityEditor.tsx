import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input, Picker } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { updateAvailability } from '@/api'
import type { AvailabilityRules, OfficeWindow, UpdateAvailabilityRequest } from '@/domain/contract'
import { AVAILABILITY_LIMITS, validateAvailability } from '@/domain/booking'
import { ActionBar, Banner, Card, FieldError, formatDateTime } from '@/shared'
import './booking.scss'

// Only working days open (weekends never, except official make-up days), so only 一–五 to choose.
const WEEKDAYS = ['一', '二', '三', '四', '五']

type NumKey = 'slotMinutes' | 'capacity' | 'horizonDays' | 'cancelCutoffHours'
const NUM_FIELDS: { key: NumKey; label: string; unit: string; hint: string }[] = [
  {
    key: 'slotMinutes',
    label: '每个时段时长',
    unit: '分钟',
    hint: `${AVAILABILITY_LIMITS.slotMinutes[0]}–${AVAILABILITY_LIMITS.slotMinutes[1]}`,
  },
  { key: 'capacity', label: '每个时段可约', unit: '人', hint: `${AVAILABILITY_LIMITS.capacity[0]}–${AVAILABILITY_LIMITS.capacity[1]}` },
  {
    key: 'horizonDays',
    label: '提前开放预约',
    unit: '天',
    hint: `${AVAILABILITY_LIMITS.horizonDays[0]}–${AVAILABILITY_LIMITS.horizonDays[1]}`,
  },
  {
    key: 'cancelCutoffHours',
    label: '开始前停止取消',
    unit: '小时',
    hint: `${AVAILABILITY_LIMITS.cancelCutoffHours[0]}–${AVAILABILITY_LIMITS.cancelCutoffHours[1]}`,
  },
]

const toNum = (s: string): number | string => (s.trim() !== '' && /^\d+$/.test(s.trim()) ? Number(s.trim()) : s.trim())

/** Staff: the station's booking rules with per-field errors (client check first, then the server's). */
export function AvailabilityEditor({ rules, onSaved }: { rules: AvailabilityRules; onSaved: (r: AvailabilityRules) => void }) {
  const [nums, setNums] = useState<Record<NumKey, string>>({
    slotMinutes: String(rules.slotMinutes),
    capacity: String(rules.capacity),
    horizonDays: String(rules.horizonDays),
    cancelCutoffHours: String(rules.cancelCutoffHours),
  })
  const [windows, setWindows] = useState<OfficeWindow[]>(rules.windows.map((w) => ({ ...w, weekdays: w.weekdays ? [...w.weekdays] : [] })))
  const [closed, setClosed] = useState<string[]>([...rules.closedDates])
  const [visit, setVisit] = useState(rules.visitAllowed)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState<string | undefined>(rules.updatedAt)
  const [formError, setFormError] = useState<string>()

  const setWin = (i: number, p: Partial<OfficeWindow>) => setWindows((ws) => ws.map((w, j) => (j === i ? { ...w, ...p } : w)))
  const toggleDay = (i: number, d: number) => {
    const cur = windows[i].weekdays || []
    setWin(i, { weekdays: cur.includes(d) ? cur.filter((x) => x !== d) : [...cur, d].sort() })
  }

  const body = (): UpdateAvailabilityRequest =>
    ({
      slotMinutes: toNum(nums.slotMinutes),
      capacity: toNum(nums.capacity),
      horizonDays: toNum(nums.horizonDays),
      cancelCutoffHours: toNum(nums.cancelCutoffHours),
      visitAllowed: visit,
      windows: windows.map((w) => ({ start: w.start, end: w.end, ...(w.weekdays && w.weekdays.length ? { weekdays: w.weekdays } : {}) })),
      closedDates: [...closed].sort(),
    }) as unknown as UpdateAvailabilityRequest

  // unsaved changes: ask before leaving (weapp: WeChat's own confirm on back; H5: reload / close)
  const savedBody = useMemo(() => JSON.stringify(body()), [saved]) // eslint-disable-line react-hooks/exhaustive-deps
  const dirty = JSON.stringify(body()) !== savedBody
  useEffect(() => {
    if (!dirty) return
    const message = '预约规则尚未保存，离开后修改将丢失'
    if (process.env.TARO_ENV === 'weapp') {
      Taro.enableAlertBeforeUnload({ message })
      return () => {
        Taro.disableAlertBeforeUnload()
      }
    }
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault()
      e.returnValue = message
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty])

  const save = async () => {
    if (saving) return
    setFormError(undefined)
    const b = body()
    const local = validateAvailability(b)
    setErrors(local)
    if (Object.keys(local).length > 0) return setFormError('有几项需要修改，请查看标红的提示')
    setSaving(true)
    const res = await updateAvailability(b)
    setSaving(false)
    if (res.ok) {
      setSaved(res.data.updatedAt)
      onSaved(res.data)
      Taro.showToast({ title: '已保存', icon: 'success' })
    } else {
      setErrors(res.error.fieldErrors || {})
      setFormError(res.error.message)
    }
  }

  const winError = (i: number) =>
    errors[`windows.${i}`] || errors[`windows.${i}.start`] || errors[`windows.${i}.end`] || errors[`windows.${i}.weekdays`]

  return (
    <View className="bk-avail" data-testid="availability-editor">
      {formError && <Banner tone="danger">{formError}</Banner>}
      <Card title="预约规则">
        {NUM_FIELDS.map((f) => (
          <View key={f.key}>
            <View className="bk-field">
              <Text className="bk-field__label">{f.label}</Text>
              <Input
                className="bk-field__input"
                type="number"
                data-testid={`field-${f.key}`}
                value={nums[f.key]}
                placeholder={f.hint}
                onInput={(e) => {
                  setNums((n) => ({ ...n, [f.key]: e.detail.value }))
                  setErrors((x) => ({ ...x, [f.key]: '' }))
                }}
              />
              <Text className="bk-field__unit">{f.unit}</Text>
            </View>
            <FieldError message={errors[f.key]} />
          </View>
        ))}
        <View className="bk-field">
          <Text className="bk-field__label">上门走访</Text>
          <View className="bk-toggle">
            <Text className={`bk-toggle__opt ${visit ? 'bk-toggle__opt--on' : ''}`} onClick={() => setVisit(true)}>
              接受
            </Text>
            <Text className={`bk-toggle__opt ${!visit ? 'bk-toggle__opt--on' : ''}`} onClick={() => setVisit(false)}>
              不接受
            </Text>
          </View>
        </View>
      </Card>

      <Card
        title="办公时段"
        extra={windows.length < AVAILABILITY_LIMITS.windows ? '+ 添加时段' : undefined}
        onExtraClick={() => setWindows((ws) => [...ws, { start: '14:00', end: '17:00', weekdays: [] }])}
      >
        <Text className="ui-muted bk-hint">
          只在工作日开放（自动排除法定节假日、包含调休上班日）。默认每个工作日都开放；只在某几天开放时，选出这几天。
        </Text>
        {windows.map((w, i) => (
          <View key={i} className="bk-window" data-testid="window">
            <View className="bk-window__times">
              <Picker mode="time" value={w.start} onChange={(e) => setWin(i, { start: e.detail.value as string })}>
                <View className="bk-window__time">{w.start}</View>
              </Picker>
              <Text className="bk-window__to">至</Text>
              <Picker mode="time" value={w.end} onChange={(e) => setWin(i, { end: e.detail.value as string })}>
                <View className="bk-window__time">{w.end}</View>
              </Picker>
              {windows.length > 1 && (
                <Text className="bk-window__remove" onClick={() => setWindows((ws) => ws.filter((_, j) => j !== i))}>
                  删除
                </Text>
              )}
            </View>
            <View className="bk-window__days">
              {WEEKDAYS.map((label, k) => (
                <Text
                  key={k}
                  className={`bk-day ${(w.weekdays || []).includes(k + 1) ? 'bk-day--on' : ''}`}
                  onClick={() => toggleDay(i, k + 1)}
                >
                  {label}
                </Text>
              ))}
            </View>
            <FieldError message={winError(i)} />
          </View>
        ))}
        <FieldError message={errors.windows} />
      </Card>

      <Card title={`不办公日期（${closed.length}）`}>
        <Text className="ui-muted bk-hint">如外出培训、集中办公等，这些日期不开放预约。</Text>
        <View className="bk-closed">
          {closed.sort().map((d, i) => (
            <View key={d} className="bk-closed__item">
              <Text>{d}</Text>
              <Text className="bk-closed__x" onClick={() => setClosed((c) => c.filter((x) => x !== d))}>
                ✕
              </Text>
              <FieldError message={errors[`closedDates.${i}`]} />
            </View>
          ))}
        </View>
        <Picker
          mode="date"
          value={closed[closed.length - 1] || ''}
          onChange={(e) => {
            const v = e.detail.value as string
            if (v && !closed.includes(v)) setClosed((c) => [...c, v])
          }}
        >
          <View className="bk-linkbtn">+ 添加不办公日期</View>
        </Picker>
        <FieldError message={errors.closedDates} />
      </Card>
      {saved && <Text className="ui-muted bk-hint">上次保存：{formatDateTime(saved)}</Text>}
      <ActionBar>
        <Button type="primary" block size="large" data-testid="save-availability" loading={saving} disabled={saving} onClick={save}>
          保存设置
        </Button>
      </ActionBar>
    </View>
  )
}
