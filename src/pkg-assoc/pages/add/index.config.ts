export default definePageConfig({ navigationBarTitleText: '添加用标会员' })
