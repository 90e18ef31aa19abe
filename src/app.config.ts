// Main package: sign-in and the role home only. Every role feature lives in a subpackage so the
// main package (loaded on every cold start) stays small.
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/login/index'],
  subPackages: [
    {
      root: 'pkg-station',
      pages: ['pages/directory/index', 'pages/detail/index', 'pages/book/index', 'pages/voucher/index', 'pages/bookings/index'],
    },
    {
      root: 'pkg-staff',
      pages: [
        'pages/bookings/index',
        'pages/booking/index',
        'pages/availability/index',
        'pages/links/index',
        'pages/visit-log/index',
        'pages/visits/index',
      ],
    },
    { root: 'pkg-apply', pages: ['pages/form/index', 'pages/status/index', 'pages/report/index'] },
    {
      root: 'pkg-review',
      pages: [
        'pages/list/index',
        'pages/detail/index',
        'pages/quota/index',
        'pages/batches/index',
        'pages/programme/index',
        'pages/reports/index',
      ],
    },
    {
      root: 'pkg-me',
      pages: [
        'pages/notices/index',
        'pages/alerts/index',
        'pages/portfolio/index',
        'pages/alert-settings/index',
        'pages/visits/index',
        'pages/visit/index',
      ],
    },
    {
      root: 'pkg-eval',
      pages: [
        'pages/self/index',
        'pages/result/index',
        'pages/rankings/index',
        'pages/publish/index',
        'pages/lists/index',
        'pages/card/index',
      ],
    },
    {
      root: 'pkg-assoc',
      pages: [
        'pages/register/index',
        'pages/member/index',
        'pages/add/index',
        'pages/evidence/index',
        'pages/figures/index',
        'pages/bundle/index',
      ],
    },
    // charts (F2 is ~160 KB gzip on H5, ~460 KB on weapp): every chart page lives here, so only they load it
    {
      root: 'pkg-charts',
      pages: ['pages/report-trend/index', 'pages/station-figures/index', 'pages/member-trend/index', 'pages/participant-trend/index'],
    },
  ],
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['pkg-station'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '千企百城',
    navigationBarTextStyle: 'black',
    // H5 too shows the navigation bar with its back / home buttons, so every secondary page has a way back.
    navigationStyle: 'default',
    backgroundColor: '#f5f6f8',
  },
  permission: {
    'scope.userLocation': { desc: '用于按距离排序附近的商标品牌指导站' },
  },
  requiredPrivateInfos: ['getLocation'],
})
