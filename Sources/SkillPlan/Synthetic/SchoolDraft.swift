import Foundation

/// One synthetic school with everything that belongs to it: its programmes and their
/// levels, teaching plans, students, applicants, teacher groups and leavers.
///
/// The teachers are sized last, from what the school's continuing classes need, so
/// that the plan that admits nobody new satisfies every hard constraint.
struct SchoolDraft {
    var school: School
    var groups: [TeacherGroup] = []
    var programmes: [Programme] = []
    var initialStudents: [InitialCohort] = []
    var applicants: [Applicants] = []
    var curricula: [CurriculumModule] = []
    var leavers: [Leavers] = []

    static let source = "assumption: synthetic (ScenarioGenerator)"

    static func make(
        number: Int, size: SyntheticScenarioSize, levels: [Level], lastYear: Int,
        random: inout SplitMix64
    ) -> SchoolDraft {
        let id = String(format: "school-%03d", number)
        var draft = SchoolDraft(
            school: School(
                id: id, nameZh: "合成技工学校\(number)", nameEn: "Synthetic technical school \(number)",
                capacity: 0, maxExpand: 0, expandCost: 0, source: source))
        let groupCount = max(1, size.groupsPerSchool)
        let groupIDs = (1...groupCount).map { "\(id)-g\($0)" }
        draft.addProgrammes(size: size, levels: levels, groupIDs: groupIDs, number: number, random: &random)
        draft.addStudentsAndApplicants(levels: levels, lastYear: lastYear, random: &random)
        draft.addGroups(ids: groupIDs, years: size.years, levels: levels, lastYear: lastYear, random: &random)
        draft.sizeSchool(levels: levels, random: &random)
        return draft
    }

    // MARK: Programmes and teaching plans

    private mutating func addProgrammes(
        size: SyntheticScenarioSize, levels: [Level], groupIDs: [String], number: Int,
        random: inout SplitMix64
    ) {
        let sectors = ScenarioGenerator.sectors
        for j in 0..<max(1, size.programmesPerSchool) {
            let sector = sectors[(number + j) % sectors.count]
            let id = String(format: "\(school.id)-p%02d", j + 1)
            let group = groupIDs.count == 1 ? groupIDs[0] : groupIDs[1 + j % (groupIDs.count - 1)]
            var chosen = [levels[0].id]
            if levels.count >= 2 && random.chance(0.6) { chosen.append(levels[1].id) }
            if levels.count >= 3 && chosen.count == 2 && random.chance(0.45) { chosen.append(levels[2].id) }
            let classSize = [40.0, 45, 50][random.int(0...2)]
            let trains = random.chance(0.6)
            var tags = [sector.id]
            if trains {
                tags.append(random.chance(0.5) ? "high-skill-upgrade" : "skill-certificate")
                if let special = sector.special { tags.append(special) }
            }
            programmes.append(
                Programme(
                    id: id, school: school.id, group: group, nameZh: "\(sector.zh)专业\(j + 1)",
                    nameEn: "\(sector.id.capitalized) programme \(j + 1)",
                    levels: chosen, classSize: classSize, minFill: 0.5,
                    classCost: random.rounded(60_000...150_000, step: 1_000),
                    trainingCapacity: trains ? random.rounded(100...400, step: 10) : 0,
                    trainingCost: trains ? random.rounded(500...2_500, step: 100) : 0, tags: tags, source: Self.source))
            for level in levels where chosen.contains(level.id) && random.chance(0.5) {
                addCurriculum(programme: id, level: level, general: groupIDs[0], own: group, random: &random)
            }
        }
    }

    private mutating func addCurriculum(
        programme: String, level: Level, general: String, own: String,
        random: inout SplitMix64
    ) {
        let d = level.duration
        let generalHours = (1...d).map { k -> Double in k == d ? 40 : random.rounded(160...320, step: 20) }
        let coreHours = (1...d).map { k -> Double in
            k == d ? random.rounded(200...320, step: 20) : random.rounded(520...700, step: 20)
        }
        curricula.append(
            CurriculumModule(
                programme: programme, level: level.id, module: "general", nameZh: "公共基础课",
                nameEn: "General education", group: general, hoursByYearOfStudy: generalHours,
                source: Self.source))
        curricula.append(
            CurriculumModule(
                programme: programme, level: level.id, module: "core", nameZh: "专业核心课",
                nameEn: "Specialty core courses", group: own, hoursByYearOfStudy: coreHours,
                source: Self.source))
    }

    // MARK: Students

    private mutating func addStudentsAndApplicants(levels: [Level], lastYear: Int, random: inout SplitMix64) {
        let byID = Dictionary(uniqueKeysWithValues: levels.map { ($0.id, $0) })
        for p in programmes {
            for levelID in p.levels {
                guard let level = byID[levelID] else { continue }
                let classes = Double(levelID == levels[0].id ? random.int(1...3) : random.int(1...2))
                let fill = random.double(0.75...0.95)
                var firstYear = 0.0
                for k in 1...level.duration {
                    var students = (classes * p.classSize * fill * pow(level.retention, Double(k - 1))).rounded()
                    if level.id == "technician" && k == level.duration && random.chance(0.5) { students = 0 }
                    if k == 1 { firstYear = students }
                    initialStudents.append(
                        InitialCohort(
                            programme: p.id, level: levelID, yearOfStudy: k, students: students,
                            source: Self.source))
                }
                let trend = random.double(-0.03...0.06)
                for y in (ScenarioGenerator.baseYear + 1)...lastYear {
                    let n = Double(y - ScenarioGenerator.baseYear)
                    let expected = max(0, firstYear * (1 + trend * n) * random.double(0.85...1.15))
                    applicants.append(
                        Applicants(
                            programme: p.id, level: levelID, year: y, applicants: expected.rounded(),
                            source: Self.source))
                }
            }
        }
    }

    // MARK: Teachers

    private mutating func addGroups(ids: [String], years: Int, levels: [Level], lastYear: Int, random: inout SplitMix64)
    {
        let share = min(1, (max(0.35, 1.5 / Double(max(1, years))) * 20).rounded(.up) / 20)
        var drafts = ids.enumerated().map { n, id in
            TeacherGroup(
                id: id, school: school.id, nameZh: n == 0 ? "公共基础课教研组" : "专业教研组\(n)",
                nameEn: n == 0 ? "General education" : "Specialty group \(n)", headcount: 0,
                maxHire: Double(random.int(2...6)), hireCost: random.rounded(130_000...170_000, step: 5_000),
                studentsPerFTE: Double(random.int(18...24)), trainingPerFTE: random.rounded(200...300, step: 10),
                hoursPerFTE: random.rounded(500...560, step: 10), rotationAway: random.rounded(0.1...0.2, step: 0.05),
                rotationMaxShare: share, source: Self.source)
        }
        for g in drafts {
            for y in (ScenarioGenerator.baseYear + 1)...lastYear where random.chance(0.25) {
                leavers.append(Leavers(group: g.id, year: y, count: 1, source: Self.source))
            }
        }
        // The teachers the continuing classes need, each year, with nobody new admitted.
        let trial = Scenario(
            name: "draft", baseYear: ScenarioGenerator.baseYear, lastYear: lastYear, schools: [school],
            levels: levels, groups: drafts, programmes: programmes, initialStudents: initialStudents,
            applicants: applicants, curricula: curricula, leavers: leavers)
        let evaluator = PlanEvaluator(index: ScenarioIndex(trial), decisions: PlanDecisions())
        for n in drafts.indices {
            let g = drafts[n]
            let need = (ScenarioGenerator.baseYear...lastYear).map { evaluator.fteNeeded(g, $0) }.max() ?? 0
            let left = leavers.filter { $0.group == g.id }.reduce(0) { $0 + $1.count }
            let slack = random.double(1.08...1.2)
            let headcount = (need * slack / (1 - g.rotationAway * g.rotationMaxShare)).rounded(.up) + left
            drafts[n].headcount = max(headcount, Double(2 * years + 4) + left)
        }
        groups = drafts
        // Make sure the holding plan rotates everyone in time; add a teacher where it cannot.
        for _ in 0..<200 {
            let check = Scenario(
                name: "draft", baseYear: ScenarioGenerator.baseYear, lastYear: lastYear, schools: [school],
                levels: levels, groups: groups, programmes: programmes, initialStudents: initialStudents,
                applicants: applicants, curricula: curricula, leavers: leavers)
            let short = HoldingPlan.groupsShortOfRotation(in: check)
            if short.isEmpty { break }
            for n in groups.indices where short.contains(groups[n].id) { groups[n].headcount += 1 }
        }
    }

    // MARK: Seats

    private mutating func sizeSchool(levels: [Level], random: inout SplitMix64) {
        let students = initialStudents.reduce(0) { $0 + $1.students }
        let capacity = (students * random.double(1.08...1.2) / 10).rounded(.up) * 10
        school.capacity = max(capacity, 10)
        school.maxExpand = (school.capacity * random.double(0.04...0.08) / 10).rounded() * 10
        school.expandCost = random.rounded(20_000...30_000, step: 1_000)
    }
}
