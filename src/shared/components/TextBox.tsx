// One multi-line text box for every form (descriptions, reasons, notes), over NutUI TextArea: the limit is
// enforced while typing and the count (typed/limit) shows under the box. Put it in a Field for its label and
// error (the Field's error state colours the box). data-testid goes to the native control's host, so
// `[data-testid=…] textarea` finds the native element on H5.
// Only subpackage screens import this file (not the @/shared barrel), so the main package does not carry it.
import { TextArea } from '@nutui/nutui-react-taro'
import '../styles/form.scss'

export interface TextBoxProps {
  value: string
  onChange: (text: string) => void
  maxLength: number
  placeholder?: string
  /** the box's name for screen readers when no Field labels it */
  label?: string
  /** small: a short reason (≈ 3 lines); tall: a long answer */
  size?: 'small' | 'tall'
  /** false hides the typed/limit count */
  counter?: boolean
  disabled?: boolean
  onBlur?: () => void
  testId?: string
  className?: string
}

export function TextBox({
  value,
  onChange,
  maxLength,
  placeholder,
  label,
  size,
  counter = true,
  disabled,
  onBlur,
  testId,
  className,
}: TextBoxProps) {
  return (
    <TextArea
      className={`ui-textbox ${size ? `ui-textbox--${size}` : ''} ${className ?? ''}`}
      value={value}
      maxLength={maxLength}
      showCount={counter}
      placeholder={placeholder ?? '请填写'}
      disabled={disabled}
      onChange={(v: string) => onChange(v ?? '')}
      onBlur={onBlur}
      {...({ 'aria-label': label, 'data-testid': testId } as object)}
    />
  )
}
