export default definePageConfig({
  navigationBarTitleText: '风险提醒',
  enablePullDownRefresh: true,
})
