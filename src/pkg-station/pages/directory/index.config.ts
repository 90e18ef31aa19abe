export default definePageConfig({
  navigationBarTitleText: '查找指导站',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
