/// Turning the rows of the tables into the scenario's schools, levels, teacher groups,
/// leavers and programmes.
extension ScenarioReader {
    /// The scenario made of the settings and every row that could be read.
    mutating func makeScenario(from tables: [ScenarioEntityKind: [TableRow]]) -> Scenario {
        let schools = decodeSchools(tables[.school] ?? [])
        let levels = decodeLevels(tables[.level] ?? [])
        let groups = decodeGroups(tables[.teacherGroup] ?? [])
        let leavers = decodeLeavers(tables[.leavers] ?? [])
        let programmes = decodeProgrammes(tables[.programme] ?? [])
        let initialStudents = decodeInitialStudents(tables[.initialStudents] ?? [])
        let applicants = decodeApplicants(tables[.applicants] ?? [])
        let curricula = decodeCurricula(tables[.curriculum] ?? [], levels: levels)
        let targets = decodeTargets(tables[.target] ?? [], external: tables[.targetExternal] ?? [])
        var scenario = Scenario(
            name: settings.name, titleZh: settings.titleZh, titleEn: settings.titleEn, question: settings.question,
            questionZh: settings.questionZh,
            baseYear: settings.baseYear ?? 0, lastYear: settings.lastYear ?? 0, solver: settings.solver,
            rotationCycleYears: settings.rotationCycleYears, rotationQualifies: settings.rotationQualifies,
            schools: schools, levels: levels, groups: groups,
            programmes: programmes, initialStudents: initialStudents, applicants: applicants, curricula: curricula,
            leavers: leavers, targets: targets)
        scenario.actuals = readActuals(for: scenario)
        return scenario
    }

    /// Keeps a decoder's issues; `true` when its row is usable.
    mutating func finish(_ decoder: RowDecoder) -> Bool {
        issues += decoder.issues
        return decoder.isValid
    }

    private mutating func decodeSchools(_ rows: [TableRow]) -> [School] {
        var schools: [School] = []
        for row in rows {
            var d = RowDecoder(row: row)
            let id = d.requiredText("id", meaning: "the school's id, e.g. xn-tech")
            let capacity = d.number("capacity", meaning: "the full-time places in the base year")
            let maxExpand = d.number("max_expand", meaning: "the places that can be added per year")
            let expandCost = d.number("expand_cost", meaning: "the cost per place added, in yuan")
            guard finish(d), let id, let capacity, let maxExpand, let expandCost else { continue }
            schools.append(
                School(
                    id: id, nameZh: d.text("name_zh"), nameEn: d.text("name_en"), capacity: capacity,
                    maxExpand: maxExpand, expandCost: expandCost, source: d.text("source")))
            sourceMap.record(.school, id, at: row.location)
        }
        return schools
    }

    private mutating func decodeLevels(_ rows: [TableRow]) -> [Level] {
        var levels: [Level] = []
        for row in rows {
            var d = RowDecoder(row: row)
            let id = d.requiredText("id", meaning: "the level's id, e.g. senior")
            let duration = d.integer("duration", meaning: "the years of study")
            let retention = d.number("retention", meaning: "the share of students who stay from one year to the next")
            let highSkill = d.bool("high_skill", default: false)
            let stayShare = d.number(
                "stay_share", meaning: "the share of graduates who stay to work in the city", default: 1)
            guard finish(d), let id, let duration, let retention, let highSkill, let stayShare else { continue }
            levels.append(
                Level(
                    id: id, nameZh: d.text("name_zh"), nameEn: d.text("name_en"), duration: duration,
                    retention: retention, isHighSkill: highSkill, stayShare: stayShare, source: d.text("source")))
            sourceMap.record(.level, id, at: row.location)
        }
        return levels
    }

    private mutating func decodeGroups(_ rows: [TableRow]) -> [TeacherGroup] {
        var groups: [TeacherGroup] = []
        for row in rows {
            var d = RowDecoder(row: row)
            let id = d.requiredText("id", meaning: "the group's id, e.g. xt-mech")
            let school = d.requiredText("school", meaning: "the id of the school the group belongs to")
            let headcount = d.number("headcount", meaning: "the teachers in the base year")
            let maxHire = d.number("max_hire", meaning: "the teachers that can be hired per year")
            let hireCost = d.number("hire_cost", meaning: "the cost per teacher hired, in yuan")
            let studentsPerFTE = d.number("students_per_fte", meaning: "the students one FTE teaches")
            let trainingPerFTE = d.number(
                "training_per_fte", meaning: "the short-course person-times one FTE delivers a year")
            let hoursPerFTE = d.optionalNumber("hours_per_fte", meaning: "the teaching hours one FTE gives a year")
            let away = d.number("rotation_away", meaning: "the fraction of a year a teacher on rotation is away")
            let maxShare = d.number(
                "rotation_max_share", meaning: "the largest share of the headcount on rotation in one year")
            let highPerFTE = d.optionalNumber(
                "high_training_per_fte", meaning: "the high-level short-course person-times one FTE delivers a year")
            let qualifiedBase = d.optionalNumber(
                "qualified_base", meaning: "the qualified (一体化/双师型) teachers in the base year")
            let hireShare = d.optionalNumber(
                "qualified_hire_share", meaning: "the share of hires who arrive qualified, from 0 to 1")
            let qualifyCost = d.optionalNumber("qualify_cost", meaning: "the cost of qualifying one teacher, in yuan")
            guard finish(d), let id, let school, let headcount, let maxHire, let hireCost, let studentsPerFTE,
                let trainingPerFTE, let hoursPerFTE, let away, let maxShare, let highPerFTE, let qualifiedBase,
                let hireShare, let qualifyCost
            else { continue }
            groups.append(
                TeacherGroup(
                    id: id, school: school, nameZh: d.text("name_zh"), nameEn: d.text("name_en"), headcount: headcount,
                    maxHire: maxHire, hireCost: hireCost, studentsPerFTE: studentsPerFTE,
                    trainingPerFTE: trainingPerFTE,
                    hoursPerFTE: hoursPerFTE, rotationAway: away, rotationMaxShare: maxShare,
                    highTrainingPerFTE: highPerFTE,
                    qualifiedBase: qualifiedBase, qualifiedHireShare: hireShare, qualifyCost: qualifyCost,
                    source: d.text("source")))
            sourceMap.record(.teacherGroup, id, at: row.location)
        }
        return groups
    }

    private mutating func decodeLeavers(_ rows: [TableRow]) -> [Leavers] {
        var leavers: [Leavers] = []
        for row in rows {
            var d = RowDecoder(row: row)
            let group = d.requiredText("group", meaning: "the teacher group's id")
            let year = d.integer("year", meaning: "the year")
            let count = d.number("leavers", meaning: "the teachers leaving that year")
            let qualified = d.optionalNumber("qualified_leavers", meaning: "the qualified teachers among them")
            guard finish(d), let group, let year, let count, let qualified else { continue }
            leavers.append(
                Leavers(group: group, year: year, count: count, qualified: qualified, source: d.text("source")))
            sourceMap.record(.leavers, ScenarioSourceMap.key([group, String(year)]), at: row.location)
        }
        return leavers
    }

    private mutating func decodeProgrammes(_ rows: [TableRow]) -> [Programme] {
        var programmes: [Programme] = []
        for row in rows {
            var d = RowDecoder(row: row)
            let id = d.requiredText("id", meaning: "the programme's id, e.g. footwear-forming")
            let school = d.requiredText("school", meaning: "the id of the programme's school")
            let group = d.requiredText("group", meaning: "the id of the programme's teacher group")
            let levels = d.list("levels")
            let classSize = d.number(
                "class_size", meaning: "the number of students per class",
                default: levels.isEmpty ? 0 : nil)
            let minFill = d.number("min_fill", meaning: "the least share of a class that must be filled", default: 0.5)
            let classCost = d.number("class_cost", meaning: "the cost per class opened, in yuan")
            let trainingCapacity = d.number(
                "training_capacity", meaning: "the most short-course person-times a year (0 for none)")
            let trainingCost = d.number("training_cost", meaning: "the cost per short-course person-time, in yuan")
            let highCapacity = d.optionalNumber(
                "high_training_capacity", meaning: "the most high-level short-course person-times a year")
            let highCost = d.optionalNumber(
                "high_training_cost", meaning: "the cost per high-level person-time, in yuan")
            guard finish(d), let id, let school, let group, let classSize, let minFill, let classCost,
                let trainingCapacity, let trainingCost, let highCapacity, let highCost
            else { continue }
            programmes.append(
                Programme(
                    id: id, school: school, group: group, nameZh: d.text("name_zh"), nameEn: d.text("name_en"),
                    levels: levels, classSize: classSize, minFill: minFill, classCost: classCost,
                    trainingCapacity: trainingCapacity, trainingCost: trainingCost, tags: d.list("tags"),
                    highTrainingCapacity: highCapacity, highTrainingCost: highCost, source: d.text("source")))
            sourceMap.record(.programme, id, at: row.location)
        }
        return programmes
    }
}
