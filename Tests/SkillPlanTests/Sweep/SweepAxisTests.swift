import SkillPlan
import Testing

/// Reading `--vary FIELD=A...B[:STEP]` and expanding the grid.
@Suite("Sweep axes and grid")
struct SweepAxisTests {
    @Test("Ranges expand to their values, B included when the steps land on it")
    func expand() throws {
        let hires = try SweepAxis.parse("teacher_groups.*.max_hire=0...6:2")
        #expect(hires.table == "teacher_groups" && hires.id == "*" && hires.column == "max_hire")
        #expect(hires.field == "teacher_groups.*.max_hire")
        #expect(hires.values == [0, 2, 4, 6])
        #expect(
            try SweepAxis.parse("targets.workplan-annual-training.value=15000...20000:1000").values == [
                15000, 16000, 17000, 18000, 19000, 20000,
            ])
        #expect(try SweepAxis.parse("programmes.p.min_fill=0.2...0.5:0.1").values == [0.2, 0.3, 0.4, 0.5])
        #expect(try SweepAxis.parse("schools.s.max_expand=0...7:3").values == [0, 3, 6])
        #expect(try SweepAxis.parse("schools.s.capacity=1...3").values == [1, 2, 3])
        #expect(try SweepAxis.parse("levels.senior.retention=0.9").values == [0.9])
    }

    @Test(
        "Errors say what is wrong and how to write it",
        arguments: [
            (
                "max_hire",
                #"--vary "max_hire": write FIELD=A...B or FIELD=A...B:STEP, e.g. teacher_groups.*.max_hire=0...6:2"#
            ),
            (
                "teacher_groups.max_hire=0...6",
                #"--vary "teacher_groups.max_hire=0...6": the field "teacher_groups.max_hire" must be TABLE.ID.COLUMN (ID may be *), e.g. targets.workplan-annual-training.value"#
            ),
            (
                "groups.*.max_hire=0...6",
                #"--vary "groups.*.max_hire=0...6": "groups" is not a table a sweep can vary; use one of: schools, levels, teacher_groups, programmes, targets"#
            ),
            (
                "teacher_groups.*.name_en=1...2",
                #"--vary "teacher_groups.*.name_en=1...2": "name_en" is not a number column of teacher_groups.csv; use one of: headcount, max_hire, hire_cost, students_per_fte, training_per_fte, hours_per_fte, rotation_away, rotation_max_share, high_training_per_fte, qualified_base, qualified_hire_share, qualify_cost"#
            ),
            (
                "teacher_groups.*.max_hire=0..6",
                #"--vary "teacher_groups.*.max_hire=0..6": "0..6" is not a range of numbers; write A...B or A...B:STEP, e.g. 0...6:2"#
            ),
            (
                "teacher_groups.*.max_hire=a...6",
                #"--vary "teacher_groups.*.max_hire=a...6": "a...6" is not a range of numbers; write A...B or A...B:STEP, e.g. 0...6:2"#
            ),
            (
                "teacher_groups.*.max_hire=6...0",
                #"--vary "teacher_groups.*.max_hire=6...0": the range runs backwards (6 > 0); write the smaller number first"#
            ),
            (
                "teacher_groups.*.max_hire=0...6:0",
                #"--vary "teacher_groups.*.max_hire=0...6:0": the step is 0; give a step greater than 0"#
            ),
            (
                "teacher_groups.*.max_hire=0...6:-2",
                #"--vary "teacher_groups.*.max_hire=0...6:-2": the step is -2; give a step greater than 0"#
            ),
            (
                "targets.t.value=0...100000:1",
                #"--vary "targets.t.value=0...100000:1": the range has more than 10000 values; give a larger step"#
            ),
        ] as [(String, String)])
    func errors(text: String, message: String) {
        #expect(throws: SweepError(message)) { try SweepAxis.parse(text) }
    }

    @Test("The grid is every combination, the first axis changing slowest")
    func gridOrder() throws {
        let grid = try SweepGrid(axes: [
            SweepAxis.parse("schools.*.max_expand=0...1"), SweepAxis.parse("targets.t.value=10...30:10"),
        ])
        #expect(grid.count == 6)
        #expect((0..<6).map(grid.point) == [[0, 10], [0, 20], [0, 30], [1, 10], [1, 20], [1, 30]])
    }

    @Test("A field varied twice, no field, or too many points is refused")
    func gridErrors() throws {
        let axis = try SweepAxis.parse("schools.*.max_expand=0...1")
        #expect(throws: SweepError("--vary schools.*.max_expand is given twice; vary each field once")) {
            try SweepGrid(axes: [axis, axis])
        }
        #expect(
            throws: SweepError(
                "give at least one --vary FIELD=A...B[:STEP], e.g. --vary teacher_groups.*.max_hire=0...6:2")
        ) {
            try SweepGrid(axes: [])
        }
        let big = try SweepAxis.parse("targets.t.value=1...200")
        let other = try SweepAxis.parse("targets.u.value=1...100")
        #expect(throws: SweepError("the grid has 20000 points, more than 10000; use fewer values or larger steps")) {
            try SweepGrid(axes: [big, other])
        }
    }
}
