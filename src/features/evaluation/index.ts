// The yearly evaluation: self-assessment, explained results, reviewers' rankings, publishing lists, public lists.
export { ScoreSummary, WeakestList, IndicatorList } from './components/ResultParts'
export { RankingsView } from './components/RankingsView'
export { PublishView } from './components/PublishView'
export { PublicListView } from './components/PublicListView'
export { PublicCardView } from './components/PublicCardView'
