export default definePageConfig({
  navigationBarTitleText: '我的商标',
  enablePullDownRefresh: true,
})
