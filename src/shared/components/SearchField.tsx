// One search box for every list that searches as you type (station directory, member register), over NutUI
// SearchBar: the typed text is the caller's (so "clear filters" can empty it), and onSearch gets the trimmed
// text once typing pauses (one request per pause, not per keystroke) — at once when the box is cleared.
// Only subpackage screens import this file (not the @/shared barrel), so the main package does not carry it.
import { useEffect, useRef } from 'react'
import { View } from '@tarojs/components'
import { SearchBar } from '@nutui/nutui-react-taro'
import './search-field.scss'

export interface SearchFieldProps {
  value: string
  onChange: (text: string) => void
  /** the trimmed text, `delay` ms after typing stops */
  onSearch: (q: string) => void
  placeholder: string
  /** what is searched, read out by screen readers (defaults to the placeholder) */
  label?: string
  delay?: number
  maxLength?: number
  /** on the wrapper: `[data-testid=…] input` finds the native input on H5 */
  testId?: string
  className?: string
}

export function SearchField({
  value,
  onChange,
  onSearch,
  placeholder,
  label,
  delay = 300,
  maxLength = 50,
  testId,
  className,
}: SearchFieldProps) {
  // the latest callback without restarting the timer when the caller re-renders
  const search = useRef(onSearch)
  search.current = onSearch
  const sent = useRef(value.trim())
  useEffect(() => {
    const q = value.trim()
    if (q === sent.current) return
    const send = () => {
      sent.current = q
      search.current(q)
    }
    if (!q) return send()
    const t = setTimeout(send, delay)
    return () => clearTimeout(t)
  }, [value, delay])

  return (
    <View className={`ui-search ${className ?? ''}`} data-testid={testId} role="search">
      <SearchBar
        shape="round"
        value={value}
        placeholder={placeholder}
        maxLength={maxLength}
        inputProps={{ confirmType: 'search', 'aria-label': label ?? placeholder } as never}
        onChange={(v: string) => onChange(v ?? '')}
        onClear={() => onChange('')}
      />
    </View>
  )
}
