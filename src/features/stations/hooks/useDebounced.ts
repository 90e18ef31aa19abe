import { useEffect, useState } from 'react'

/** The value, `delay` ms after it last changed. */
export function useDebounced<T>(value: T, delay = 300): T {
  const [out, setOut] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setOut(value), delay)
    return () => clearTimeout(t)
  }, [value, delay])
  return out
}
