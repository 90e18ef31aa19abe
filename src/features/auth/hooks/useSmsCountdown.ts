import { useEffect, useState } from 'react'

/** Seconds left before another SMS code may be requested. */
export function useSmsCountdown() {
  const [left, setLeft] = useState(0)
  useEffect(() => {
    if (left <= 0) return
    const t = setTimeout(() => setLeft((s) => s - 1), 1000)
    return () => clearTimeout(t)
  }, [left])
  return { left, start: (seconds: number) => setLeft(seconds) }
}
