export { createStorage, type StateStorage, type StorageStatus } from './stateStorage';
export { DEFAULT_STORAGE_TIMEOUTS, type StorageTimeouts } from './blobStateStorage';
export { StorageUnreachableError } from './storageUnreachable';
export { connectionStringProblem } from './connectionString';
