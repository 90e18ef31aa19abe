import { Text } from '@tarojs/components'
import type { StatusTone } from '@/domain/status'
import './ui.scss'

export type Tone = StatusTone

/** The one status style: the same words and colour in lists, details and timelines. */
export function StatusTag({ label, tone = 'default' }: { label: string; tone?: Tone }) {
  return <Text className={`ui-tag ui-tag--${tone}`}>{label}</Text>
}
