export default definePageConfig({
  navigationBarTitleText: '年度报送趋势',
  enablePullDownRefresh: true,
})
