export default definePageConfig({
  navigationBarTitleText: '年度报送情况',
  enablePullDownRefresh: true,
})
