// The NutUI Popup under the shared Sheet, in a module of its own so that on H5 it (with the overlay, the
// transition library and NutUI's config provider, ~100 KB unminified) loads when a sheet first opens.
import { View } from '@tarojs/components'
import { Popup } from '@nutui/nutui-react-taro'
import type { SheetProps } from './Sheet'

export default function SheetPopup({ visible, title, onClose, testId, className, children }: SheetProps) {
  return (
    <Popup
      visible={visible}
      position="bottom"
      round
      closeable
      closeAriaLabel="关闭"
      title={title}
      onClose={onClose}
      className="ui-sheet-popup"
    >
      <View className={`ui-sheet ${className ?? ''}`} data-testid={testId}>
        {children}
      </View>
    </Popup>
  )
}
