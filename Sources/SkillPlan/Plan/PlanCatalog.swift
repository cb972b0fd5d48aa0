/// The names behind a plan's ids, so a plan can be exported without its scenario.
public struct PlanCatalog: Codable, Sendable, Hashable {
    /// A named thing: a school, level, teacher group or target.
    public struct Entry: Codable, Sendable, Hashable {
        /// Its id.
        public var id: String
        /// Chinese name.
        public var nameZh: String
        /// English name.
        public var nameEn: String
        /// The school it belongs to (programmes and groups), if any.
        public var school: String?
    }

    /// A programme with its names, school, group, levels and tags.
    public struct ProgrammeEntry: Codable, Sendable, Hashable {
        /// Its id.
        public var id: String
        /// Chinese name.
        public var nameZh: String
        /// English name.
        public var nameEn: String
        /// Its school.
        public var school: String
        /// Its teacher group.
        public var group: String
        /// The levels it enrols at.
        public var levels: [String]
        /// Its tags.
        public var tags: [String]
    }

    /// Schools, in the scenario's order.
    public var schools: [Entry]
    /// Levels, in the scenario's order.
    public var levels: [Entry]
    /// Teacher groups, in the scenario's order.
    public var groups: [Entry]
    /// Programmes, in the scenario's order.
    public var programmes: [ProgrammeEntry]
    /// Targets, in the scenario's order.
    public var targets: [Entry]

    /// The catalogue of a scenario.
    public init(_ scenario: Scenario) {
        schools = scenario.schools.map { Entry(id: $0.id, nameZh: $0.nameZh, nameEn: $0.nameEn, school: nil) }
        levels = scenario.levels.map { Entry(id: $0.id, nameZh: $0.nameZh, nameEn: $0.nameEn, school: nil) }
        groups = scenario.groups.map { Entry(id: $0.id, nameZh: $0.nameZh, nameEn: $0.nameEn, school: $0.school) }
        programmes = scenario.programmes.map {
            ProgrammeEntry(
                id: $0.id, nameZh: $0.nameZh, nameEn: $0.nameEn, school: $0.school, group: $0.group, levels: $0.levels,
                tags: $0.tags)
        }
        targets = scenario.targets.map { Entry(id: $0.id, nameZh: $0.nameZh, nameEn: $0.nameEn, school: $0.school) }
    }

    /// The name of an id in a language, or the id when it is unknown.
    public func name(of id: String, in language: Language) -> String {
        if let p = programmes.first(where: { $0.id == id }) { return language == .zh ? p.nameZh : p.nameEn }
        for list in [schools, levels, groups, targets] {
            if let e = list.first(where: { $0.id == id }) { return language == .zh ? e.nameZh : e.nameEn }
        }
        return id
    }
}

extension PlanCatalog {
    /// A catalogue of the given entries.
    init(schools: [Entry], levels: [Entry], groups: [Entry], programmes: [ProgrammeEntry], targets: [Entry]) {
        self.schools = schools
        self.levels = levels
        self.groups = groups
        self.programmes = programmes
        self.targets = targets
    }
}
