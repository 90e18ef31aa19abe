// The auth feature's launch hook, a second entry besides index.ts: app.tsx imports only this, so the
// first H5 download (and the weapp app.js) carries no sign-in form, request layer or component library.
import Taro from '@tarojs/taro'
import { setUnauthenticatedHandler } from '@/api/unauthenticated'
import { buildUrl, currentPageUrl, ROUTES } from '@/shared/nav'

/** Installed once at launch: a 401 anywhere sends the user to sign-in and back to the same page. */
export function installAuthRedirect() {
  setUnauthenticatedHandler(() => {
    const here = currentPageUrl()
    if (here.startsWith(ROUTES.login)) return
    Taro.redirectTo({ url: buildUrl(ROUTES.login, { redirect: here }) })
  })
}
