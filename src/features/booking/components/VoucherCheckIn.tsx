import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Result } from '@/api'
import type { Booking } from '@/domain/contract'
import { VOUCHER_CODE_RULE, isVoucherCode, normalizeVoucher } from '@/domain/contract/values'
import { FieldError } from '@/shared'
import './booking.scss'

const isWeapp = process.env.TARO_ENV === 'weapp'

/**
 * The one voucher check-in control (at the door and on a booking): scan on weapp, or type the code as
 * the voucher shows it ("9GZM 37QV", any case). The code is normalised before it is checked and sent.
 */
export function VoucherCheckIn({
  submit,
  onCheckedIn,
  manualFirst = !isWeapp,
  testId = 'voucher-input',
}: {
  submit: (voucherCode: string) => Promise<Result<Booking>>
  onCheckedIn: (b: Booking) => void
  /** show the text field straight away (H5 cannot scan); on weapp it opens after "无法扫码？" */
  manualFirst?: boolean
  testId?: string
}) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [manual, setManual] = useState(manualFirst)

  const check = async (raw: string) => {
    const v = normalizeVoucher(raw)
    if (!isVoucherCode(v)) return setError(VOUCHER_CODE_RULE)
    if (busy) return
    setBusy(true)
    setError(undefined)
    const res = await submit(v)
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
      if (res && typeof res.result === 'string' && res.result) return check(res.result)
      setManual(true)
      setError('未能识别二维码，请输入预约码')
    } catch {
      // cancelled by the user, or scanning unavailable
      setManual(true)
    }
  }

  return (
    <View className="bk-checkin-box">
      {isWeapp && (
        <Button type="primary" block size="large" loading={busy} disabled={busy} onClick={scan}>
          扫码签到
        </Button>
      )}
      {manual ? (
        <View className="bk-checkin">
          <Input
            className="bk-checkin__input"
            data-testid={testId}
            value={code}
            maxlength={14}
            placeholder="输入 8 位预约码"
            ariaLabel="预约码"
            onInput={(e) => {
              setCode(e.detail.value.toUpperCase())
              setError(undefined)
            }}
            onConfirm={() => check(code)}
          />
          <Button
            className="tap44"
            type={isWeapp ? 'default' : 'primary'}
            fill={isWeapp ? 'outline' : 'solid'}
            data-testid="check-in-submit"
            loading={busy && !isWeapp}
            disabled={busy}
            onClick={() => check(code)}
          >
            签到
          </Button>
        </View>
      ) : (
        <Text className="bk-linkbtn" onClick={() => setManual(true)}>
          无法扫码？输入预约码
        </Text>
      )}
      <FieldError message={error} />
      {manual && <Text className="ui-muted bk-hint">{VOUCHER_CODE_HINT}</Text>}
    </View>
  )
}

export const VOUCHER_CODE_HINT = '预约码共 8 位，由数字 2–9 和字母（不含 I、L、O）组成，大小写和空格均可'
