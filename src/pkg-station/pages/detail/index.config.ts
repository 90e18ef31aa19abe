export default definePageConfig({
  navigationBarTitleText: '指导站详情',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
})
