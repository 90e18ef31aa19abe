import Taro from '@tarojs/taro'
import { createJSONStorage } from 'zustand/middleware'

/** zustand `persist` storage over Taro's synchronous storage (localStorage on H5, wx storage on weapp). */
export const taroStorage = createJSONStorage(() => ({
  getItem: (key: string) => {
    const value = Taro.getStorageSync(key)
    return value === '' || value === undefined ? null : (value as string)
  },
  setItem: (key: string, value: string) => Taro.setStorageSync(key, value),
  removeItem: (key: string) => Taro.removeStorageSync(key),
}))
