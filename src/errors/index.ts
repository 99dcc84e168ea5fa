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
