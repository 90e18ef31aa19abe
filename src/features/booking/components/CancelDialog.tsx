import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Dialog } from '@nutui/nutui-react-taro'
import { FieldError } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import { TextBox } from '@/shared/components/TextBox'
import './booking.scss'

/** Asks for a reason and spells out the consequence; `onConfirm` returns an error message or null. */
export function ReasonDialog({
  visible,
  title,
  consequence,
  presets,
  confirmText,
  placeholder,
  onConfirm,
  onClose,
}: {
  visible: boolean
  title: string
  consequence: string
  presets: string[]
  confirmText: string
  placeholder: string
  onConfirm: (reason: string) => Promise<string | null>
  onClose: () => void
}) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  // NutUI Dialog shows a spinner while this promise runs and stays open when it rejects
  const confirm = async () => {
    if (busy) throw new Error('busy')
    const r = reason.trim()
    if (r.length < 2) {
      setError('请填写原因（至少 2 个字）')
      throw new Error('invalid')
    }
    setBusy(true)
    const err = await onConfirm(r)
    setBusy(false)
    if (err) {
      setError(err)
      throw new Error(err)
    }
    setReason('')
    setError(undefined)
  }
  return (
    <Dialog
      // the confirm button does something that cannot be undone: red, like every destructive confirm
      className="ui-dialog--danger"
      visible={visible}
      title={title}
      confirmText={confirmText}
      cancelText="再想想"
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
      closeOnOverlayClick={!busy}
    >
      <View className="bk-dialog" data-testid="reason-dialog">
        <Text className="bk-dialog__consequence">{consequence}</Text>
        {/* a preset is the whole reason (one at a time, still editable below): a radio group */}
        <Chips
          kind="radio"
          className="bk-dialog__presets"
          label="常用原因"
          testId="reason-presets"
          options={presets.map((p) => ({ value: p, label: p }))}
          value={presets.includes(reason) ? reason : undefined}
          onChange={(p) => {
            setReason(p)
            setError(undefined)
          }}
        />
        <TextBox
          size="small"
          className="bk-dialog__reason"
          testId="reason-input"
          label={title}
          value={reason}
          maxLength={200}
          placeholder={placeholder}
          onChange={(v) => {
            setReason(v)
            setError(undefined)
          }}
        />
        <FieldError message={error} />
      </View>
    </Dialog>
  )
}
