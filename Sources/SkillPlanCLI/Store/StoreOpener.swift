import SkillPlan

/// Opens the plan store at most once per command, when a version is first named.
final class StoreOpener {
    /// Where the store is.
    let options: StoreOptions
    /// The store, once opened.
    private(set) var opened: PlanStore?

    /// An opener for the store that `options` names.
    init(_ options: StoreOptions) {
        self.options = options
    }

    /// The store, opened for reading on first use.
    ///
    /// - Throws: ``PlanStoreError`` (a missing store is
    ///   ``PlanStoreError/missing(store:)``).
    func store() throws -> PlanStore {
        if let opened { return opened }
        let store = try options.openForReading()
        opened = store
        return store
    }
}
