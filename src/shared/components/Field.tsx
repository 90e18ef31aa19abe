// One labelled form field with its Chinese error, for every feature form. NutUI's Form.Item is not used:
// it reads its errors from a NutUI <Form> store (`context.formInstance`) and its own rules, while our
// errors come per field from the zod contract (validate) and the server's fieldErrors, and the draft
// lives in a persisted store. The wrapper is a labelled group: the label names it, the hint or the
// error describes it (aria-describedby), so a screen reader reads the error with the field.
// The error keeps the app-wide .ui-field-error class (tests and scroll-to-error look for it).
// Only subpackage screens import this file (not the @/shared barrel): the main package stays as it is.
import { useId, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import '../styles/form.scss'

export interface FieldProps {
  label: string
  /** the error to show (Chinese, from the contract or the server); replaces the hint while shown */
  error?: string
  /** a line under the control (may hold a small tag before the text) */
  hint?: ReactNode
  required?: boolean
  /** the field's key in the request (data-field), e.g. "client.phone" — e2e tests and scroll-to-error find it */
  name?: string
  testId?: string
  className?: string
  children: ReactNode
}

export function Field({ label, error, hint, required, name, testId, className, children }: FieldProps) {
  // useId gives ":r1:"; ids stay plain for the mini-program's selector queries
  const id = `f${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const described = error ? `${id}-error` : hint ? `${id}-hint` : undefined
  return (
    <View
      className={`ui-field ${error ? 'ui-field--error' : ''} ${className ?? ''}`}
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={described}
      data-field={name}
      data-testid={testId}
    >
      <View className="ui-field__label" id={`${id}-label`}>
        <Text>{label}</Text>
        {required && (
          <Text className="ui-field__req" aria-label="必填">
            *
          </Text>
        )}
      </View>
      {children}
      {error ? (
        <View className="ui-field-error" id={`${id}-error`} role="alert">
          {error}
        </View>
      ) : (
        hint && (
          <Text className="ui-field__hint" id={`${id}-hint`}>
            {hint}
          </Text>
        )
      )}
    </View>
  )
}
