export default definePageConfig({
  navigationBarTitleText: '发布年度名单',
  enablePullDownRefresh: false,
})
