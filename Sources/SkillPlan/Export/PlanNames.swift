/// The names of a plan's ids in one language, looked up by the kind of thing they name,
/// and the catalogue's order of each kind (to sort rows as the scenario lists them).
///
/// An id the catalogue does not know is shown as the id.
struct PlanNames: Sendable {
    /// The language of the names.
    let language: Language
    private let schools: [String: (name: String, order: Int)]
    private let levels: [String: (name: String, order: Int)]
    private let groups: [String: (name: String, order: Int)]
    private let programmes: [String: (name: String, order: Int)]
    private let targets: [String: (name: String, order: Int, school: String?)]
    /// The school of each programme in the catalogue.
    let programmeSchool: [String: String]
    /// The school of each teacher group in the catalogue.
    let groupSchool: [String: String]

    /// The names of a catalogue in a language.
    init(_ catalog: PlanCatalog, language: Language) {
        self.language = language
        func table(_ entries: [PlanCatalog.Entry]) -> [String: (name: String, order: Int)] {
            var out: [String: (name: String, order: Int)] = [:]
            for (i, e) in entries.enumerated() where out[e.id] == nil {
                out[e.id] = (language == .zh ? e.nameZh : e.nameEn, i)
            }
            return out
        }
        schools = table(catalog.schools)
        levels = table(catalog.levels)
        groups = table(catalog.groups)
        var groupSchool: [String: String] = [:]
        for g in catalog.groups where groupSchool[g.id] == nil { groupSchool[g.id] = g.school }
        self.groupSchool = groupSchool
        var programmes: [String: (name: String, order: Int)] = [:]
        var programmeSchool: [String: String] = [:]
        for (i, p) in catalog.programmes.enumerated() where programmes[p.id] == nil {
            programmes[p.id] = (language == .zh ? p.nameZh : p.nameEn, i)
            programmeSchool[p.id] = p.school
        }
        self.programmes = programmes
        self.programmeSchool = programmeSchool
        var targets: [String: (name: String, order: Int, school: String?)] = [:]
        for (i, t) in catalog.targets.enumerated() where targets[t.id] == nil {
            targets[t.id] = (language == .zh ? t.nameZh : t.nameEn, i, t.school)
        }
        self.targets = targets
    }

    /// A school's name.
    func school(_ id: String) -> String { named(schools[id]?.name, id) }
    /// A level's name.
    func level(_ id: String) -> String { named(levels[id]?.name, id) }
    /// A teacher group's name.
    func group(_ id: String) -> String { named(groups[id]?.name, id) }
    /// A programme's name.
    func programme(_ id: String) -> String { named(programmes[id]?.name, id) }
    /// A target's name.
    func target(_ id: String) -> String { named(targets[id]?.name, id) }
    /// The school a target is scoped to, if any.
    func targetSchool(_ id: String) -> String? { targets[id]?.school ?? nil }

    /// A school's place in the catalogue (unknown ids last).
    func schoolOrder(_ id: String) -> Int { schools[id]?.order ?? Int.max }
    /// A level's place in the catalogue.
    func levelOrder(_ id: String) -> Int { levels[id]?.order ?? Int.max }
    /// A group's place in the catalogue.
    func groupOrder(_ id: String) -> Int { groups[id]?.order ?? Int.max }
    /// A programme's place in the catalogue.
    func programmeOrder(_ id: String) -> Int { programmes[id]?.order ?? Int.max }

    /// A module's name in the language.
    func module(_ module: CurriculumPlan.Module) -> String {
        named(language == .zh ? module.nameZh : module.nameEn, module.module)
    }

    /// A range of years: `2021–2025`, or one year.
    static func years(_ years: [Int]) -> String {
        guard let first = years.min(), let last = years.max() else { return "" }
        return first == last ? String(first) : "\(first)–\(last)"
    }

    private func named(_ name: String?, _ id: String) -> String {
        guard let name, !name.isEmpty else { return id }
        return name
    }
}
