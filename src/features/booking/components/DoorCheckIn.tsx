import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { staffCheckIn } from '@/api'
import type { Booking } from '@/domain/contract'
import { isVoucherCode, normalizeVoucher } from '@/domain/booking'
import { Card, FieldError } from '@/shared'
import './booking.scss'

const isWeapp = process.env.TARO_ENV === 'weapp'

/** Staff, at the door: check a visitor in by the voucher code alone (scan on weapp, type it anywhere). */
export function DoorCheckIn({ onCheckedIn }: { onCheckedIn: (b: Booking) => void }) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async (raw: string) => {
    const v = normalizeVoucher(raw)
    if (!isVoucherCode(v)) return setError('预约码应为 8 位字母数字，请核对后重试')
    if (busy) return
    setBusy(true)
    setError(undefined)
    const res = await staffCheckIn({ voucherCode: v })
    setBusy(false)
    if (res.ok) {
      setCode('')
      Taro.showToast({ title: '签到成功', icon: 'success' })
      onCheckedIn(res.data)
    } else setError(res.error.fieldErrors?.voucherCode || res.error.message)
  }
  const scan = async () => {
    try {
      const res: any = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      if (res && typeof res.result === 'string' && res.result) submit(res.result)
      else setError('未能识别二维码，请输入预约码')
    } catch {
      /* cancelled */
    }
  }

  return (
    <Card title="到站签到" testId="door-check-in">
      {isWeapp && (
        <Button type="primary" block size="large" loading={busy} disabled={busy} onClick={scan}>
          扫码签到
        </Button>
      )}
      <View className="bk-checkin">
        <Input
          className="bk-checkin__input"
          data-testid="door-voucher-input"
          value={code}
          maxlength={14}
          placeholder={isWeapp ? '或输入 8 位预约码' : '输入企业出示的 8 位预约码'}
          onInput={(e) => {
            setCode(e.detail.value.toUpperCase())
            setError(undefined)
          }}
          onConfirm={() => submit(code)}
        />
        <Button
          className="tap44"
          type={isWeapp ? 'default' : 'primary'}
          fill={isWeapp ? 'outline' : 'solid'}
          loading={busy && !isWeapp}
          disabled={busy}
          onClick={() => submit(code)}
        >
          签到
        </Button>
      </View>
      <FieldError message={error} />
      {!isWeapp && <Text className="ui-muted bk-hint">浏览器中无法调用扫码，请输入二维码下方的预约码</Text>}
    </Card>
  )
}
