export default definePageConfig({
  navigationBarTitleText: '提醒通知设置',
})
