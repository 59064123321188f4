// The head's dashboard charts, by what they show (levels, flags, what the school does).
export { ClassBarsChart, DistributionChart, TrendChart } from './level-charts';
export { TopFlagsChart } from './flag-charts';
export { CoverageChart, FollowUpsTable, L2ProgressChart } from './support-charts';
