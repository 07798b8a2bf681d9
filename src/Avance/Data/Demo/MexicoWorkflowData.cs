using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;
using static Avance.Data.Demo.DemoText;

namespace Avance.Data.Demo;

/// <summary>
/// NAP-1325's reporting periods after the two published years, one in each remaining state, so a newcomer finds a
/// full status board: 2024 closed with its values approved and waiting for publication; 2025 open, with values in
/// draft, submitted, returned with a reason and approved, and one indicator with nothing reported; 2026 planned.
/// Every figure here is illustrative — the seeds give none after 2022 — and each narrative says so. None of it is
/// public, since only published values are. Loaded like all demo data: without audit entries, and with no account but
/// the two that <see cref="MexicoAssessmentsData"/> needs.
/// </summary>
internal static class MexicoWorkflowData
{
    private const string Illustrative = "Illustrative value made up for Avance's demonstration of the reporting cycle; not a reported figure.";
    private const string Ilustrativo = "Valor ilustrativo inventado para la demostración del ciclo de reporte de Avance; no es una cifra reportada.";

    public static async Task AddAsync(AvanceDb db, MexicoOrganisationSet organisations, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleAsync(p => p.Code == "NAP-1325", cancellationToken);
        var indicators = await db.Indicators.AsTracking().Where(i => i.PlanId == plan.Id).ToDictionaryAsync(i => i.Code, cancellationToken);
        // Seed 000 names no agency for this indicator; the foreign ministry leads the plan and its multilateral work,
        // so the illustration gives it to SRE, giving the board a third agency.
        indicators["PAR-4.1"].ResponsibleOrganisationId = organisations.Sre.Id;
        var activity = await (
                from a in db.Activities
                join line in db.LinesOfAction on a.LineOfActionId equals line.Id
                join objective in db.StrategicObjectives on line.ObjectiveId equals objective.Id
                join pillar in db.Pillars on objective.PillarId equals pillar.Id
                where pillar.PlanId == plan.Id
                orderby pillar.Number, objective.Number, a.Number
                select a.Id)
            .FirstAsync(cancellationToken);

        var closed = new ReportingPeriod(plan.Id, S("2024"), new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var open = new ReportingPeriod(plan.Id, S("2025"), new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        var planned = new ReportingPeriod(plan.Id, S("2026"), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        db.ReportingPeriods.AddRange(closed, open, planned);
        await db.SaveChangesAsync(cancellationToken);

        var at = DateTimeOffset.UtcNow;
        var female = DisaggregationKey.Of((DisaggregationDimension.Sex, "female"));
        var male = DisaggregationKey.Of((DisaggregationDimension.Sex, "male"));
        db.Measurements.AddRange(
            Value(indicators["PAR-1.1"], closed, DisaggregationKey.Total, 230, at, MeasurementStatus.Approved),
            Value(indicators["PAR-1.2"], closed, DisaggregationKey.Total, 31, at, MeasurementStatus.Approved),
            Value(indicators["PRE-2.1"], closed, DisaggregationKey.Total, 5900, at, MeasurementStatus.Approved),
            Value(indicators["PAR-4.1"], closed, DisaggregationKey.Total, 7, at, MeasurementStatus.Approved),
            Value(indicators["PAR-1.1"], open, DisaggregationKey.Total, 240, at, MeasurementStatus.Approved),
            Value(indicators["PAR-1.1"], open, female, 72, at, MeasurementStatus.Submitted),
            Value(indicators["PAR-1.1"], open, male, 168, at, MeasurementStatus.Submitted),
            Value(indicators["PRE-2.1"], open, DisaggregationKey.Total, 6010, at, MeasurementStatus.Returned),
            Value(indicators["PAR-4.1"], open, DisaggregationKey.Total, 9, at, MeasurementStatus.Draft));
        // PAR-1.2 has nothing in 2025: the board shows it as missing.
        db.ActivityStatusReports.AddRange(
            Report(activity, closed, ImplementationStatus.InProgress, MeasurementStatus.Approved),
            Report(activity, open, ImplementationStatus.Completed, MeasurementStatus.Submitted));

        closed.Open(new DateOnly(2025, 3, 31));
        closed.Close();
        // The open period's deadline follows the day the demo is loaded, so the board always counts days left.
        open.Open(DateOnly.FromDateTime(at.UtcDateTime).AddDays(30));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Measurement Value(Indicator indicator, ReportingPeriod period, DisaggregationKey slice, decimal value, DateTimeOffset at,
        MeasurementStatus status)
    {
        var measurement = new Measurement(indicator.Id, period.Id, slice);
        measurement.Record(value, null, T(Illustrative, Ilustrativo), null, null, at);
        if (status == MeasurementStatus.Draft) return measurement;
        measurement.Submit();
        if (status == MeasurementStatus.Returned)
            measurement.Return("The narrative of the training report gives 6,100 people trained, not 6,010: check which figure is right and give the report as source.");
        if (status == MeasurementStatus.Approved) measurement.Approve();
        return measurement;
    }

    private static ActivityStatusReport Report(int activityId, ReportingPeriod period, ImplementationStatus implementation, MeasurementStatus status)
    {
        var report = new ActivityStatusReport(activityId, period.Id, implementation,
            T("Illustrative status report made up for Avance's demonstration of the reporting cycle.",
                "Reporte de avance ilustrativo inventado para la demostración del ciclo de reporte de Avance."));
        report.Submit();
        if (status == MeasurementStatus.Approved) report.Approve();
        return report;
    }
}
