export default definePageConfig({
  navigationBarTitleText: '品牌自评',
  enablePullDownRefresh: true,
})
