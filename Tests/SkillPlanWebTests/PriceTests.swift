import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SkillPlan
import SkillPlanWeb
import Testing

/// "Price the targets" on a plan page: the pricing runs through the solve queue with its
/// progress page, and gives a copy of the plan whose page shows the target prices table.
@Suite(.serialized) struct PriceTests {
    @Test func pricingAPlanRunsThroughTheQueueAndItsPageShowsTheTargetPrices() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            let id = try await fixture.solve("xingning-2025", client: client)
            let solved = try #require(fixture.workbench.queue.job(id))
            guard case .plan(let original, _, nil) = solved.status.outcome else {
                Issue.record("no plan: \(String(describing: solved.status.outcome))")
                return
            }
            // The plan page offers the pricing, and has no prices yet.
            for (language, label) in [(Language.en, "Price the targets"), (.zh, "计算目标代价")] {
                try await client.execute(uri: "/\(language.rawValue)/plans/r\(id)", method: .get) { response in
                    let body = String(buffer: response.body)
                    #expect(
                        body.contains("<form method=\"post\" action=\"/\(language.rawValue)/plans/r\(id)/prices\">"))
                    #expect(body.contains("<button type=\"submit\">\(label)</button>"))
                    // The CLI's choices: a step (10% by default) or each target removed.
                    #expect(body.contains("<select name=\"relax\"><option value=\"step\" selected>"))
                    #expect(body.contains("<option value=\"remove\">"))
                    #expect(body.contains("<input type=\"text\" name=\"step\" value=\"10%\" size=\"6\">"))
                    #expect(!body.contains("<section id=\"target-prices\""))
                }
            }
            let location = try await client.execute(
                uri: "/en/plans/r\(id)/prices", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([])
            ) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location] ?? ""
            }
            let priceID = try #require(Int(location.split(separator: "/").last ?? ""))
            #expect(location == "/en/jobs/\(priceID)")
            let job = try #require(fixture.workbench.queue.job(priceID))
            // Its progress page is headed as a pricing.
            try await client.execute(uri: "/en/jobs/\(priceID)", method: .get) { response in
                #expect(String(buffer: response.body).contains("<h1>Target prices #\(priceID) · xingning-2025</h1>"))
            }
            _ = job.wait(timeout: 600)
            guard case .plan(let result, _, nil) = job.status.outcome else {
                Issue.record("no prices: \(String(describing: job.status.outcome))")
                return
            }
            // The same plan, with the prices of its 14 targets, each 10% lower.
            #expect(job.status.targetsPriced?.done == 14 && job.status.targetsPriced?.total == 14)
            // The progress page's targets: each priced, none running, in the prices' order.
            #expect(job.status.pricing.map(\.target) == original.plan.targetIDs)
            #expect(job.status.pricing.allSatisfy { $0.price != nil && !$0.running && $0.search == nil })
            try await client.execute(uri: "/en/jobs/\(priceID)", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("<dt>Target being priced</dt><dd id=\"target\">–</dd>"))
                #expect(
                    body.contains(
                        "<tr><td>Technician college: at least 3,000 full-time students</td><td>plan kept</td>"
                            + "<td class=\"num\">within the gap</td></tr>"))
                #expect(
                    body.components(separatedBy: "<tbody id=\"pricing-rows\">")[1].components(separatedBy: "<tr>").count
                        == 15)
            }
            #expect(result.violations.isEmpty)
            #expect(result.plan.costs == original.plan.costs)
            let prices = try #require(result.plan.targetPrices)
            #expect(prices.relaxation == .step(0.1))
            #expect(prices.planCost == original.plan.costs.total)
            #expect(prices.prices.map(\.target) == original.plan.targetIDs)
            // The college's enrolment is met with room to spare: proven free without a search,
            // within the plan's gap.
            #expect(prices.price(of: "college-min-enrolment")?.status == TargetPrice.planKept)
            #expect(prices.price(of: "college-min-enrolment")?.costSaved == 0)
            #expect(prices.price(of: "college-min-enrolment")?.reading == .withinGap)
            // The last 1,500 training person-times a year cost millions.
            #expect((prices.price(of: "workplan-annual-training")?.costSaved ?? 0) > 5_000_000)
            // The progress stream ends pointing at the priced plan.
            try await client.execute(uri: "/en/jobs/\(priceID)/events", method: .get) { response in
                #expect(String(buffer: response.body).contains("\"url\":\"/en/plans/r\(priceID)\""))
            }
            // The priced plan's page: the export's target prices section, a link to it, no second pricing.
            for language in Language.allCases {
                try await client.execute(uri: "/\(language.rawValue)/plans/r\(priceID)", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = String(buffer: response.body)
                    let exported = String(
                        decoding: try PlanExporter(language: language).export(result.plan, as: .html)[0].data,
                        as: UTF8.self)
                    let start = try #require(exported.range(of: "<section id=\"target-prices\">"))
                    let end = try #require(exported[start.upperBound...].range(of: "</section>"))
                    #expect(body.contains(exported[start.lowerBound..<end.upperBound]), "the section as exported")
                    #expect(body.contains("<a class=\"button\" href=\"#target-prices\">"))
                    #expect(!body.contains("/plans/r\(priceID)/prices\""))
                }
            }
        }
    }

    @Test func eachTargetRemovedAsTheCLIsRemoveAndABadStepNamesTheFix() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            let id = try await fixture.solve("xingning-2025", client: client)
            // A step the CLI refuses, refused with its fix, in each language; no job.
            for (language, message) in [
                (
                    Language.en,
                    "Step: '150%' must be more than 0% and less than 100%; give e.g. 10%, or remove to take each target out"
                ),
                (.zh, "降低幅度“150%”无法读取：请填写大于0%、小于100%的百分比（如 10%）或小数（如 0.1），或在放宽方式中选“取消该目标”。"),
            ] {
                try await client.execute(
                    uri: "/\(language.rawValue)/plans/r\(id)/prices", method: .post, headers: WebFixture.formHeaders(),
                    body: WebFixture.formBody([("relax", "step"), ("step", "150%")])
                ) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect(String(buffer: response.body).contains(HTMLText.escape(message)))
                }
            }
            #expect(fixture.workbench.queue.allJobs.count == 1)
            // A fraction reads as the CLI reads it.
            let stepped = try await client.execute(
                uri: "/en/plans/r\(id)/prices", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("relax", "step"), ("step", "0.05")])
            ) { response in response.headers[.location] ?? "" }
            let steppedJob = try #require(
                fixture.workbench.queue.job(Int(stepped.split(separator: "/").last ?? "") ?? -1))
            #expect(steppedJob.request.prices?.relaxation == .step(0.05))
            steppedJob.stop()
            _ = steppedJob.wait(timeout: 300)
            // Remove: each target taken out of the scenario.
            let location = try await client.execute(
                uri: "/en/plans/r\(id)/prices", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([("relax", "remove"), ("step", "10%")])
            ) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location] ?? ""
            }
            let job = try #require(fixture.workbench.queue.job(Int(location.split(separator: "/").last ?? "") ?? -1))
            #expect(job.request.prices?.relaxation == .remove)
            _ = job.wait(timeout: 600)
            guard case .plan(let result, _, nil) = job.status.outcome else {
                Issue.record("no prices: \(String(describing: job.status.outcome))")
                return
            }
            let prices = try #require(result.plan.targetPrices)
            #expect(prices.relaxation == .remove)
            #expect(prices.prices.count == 14)
            #expect(prices.prices.allSatisfy { $0.relaxedValue == nil })
            try await client.execute(uri: "/en/plans/r\(job.id)", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("Each target relaxed in turn (removed)"))
                #expect(body.components(separatedBy: ">target removed</td>").count == 15)
            }
        }
    }

    @Test func aPlanThatDoesNotExistCannotBePriced() async throws {
        let fixture = try WebFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/en/plans/r999/prices", method: .post, headers: WebFixture.formHeaders(),
                body: WebFixture.formBody([])
            ) { response in
                #expect(response.status == .notFound)
            }
            #expect(fixture.workbench.queue.allJobs.isEmpty)
        }
    }
}
