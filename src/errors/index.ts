// Level 0 (docs/architecture.md, Levels): HapiError and its subclasses. Imports nothing from src/.
export { HapiError } from './hapi-error';
export {
  InvalidArgumentError,
  ShapeMismatchError,
  NotPreparedError,
  BackendUnavailableError,
  CorruptFileError,
  StateDictError,
  ResourceNotFoundError,
  UnsupportedError,
  DataLoaderError,
} from './errors';
