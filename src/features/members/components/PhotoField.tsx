// Evidence files: choose photos (weapp chooseMedia / H5 file input), compress, upload each (POST /uploads)
// and keep the returned file ids; thumbnails are read back through the signed-in download (an <Image> cannot
// send the Authorization header). A failed photo says why and leaves the others in place.
import { useEffect, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { choosePhotos, compressAndUpload, photoSrc } from '@/api/uploads'
import { FieldError } from '@/shared'

function Thumb({ fileId, onRemove }: { fileId: string; onRemove: () => void }) {
  const [src, setSrc] = useState<string>()
  useEffect(() => {
    let live = true
    photoSrc(fileId).then((r) => live && r.ok && setSrc(r.data))
    return () => {
      live = false
    }
  }, [fileId])
  return (
    <View className="mb-files__item" data-testid={`photo-${fileId}`}>
      {src ? <Image className="mb-files__img" src={src} mode="aspectFill" /> : <View className="mb-files__img mb-files__img--empty" />}
      <Text className="mb-files__remove" onClick={onRemove}>
        移除
      </Text>
    </View>
  )
}

export function PhotoField({ value, max, onChange }: { value: string[]; max: number; onChange: (ids: string[]) => void }) {
  const [busy, setBusy] = useState<string>()
  const [error, setError] = useState<string>()
  const add = async () => {
    if (busy) return
    setError(undefined)
    const picked = await choosePhotos(max - value.length)
    if (!picked.ok) return setError(picked.error.message)
    let ids = value
    for (const [i, photo] of picked.data.entries()) {
      setBusy(`正在上传第 ${i + 1}/${picked.data.length} 张…`)
      const up = await compressAndUpload(photo, { onProgress: (p) => setBusy(`正在上传第 ${i + 1}/${picked.data.length} 张（${p}%）`) })
      if (!up.ok) {
        setError(`第 ${i + 1} 张：${up.error.message}`)
        continue
      }
      ids = [...ids, up.data.fileId]
      onChange(ids)
    }
    setBusy(undefined)
  }
  return (
    <View data-testid="photo-field">
      <View className="mb-files">
        {value.map((id) => (
          <Thumb key={id} fileId={id} onRemove={() => onChange(value.filter((x) => x !== id))} />
        ))}
      </View>
      {value.length < max && (
        <View className="mb-files__add">
          <Button fill="outline" type="primary" loading={!!busy} disabled={!!busy} onClick={add} data-testid="add-photo">
            {busy ?? (value.length ? '继续添加照片' : '添加照片（拍照或从相册选择）')}
          </Button>
        </View>
      )}
      <FieldError message={error} />
    </View>
  )
}
