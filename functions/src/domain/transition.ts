// Transitions (issue 14) between schools of the network: the documents and inputs, the
// handover sheet and the transition's life (see transition-schemas.ts).
export * from './transition-schemas';
export * from './transition-handover';
export * from './transition-lifecycle';
