import { Text } from '@tarojs/components'
import { useApplicationStore } from '../store'
import './form.scss'

/** 已保存 / 保存中 / 离线，已保存在本机 — the draft is always at least on this device. */
export function SaveIndicator() {
  const state = useApplicationStore((s) => s.saveState)
  const label =
    state === 'saving'
      ? '保存中…'
      : state === 'saved'
        ? '已保存'
        : state === 'offline'
          ? '离线，已保存在本机'
          : state === 'error'
            ? '已保存在本机，暂未同步'
            : '自动保存'
  return (
    <Text className={`af-save af-save--${state}`} data-testid="save-indicator">
      {label}
    </Text>
  )
}
