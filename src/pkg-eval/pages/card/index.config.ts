export default definePageConfig({
  navigationBarTitleText: '品牌名片',
  enablePullDownRefresh: true,
})
