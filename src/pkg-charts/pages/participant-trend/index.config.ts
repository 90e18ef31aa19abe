export default definePageConfig({
  navigationBarTitleText: '参与单位历年数据',
  enablePullDownRefresh: true,
})
