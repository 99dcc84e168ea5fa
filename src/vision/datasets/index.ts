/**
 * `paddle.vision.datasets`: MNIST, FashionMNIST, Cifar10, Cifar100, DatasetFolder, ImageFolder,
 * FakeData, and the download, cache and archive helpers behind them.
 * @module
 */
export { MNIST, FashionMNIST, MNIST_FILES, FASHION_MNIST_FILES, type MNISTOptions, type MNISTArgs, type MNISTItem, type MnistFiles } from './mnist';
export { Cifar10, Cifar100, CIFAR10_FILE, CIFAR100_FILE, type CifarOptions, type CifarArgs, type CifarItem } from './cifar';
export { parseIdx, writeIdx } from '../../io/formats/idx';
export { NdArray, type NumpyDType, type NdArrayData } from '../../io/formats/pickle/ndarray';
export { readTar, extractTar, type TarEntry, type ReadTarOptions } from '../../io/formats/tar';
export { gunzip, isGzip, type GunzipOptions } from '../../io/formats/gzip';
export { download, fetchBytes, findCached, type DownloadOptions } from '../../io/download/download';
export { getDataHome, DATA_HOME_ENV } from '../../io/download/cache';
export { type ProgressCallback } from '../../io/download/progress';
export { type DataSource, type DatasetTransform, type PublishedFile, DATASET_MIRROR_ENV } from './source';
export { DatasetFolder, ImageFolder, IMG_EXTENSIONS, type FolderOptions, type FolderArgs, type OnCorrupt } from './dataset-folder';
export { FakeData, type FakeDataOptions, type FakeDataArgs } from './fake-data';
