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
            let id = d.requiredText("id", meaning: ("the school's id, e.g. xn-tech", "学校编号，如 xn-tech"))
            let capacity = d.number("capacity", meaning: ("the full-time places in the base year", "基准年的全日制学位数"))
            let maxExpand = d.number("max_expand", meaning: ("the places that can be added per year", "每年可新增的学位数"))
            let expandCost = d.number("expand_cost", meaning: ("the cost per place added, in yuan", "每新增一个学位的费用（元）"))
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
            let id = d.requiredText("id", meaning: ("the level's id, e.g. senior", "层次编号，如 senior"))
            let duration = d.integer("duration", meaning: ("the years of study", "学制年数"))
            let retention = d.number(
                "retention", meaning: ("the share of students who stay from one year to the next", "学生从一学年升入下一学年的保留比例"))
            let highSkill = d.bool("high_skill", default: false)
            let stayShare = d.number(
                "stay_share", meaning: ("the share of graduates who stay to work in the city", "毕业生留在本市就业的比例"),
                default: 1)
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
            let id = d.requiredText("id", meaning: ("the group's id, e.g. xt-mech", "教研组编号，如 xt-mech"))
            let school = d.requiredText("school", meaning: ("the id of the school the group belongs to", "教研组所属学校的编号"))
            let headcount = d.number("headcount", meaning: ("the teachers in the base year", "基准年的教师数"))
            let maxHire = d.number("max_hire", meaning: ("the teachers that can be hired per year", "每年可招聘的教师数"))
            let hireCost = d.number("hire_cost", meaning: ("the cost per teacher hired, in yuan", "每招聘一名教师的费用（元）"))
            let studentsPerFTE = d.number(
                "students_per_fte", meaning: ("the students one FTE teaches", "一名专任教师（折合全职）所教的学生数"))
            let trainingPerFTE = d.number(
                "training_per_fte",
                meaning: ("the short-course person-times one FTE delivers a year", "一名专任教师（折合全职）每年承担的短期培训人次"))
            let hoursPerFTE = d.optionalNumber(
                "hours_per_fte", meaning: ("the teaching hours one FTE gives a year", "一名专任教师（折合全职）每年的教学课时"))
            let away = d.number(
                "rotation_away", meaning: ("the fraction of a year a teacher on rotation is away", "轮训教师一年中离岗的时间比例"))
            let maxShare = d.number(
                "rotation_max_share",
                meaning: ("the largest share of the headcount on rotation in one year", "一年内参加轮训的教师占教师数的最大比例"))
            let highPerFTE = d.optionalNumber(
                "high_training_per_fte",
                meaning: (
                    "the high-level short-course person-times one FTE delivers a year", "一名专任教师（折合全职）每年承担的高级别短期培训人次"
                ))
            let qualifiedBase = d.optionalNumber(
                "qualified_base", meaning: ("the qualified (一体化/双师型) teachers in the base year", "基准年的一体化/双师型教师数"))
            let hireShare = d.optionalNumber(
                "qualified_hire_share",
                meaning: ("the share of hires who arrive qualified, from 0 to 1", "新聘教师中入职即具备资格的比例（0 到 1）"))
            let qualifyCost = d.optionalNumber(
                "qualify_cost", meaning: ("the cost of qualifying one teacher, in yuan", "培养一名教师取得资格的费用（元）"))
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
            let group = d.requiredText("group", meaning: ("the teacher group's id", "教研组编号"))
            let year = d.integer("year", meaning: ("the year", "年份"))
            let count = d.number("leavers", meaning: ("the teachers leaving that year", "当年离职的教师数"))
            let qualified = d.optionalNumber(
                "qualified_leavers", meaning: ("the qualified teachers among them", "其中具备资格的教师数"))
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
            let id = d.requiredText(
                "id", meaning: ("the programme's id, e.g. footwear-forming", "专业编号，如 footwear-forming"))
            let school = d.requiredText("school", meaning: ("the id of the programme's school", "专业所属学校的编号"))
            let group = d.requiredText("group", meaning: ("the id of the programme's teacher group", "专业所属教研组的编号"))
            let levels = d.list("levels")
            let classSize = d.number(
                "class_size", meaning: ("the number of students per class", "每班学生数"),
                default: levels.isEmpty ? 0 : nil)
            let minFill = d.number(
                "min_fill", meaning: ("the least share of a class that must be filled", "班级的最低满额比例"), default: 0.5)
            let classCost = d.number("class_cost", meaning: ("the cost per class opened, in yuan", "每开设一个班级的费用（元）"))
            let trainingCapacity = d.number(
                "training_capacity",
                meaning: ("the most short-course person-times a year (0 for none)", "每年短期培训的最多人次（没有则填 0）"))
            let trainingCost = d.number(
                "training_cost", meaning: ("the cost per short-course person-time, in yuan", "每培训一人次短期培训的费用（元）"))
            let highCapacity = d.optionalNumber(
                "high_training_capacity",
                meaning: ("the most high-level short-course person-times a year", "每年高级别短期培训的最多人次"))
            let highCost = d.optionalNumber(
                "high_training_cost", meaning: ("the cost per high-level person-time, in yuan", "每培训一人次高级别短期培训的费用（元）"))
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
