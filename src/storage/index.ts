export {
  createStorage,
  DEFAULT_MEMORY_IDLE_MS,
  DEFAULT_STORAGE_TIMEOUTS,
  type StateStorage,
  type StorageOptions,
  type StorageStatus,
  type StorageTimeouts,
} from './stateStorage';
export { StorageUnreachableError } from './storageUnreachable';
export { connectionStringProblem } from './connectionString';
export { conversationKeyOf, TURN_LEDGER_FIELD, TurnStorage, type AttemptOutcome, type StateAttempt, type TurnIdentity, type TurnStateCoordinator } from './turnStorage';
export { StateConflictError } from './versionedStore';
