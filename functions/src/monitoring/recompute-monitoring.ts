// Programme monitoring, recomputed from its sources at every level (as the dashboards'
// stats): pupil facts from the pupil's records, a class from its pupils' facts, a school from
// its classes, an Ambito and a Region from their schools. Each level runs in one transaction
// that reads everything it is computed from, so concurrent recomputes serialise and the last
// one sees every committed source: no count drifts, whatever the order of events.
//
// monitoring-store.ts reads and writes, recompute-pupil-facts.ts the pupils' facts,
// recompute-aggregates.ts the levels above, recompute-all.ts everything from scratch.

export type { MonitoringStatus } from './monitoring-store';
export { rebuildSchoolFacts, recomputePupilFacts } from './recompute-pupil-facts';
export {
  recomputeClassMonitoring,
  recomputeDistrictMonitoring,
  recomputeRegionMonitoring,
  recomputeSchoolMonitoring,
} from './recompute-aggregates';
export { recomputeAllMonitoring } from './recompute-all';
export type { DistrictMonitoring, RegionMonitoring } from '../domain';
