import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import { choosePhotos, compressAndUpload, photoSrc, type LocalPhoto } from '@/api/uploads'
import { PHOTO_MAX_COUNT } from '@/domain/visits/photos'
import type { VisitPhoto } from '@/domain/visits'
import { FieldError } from '@/shared'
import './visits.scss'

/** One stored photo, fetched with the session (an <Image> cannot send the bearer token itself). */
export function StoredPhoto({ fileId, onOpen }: { fileId: string; onOpen?: (src: string) => void }) {
  const [src, setSrc] = useState<string>()
  const [failed, setFailed] = useState<string>()
  useEffect(() => {
    let live = true
    photoSrc(fileId).then((r) => {
      if (!live) return
      if (r.ok) setSrc(r.data)
      else setFailed(r.error.message)
    })
    return () => {
      live = false
    }
  }, [fileId])
  return (
    <View className="vs-photo" onClick={() => src && onOpen?.(src)} data-testid="stored-photo">
      {src ? <Image className="vs-photo__img" src={src} mode="aspectFill" /> : <Text className="vs-photo__msg">{failed ?? '加载中…'}</Text>}
    </View>
  )
}

/** Photos of one record: shown, previewed on tap. */
export function PhotoGrid({ photos }: { photos: { fileId: string }[] }) {
  const srcs = useRef<Record<string, string>>({})
  const open = (src: string) =>
    Taro.previewImage({ current: src, urls: Object.values(srcs.current).length ? Object.values(srcs.current) : [src] })
  return (
    <View className="vs-photos">
      {photos.map((p) => (
        <StoredPhoto
          key={p.fileId}
          fileId={p.fileId}
          onOpen={(src) => {
            srcs.current[p.fileId] = src
            open(src)
          }}
        />
      ))}
    </View>
  )
}

interface Pending {
  key: string
  photo: LocalPhoto
  progress: number
  error?: string
}

/**
 * Choose → compress → upload, as soon as photos are chosen (the draft keeps only uploaded ones, so it survives
 * an app kill). A failed photo stays with its message and a retry; at most PHOTO_MAX_COUNT in all.
 */
export function PhotoField({ value, onChange, error }: { value: VisitPhoto[]; onChange: (v: VisitPhoto[]) => void; error?: string }) {
  const [pending, setPending] = useState<Pending[]>([])
  const [message, setMessage] = useState<string>()
  const latest = useRef(value)
  latest.current = value

  const send = async (p: Pending) => {
    const update = (patch: Partial<Pending>) => setPending((all) => all.map((x) => (x.key === p.key ? { ...x, ...patch } : x)))
    update({ error: undefined, progress: 0 })
    const r = await compressAndUpload(p.photo, { onProgress: (progress) => update({ progress }) })
    if (r.ok) {
      setPending((all) => all.filter((x) => x.key !== p.key))
      onChange([...latest.current, { fileId: r.data.fileId, mime: r.data.mime, size: r.data.size }])
    } else update({ error: r.error.message })
  }

  const add = async () => {
    setMessage(undefined)
    const room = PHOTO_MAX_COUNT - value.length - pending.length
    if (room <= 0) return setMessage(`最多 ${PHOTO_MAX_COUNT} 张照片`)
    const r = await choosePhotos(room)
    if (!r.ok) return setMessage(r.error.message)
    const added = r.data.map((photo, i) => ({ key: `${Date.now()}-${i}`, photo, progress: 0 }))
    setPending((all) => [...all, ...added])
    for (const p of added) await send(p)
  }

  const left = PHOTO_MAX_COUNT - value.length - pending.length
  return (
    <View data-testid="photo-field">
      <View className="vs-photos">
        {value.map((p) => (
          <View key={p.fileId} className="vs-photo-wrap">
            <StoredPhoto fileId={p.fileId} />
            <View
              className="vs-photo__remove"
              aria-label="删除这张照片"
              onClick={() => onChange(latest.current.filter((x) => x.fileId !== p.fileId))}
            >
              <Text>×</Text>
            </View>
          </View>
        ))}
        {pending.map((p) => (
          <View key={p.key} className="vs-photo vs-photo--pending" data-testid="photo-pending">
            <Image className="vs-photo__img vs-photo__img--dim" src={p.photo.path} mode="aspectFill" />
            {p.error ? (
              <View className="vs-photo__overlay">
                <Text className="vs-photo__err">{p.error}</Text>
                <View className="vs-photo__actions">
                  <Text className="vs-link" onClick={() => send(p)}>
                    重试
                  </Text>
                  <Text className="vs-link" onClick={() => setPending((all) => all.filter((x) => x.key !== p.key))}>
                    移除
                  </Text>
                </View>
              </View>
            ) : (
              <View className="vs-photo__overlay">
                <Text className="vs-photo__progress">{p.progress < 100 ? `上传中 ${p.progress}%` : '处理中…'}</Text>
              </View>
            )}
          </View>
        ))}
        {left > 0 && (
          <View className="vs-photo vs-photo--add" onClick={add} data-testid="photo-add" aria-label="添加照片">
            <Text className="vs-photo__plus">＋</Text>
            <Text className="vs-photo__hint">添加照片</Text>
          </View>
        )}
      </View>
      <Text className="vs-hint">
        已添加 {value.length}/{PHOTO_MAX_COUNT} 张，JPG / PNG / WebP，手机会自动压缩到 3 MB 以内
      </Text>
      <FieldError message={message ?? error} />
    </View>
  )
}
