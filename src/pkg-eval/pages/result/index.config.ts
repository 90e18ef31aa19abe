export default definePageConfig({
  navigationBarTitleText: '年度评价结果',
  enablePullDownRefresh: true,
})
