// The tests' helpers (temporary folders, approximate comparison, the store fixture),
// and, re-exported so that a test imports one module, the reference models the
// benchmarks share: the Netlib catalog, LPs with known optima and random knapsacks.
@_exported import ReferenceModels
