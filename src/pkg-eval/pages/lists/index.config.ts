export default definePageConfig({
  navigationBarTitleText: '入选名单',
  enablePullDownRefresh: true,
})
