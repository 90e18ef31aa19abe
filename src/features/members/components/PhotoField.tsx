// Evidence files: the ids of uploaded files (POST /uploads). The picker and the upload come with the
// uploads capability; until it is merged the field lists the attached ids and cannot add new ones.
import { Text, View } from '@tarojs/components'

export function PhotoField({ value, onChange }: { value: string[]; max: number; onChange: (ids: string[]) => void }) {
  return (
    <View className="mb-files" data-testid="photo-field">
      {value.map((id) => (
        <View key={id} className="mb-files__item">
          <Text>{id}</Text>
          <Text className="mb-files__remove" onClick={() => onChange(value.filter((x) => x !== id))}>
            移除
          </Text>
        </View>
      ))}
      {value.length === 0 && <Text className="ui-muted">照片上传尚未接入</Text>}
    </View>
  )
}
